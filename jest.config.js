/** @type {import('jest').Config} */
module.exports = {
  // Node's environment, able to hand out the ESM-only packages (see test/helpers/node-environment.js).
  testEnvironment: "<rootDir>/test/helpers/node-environment.js",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  setupFiles: ["reflect-metadata"],
  // Type-checking is `npm run typecheck` (part of `npm test`); jest only transpiles, which is much faster.
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.jest.json", diagnostics: false }] },
  moduleNameMapper: { "^(oidc-provider|openid-client)$": "<rootDir>/test/helpers/native-esm/$1.js" },
  testTimeout: 30000,
};
