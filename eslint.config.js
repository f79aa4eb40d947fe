// ESLint flat config, two parts:
// - the public API schema (gateway/schema.graphql, what clients see) with @graphql-eslint's schema rules:
//   `npm run lint:schema`; test/schema/lint.test.ts runs it too;
// - all TypeScript with typescript-eslint's recommended rules and import rules (no cycles, module
//   boundaries): `npm run lint` (both parts), run by `npm test`.
const { defineConfig } = require("eslint/config");
const graphqlPlugin = require("@graphql-eslint/eslint-plugin");
const tseslint = require("typescript-eslint");
const { importX } = require("eslint-plugin-import-x");
const { createTypeScriptImportResolver } = require("eslint-import-resolver-typescript");

/** The schema file(s) to lint. The file is also the schema the rules check against (types, reachability). */
const schemaFiles = ["gateway/schema.graphql"];

/**
 * Types that carry no `id: ID!`, on purpose. Each is a value that belongs to the record around it
 * (a source, a period, a paragraph of a report) rather than an entity a client would refetch.
 * A new type not listed here must have an `id: ID!`, or be added here with the same reasoning.
 */
const typesWithoutId = [
  "Actor", // who made a change, from their verified token
  "AreaValue", // one published value of an indicator for an area and period
  "ComparedValue", // an area's value in one period of a comparison
  "ComparisonPoint", // one period of a comparison
  "CouncilComparison", // one council's side of a comparison, computed per request
  "Geography", // an area, identified by its GSS code (`code`)
  "IndicatorComparison", // a comparison computed per request for its arguments
  "PredecessorComparison", // the predecessor's side of a comparison, computed per request
  "PublishedMeasure", // the DfE measure behind a comparison, belonging to it
  "ReportedValue", // a value a joint initiative reports, belonging to it
  "StatisticalNeighbourSet", // identified by its name (`name`)
  "Change", // an entry of a source's change feed, placed by its cursor in that feed
  "CouncilIndicator", // one indicator for one council
  "Document", // identified by its slug, `id: String!`, since before the lint (changing it would break clients)
  "IndicatorValue", // a value of an indicator for an area
  "Measure", // a performance measure as a plan prints it
  "MeasureGroup", // measures a plan prints under one heading of their own
  "Milestone", // a milestone of a joint action
  "PageInfo", // Relay page metadata
  "Period", // the period a plan covers
  "ReportParagraph", // a paragraph of a report
  "ReportSection", // a numbered section of a committee report
  "Signatory", // someone who signs or introduces a document
  "Source", // where a record comes from: document, section, quote
  "Statement", // a sourced statement of a plan or priority
  "StatisticsPeriod", // the period of a value in the statistics' convention
  "FigureComparator", // a comparison a document states beside a figure: part of its IndicatorValue
  "UserError", // a problem with a write's input
  "Voice", // what children, young people, parents or carers say in a plan
];

const schemaRules = {
  // Every type, field, argument, enum value and directive says what it is: clients read the
  // descriptions in GraphiQL and codegen copies them into generated/graphql.ts.
  "@graphql-eslint/require-description": [
    "error",
    {
      types: true,
      rootField: true,
      FieldDefinition: true,
      InputValueDefinition: true,
      EnumValueDefinition: true,
      DirectiveDefinition: true,
    },
  ],
  "@graphql-eslint/description-style": ["error", { style: "block" }],
  "@graphql-eslint/no-hashtag-description": "error",
  "@graphql-eslint/naming-convention": [
    "error",
    {
      types: { style: "PascalCase", forbiddenPatterns: [/^(Type|Enum|Interface|Union|Input)[A-Z]/, /^I[A-Z]/] },
      FieldDefinition: "camelCase",
      InputValueDefinition: "camelCase",
      Argument: "camelCase",
      DirectiveDefinition: "camelCase",
      EnumValueDefinition: "UPPER_CASE",
      "FieldDefinition[parent.name.value=Query]": { forbiddenPatterns: [/^(query|get)/i, /query$/i] },
      "FieldDefinition[parent.name.value=Mutation]": { forbiddenPatterns: [/(^mutation)|(mutation$)/i] },
      "EnumTypeDefinition,EnumTypeExtension": { forbiddenPatterns: [/(^enum)|(enum$)/i] },
      "InterfaceTypeDefinition,InterfaceTypeExtension": { forbiddenPatterns: [/(^interface)|(interface$)/i] },
      "UnionTypeDefinition,UnionTypeExtension": { forbiddenPatterns: [/(^union)|(union$)/i] },
      "ObjectTypeDefinition,ObjectTypeExtension": { forbiddenPatterns: [/(^type)|(type$)/i] },
    },
  ],
  "@graphql-eslint/no-typename-prefix": "error",
  "@graphql-eslint/no-unreachable-types": "error",
  "@graphql-eslint/require-deprecation-reason": "error",
  "@graphql-eslint/strict-id-in-types": [
    "error",
    {
      acceptedIdNames: ["id"],
      acceptedIdTypes: ["ID"],
      // Connections, edges and mutation payloads are wrappers, never entities.
      exceptions: { types: typesWithoutId, suffixes: ["Connection", "Edge", "Payload"] },
    },
  ],
  // Paginated lists follow the Relay connection spec (edges, node, cursor, pageInfo).
  "@graphql-eslint/relay-connection-types": "error",
  // Plain lists stay allowed (most lists are short and fixed: a plan's priorities, a report's sections),
  // and an edge's node need not implement Node (audit entries and progress updates are not refetchable).
  "@graphql-eslint/relay-edge-types": ["error", { withEdgeSuffix: true, shouldImplementNode: false, listTypeCanWrapOnlyEdgeType: false }],
  "@graphql-eslint/relay-page-info": "error",
  // Every connection field pages forward with `first` and `after`; the graph offers no backward paging (last/before).
  "@graphql-eslint/relay-arguments": ["error", { includeBoth: false }],
  // The graph-wide checks a schema must pass anyway (the composed file passes them; cheap insurance).
  "@graphql-eslint/known-type-names": "error",
  "@graphql-eslint/known-directives": "error",
  "@graphql-eslint/unique-enum-value-names": "error",
};

