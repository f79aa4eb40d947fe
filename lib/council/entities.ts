import { Entity } from "typeorm";
import { Directive, ObjectType } from "type-graphql";
import type { CouncilConfig } from "../config/project";
import { globalId } from "../ids/global-id";
import { councilTypeName, type CouncilEntityKind } from "../vocabulary/council-type-names";
import { ActionInterface, BoardInterface, CouncilInterface, HeadingInterface, MeetingInterface, NodeInterface, PlanInterface, PriorityInterface, ReportInterface } from "./model";

export interface CouncilTypes {
  Council: new () => CouncilInterface;
  Plan: new () => PlanInterface;
  Priority: new () => PriorityInterface;
  Action: new () => ActionInterface;
  Board: new () => BoardInterface;
  Meeting: new () => MeetingInterface;
  Report: new () => ReportInterface;
}

const KEY = '@key(fields: "id")';
const created = new Map<string, CouncilTypes>();

/**
 * The concrete types of one council: GraphQL object types named after the council, which are
 * also its TypeORM entities (each council has its own database, so table names repeat safely).
 * Made once per council per process: type-graphql and TypeORM keep class metadata globally.
 */
export function councilTypes(council: CouncilConfig): CouncilTypes {
  const existing = created.get(council.id);
  if (existing) return existing;
  const name = (kind: CouncilEntityKind) => councilTypeName(council, kind);

  @ObjectType(name("Council"), { implements: [NodeInterface, CouncilInterface], description: `${council.name}.` })
  @Directive(KEY)
  class CouncilType extends CouncilInterface {
    static readonly typeName = name("Council");
    constructor() {
      super();
      this.id = globalId(name("Council"), council.id);
      this.name = council.name;
      this.gssCode = council.gssCode;
      this.laCode = council.laCode;
      this.formed = council.formed;
    }
  }

  @Entity("plan")
  @ObjectType(name("Plan"), { implements: [NodeInterface, PlanInterface], description: `A plan or strategy of ${council.name}.` })
  @Directive(KEY)
  class PlanType extends PlanInterface {
    static readonly typeName = name("Plan");
  }

  @Entity("priority")
  @ObjectType(name("Priority"), {
    implements: [NodeInterface, HeadingInterface, PriorityInterface],
    description: `A heading in a plan of ${council.name}: a priority, theme, outcome ... as its \`kind\` says (the type keeps its first name, so ids stay the same).`,
  })
  @Directive(KEY)
  class PriorityType extends PriorityInterface {
    static readonly typeName = name("Priority");
  }

  @Entity("action")
  @ObjectType(name("Action"), { implements: [NodeInterface, ActionInterface], description: `An action in a plan of ${council.name}.` })
  @Directive(KEY)
  class ActionType extends ActionInterface {
    static readonly typeName = name("Action");
  }

  @Entity("board")
  @ObjectType(name("Board"), { implements: [NodeInterface, BoardInterface], description: `A board, committee or partnership of ${council.name}.` })
  @Directive(KEY)
  class BoardType extends BoardInterface {
    static readonly typeName = name("Board");
  }

  @Entity("meeting")
  @ObjectType(name("Meeting"), { implements: [NodeInterface, MeetingInterface], description: `A meeting of a board or committee of ${council.name}.` })
  @Directive(KEY)
  class MeetingType extends MeetingInterface {
    static readonly typeName = name("Meeting");
  }

  @Entity("report")
  @ObjectType(name("Report"), { implements: [NodeInterface, ReportInterface], description: `A report to a meeting of ${council.name}.` })
  @Directive(KEY)
  class ReportType extends ReportInterface {
    static readonly typeName = name("Report");
  }

  const types: CouncilTypes = {
    Council: CouncilType,
    Plan: PlanType,
    Priority: PriorityType,
    Action: ActionType,
    Board: BoardType,
    Meeting: MeetingType,
    Report: ReportType,
  };
  created.set(council.id, types);
  return types;
}
