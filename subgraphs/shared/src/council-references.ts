import { Directive, Field, ID, InterfaceType, ObjectType } from "type-graphql";
import type { CouncilConfig } from "../../../lib/config/project";
import { COUNCIL_ENTITY_KINDS, councilTypeName, type CouncilEntityKind } from "../../../lib/vocabulary/council-type-names";
import { NodeInterface } from "../../../lib/graphql/node";
import { GLOBAL_ID_DESCRIPTION } from "../../../lib/ids/global-id";

/**
 * The shared subgraph holds links to council-owned records, never copies: it declares each council
 * type as a key-only stub, behind interfaces that carry only the id, and returns references that
 * the gateway resolves from the owning council's subgraph.
 */
export abstract class CouncilOwnedReference {
  constructor(id: string) {
    this.id = id;
  }
  id: string;
}

@InterfaceType("Council", { autoRegisterImplementations: false })
export abstract class CouncilReference extends CouncilOwnedReference {}
@InterfaceType("Plan", { autoRegisterImplementations: false })
export abstract class PlanReference extends CouncilOwnedReference {}
// A council's priority types are its plans' headings (issue 20): the stubs say so too, or the gateway
// cannot plan `node(id:) { ... on Heading }` through this subgraph.
@InterfaceType("Heading", { autoRegisterImplementations: false })
export abstract class HeadingReference extends CouncilOwnedReference {}
@InterfaceType("Priority", { autoRegisterImplementations: false })
export abstract class PriorityReference extends CouncilOwnedReference {}
@InterfaceType("Action", { autoRegisterImplementations: false })
export abstract class ActionReference extends CouncilOwnedReference {}
@InterfaceType("Board", { autoRegisterImplementations: false })
export abstract class BoardReference extends CouncilOwnedReference {}
@InterfaceType("Meeting", { autoRegisterImplementations: false })
export abstract class MeetingReference extends CouncilOwnedReference {}
@InterfaceType("Report", { autoRegisterImplementations: false })
export abstract class ReportReference extends CouncilOwnedReference {}

const interfaces: Record<CouncilEntityKind, abstract new (id: string) => CouncilOwnedReference> = {
  Council: CouncilReference,
  Plan: PlanReference,
  Priority: PriorityReference,
  Action: ActionReference,
  Board: BoardReference,
  Meeting: MeetingReference,
  Report: ReportReference,
};

// type-graphql inherits fields only from decorated classes: give each interface its id field.
for (const target of [...Object.values(interfaces), HeadingReference]) {
  Field(() => ID, { description: GLOBAL_ID_DESCRIPTION })(target.prototype, "id");
}

export type ReferenceClass = new (id: string) => CouncilOwnedReference;

/** Stub classes by GraphQL type name, for every kind of every council: made once per process. */
const stubs = new Map<string, ReferenceClass>();

export function councilReferenceClasses(councils: CouncilConfig[]): Map<string, ReferenceClass> {
  const result = new Map<string, ReferenceClass>();
  for (const council of councils) {
    for (const kind of COUNCIL_ENTITY_KINDS) {
      const typeName = councilTypeName(council, kind);
      let stub = stubs.get(typeName);
      if (!stub) {
        const base = interfaces[kind] as unknown as new (id: string) => CouncilOwnedReference;
        @ObjectType(typeName, { implements: kind === "Priority" ? [NodeInterface, HeadingReference, interfaces[kind]] : [NodeInterface, interfaces[kind]] })
        @Directive('@key(fields: "id", resolvable: false)')
        class Stub extends base {}
        stub = Stub;
        stubs.set(typeName, stub);
      }
      result.set(typeName, stub);
    }
  }
  return result;
}
