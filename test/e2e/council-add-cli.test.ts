import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot } from "../../lib/config/project";
import { copyProjectDataWithout, THIRD_COUNCIL } from "../helpers/councils";

/** `npm run council:add` as an officer runs it: the compiled script (npm test builds first). */
const script = join(projectRoot, "dist", "scripts", "council-add.js");
const fixture = join(projectRoot, "test", "fixtures", "third-council");
const run = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { cwd: projectRoot, encoding: "utf8" });

it("explains itself with --help", () => {
  const help = run("--help");
  expect(help.status).toBe(0);
  expect(help.stdout).toContain("usage: npm run council:add -- <folder> [--partnership <id>]");
});

it("refuses bad arguments and an unknown partnership with a clear message, exit 1 (an unknown option: exit 2 with the usage), and changes nothing", () => {
  const root = mkdtempSync(join(tmpdir(), "council-add-cli-"));
  try {
    copyProjectDataWithout(root, THIRD_COUNCIL.id, THIRD_COUNCIL.documents);
    const documents = readFileSync(join(root, "sources", "documents.json"), "utf8");
    const none = run();
    expect(none.status).toBe(1);
    expect(none.stderr).toContain("council:add: give exactly one prepared council folder");
    const unknownOption = run(fixture, "--colour", "blue");
    expect(unknownOption.status).toBe(2);
    expect(unknownOption.stderr).toMatch(/--colour[\s\S]*usage: npm run council:add/);
    const unknown = run(fixture, "--root", root, "--partnership", "nowhere", "--data-only");
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('council:add: there is no partnership "nowhere" in subgraphs/shared/data/partnerships.json (known: "cumbria"); nothing was changed');
    expect(existsSync(join(root, "subgraphs", "exampleshire"))).toBe(false);
    expect(readFileSync(join(root, "sources", "documents.json"), "utf8")).toBe(documents);
    // The same folder, in no partnership, goes in (checked; --data-only: this copy is data, not a project).
    const added = run(fixture, "--root", root, "--data-only");
    expect(added.stderr).toBe("");
    expect(added.status).toBe(0);
    expect(added.stdout).toContain('council:add: "exampleshire" added');
    expect(JSON.parse(readFileSync(join(root, "subgraphs", "shared", "data", "partnerships.json"), "utf8"))[0].councils).not.toContain("exampleshire");
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
