import { GraphQLError } from "graphql";
import { Role, type Identity } from "../../lib/auth/identity";
import { filterKey } from "../../lib/council/action-filter";
import { UpdateState } from "../../lib/tracking/model";

/** ActionFilter's checks and its cache key (what the per-request loader batches pages by). */
const types = { plan: "CumberlandPlan", board: "CumberlandBoard", themeCodes: new Set(["ADOPTION", "YOUNG_CARERS"]) };
const viewer: Identity = { subject: "v", name: "Viewer", roles: [Role.VIEWER], council: null };
const codeOf = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error instanceof GraphQLError ? [error.extensions.code, error.extensions.field] : error;
  }
  return "no error";
};

describe("filterKey", () => {
  it("gives equal filters one key: a plan by global id or key, states in any order or repeated, an empty state list as none", () => {
    expect(filterKey({ plan: "CumberlandPlan:children-and-family-wellbeing-plan" }, null, types)).toBe(filterKey({ plan: "children-and-family-wellbeing-plan" }, null, types));
    expect(filterKey({ updateStates: [UpdateState.SUBMITTED, UpdateState.DRAFT, UpdateState.SUBMITTED] }, viewer, types)).toBe(filterKey({ updateStates: [UpdateState.DRAFT, UpdateState.SUBMITTED] }, viewer, types));
    expect(filterKey({ updateStates: [] }, null, types)).toBe(filterKey(null, null, types));
    expect(filterKey({ notUpdatedSince: "2026-10-01" }, null, types)).not.toBe(filterKey(null, null, types));
  });

  it("makes another council's plan or board match nothing, and refuses ids of other types, malformed keys and dates", () => {
    expect(JSON.parse(filterKey({ plan: "WestmorlandAndFurnessPlan:ambition-for-every-child" }, null, types))).toMatchObject({ none: true, plan: null });
    expect(JSON.parse(filterKey({ board: "WestmorlandAndFurnessBoard:x" }, null, types))).toMatchObject({ none: true });
    expect(codeOf(() => filterKey({ plan: "CumberlandAction:children-and-family-wellbeing-plan.a1" }, null, types))).toEqual(["BAD_USER_INPUT", "filter.plan"]);
    expect(codeOf(() => filterKey({ board: "Plan:x" }, null, types))).toEqual(["BAD_USER_INPUT", "filter.board"]);
    expect(codeOf(() => filterKey({ plan: "Not A Key" }, null, types))).toEqual(["BAD_USER_INPUT", "filter.plan"]);
    expect(codeOf(() => filterKey({ notUpdatedSince: "2026-02-29" }, null, types))).toEqual(["BAD_USER_INPUT", "filter.notUpdatedSince"]);
    expect(codeOf(() => filterKey({ notUpdatedSince: "2024-02-29" }, null, types))).toBe("no error");
  });

  it("takes a theme code as a String checked against the merged themes (the deprecated enum input gives the same key); an unknown code names the known ones", () => {
    expect(filterKey({ themeCode: "ADOPTION" }, null, types)).toBe(filterKey({ theme: "ADOPTION" }, null, types));
    expect(JSON.parse(filterKey({ themeCode: "YOUNG_CARERS" }, null, types))).toMatchObject({ theme: "YOUNG_CARERS" });
    expect(codeOf(() => filterKey({ themeCode: "ADOPTON" }, null, types))).toEqual(["BAD_USER_INPUT", "filter.themeCode"]);
    expect(() => filterKey({ themeCode: "ADOPTON" }, null, types)).toThrow('"ADOPTON" is not a theme code. Known theme codes: ADOPTION, YOUNG_CARERS');
    expect(codeOf(() => filterKey({ themeCode: "ADOPTION", theme: "ADOPTION" }, null, types))).toEqual(["BAD_USER_INPUT", "filter.themeCode"]);
  });

  it("lets anyone ask for APPROVED updates, and only signed-in staff for the other states", () => {
    expect(codeOf(() => filterKey({ updateStates: [UpdateState.APPROVED] }, null, types))).toBe("no error");
    expect(codeOf(() => filterKey({ updateStates: [UpdateState.SUBMITTED] }, null, types))).toEqual(["UNAUTHENTICATED", undefined]);
    expect(codeOf(() => filterKey({ updateStates: [UpdateState.DRAFT] }, { ...viewer, roles: [] }, types))).toEqual(["FORBIDDEN", undefined]);
    expect(codeOf(() => filterKey({ updateStates: [UpdateState.RETURNED] }, viewer, types))).toBe("no error");
  });
});
