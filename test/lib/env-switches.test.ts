import { existsSync } from "node:fs";
import { join } from "node:path";
import {
  authSettings,
  benchChoice,
  benchSettings,
  chromiumPathSetting,
  dashboardEnabled,
  echoSql,
  explorerEnabled,
  introspection,
  loadRunBounds,
  rateLimitSettings,
  responseCacheSettings,
  safelistDirectory,
  shareInFlight,
  subgraphJit,
  switchSetting,
  workspaceEnabled,
  type Env,
} from "../../lib/config/env";
import { hs256Secret } from "../../lib/auth/dev-secret";
import { projectRoot } from "../../lib/config/project";

/** Every true/false variable, read through its own reader. */
const SWITCHES: Array<[string, (env: Env) => boolean]> = [
  ["SQL_LOG", echoSql],
  ["SUBGRAPH_SHARE_IN_FLIGHT", shareInFlight],
  ["SUBGRAPH_JIT", subgraphJit],
  ["SAFELIST", (env) => safelistDirectory(env) !== null],
  ["INTROSPECTION", (env) => introspection(env) === true],
  ["RESPONSE_CACHE", (env) => responseCacheSettings(env).enabled],
  ["RATE_LIMIT", (env) => rateLimitSettings(env).enabled],
  ["EXPLORER", explorerEnabled],
  ["DASHBOARD", dashboardEnabled],
  ["WORKSPACE", workspaceEnabled],
];

describe.each(SWITCHES)("%s is spelled true or false", (name, read) => {
  it.each(["true", "TRUE", "1", "on", " true "])("%j is on", (value) => {
    expect(read({ [name]: value })).toBe(true);
  });
  it.each(["false", "False", "0", "off"])("%j is off", (value) => {
    expect(read({ [name]: value })).toBe(false);
  });
  it.each(["yes", "no", "2", "enabled"])("%j stops the start with an error naming the variable", (value) => {
    expect(() => read({ [name]: value })).toThrow(`${name}=${value} must be true or false`);
  });
});

describe("switch defaults", () => {
  it("unset or empty is the variable's default", () => {
    expect(switchSetting({}, "X", true)).toBe(true);
    expect(switchSetting({ X: "" }, "X", false)).toBe(false);
    expect([echoSql({}), shareInFlight({}), safelistDirectory({}), introspection({}), responseCacheSettings({}).enabled, rateLimitSettings({}).enabled, workspaceEnabled({})]).toEqual([false, true, null, undefined, false, true, true]);
    expect([explorerEnabled({}), dashboardEnabled({}), explorerEnabled({ NODE_ENV: "production" }), dashboardEnabled({ NODE_ENV: "production" })]).toEqual([true, true, false, false]);
  });
});

describe("the readers of the scripts' and reports' variables", () => {
  it("CHROMIUM_PATH: Debian's Chromium unless set", () => {
    expect(chromiumPathSetting({})).toBe("/usr/bin/chromium");
    expect(chromiumPathSetting({ CHROMIUM_PATH: "/opt/chromium" })).toBe("/opt/chromium");
  });

  it("LOAD_SECONDS and LOAD_CONNECTIONS: 5 and 20, and a bad value is refused by name", () => {
    expect(loadRunBounds({})).toEqual({ seconds: 5, connections: 20 });
    expect(loadRunBounds({ LOAD_SECONDS: "1.5", LOAD_CONNECTIONS: "4" })).toEqual({ seconds: 1.5, connections: 4 });
    expect(() => loadRunBounds({ LOAD_SECONDS: "soon" })).toThrow("LOAD_SECONDS=soon is not a positive number");
    expect(() => loadRunBounds({ LOAD_CONNECTIONS: "2.5" })).toThrow("LOAD_CONNECTIONS=2.5 is not a positive whole number");
  });

  it("BENCH_*: defaults, and a bad value is refused by name", () => {
    expect(benchSettings({})).toEqual({ seconds: 5, connections: 20, label: "real", dataRoot: undefined, uniqueSetSize: 200, warmupSeconds: 1 });
    expect(benchSettings({ BENCH_LABEL: "100x", BENCH_DATA_ROOT: "var/synthetic/100x", BENCH_WARMUP_SECONDS: "0.5" })).toMatchObject({ label: "100x", dataRoot: "var/synthetic/100x", warmupSeconds: 0.5 });
    expect(() => benchSettings({ BENCH_SECONDS: "0" })).toThrow("BENCH_SECONDS=0 is not a positive number");
    expect(() => benchSettings({ BENCH_UNIQUE_SETS: "-1" })).toThrow("BENCH_UNIQUE_SETS=-1 is not a positive whole number");
  });

  it("BENCH_TARGETS and the like: all by default, a chosen few, and an unknown name refused with the choices", () => {
    const all = ["ours", "hive", "direct"] as const;
    expect(benchChoice("BENCH_TARGETS", all, {})).toEqual(["ours", "hive", "direct"]);
    expect(benchChoice("BENCH_TARGETS", all, { BENCH_TARGETS: "hive, ours" })).toEqual(["hive", "ours"]);
    expect(() => benchChoice("BENCH_TARGETS", all, { BENCH_TARGETS: "ours,router" })).toThrow("BENCH_TARGETS: unknown router (choose from ours, hive, direct)");
  });
});

describe("the development token secret", () => {
  it("is not read or made by reading the configuration, only by the auth code that needs it", () => {
    const settings = authSettings({});
    expect(settings).toMatchObject({ development: true });
    expect(settings.secret).toBeUndefined();
    const secret = hs256Secret(settings);
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    expect(existsSync(join(projectRoot, "var", "dev-jwt-secret"))).toBe(true);
    expect(hs256Secret({ ...settings, secret: "x".repeat(32) })).toBe("x".repeat(32));
    expect(hs256Secret({ ...settings, development: false })).toBeUndefined();
  });
});
