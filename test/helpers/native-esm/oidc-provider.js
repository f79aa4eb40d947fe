"use strict";
// Loaded by Node itself, not by Jest; its configuration rebuilt in Node's realm (see test/helpers/node-environment.js).
const oidcProvider = globalThis[Symbol.for("native-require")]("oidc-provider");
const hostCopy = globalThis[Symbol.for("host-copy")];

class Provider extends oidcProvider.default {
  constructor(issuer, configuration) {
    super(issuer, hostCopy(configuration));
  }
}

module.exports = { ...oidcProvider, __esModule: true, default: Provider, Provider };
