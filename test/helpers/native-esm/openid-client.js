"use strict";
// Loaded by Node itself, not by Jest (see test/helpers/node-environment.js).
module.exports = globalThis[Symbol.for("native-require")]("openid-client");
