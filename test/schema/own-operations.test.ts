import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSchema, NoDeprecatedCustomRule, parse, specifiedRules, validate, visit } from "graphql";
import { projectRoot } from "../../lib/config/project";
import { MORE_UPDATES, SUBJECT } from "../../lib/reports/board-report";
import { JOINT_ACTIONS, JOINT_SUBJECT, JOINT_SUBJECT_SHARED_ONLY, MORE_JOINT_UPDATES } from "../../lib/reports/joint-report";

/**
 * The project's own clients (dashboard, workspace, examples, benchmark, reports) use no deprecated
 * field, argument or value: deprecated ones go in a later release, and some (the plan's `priorities`,
 * `partnership` without an id) already fail or mislead with another council set.
 */
const schema = buildSchema(readFileSync(join(projectRoot, "gateway", "schema.graphql"), "utf8"));

function graphqlFiles(folder: string): string[] {
  return readdirSync(join(projectRoot, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".graphql"))
    .map((entry) => join(entry.parentPath, entry.name));
}

const operationFiles = ["examples", "dashboard/src", "workspace/src", "bench/queries"].flatMap(graphqlFiles);
const reportQueries = { SUBJECT, MORE_UPDATES, JOINT_SUBJECT, JOINT_SUBJECT_SHARED_ONLY, JOINT_ACTIONS, MORE_JOINT_UPDATES };

describe("the project's own operations", () => {
  it("finds the operation files", () => {
    expect(operationFiles.length).toBeGreaterThan(10);
  });

  it("use nothing deprecated (the .graphql operations, read together for their shared fragments)", () => {
    const document = parse(operationFiles.map((file) => readFileSync(file, "utf8")).join("\n"));
    expect(validate(schema, document, [NoDeprecatedCustomRule]).map((error) => error.message)).toEqual([]);
  });

  it("never ask for Query.partnership without an id (deprecated there, and an error when there are several)", () => {
    const withoutId: string[] = [];
    for (const file of operationFiles) {
      visit(parse(readFileSync(file, "utf8")), {
        OperationDefinition(operation) {
          if (operation.operation !== "query") return;
          for (const selection of operation.selectionSet.selections) {
            if (selection.kind === "Field" && selection.name.value === "partnership" && !selection.arguments?.some((argument) => argument.name.value === "id")) withoutId.push(`${file}: ${operation.name?.value ?? "anonymous"}`);
          }
        },
      });
    }
    expect(withoutId).toEqual([]);
  });

  it.each(Object.entries(reportQueries))("report query %s is valid and uses nothing deprecated", (_name, query) => {
    expect(validate(schema, parse(query), [...specifiedRules, NoDeprecatedCustomRule]).map((error) => error.message)).toEqual([]);
  });
});
