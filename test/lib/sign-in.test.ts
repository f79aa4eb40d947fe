import { execFileSync } from "node:child_process";
import { createHash, generateKeyPairSync, randomBytes, X509Certificate } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sameOriginPath } from "../../gateway/src/auth-routes";
import { Role } from "../../lib/auth/identity";
import { privateKeyJwt } from "../../lib/auth/oidc-client";
import { loadRoleMapping } from "../../lib/auth/role-mapping";
import { cookiePolicy, serializeCookie, signId, verifySignedId } from "../../lib/auth/session-cookie";
import { SessionStore, type NewSession, type Refresher } from "../../lib/auth/sessions";
import { oidcSettings, type Env } from "../../lib/config/env";
import { projectRoot } from "../../lib/config/project";

const COUNCILS = ["westmorland-furness", "cumberland"];
const DEV_MAPPING = join(projectRoot, "config", "role-mapping.development.json");
const STRONG = randomBytes(32).toString("hex");

function mappingFile(content: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), "role-mapping-")), "mapping.json");
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}

describe("role mapping", () => {
  const mapping = loadRoleMapping(DEV_MAPPING, COUNCILS);

  it.each([
    [["Partnership.Editor"], [Role.PARTNERSHIP_EDITOR], null],
    [["Partnership.Approver"], [Role.PARTNERSHIP_APPROVER], null],
    [["Cumberland.Officer"], [Role.COUNCIL_EDITOR], "cumberland"],
    [["Cumberland.Approver"], [Role.COUNCIL_APPROVER], "cumberland"],
    [["WestmorlandFurness.Officer"], [Role.COUNCIL_EDITOR], "westmorland-furness"],
    [["WestmorlandFurness.Approver"], [Role.COUNCIL_APPROVER], "westmorland-furness"],
    [["Graph.Admin"], [Role.ADMIN], null],
  ])("the development file maps the demo claim %j to %j (council %s)", (roles, expected, council) => {
    expect(mapping.map({ roles })).toEqual({ roles: expected, council, viewerOnly: false });
  });

  it("maps no matching claim (or a claim of the wrong shape) to a viewer, and reads groups as well as roles", () => {
    expect(mapping.map({ roles: [] })).toEqual({ roles: [Role.VIEWER], council: null, viewerOnly: true });
    expect(mapping.map({ roles: ["Someone.Else"], groups: 42 })).toEqual({ roles: [Role.VIEWER], council: null, viewerOnly: true });
    expect(mapping.map({ groups: "Graph.Admin" })).toEqual({ roles: [Role.ADMIN], council: null, viewerOnly: false });
  });

  it("gives one council: council roles granted for another council are dropped", () => {
    expect(mapping.map({ roles: ["Cumberland.Officer", "WestmorlandFurness.Approver", "Partnership.Editor"] })).toEqual({ roles: [Role.COUNCIL_EDITOR, Role.PARTNERSHIP_EDITOR], council: "cumberland", viewerOnly: false });
  });

  it("refuses a bad file at start, naming the file and each bad entry", () => {
    const bad = mappingFile({
      claims: ["roles"],
      rules: [
        { value: "Ok", roles: ["VIEWER"] },
        { value: "Typo.Role", roles: ["EDITOR"] },
        { value: "No.Council", roles: ["COUNCIL_EDITOR"] },
      ],
    });
    expect(() => loadRoleMapping(bad, COUNCILS)).toThrow(new RegExp(`Role mapping file ${bad.replace(/[.]/g, "\\.")} is not valid`));
    expect(() => loadRoleMapping(bad, COUNCILS)).toThrow(/rules\[1\]\.roles\[0\]: must be one of VIEWER.*\(rule for "Typo\.Role"\)/);
    expect(() => loadRoleMapping(bad, COUNCILS)).toThrow(/rules\[2\]\.council: .*needs "council" \(rule for "No\.Council"\)/);
    expect(() => loadRoleMapping(mappingFile({ claims: ["roles"], rules: [{ value: "X", roles: ["COUNCIL_EDITOR"], council: "carlisle" }] }), COUNCILS)).toThrow(/rules\[0\]\.council: "carlisle" is not a council of this graph/);
    expect(() => loadRoleMapping(mappingFile({ claims: [], rules: [], extra: 1 }), COUNCILS)).toThrow(/claims: must name at least one claim[\s\S]*Unrecognized key/);
    expect(() => loadRoleMapping(mappingFile("{ not json"), COUNCILS)).toThrow(/is not valid JSON/);
    expect(() => loadRoleMapping("/nonexistent/mapping.json", COUNCILS)).toThrow(/\/nonexistent\/mapping\.json \(OIDC_ROLE_MAPPING\) cannot be read: ENOENT/);
  });
});

