import { join } from "node:path";
import { ESLint, type Linter } from "eslint";
import { projectRoot } from "../../lib/config/project";
import { apiSchemaPath } from "../../gateway/src/compose";

/** One lint finding, as a developer needs it to fix the schema's source. */
interface Problem {
  rule: string;
  line: number;
  message: string;
}

/**
 * The project's own eslint.config.js, as `npm run lint:schema` runs it. It is required here and handed
 * over as the base config because ESLint loads config files with a dynamic import(), which jest's
 * CommonJS sandbox refuses.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- import() is what jest refuses (above)
const projectConfig: Linter.Config[] = require(join(projectRoot, "eslint.config.js"));
const eslint = (overrideConfig?: Linter.Config): ESLint => new ESLint({ cwd: projectRoot, overrideConfigFile: true, baseConfig: projectConfig, overrideConfig });

const problemsOf = (results: ESLint.LintResult[]): Problem[] => results.flatMap((result) => result.messages.map((message) => ({ rule: message.ruleId ?? "(parse error)", line: message.line, message: message.message })));

const listed = (problems: Problem[]): string => problems.map((problem) => `  gateway/schema.graphql:${problem.line}  ${problem.rule}  ${problem.message.replace(/\n/g, " ")}`).join("\n");

describe("schema lint (eslint.config.js over gateway/schema.graphql)", () => {
  it("finds no problem in the public API schema", async () => {
    const results = await eslint().lintFiles([apiSchemaPath]);
    expect(results.map((result) => result.filePath)).toEqual([apiSchemaPath]);
    const problems = problemsOf(results);
    const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
    const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
    if (problems.length > 0) {
      // Fix each at its source (the description option of the @Field, @Arg, @ObjectType ... in the TypeScript),
      // then `npm run compose` and `npm run codegen`.
      throw new Error(`${problems.length} schema lint problem(s); fix them in the TypeScript, then npm run compose:\n${listed(problems)}`);
    }
    expect({ errors, warnings }).toEqual({ errors: 0, warnings: 0 });
  }, 60_000);

  it("lints the schema file (it is not ignored by the config)", async () => {
    expect(await eslint().isPathIgnored(join(projectRoot, "gateway", "schema.graphql"))).toBe(false);
  });

  it("fails a field without a description", async () => {
    const sdl = `
"""The entry points."""
type Query {
  """A greeting."""
  hello: String
  world: String
}
`;
    // The text is linted under the schema file's name so that the project's config applies; the
    // rules check it against itself (schemaSdl), not against the committed schema.
    const lint = eslint({ files: ["gateway/schema.graphql"], languageOptions: { parserOptions: { schemaSdl: sdl } } });
    const problems = problemsOf(await lint.lintText(sdl, { filePath: apiSchemaPath }));
    // (A schema this small has other findings too, e.g. relay-page-info: it has no PageInfo type.)
    expect(problems.filter((problem) => problem.rule === "@graphql-eslint/require-description")).toEqual([{ rule: "@graphql-eslint/require-description", line: 6, message: 'Description is required for field "world" in type "Query"' }]);
  });
});
