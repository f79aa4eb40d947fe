// Jest on Node 20 cannot require() an ES module (Jest does from Node 24.9); Node 20.20 itself can.
// Packages that ship only ESM (openid-client, oidc-provider) are therefore loaded by Node's own
// require, outside Jest's module registry; the application code imports them as usual.
const { Script } = require("node:vm");

/** Node's own process (Jest hands tests a copy without mainModule), hence its real require. */
const nodeProcess = new Script("process").runInThisContext();
const nodeCreateRequire = nodeProcess.mainModule.require("node:module").createRequire;

/** Loads an ESM-only package with Node's require(esm), resolved from the project. */
module.exports = (name) => nodeCreateRequire(__filename)(name);
