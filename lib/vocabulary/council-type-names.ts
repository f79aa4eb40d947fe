import type { CouncilConfig } from "../config/project";

/** The kinds of entity every council owns; a council's GraphQL type names are its prefix + kind. */
export const COUNCIL_ENTITY_KINDS = ["Council", "Plan", "Priority", "Action", "Board", "Meeting", "Report"] as const;
export type CouncilEntityKind = (typeof COUNCIL_ENTITY_KINDS)[number];

/** "CumberlandAction": the GraphQL type of one kind of a council's records. */
export const councilTypeName = (council: Pick<CouncilConfig, "typePrefix">, kind: CouncilEntityKind): string => `${council.typePrefix}${kind}`;