describe("session cookie", () => {
  it("verifies only values signed with the secret, unaltered", () => {
    const signed = signId("abc", "secret-one");
    expect(verifySignedId(signed, "secret-one")).toBe("abc");
    expect(verifySignedId(signed, "secret-two")).toBeNull();
    expect(verifySignedId(`abd${signed.slice(3)}`, "secret-one")).toBeNull();
    expect(verifySignedId(`${signed}x`, "secret-one")).toBeNull();
    expect(verifySignedId("abc", "secret-one")).toBeNull();
  });

  it("is __Host- and Secure on an https origin, plain and not Secure on http loopback, always HttpOnly SameSite=Lax Path=/", () => {
    expect(cookiePolicy("https://graph.cumbria.example/auth/callback")).toEqual({ session: "__Host-graph_session", signIn: "__Host-graph_signin", secure: true });
    expect(cookiePolicy("https://localhost:4000/auth/callback")).toMatchObject({ session: "graph_session", secure: true });
    expect(cookiePolicy("http://127.0.0.1:4000/auth/callback")).toEqual({ session: "graph_session", signIn: "graph_signin", secure: false });
    expect(serializeCookie("__Host-graph_session", "v", cookiePolicy("https://graph.example/auth/callback"))).toBe("__Host-graph_session=v; Path=/; HttpOnly; SameSite=Lax; Secure");
  });
});

describe("session store", () => {
  const person: NewSession = { identity: { subject: "oidc:idp:1", name: "A", roles: [Role.VIEWER], council: null }, username: "a", viewerOnly: true, providerSubject: "1", tokens: { refreshToken: "r1", accessExpiresAt: null } };
  let clock = 0;
  const store = (options: { refresh?: Refresher; maxSessions?: number } = {}) => new SessionStore({ secret: "s", idleMs: 1_000, absoluteMs: 5_000, now: () => clock, ...options });
  beforeEach(() => {
    clock = 1_000_000;
  });

  it("finds a session by its signed cookie only, and never by a tampered one", async () => {
    const sessions = store();
    const { session, cookie } = sessions.create(person);
    expect(await sessions.resolve(cookie)).toBe(session);
    expect(await sessions.resolve(cookie.replace(/.$/, (last) => (last === "A" ? "B" : "A")))).toBeNull();
    expect(await sessions.resolve(signId(session.id, "other-secret"))).toBeNull();
    expect(await sessions.resolve(null)).toBeNull();
    expect(session.csrfToken).toMatch(/^[\w-]{43}$/);
  });

  it("ends a session left idle, and one past its absolute limit however busy", async () => {
    const sessions = store();
    const idle = sessions.create(person);
    const busy = sessions.create(person);
    for (let step = 0; step < 5; step += 1) {
      clock += 900;
      expect(await sessions.resolve(busy.cookie)).not.toBeNull();
    }
    expect(await sessions.resolve(idle.cookie)).toBeNull();
    expect(sessions.expiresAt(busy.session).getTime()).toBe(busy.session.createdAt + 5_000);
    clock = busy.session.createdAt + 5_000;
    expect(await sessions.resolve(busy.cookie)).toBeNull();
    expect(sessions.size).toBe(0);
  });

  it("refreshes once an access token has expired (once for concurrent requests), and ends the session when refresh is refused", async () => {
    let calls = 0;
    let allow = true;
    const sessions = store({
      refresh: async () => {
        calls += 1;
        await new Promise((resolve) => setImmediate(resolve));
        return allow ? { tokens: { refreshToken: `r${calls + 1}`, accessExpiresAt: clock + 100 }, identity: { ...person.identity, roles: [Role.ADMIN] } } : null;
      },
    });
    const { cookie } = sessions.create({ ...person, tokens: { refreshToken: "r1", accessExpiresAt: clock + 100 } });
    expect(await sessions.resolve(cookie)).not.toBeNull();
    expect(calls).toBe(0);
    clock += 100;
    const [first, second] = await Promise.all([sessions.resolve(cookie), sessions.resolve(cookie)]);
    expect(calls).toBe(1);
    expect(first).toBe(second);
    expect(first!.tokens.refreshToken).toBe("r2");
    expect(first!.identity.roles).toEqual([Role.ADMIN]);
    clock += 100;
    allow = false;
    expect(await sessions.resolve(cookie)).toBeNull();
    allow = true;
    expect(await sessions.resolve(cookie)).toBeNull();
  });

  it("a refresh that throws ends the session", async () => {
    const sessions = store({ refresh: () => Promise.reject(new Error("invalid_grant")) });
    const { cookie } = sessions.create({ ...person, tokens: { refreshToken: "r1", accessExpiresAt: clock } });
    expect(await sessions.resolve(cookie)).toBeNull();
    expect(sessions.size).toBe(0);
  });

  it("is bounded: past the limit the least recently used session goes", async () => {
    const sessions = store({ maxSessions: 2 });
    const a = sessions.create(person);
    const b = sessions.create(person);
    await sessions.resolve(a.cookie);
    const c = sessions.create(person);
    expect(sessions.size).toBe(2);
    expect(await sessions.resolve(b.cookie)).toBeNull();
    expect(await sessions.resolve(a.cookie)).not.toBeNull();
    expect(await sessions.resolve(c.cookie)).not.toBeNull();
  });

  it("hands out a sign-in attempt once, to its own signed cookie, within ten minutes", () => {
    const sessions = store();
    const attempt = { state: "s", nonce: "n", codeVerifier: "v", returnTo: "/dashboard/" };
    const cookie = sessions.startAttempt(attempt);
    expect(sessions.takeAttempt(signId(verifySignedId(cookie, "s")!, "forged"))).toBeNull();
    expect(sessions.takeAttempt(cookie)).toMatchObject(attempt);
    expect(sessions.takeAttempt(cookie)).toBeNull();
    const late = sessions.startAttempt(attempt);
    clock += 10 * 60_000;
    expect(sessions.takeAttempt(late)).toBeNull();
  });
});

