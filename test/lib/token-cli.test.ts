import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { Role } from "../../lib/auth/identity";
import { projectRoot } from "../../lib/config/project";

/** `npm run token` as built (npm test builds first). */
const token = (...args: string[]) => spawnSync(process.execPath, [join(projectRoot, "dist", "scripts", "token.js"), ...args], { encoding: "utf8" });

describe("npm run token", () => {
  it("--help prints how it is used, and no token", () => {
    for (const help of ["--help", "-h"]) {
      const run = token(help);
      expect([run.status, run.stderr]).toEqual([0, ""]);
      expect(run.stdout).toMatch(/^Usage: npm run token -- \[--role ROLE/);
      expect(run.stdout).not.toMatch(/eyJ/);
    }
  });

  it("an unknown role is refused with every role there is", () => {
    const run = token("--role", "MAYOR");
    expect([run.status, run.stdout]).toEqual([1, ""]);
    expect(run.stderr).toBe(`token: unknown role MAYOR: use ${Object.values(Role).join(", ")}\n`);
    for (const role of Object.values(Role)) expect(run.stderr).toContain(role);
  });

  it("an unknown option is an error that names it, with the usage", () => {
    const run = token("--roles", "VIEWER");
    expect([run.status, run.stdout]).toEqual([2, ""]);
    expect(run.stderr).toMatch(/^Unknown option '--roles'/);
    expect(run.stderr).toContain("Usage: npm run token");
  });

  it("still prints a token for a known role", () => {
    const run = token("--role", "COUNCIL_EDITOR", "--council", "cumberland");
    expect([run.status, run.stderr]).toEqual([0, ""]);
    expect(run.stdout).toMatch(/^eyJ[\w-]+\.[\w-]+\.[\w-]+\n$/);
  });
});
