import { join } from "node:path";
import { ESLint, type Linter } from "eslint";
import { projectRoot } from "../../lib/config/project";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- jest refuses ESLint's import() of the config (see test/schema/lint.test.ts)
const projectConfig: Linter.Config[] = require(join(projectRoot, "eslint.config.js"));
const eslint = new ESLint({ cwd: projectRoot, overrideConfigFile: true, baseConfig: projectConfig });

/** The rules a TypeScript text breaks when it is linted as the given file of the repository. */
const rulesBroken = async (file: string, text: string): Promise<string[]> => {
  const [result] = await eslint.lintText(text, { filePath: join(projectRoot, file) });
  return result.messages.map((message) => message.ruleId ?? `(parse error) ${message.message}`);
};

// The first lint loads the parser, the resolver and the files the import rules follow: slow on a busy machine.
jest.setTimeout(120_000);

// The whole tree is linted by `npm run lint` (part of `npm test`); these prove the rules are wired.
describe("TypeScript lint (eslint.config.js)", () => {
  it("lints the code and the tests, not codegen's output", async () => {
    expect(await eslint.isPathIgnored(join(projectRoot, "lib", "data", "problems.ts"))).toBe(false);
    expect(await eslint.isPathIgnored(join(projectRoot, "test", "lint", "typescript.test.ts"))).toBe(false);
    expect(await eslint.isPathIgnored(join(projectRoot, "generated", "graphql.ts"))).toBe(true);
  });

  it("refuses lib/ importing a subgraph", async () => {
    expect(await rulesBroken("lib/data/probe.ts", 'export { sharedResolvers } from "../../subgraphs/shared/src/resolvers";\n')).toEqual(["import-x/no-restricted-paths"]);
  });

  it("refuses the shared subgraph and lib/tracking importing lib/council", async () => {
    expect(await rulesBroken("subgraphs/shared/src/probe.ts", 'export { councilResolvers } from "../../../lib/council/resolvers";\n')).toEqual(["import-x/no-restricted-paths"]);
    expect(await rulesBroken("lib/tracking/probe.ts", 'export { councilResolvers } from "../council/resolvers";\n')).toEqual(["import-x/no-restricted-paths"]);
  });

  it("lets the council subgraph use lib/tracking", async () => {
    expect(await rulesBroken("lib/council/probe.ts", 'export { validateProgress } from "../tracking/validate";\n')).toEqual([]);
  });

  it("refuses an import cycle", async () => {
    // lib/data/problems.ts imports ./fixes for a value: fixes.ts importing a value back closes a cycle.
    expect(await rulesBroken("lib/data/fixes.ts", 'import { formatProblem } from "./problems";\nexport const format = formatProblem;\n')).toEqual(["import-x/no-cycle"]);
  });

  it("refuses an explicit any", async () => {
    expect(await rulesBroken("lib/data/probe.ts", "export const parse = (text: string): any => JSON.parse(text);\n")).toEqual(["@typescript-eslint/no-explicit-any"]);
  });
});
