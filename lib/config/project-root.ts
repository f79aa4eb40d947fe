import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

/** The repository root: the nearest folder above this file with a package.json (works from src and dist). */
export const projectRoot: string = (() => {
  let dir = resolve(__dirname);
  for (;;) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "subgraphs"))) return dir;
    const parent = resolve(dir, "..");
    if (parent === dir) throw new Error(`cannot find the project root above ${__dirname}`);
    dir = parent;
  }
})();
