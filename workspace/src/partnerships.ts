import { request, type OnErrors } from "../../web/shared/client";
import { WorkspacePartnershipsDocument } from "../../generated/graphql";

/** The partnerships there are: several, one, or none (a council need not be in any). */
export interface Partnerships {
  /** The id to read the joint-work feed and audit log through; null when there is no partnership. */
  readThrough: string | null;
  /** What the joint work is called on screen: the partnerships' names, or plain words when there is none. */
  name: string;
}

/**
 * Joint actions, their change feed and their audit log live in the shared subgraph once, whatever
 * partnership asks: any partnership's id reads them, so the first is used, and every name is shown.
 */
export async function readPartnerships(onErrors: OnErrors): Promise<Partnerships> {
  const { partnerships } = await request(WorkspacePartnershipsDocument, {}, onErrors);
  return { readThrough: partnerships[0]?.id ?? null, name: partnerships.length > 0 ? partnerships.map((one) => one.name).join("; ") : "Joint work" };
}
