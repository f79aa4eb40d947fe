import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { CouncilConfig } from "../../../lib/config/project";
import { readDataFile, type Problem } from "../../../lib/data/problems";
import { planFile } from "../../../lib/data/schemas";
import { decodeGlobalId } from "../../../lib/ids/global-id";
import { userError, UserErrorCode, type UserError } from "../../../lib/tracking/model";

/**
 * Whether the council actions a joint action names exist. Council actions come only from each
 * council's plan files (a data load; never a write through the graph), so the shared subgraph reads
 * the same files rather than calling a council's subgraph inside its own write. A council whose data
 * folder this process cannot see (the shared subgraph deployed alone) is checked as `npm run
 * data:check` does then: by the id's type only. The keys are re-read when a plan file changes.
 */
interface Known {
  signature: string;
  keys: Set<string>;
}
const known = new Map<string, Known>();

/** Keys ("<plan>.<action>") of the council's actions, or null when its plan files are not here. */
function actionKeys(council: CouncilConfig): Set<string> | null {
  const dir = join(council.dataDir, "plans");
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir)
    .filter((file) => file.endsWith(".json"))
    .sort();
  // ctime and size as well as mtime: a copy that keeps times (rsync -a, cp -p, tar) sets mtime back, never ctime.
  const signature = files
    .map((file) => {
      const stat = statSync(join(dir, file));
      return `${file}:${stat.mtimeMs}:${stat.ctimeMs}:${stat.size}`;
    })
    .join("|");
  const cached = known.get(dir);
  if (cached && cached.signature === signature) return cached.keys;
  const problems: Problem[] = [];
  const plans = files.map((file) => readDataFile(join(dir, file), planFile, problems));
  const keys = new Set(plans.flatMap((plan) => plan?.actions.map((action) => `${plan.id}.${action.id}`) ?? []));
  known.set(dir, { signature, keys });
  return keys;
}

/** Refusals for `advances` (at most 50 global ids of existing council actions), each naming its place in the list. */
export function advancesErrors(advances: string[], councils: CouncilConfig[]): UserError[] {
  // A longer list is refused whole, its ids unread: the check's cost must not grow with what a client sends.
  if (advances.length > 50) return [userError(UserErrorCode.INVALID_INPUT, "at most 50 council actions", "advances")];
  const errors: UserError[] = [];
  const byType = new Map(councils.map((council) => [`${council.typePrefix}Action`, council]));
  // Each council's plan folder is listed (and its files stat'ed) once per check, not once per id.
  const keysOf = new Map<CouncilConfig, Set<string> | null>();
  advances.forEach((id, index) => {
    const decoded = decodeGlobalId(id);
    const council = byType.get(decoded?.typeName ?? "");
    if (!decoded || !council) {
      errors.push(userError(UserErrorCode.INVALID_INPUT, `"${id.slice(0, 200)}" is not the id of a council action`, `advances[${index}]`));
      return;
    }
    if (!keysOf.has(council)) keysOf.set(council, actionKeys(council));
    const keys = keysOf.get(council) ?? null;
    if (keys !== null && !keys.has(decoded.key)) errors.push(userError(UserErrorCode.NOT_FOUND, `${council.name} has no action ${id.slice(0, 200)}`, `advances[${index}]`));
  });
  return errors;
}
