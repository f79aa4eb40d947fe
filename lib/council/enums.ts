import { registerEnumType } from "type-graphql";

export enum ActionStatus {
  NOT_REPORTED = "NOT_REPORTED",
  NOT_STARTED = "NOT_STARTED",
  ON_TRACK = "ON_TRACK",
  AT_RISK = "AT_RISK",
  OFF_TRACK = "OFF_TRACK",
  COMPLETE = "COMPLETE",
}
registerEnumType(ActionStatus, {
  name: "ActionStatus",
  description: "Progress status of an action. The documents report none: every action is NOT_REPORTED until someone records a status.",
  valuesConfig: {
    NOT_REPORTED: { description: "No status has been recorded for this action yet." },
    NOT_STARTED: { description: "Recorded as not started." },
    ON_TRACK: { description: "Recorded as on track." },
    AT_RISK: { description: "Recorded as at risk: issues that may stop it being delivered on time." },
    OFF_TRACK: { description: "Recorded as off track: significant problems." },
    COMPLETE: { description: "Recorded as complete." },
  },
});

export enum PlanKind {
  PLAN = "PLAN",
  STRATEGY = "STRATEGY",
}
registerEnumType(PlanKind, {
  name: "PlanKind",
  description: "Whether the document presents itself as a plan or a strategy.",
  valuesConfig: { PLAN: { description: "A plan (for example a Children and Young People's Plan)." }, STRATEGY: { description: "A strategy." } },
});

export enum BoardKind {
  PROGRAMME_BOARD = "PROGRAMME_BOARD",
  PARTNERSHIP_BOARD = "PARTNERSHIP_BOARD",
  CORPORATE_PARENTING_BOARD = "CORPORATE_PARENTING_BOARD",
  IMPROVEMENT_BOARD = "IMPROVEMENT_BOARD",
  SCRUTINY_COMMITTEE = "SCRUTINY_COMMITTEE",
  SAFEGUARDING_PARTNERSHIP = "SAFEGUARDING_PARTNERSHIP",
  CHILDREN_AND_YOUNG_PEOPLES_FORUM = "CHILDREN_AND_YOUNG_PEOPLES_FORUM",
  OTHER = "OTHER",
}
registerEnumType(BoardKind, {
  name: "BoardKind",
  description: "The kind of board, committee or partnership.",
  valuesConfig: {
    PROGRAMME_BOARD: { description: "An officers' programme board that monitors delivery." },
    PARTNERSHIP_BOARD: { description: "A board of the council and its partner agencies." },
    CORPORATE_PARENTING_BOARD: { description: "The board through which the council and partners act as corporate parent." },
    IMPROVEMENT_BOARD: { description: "A board overseeing an improvement programme." },
    SCRUTINY_COMMITTEE: { description: "An elected members' overview and scrutiny committee." },
    SAFEGUARDING_PARTNERSHIP: { description: "A statutory safeguarding children partnership." },
    CHILDREN_AND_YOUNG_PEOPLES_FORUM: { description: "A council or forum of children and young people, such as a children in care council." },
    OTHER: { description: "Any other governance group." },
  },
});
