import { readFileSync } from "node:fs";
import { apiSchemaPath } from "../../gateway/src/compose";
import { baselineSchemaPath, checkContract, readAcceptedChanges, recordFor, type AcceptedChange } from "../../gateway/src/schema-diff";
import { addRelease, CHANGELOG_HEADER, releaseNotes } from "../../gateway/src/schema-release-notes";

const today = new Date().toISOString().slice(0, 10);

describe("the public schema against its published baseline (gateway/schema.baseline.graphql)", () => {
  it("has no breaking change that gateway/schema-changes.json does not record, and no stale record", async () => {
    const check = await checkContract(readFileSync(baselineSchemaPath, "utf8"), readFileSync(apiSchemaPath, "utf8"), readAcceptedChanges());
    const problems: string[] = [];
    if (check.unrecorded.length > 0) {
      problems.push(
        `${check.unrecorded.length} breaking change(s) between gateway/schema.baseline.graphql and gateway/schema.graphql that gateway/schema-changes.json does not record:`,
        ...check.unrecorded.map((change) => `  - ${change.message}`),
        "Avoid them (e.g. add a new field and deprecate the old one), or accept each by adding an entry with the reason clients must follow:",
        JSON.stringify(
          check.unrecorded.map((change) => recordFor(change, today)),
          null,
          2,
        ),
      );
    }
    if (check.stale.length > 0) {
      problems.push(
        `${check.stale.length} record(s) in gateway/schema-changes.json that match no breaking change any more (undone, or worded differently now; see npm run schema:diff):`,
        ...check.stale.map((record) => `  - ${record.change}`),
        "Remove them, or correct their `change` to the message npm run schema:diff prints.",
      );
    }
    if (problems.length > 0) throw new Error(problems.join("\n"));
  });
});

describe("the breaking-change check itself", () => {
  const baseline = `
    type Query {
      council(id: ID!): Council
    }
    type Council {
      id: ID!
      name: String!
      formed: String!
      plans(kind: PlanKind): [Plan!]!
    }
    type Plan {
      title: String!
    }
    enum PlanKind {
      PLAN
      STRATEGY
    }
  `;
  const check = (current: string, accepted: AcceptedChange[] = []) => checkContract(baseline, current, accepted);
  const messagesOf = (changes: Array<{ message: string }>) => changes.map((change) => change.message);

  it("passes the same schema", async () => {
    expect(await check(baseline)).toEqual({ changes: [], unrecorded: [], stale: [] });
  });

  it("passes a purely additive change (a new field, a new optional argument, a new type)", async () => {
    const current = baseline.replace("formed: String!", "formed: String!\n laCode: String").replace("council(id: ID!): Council", "council(id: ID!): Council\n councils(first: Int): [Council!]!");
    const result = await check(current);
    expect(result.unrecorded).toEqual([]);
    expect(result.changes.length).toBeGreaterThan(0);
  });

  it("catches a removed field", async () => {
    const result = await check(baseline.replace("formed: String!", ""));
    expect(messagesOf(result.unrecorded)).toEqual(["Field 'formed' was removed from object type 'Council'"]);
  });

  it("catches a field that may now be null (String! to String)", async () => {
    const result = await check(baseline.replace("name: String!", "name: String"));
    expect(messagesOf(result.unrecorded)).toEqual(["Field 'Council.name' changed type from 'String!' to 'String'"]);
  });

  it("catches a removed enum value", async () => {
    const result = await check(baseline.replace("STRATEGY", ""));
    expect(messagesOf(result.unrecorded)).toEqual(["Enum value 'STRATEGY' was removed from enum 'PlanKind'"]);
  });

  it("catches a required argument added to a field", async () => {
    const result = await check(baseline.replace("plans(kind: PlanKind)", "plans(kind: PlanKind, year: Int!)"));
    expect(messagesOf(result.unrecorded)).toEqual(["Argument 'year: Int!' added to field 'Council.plans'"]);
  });

  it("catches a list that becomes a connection", async () => {
    const current = `${baseline.replace("plans(kind: PlanKind): [Plan!]!", "plans(kind: PlanKind): PlanConnection!")}
      type PlanConnection { nodes: [Plan!]! }`;
    const result = await check(current);
    expect(messagesOf(result.unrecorded)).toEqual(["Field 'Council.plans' changed type from '[Plan!]!' to 'PlanConnection!'"]);
  });

  it("passes a breaking change that is recorded, by message or by path", async () => {
    const current = baseline.replace("formed: String!", "").replace("name: String!", "name: String");
    const accepted: AcceptedChange[] = [
      { change: "Field 'formed' was removed from object type 'Council'", reason: "test", date: "2026-01-01" },
      { change: "Council.name", reason: "test", date: "2026-01-01" },
    ];
    expect(await check(current, accepted)).toMatchObject({ unrecorded: [], stale: [] });
  });

  it("reports a record whose change no longer happens as stale", async () => {
    const record: AcceptedChange = { change: "Field 'formed' was removed from object type 'Council'", reason: "test", date: "2026-01-01" };
    expect((await check(baseline, [record])).stale).toEqual([record]);
  });
});

describe("release notes (docs/SCHEMA-CHANGES.md)", () => {
  it("put the newest release first, under the header, keeping the earlier ones", () => {
    const first = addRelease(null, "## 2026-01-01\n\nBreaking: 0\n");
    expect(first.startsWith(CHANGELOG_HEADER)).toBe(true);
    const second = addRelease(first, "## 2026-02-01\n\nBreaking: 0\n");
    expect(second.indexOf("## 2026-02-01")).toBeLessThan(second.indexOf("## 2026-01-01"));
    expect(second.match(/^# Changes/gm)).toHaveLength(1);
  });

  it("give each breaking change with the reason recorded for it", async () => {
    const { changes } = await checkContract("type Query { a: Int, b: Int }", "type Query { a: Int }", []);
    const notes = releaseNotes("2026-03-01", changes, [{ change: "Query.b", reason: "Nobody asked for b (issue 1)", date: "2026-02-20" }]);
    expect(notes).toContain("- Field 'b' was removed from object type 'Query'. Nobody asked for b (issue 1) (accepted 2026-02-20)");
  });
});
