import fs from "node:fs";
import { loadCouncils } from "../../lib/config/project";
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
