/**
 * Who may do what in the workspace, from the session's roles: the screens show only what the
 * person's role allows (the graph refuses the rest anyway). No DOM: unit-tested.
 */

/** Whose actions a list is about: one council's, or the partnership's joint actions. */
export type Scope = { kind: "council"; council: string } | { kind: "joint" };

export interface Person {
  name: string;
  username: string;
  /** The subject the graph records as recordedBy.subject / decidedBy.subject for this person's writes. */
  subject: string | null;
  roles: string[];
  council: string | null;
  csrfToken: string;
}

const has = (person: Person, role: string): boolean => person.roles.includes(role);

export const isCouncilEditor = (person: Person, council: string): boolean => has(person, "COUNCIL_EDITOR") && person.council === council;
export const isCouncilApprover = (person: Person, council: string): boolean => has(person, "COUNCIL_APPROVER") && person.council === council;
export const isPartnershipEditor = (person: Person): boolean => has(person, "PARTNERSHIP_EDITOR");
export const isPartnershipApprover = (person: Person): boolean => has(person, "PARTNERSHIP_APPROVER");
export const isAdmin = (person: Person): boolean => has(person, "ADMIN");

/** May draft and submit progress on the scope's actions. */
export const canRecord = (person: Person, scope: Scope): boolean => (scope.kind === "joint" ? isPartnershipEditor(person) : isCouncilEditor(person, scope.council));

/** May approve or return submitted updates on the scope's actions. */
export const canApprove = (person: Person, scope: Scope): boolean => (scope.kind === "joint" ? isPartnershipApprover(person) : isCouncilApprover(person, scope.council));

/** The lists "My work" shows: the ones the person works on; none for someone who only reads. */
export function workScopes(person: Person): Scope[] {
  const scopes: Scope[] = [];
  if (person.council && (has(person, "COUNCIL_EDITOR") || has(person, "COUNCIL_APPROVER"))) scopes.push({ kind: "council", council: person.council });
  if (isPartnershipEditor(person) || isPartnershipApprover(person)) scopes.push({ kind: "joint" });
  return scopes;
}

/** Approves anything: the approval inbox is theirs. */
export const isApprover = (person: Person): boolean => workScopes(person).some((scope) => canApprove(person, scope));

/** The scope an action's global id belongs to: its type prefix says which council owns it. */
export function scopeOfId(id: string): Scope | null {
  if (id.startsWith("JointAction:")) return { kind: "joint" };
  if (id.startsWith("CumberlandAction:")) return { kind: "council", council: "cumberland" };
  if (id.startsWith("WestmorlandAndFurnessAction:")) return { kind: "council", council: "westmorland-furness" };
  return null;
}

/** True when the update was written by this person: they may never approve or return it. */
export const isOwnUpdate = (person: Person, recordedBySubject: string | null | undefined): boolean => person.subject !== null && recordedBySubject === person.subject;
