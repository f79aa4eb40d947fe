// See node-require.js: openid-client is ESM only; jest.config.js maps it here.
module.exports = require("./node-require")("openid-client");