describe("returnTo", () => {
  it.each([
    ["/dashboard/", "/dashboard/"],
    ["/dashboard/?council=cumberland#top", "/dashboard/?council=cumberland#top"],
    [null, "/dashboard/"],
    ["https://evil.example/", "/dashboard/"],
    ["//evil.example/", "/dashboard/"],
    ["/\\evil.example/", "/dashboard/"],
    ["/\t/evil.example/", "/dashboard/"],
    ["javascript:alert(1)", "/dashboard/"],
  ])("%j goes to %j", (raw, expected) => {
    expect(sameOriginPath(raw)).toBe(expected);
  });
});

describe("sign-in settings", () => {
  const production = (env: Env): Env => ({
    NODE_ENV: "production",
    OIDC_ISSUER: "https://login.microsoftonline.com/tenant/v2.0",
    OIDC_CLIENT_ID: "app-id",
    OIDC_CLIENT_SECRET: "x",
    OIDC_REDIRECT_URI: "https://graph.example/auth/callback",
    OIDC_ROLE_MAPPING: DEV_MAPPING,
    SESSION_SECRET: STRONG,
    ...env,
  });

  it("in development uses the development provider on OIDC_DEV_PORT with its client and the development mapping", () => {
    expect(oidcSettings({}, 4000)).toMatchObject({
      issuer: "http://127.0.0.1:4010",
      clientId: "cumbria-graph-dev",
      redirectUri: "http://127.0.0.1:4000/auth/callback",
      roleMappingFile: DEV_MAPPING,
      scopes: "openid profile email offline_access",
      idleMinutes: 30,
      absoluteHours: 10,
      development: true,
      clientAuth: "client_secret_basic",
    });
    expect(oidcSettings({ OIDC_DEV_PORT: "4999" }, 4000)?.issuer).toBe("http://127.0.0.1:4999");
    expect(oidcSettings({}, 4000)!.sessionSecret).toHaveLength(64);
  });

  it("takes a production configuration", () => {
    expect(oidcSettings(production({ SESSION_IDLE_MINUTES: "15", OIDC_CLIENT_AUTH: "client_secret_post" }))).toMatchObject({
      issuer: "https://login.microsoftonline.com/tenant/v2.0",
      clientId: "app-id",
      clientSecret: "x",
      idleMinutes: 15,
      development: false,
      clientAuth: "client_secret_post",
    });
    expect(oidcSettings({ NODE_ENV: "production" })).toBeNull();
  });

  it("in production refuses the development client, a loopback or http issuer, a missing or weak SESSION_SECRET and a missing mapping", () => {
    expect(() => oidcSettings(production({ OIDC_CLIENT_ID: "cumbria-graph-dev" }))).toThrow(/refuses OIDC_CLIENT_ID=cumbria-graph-dev/);
    expect(() => oidcSettings(production({ OIDC_ISSUER: "https://127.0.0.1:4010" }))).toThrow(/refuses OIDC_ISSUER/);
    expect(() => oidcSettings(production({ OIDC_ISSUER: "http://idp.example" }))).toThrow(/refuses OIDC_ISSUER/);
    expect(() => oidcSettings(production({ SESSION_SECRET: "" }))).toThrow(/needs SESSION_SECRET/);
    expect(() => oidcSettings(production({ SESSION_SECRET: "password-password-password-password-password-1" }))).toThrow(/SESSION_SECRET is too weak/);
    expect(() => oidcSettings(production({ OIDC_ROLE_MAPPING: "" }))).toThrow(/needs OIDC_ROLE_MAPPING/);
    expect(() => oidcSettings(production({ OIDC_REDIRECT_URI: "http://graph.example/auth/callback" }))).toThrow(/https OIDC_REDIRECT_URI/);
    expect(() => oidcSettings(production({ OIDC_CLIENT_SECRET: "" }))).toThrow(/neither OIDC_CLIENT_SECRET nor OIDC_PRIVATE_KEY_FILE/);
    expect(() => oidcSettings({ NODE_ENV: "production", OIDC_CLIENT_ID: "x" })).toThrow(/without OIDC_ISSUER/);
    expect(() => oidcSettings(production({ OIDC_REDIRECT_URI: "https://graph.example/callback" }))).toThrow(/must end in \/auth\/callback/);
    expect(() => oidcSettings(production({ OIDC_CLIENT_AUTH: "none" }))).toThrow(/OIDC_CLIENT_AUTH=none/);
  });
});