/** Every TypeScript file of the repository: source, tests, web bundles, scripts, bench, generated types. */
const typescriptFiles = ["**/*.ts"];

/**
 * Module boundaries. `lib/` is the code every subgraph and the gateway share, so it never reaches into a
 * subgraph. The shared subgraph, and `lib/tracking/` which it loads, never import the council subgraph's
 * modules (`lib/council/`: its type-graphql and TypeORM classes would be loaded into the shared subgraph):
 * what both need (vocabulary, type names) lives outside `lib/council/`.
 */
const boundaries = [
  { target: "./lib", from: "./subgraphs", message: "lib/ is shared by every subgraph and the gateway: it never imports a subgraph." },
  { target: "./subgraphs/shared", from: "./lib/council", message: "the shared subgraph never loads the council subgraph's modules: move what both need out of lib/council/." },
  { target: "./lib/tracking", from: "./lib/council", message: "lib/tracking is loaded by the shared subgraph: it never imports the council subgraph's modules; move what both need out of lib/council/." },
];

const typescriptRules = {
  "import-x/no-cycle": "error",
  "import-x/no-restricted-paths": ["error", { zones: boundaries }],
  "@typescript-eslint/no-unused-vars": [
    "error",
    {
      // type-graphql declares a field's arguments on the schema class's method, which the resolver
      // implements elsewhere: the method's parameters are named `_first`, `_after`, ... on purpose.
      argsIgnorePattern: "^_",
      // `const { stacktrace: _stacktrace, ...rest } = x` is how the code drops a key from an object.
      ignoreRestSiblings: true,
    },
  ],
};

/**
 * Server code hands lists of classes to type-graphql (`resolvers`, `orphanedTypes`: `NonEmptyArray<Function>`)
 * and to TypeORM (`entities`, `migrations`: `MixedList<Function | ...>`), typed as those libraries type them.
 */
const serverRules = { "@typescript-eslint/no-unsafe-function-type": "off" };

module.exports = defineConfig([
  // Build output, run-time files and codegen's output (generated/graphql.ts: regenerated, never edited).
  { ignores: ["dist/**", "var/**", "coverage/**", "node_modules/**", "bench/results/**", "generated/**"] },
  {
    files: typescriptFiles,
    extends: [tseslint.configs.recommended],
    plugins: { "import-x": importX },
    settings: {
      // The settings of import-x's TypeScript preset (so that no-cycle parses the .ts files it follows),
      // with the TypeScript resolver over both projects (Node code and the browser bundles).
      ...importX.flatConfigs.typescript.settings,
      "import-x/resolver": undefined,
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: ["tsconfig.json", "tsconfig.web.json"], noWarnOnMultipleProjects: true })],
    },
    rules: typescriptRules,
  },
  { files: ["lib/**/*.ts", "subgraphs/**/*.ts"], rules: serverRules },
  {
    files: schemaFiles,
    languageOptions: {
      parser: graphqlPlugin.parser,
      parserOptions: { graphQLConfig: { schema: schemaFiles } },
    },
    plugins: { "@graphql-eslint": graphqlPlugin },
    rules: schemaRules,
  },
]);
