import { badUserInput } from "../../graphql/errors";
import { knownCodes, type KindRecord } from "../../vocabulary/plan-kinds";

/** Every council row's key is unique within its council: the cursor of document-ordered lists. */
export const bySlug = (row: { slug: string }): string => row.slug;

/** A row another row points to; its absence means the data files disagree with each other. */
export function required<T>(row: T | null, kind: string, key: string): T {
  if (row === null) throw new Error(`${kind} ${key} is missing: the data files are inconsistent`);
  return row;
}

/** A kind code given as an argument: one the council's vocabulary defines, or BAD_USER_INPUT naming those it does. */
export function knownKind(code: string, kinds: KindRecord[], what: string, field: string): string {
  if (kinds.some((kind) => kind.code === code)) return code;
  throw badUserInput(`"${code.slice(0, 100)}" is not a ${what} kind of this council. Known ${what} kinds: ${knownCodes(kinds)}.`, { field });
}

/** The vocabulary's name for a kind; data:check refuses unknown codes, so the code itself is only a fallback. */
export const kindNameOf = (code: string, kinds: KindRecord[]): string => kinds.find((kind) => kind.code === code)?.name ?? code;
