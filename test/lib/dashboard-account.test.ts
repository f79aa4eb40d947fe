import { councilName, describeRoles, parseSession, roleWords, signInHref, VIEWER_ONLY_TEXT } from "../../web/shared/account-words";
import { dashboardPolicy, SIGN_IN_OFF } from "../../gateway/src/web";

describe("the dashboard's account area in words", () => {
  it("names each of the graph's roles plainly, a council role with its council", () => {
    expect(roleWords("PARTNERSHIP_EDITOR", null)).toBe("Partnership editor");
    expect(roleWords("PARTNERSHIP_APPROVER", null)).toBe("Partnership approver");
    expect(roleWords("COUNCIL_EDITOR", "cumberland")).toBe("Cumberland Council editor");
    expect(roleWords("COUNCIL_APPROVER", "westmorland-furness")).toBe("Westmorland and Furness Council approver");
    expect(roleWords("COUNCIL_EDITOR", null)).toBe("Council editor");
    expect(roleWords("VIEWER", null)).toBe("Viewer");
    expect(roleWords("ADMIN", null)).toBe("Administrator");
    // A role or council this page does not know yet still reads as words, never as a code.
    expect(roleWords("DATA_STEWARD", null)).toBe("Data steward");
    expect(councilName("north-yorkshire")).toBe("North Yorkshire Council");
  });

  it("lists several roles once each, and says what a person with no role may do", () => {
    expect(describeRoles({ roles: ["COUNCIL_EDITOR", "COUNCIL_APPROVER"], council: "cumberland", viewerOnly: false })).toBe("Cumberland Council editor and Cumberland Council approver");
    expect(describeRoles({ roles: ["VIEWER", "PARTNERSHIP_EDITOR", "PARTNERSHIP_EDITOR", "ADMIN"], council: null, viewerOnly: false })).toBe("Viewer, Partnership editor and Administrator");
    expect(describeRoles({ roles: ["VIEWER"], council: null, viewerOnly: true })).toBe(VIEWER_ONLY_TEXT);
    expect(VIEWER_ONLY_TEXT).toBe("Viewer: your account has no role in this graph yet, so you can read but not change anything");
    expect(describeRoles({ roles: ["VIEWER"], council: null, viewerOnly: false })).toBe("Viewer");
  });

  it("reads GET /auth/session's JSON, and refuses what is not a session", () => {
    expect(parseSession({ signedIn: false })).toEqual({ signedIn: false });
    // A gateway without sign-in says so: no "Sign in" link to a route that is not there.
    expect(parseSession(SIGN_IN_OFF)).toBeNull();
    const session = { signedIn: true, name: "Rowan Adair", username: "raa.lead", roles: ["PARTNERSHIP_EDITOR"], council: null, viewerOnly: false, csrfToken: "t", expiresAt: "2026-01-01T00:00:00.000Z" };
    expect(parseSession(session)).toEqual(session);
    for (const bad of [null, "signedIn", {}, { signedIn: "yes" }, { ...session, roles: [1] }, { ...session, csrfToken: undefined }, { ...session, name: 3 }]) expect(parseSession(bad)).toBeNull();
  });

  it("signs in coming back to the same page, its path only", () => {
    expect(signInHref({ pathname: "/dashboard/", search: "" })).toBe("/auth/login?returnTo=%2Fdashboard%2F");
    expect(signInHref({ pathname: "/dashboard/", search: "?theme=a&b=c" })).toBe("/auth/login?returnTo=%2Fdashboard%2F%3Ftheme%3Da%26b%3Dc");
  });
});

describe("the dashboard's Content-Security-Policy", () => {
  it("lets its forms go to this origin and the identity provider's origin, and nowhere else", () => {
    const policy = dashboardPolicy(["http://127.0.0.1:4010/oidc/session/end?x=1", "https://login.microsoftonline.com/tenant/v2.0"]);
    expect(policy.split("; ").find((directive) => directive.startsWith("form-action"))).toBe("form-action 'self' http://127.0.0.1:4010 https://login.microsoftonline.com");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain("unsafe");
  });

  it("takes only http(s) origins, so configuration cannot add a directive", () => {
    const policy = dashboardPolicy(["https://idp.example; script-src *", "javascript:alert(1)", "not a url", "https://idp.example/a", "https://idp.example/b"]);
    expect(policy.split("; ").find((directive) => directive.startsWith("form-action"))).toBe("form-action 'self' https://idp.example");
    expect(policy).not.toContain("script-src *");
    expect(dashboardPolicy([])).toMatch(/form-action 'self'$/);
  });
});
