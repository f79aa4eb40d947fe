import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * TypeScript types for every operation in the repository: examples/, the dashboard's, the workspace's and
 * the benchmark's (into generated/graphql.ts), and the tests' graphql(`...`) documents (into generated/test/), checked against the committed public schema (gateway/schema.graphql).
 * `npm run codegen` rewrites both; a test fails when it is stale.
 */
const config: CodegenConfig = {
  schema: "gateway/schema.graphql",
  documents: ["examples/*.graphql", "dashboard/src/**/*.graphql", "bench/queries/*.graphql", "workspace/src/**/*.graphql"],
  generates: {
    "generated/graphql.ts": {
      plugins: ["typescript-operations", "typed-document-node"],
      config: {
        // Enums as string unions: the same values the JSON carries, no runtime object to import.
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        scalars: { ID: "string" },
      },
    },
    // The tests' operations: each `graphql(\`...\`)` call in a test file becomes a document typed from the
    // schema, so a test's result type follows the schema and a field that does not exist fails here.
    // Deliberately invalid or hostile queries stay plain strings, which this does not read.
    "generated/test/": {
      documents: ["test/**/*.ts"],
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: "string",
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        scalars: { ID: "string" },
      },
    },
  },
  hooks: {},
  // Only errors are printed (no progress lines), and they always are: `silent` would hide a wrong field.
  errorsOnly: true,
};

export default config;
