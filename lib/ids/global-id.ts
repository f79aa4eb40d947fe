/**
 * Global ids say their type: "<GraphQLTypeName>:<key>", e.g. "CumberlandAction:children-and-family-wellbeing-plan.a33".
 * The id is also the federation key value, so any subgraph can route a reference by decoding it.
 */
export interface DecodedId {
  typeName: string;
  key: string;
}

const TYPE_NAME = /^[A-Z][A-Za-z0-9]*$/;
const KEY = /^[a-z0-9][a-z0-9.-]*$/;
export const MAX_ID_LENGTH = 200;

export function globalId(typeName: string, key: string): string {
  return `${typeName}:${key}`;
}

/** Null for anything that is not a well-formed global id (wrong shape, oversize, hostile text). */
export function decodeGlobalId(id: string): DecodedId | null {
  if (typeof id !== "string" || id.length > MAX_ID_LENGTH) return null;
  const colon = id.indexOf(":");
  if (colon <= 0) return null;
  const typeName = id.slice(0, colon);
  const key = id.slice(colon + 1);
  if (!TYPE_NAME.test(typeName) || !KEY.test(key)) return null;
  return { typeName, key };
}

/** The key of an id of the expected type, or null. */
export function keyOf(id: string, expectedTypeName: string): string | null {
  const decoded = decodeGlobalId(id);
  return decoded && decoded.typeName === expectedTypeName ? decoded.key : null;
}

/** One description for every id field, so all subgraphs agree (composition would otherwise hint). */
export const GLOBAL_ID_DESCRIPTION = 'Global id: the type name and the record\'s key, e.g. "CumberlandAction:children-and-family-wellbeing-plan.a33". Stable; accepted by Query.node.';
