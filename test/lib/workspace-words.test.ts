import { canApprove, canRecord, isOwnUpdate, scopeOfId, workScopes, type Person } from "../../workspace/src/roles";
import { ago, changeWords, dateTimeWords, quarterStart, quarterWords, recentQuarters, reportLinks, statusTagColour } from "../../workspace/src/words";

const person = (roles: string[], council: string | null = null, subject: string | null = "oidc:idp:me"): Person => ({ name: "P", username: "p", subject, roles, council, csrfToken: "t" });

describe("the workspace's roles", () => {
  it("lists the actions each role works on, and what it may do to them", () => {
    const officer = person(["COUNCIL_EDITOR"], "cumberland");
    expect(workScopes(officer)).toEqual([{ kind: "council", council: "cumberland" }]);
    expect(canRecord(officer, { kind: "council", council: "cumberland" })).toBe(true);
    expect(canRecord(officer, { kind: "council", council: "westmorland-furness" })).toBe(false);
    expect(canApprove(officer, { kind: "council", council: "cumberland" })).toBe(false);
    const lead = person(["PARTNERSHIP_EDITOR"]);
    expect(workScopes(lead)).toEqual([{ kind: "joint" }]);
    expect(canRecord(lead, { kind: "joint" })).toBe(true);
    expect(canApprove(person(["PARTNERSHIP_APPROVER"]), { kind: "joint" })).toBe(true);
    expect(workScopes(person(["VIEWER"]))).toEqual([]);
    expect(workScopes(person(["ADMIN"]))).toEqual([]);
  });

  it("knows an action's owner from its id, and one's own update by subject", () => {
    expect(scopeOfId("JointAction:abc")).toEqual({ kind: "joint" });
    expect(scopeOfId("WestmorlandAndFurnessAction:x.a1")).toEqual({ kind: "council", council: "westmorland-furness" });
    expect(scopeOfId("CumberlandPlan:x")).toBeNull();
    expect(isOwnUpdate(person(["COUNCIL_APPROVER"]), "oidc:idp:me")).toBe(true);
    expect(isOwnUpdate(person(["COUNCIL_APPROVER"]), "oidc:idp:someone-else")).toBe(false);
    // A session that gave no subject never matches (the graph refuses self-approval anyway).
    expect(isOwnUpdate(person(["COUNCIL_APPROVER"], null, null), null)).toBe(false);
  });
});

describe("the workspace's words", () => {
  const now = new Date("2026-12-06T10:00:00Z");
  it("says how long ago in words", () => {
    expect(ago(null, now)).toBe("never");
    expect(ago("2026-12-06T01:00:00Z", now)).toBe("today");
    expect(ago("2026-12-05T23:00:00Z", now)).toBe("yesterday");
    expect(ago("2026-11-06T10:00:00Z", now)).toBe("30 days ago");
    expect(ago("2026-06-01T10:00:00Z", now)).toBe("6 months ago");
    expect(dateTimeWords("2026-12-06T09:05:00Z")).toBe("6 December 2026 at 09:05");
  });

  it("names quarters as the reports do, and where this one began", () => {
    expect(quarterStart(now)).toBe("2026-10-01");
    expect(quarterStart(new Date("2026-03-31T23:59:00Z"))).toBe("2026-01-01");
    expect(recentQuarters(now, 5)).toEqual(["2026-Q4", "2026-Q3", "2026-Q2", "2026-Q1", "2025-Q4"]);
    expect(quarterWords("2026-Q4")).toBe("October to December 2026");
    expect(reportLinks("JointInitiative:regional-adoption-agency", "2026-Q4")).toEqual({
      html: "/reports/JointInitiative:regional-adoption-agency/2026-Q4.html",
      pdf: "/reports/JointInitiative:regional-adoption-agency/2026-Q4.pdf",
    });
  });

  it("puts changes and statuses in plain words, colour only beside them", () => {
    expect(changeWords("UPDATE_APPROVED", "Recruit adopters")).toBe('A progress update on "Recruit adopters" was approved');
    expect(changeWords("JOINT_ACTION_WITHDRAWN", "Panel")).toBe('The joint action "Panel" was withdrawn');
    expect(statusTagColour("OFF_TRACK")).toBe("govuk-tag--red");
    expect(statusTagColour("NOT_REPORTED")).toBe("govuk-tag--grey");
  });
});
