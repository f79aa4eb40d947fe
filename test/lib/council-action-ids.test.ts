import fs, { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCouncils, type CouncilConfig } from "../../lib/config/project";
import { globalId } from "../../lib/ids/global-id";
import { advancesErrors } from "../../subgraphs/shared/src/council-action-ids";

/**
 * advancesErrors checks a joint action's `advances` against the councils' plan files. It runs on every
 * createJointAction and updateJointAction, before anything is written, so its cost must not grow with
 * what a client sends: a plan folder is listed once per check, not once per id, and a list longer than
 * the limit is refused whole without looking at each id.
 */
const councils = loadCouncils();
const cumberland = councils.find((council) => council.id === "cumberland")!;
const action = (key: string) => globalId(`${cumberland.typePrefix}Action`, `children-and-family-wellbeing-plan.${key}`);

afterEach(() => jest.restoreAllMocks());

describe("advancesErrors", () => {
  it("lists each council's plan folder once per check, however many ids name it", () => {
    advancesErrors([action("a01")], councils); // the keys are cached from here on
    const listed = jest.spyOn(fs, "readdirSync");
    const ids = Array.from({ length: 40 }, (_, index) => action(`a${String(index + 1).padStart(2, "0")}`));
    expect(advancesErrors(ids, councils)).toEqual([]);
    expect(listed.mock.calls.length).toBeLessThanOrEqual(1);
  });

  it("refuses more than 50 ids with one error, without reading anything for each", () => {
    const listed = jest.spyOn(fs, "readdirSync");
    const ids = Array.from({ length: 5000 }, (_, index) => action(`no-such-${index}`));
    const errors = advancesErrors(ids, councils);
    expect(errors).toEqual([expect.objectContaining({ code: "INVALID_INPUT", field: "advances", message: "at most 50 council actions" })]);
    expect(listed).not.toHaveBeenCalled();
  });

  it("still names each id that is not a council action's, or one that does not exist", () => {
    const errors = advancesErrors([action("a01"), "JointAction:x", action("zz99")], councils);
    expect(errors.map((error) => [error.code, error.field])).toEqual([
      ["INVALID_INPUT", "advances[1]"],
      ["NOT_FOUND", "advances[2]"],
    ]);
  });
});

describe("the plan files' keys, cached", () => {
  const dir = mkdtempSync(join(tmpdir(), "council-action-ids-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("are read again when a plan file is replaced, even by one with the same modification time (rsync -a, cp -p, tar)", () => {
    mkdirSync(join(dir, "plans"));
    const file = join(dir, "plans", "children-and-family-wellbeing-plan.json");
    const original = readFileSync(join(cumberland.dataDir, "plans", "children-and-family-wellbeing-plan.json"), "utf8");
    writeFileSync(file, original);
    const council: CouncilConfig = { ...cumberland, dataDir: dir };
    const when = new Date("2026-01-01T00:00:00Z");
    utimesSync(file, when, when);
    expect(advancesErrors([action("a01")], [council])).toEqual([]);

    // The same file with a01 renamed, its modification time set back as a copy that keeps times does.
    writeFileSync(file, original.replace('"id": "a01"', '"id": "a01-renamed"'));
    utimesSync(file, when, when);
    expect(advancesErrors([action("a01")], [council]).map((error) => error.code)).toEqual(["NOT_FOUND"]);
    expect(advancesErrors([action("a01-renamed")], [council])).toEqual([]);
  });
});
