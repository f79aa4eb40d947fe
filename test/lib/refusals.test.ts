import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { buildSchema, getIntrospectionQuery, parse, validate } from "graphql";
import { metricsListen } from "../../lib/config/env";
import { projectRoot } from "../../lib/config/project";
import { withoutSuggestions } from "../../lib/server/errors";
import { introspectionDepthRules, STANDARD_INTROSPECTION_DEPTH } from "../../gateway/src/introspection-depth";
import { checkPersistedQuery, checkRequest, extensionsOf } from "../../gateway/src/request-checks";

describe("METRICS_PORT and METRICS_HOST", () => {
  it("development keeps /metrics on the gateway's port unless METRICS_PORT is set", () => {
    expect(metricsListen({})).toBeNull();
    expect(metricsListen({ METRICS_PORT: "9464" })).toEqual({ host: "127.0.0.1", port: 9464 });
  });
  it("production serves it on 127.0.0.1:9090 by default, as Apollo Router does; METRICS_PORT=public opts out", () => {
    expect(metricsListen({ NODE_ENV: "production" })).toEqual({ host: "127.0.0.1", port: 9090 });
    expect(metricsListen({ NODE_ENV: "production", METRICS_HOST: "10.0.0.5", METRICS_PORT: "9100" })).toEqual({ host: "10.0.0.5", port: 9100 });
    expect(metricsListen({ NODE_ENV: "production", METRICS_PORT: "public" })).toBeNull();
  });
  it("refuses a port that is not one, naming the variable", () => {
    expect(() => metricsListen({ METRICS_PORT: "metrics" })).toThrow("METRICS_PORT=metrics is not a port number");
    expect(() => metricsListen({ METRICS_PORT: "70000" })).toThrow("METRICS_PORT");
  });
});

describe("withoutSuggestions", () => {
  it.each([
    ['Cannot query field "nam" on type "Council". Did you mean "name"?', 'Cannot query field "nam" on type "Council".'],
    ['Unknown type "ActionFiltr". Did you mean "ActionFilter", "Action", or "ActionStatus"?', 'Unknown type "ActionFiltr".'],
    ['Value "ADOPTON" does not exist in "ThemeCode" enum. Did you mean the enum value "ADOPTION"?', 'Value "ADOPTON" does not exist in "ThemeCode" enum.'],
    ['Cannot query field "x" on type "Node". Did you mean to use an inline fragment on "Council"?', 'Cannot query field "x" on type "Node".'],
    ["Unknown argument", "Unknown argument"],
  ])("%s", (message, expected) => {
    expect(withoutSuggestions(message)).toBe(expected);
  });
});

describe("persisted query extensions", () => {
  const query = "{ councils { name } }";
  const hash = "dd5aefd1e1e3a0b3cfa1c41e2b2fbe2b1a2b1f0b6d9fbaf0b0a4c3bb5b0a7a0c";
  it("parses GET's JSON text and ignores what is not an object", () => {
    expect(extensionsOf('{"persistedQuery":{"version":1}}')).toEqual({ persistedQuery: { version: 1 } });
    expect(extensionsOf("{")).toBeUndefined();
    expect(extensionsOf("[]")).toBeUndefined();
    expect(extensionsOf(undefined)).toBeUndefined();
  });
  it("codes a mismatch and a malformed extension, and leaves the rest to Apollo", () => {
    expect(checkPersistedQuery(query, { persistedQuery: { version: 1, sha256Hash: hash } })?.extensions.code).toBe("PERSISTED_QUERY_HASH_MISMATCH");
    expect(checkPersistedQuery(query, { persistedQuery: { version: 2, sha256Hash: hash } })?.extensions.code).toBe("BAD_REQUEST");
    expect(checkPersistedQuery(query, { persistedQuery: { version: 1, sha256Hash: 1 } })?.extensions.code).toBe("BAD_REQUEST");
    expect(checkPersistedQuery(undefined, { persistedQuery: { version: 1, sha256Hash: hash } })).toBeNull();
    expect(checkPersistedQuery(query, { persistedQuery: null })).toBeNull();
    expect(checkPersistedQuery(query, undefined)).toBeNull();
  });
});

describe("subscriptions, before Apollo", () => {
  it("refuses the subscription a request runs, and nothing else", () => {
    expect(checkRequest("subscription { councils { name } }", undefined, 3000)?.extensions.code).toBe("SUBSCRIPTION_NOT_SUPPORTED");
    expect(checkRequest("query Q { a } subscription S { b }", "S", 3000)?.extensions.code).toBe("SUBSCRIPTION_NOT_SUPPORTED");
    expect(checkRequest("query Q { a } subscription S { b }", "Q", 3000)).toBeNull();
    expect(checkRequest("query subscription { a }", undefined, 3000)).toBeNull();
    expect(checkRequest("{ subscription }", undefined, 3000)).toBeNull();
  });
});

describe("the introspection depth limit", () => {
  const schema = buildSchema(readFileSync(join(projectRoot, "gateway", "schema.graphql"), "utf8"));
  const standard = parse(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }));
  it(`is the standard introspection query's depth, measured: ${STANDARD_INTROSPECTION_DEPTH}`, () => {
    const oneLess = new ApolloArmor({ maxDepth: { n: STANDARD_INTROSPECTION_DEPTH - 1, ignoreIntrospection: false } }).protect().validationRules ?? [];
    expect(validate(schema, standard, oneLess).map((error) => error.message)).toEqual([`Syntax Error: Query depth limit of ${STANDARD_INTROSPECTION_DEPTH - 1} exceeded, found ${STANDARD_INTROSPECTION_DEPTH}.`]);
    expect(validate(schema, standard, introspectionDepthRules(12))).toEqual([]);
  });
  it("follows MAX_QUERY_DEPTH when that is larger", () => {
    const deep = parse(`{ __schema { types { fields { type { ${"ofType { ".repeat(30)} name ${"} ".repeat(30)} } } } } }`);
    expect(validate(schema, deep, introspectionDepthRules(12)).map((error) => error.message)).toEqual(["Syntax Error: Query depth limit of 21 exceeded, found 35."]);
    expect(validate(schema, deep, introspectionDepthRules(40))).toEqual([]);
  });
});
