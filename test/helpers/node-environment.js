"use strict";
const { TestEnvironment } = require("jest-environment-node");

/**
 * Jest's node environment, plus Node's own require for the ESM-only packages (openid-client,
 * oidc-provider). Jest's module loader cannot load ES modules through require() on Node 20 (Node
 * itself can since 20.19, and the compiled code relies on it); test/helpers/native-esm/ hands
 * those packages to the tests through this, as the compiled code gets them.
 */
class NodeEnvironmentWithNativeEsm extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.global[Symbol.for("native-require")] = require;
  }
}

module.exports = NodeEnvironmentWithNativeEsm;