describe("private_key_jwt", () => {
  const dir = mkdtempSync(join(tmpdir(), "oidc-key-"));
  const key = join(dir, "key.pem");
  const certificate = join(dir, "certificate.pem");
  beforeAll(() => {
    execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", certificate, "-days", "1", "-subj", "/CN=cumbria-graph"], { stdio: "ignore" });
  });

  it("signs the client assertion with the key, naming the certificate by its thumbprints (as Entra ID requires)", async () => {
    const body = new URLSearchParams();
    await privateKeyJwt(key, certificate)({ issuer: "https://login.microsoftonline.com/tenant/v2.0", token_endpoint: "https://login.microsoftonline.com/tenant/oauth2/v2.0/token" }, { client_id: "app-id" }, body, new Headers());
    expect(body.get("client_assertion_type")).toBe("urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
    const [header, payload] = body
      .get("client_assertion")!
      .split(".")
      .slice(0, 2)
      .map((part) => JSON.parse(Buffer.from(part, "base64url").toString("utf8")) as Record<string, unknown>);
    const der = new X509Certificate(readFileSync(certificate)).raw;
    expect(header).toMatchObject({ alg: "RS256", x5t: createHash("sha1").update(der).digest("base64url"), "x5t#S256": createHash("sha256").update(der).digest("base64url") });
    expect(payload).toMatchObject({ iss: "app-id", sub: "app-id" });
  });

  it("refuses a missing key file or an unsupported key at start", () => {
    expect(() => privateKeyJwt(join(dir, "missing.pem"), undefined)).toThrow(/OIDC_PRIVATE_KEY_FILE=.*missing\.pem cannot be read: ENOENT/);
    const p384 = join(dir, "p384.pem");
    writeFileSync(p384, generateKeyPairSync("ec", { namedCurve: "secp384r1" }).privateKey.export({ format: "pem", type: "pkcs8" }));
    expect(() => privateKeyJwt(p384, undefined)).toThrow(/must be an RSA or EC P-256 private key/);
  });
});
