import { decodeGlobalId, globalId, keyOf, MAX_ID_LENGTH } from "../../lib/ids/global-id";

describe("global ids", () => {
  it("encode the type and decode back", () => {
    const id = globalId("CumberlandAction", "children-and-family-wellbeing-plan.a35");
    expect(id).toBe("CumberlandAction:children-and-family-wellbeing-plan.a35");
    expect(decodeGlobalId(id)).toEqual({ typeName: "CumberlandAction", key: "children-and-family-wellbeing-plan.a35" });
    expect(keyOf(id, "CumberlandAction")).toBe("children-and-family-wellbeing-plan.a35");
  });

  it("refuse the wrong type, malformed and hostile ids", () => {
    expect(keyOf("CumberlandAction:x", "WestmorlandAndFurnessAction")).toBeNull();
    for (const id of ["", ":", "x", "Action:", ":key", "lowercase:key", "Type:Key With Spaces", "Type:'; DROP TABLE action; --", `Type:${"a".repeat(MAX_ID_LENGTH)}`]) {
      expect(decodeGlobalId(id)).toBeNull();
    }
  });
});
