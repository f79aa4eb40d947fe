"use strict";
const { TestEnvironment } = require("jest-environment-node");

/**
 * Jest's node environment, plus two things for the ESM-only packages (openid-client, oidc-provider):
 *
 * - Node's own require: Jest's module loader cannot load ES modules through require() on Node 20
 *   (Node itself can since 20.19, and the compiled code relies on it). test/helpers/native-esm/
 *   hands those packages to the tests through it, as the compiled code gets them.
 * - hostCopy: a package loaded that way lives in Node's realm, while a test's objects are made in
 *   Jest's sandbox, whose Object and Function are other ones. oidc-provider recognises plain objects
 *   by `constructor === Object` and constructors by `instanceof Function`, so it would take a test's
 *   configuration for something else. hostCopy rebuilds plain objects and arrays in Node's realm and
 *   wraps functions so that what they return is rebuilt too (test/helpers/native-esm/oidc-provider.js).
 */
function hostCopy(value, seen = new WeakMap()) {
  if (typeof value === "function") {
    if (seen.has(value)) return seen.get(value);
    const original = value;
    const wrapper = function (...args) {
      if (new.target) return Reflect.construct(original, args);
      const result = Reflect.apply(original, this, args);
      return result !== null && typeof result === "object" && typeof result.then === "function" ? result.then((resolved) => hostCopy(resolved)) : hostCopy(result);
    };
    seen.set(value, wrapper);
    return wrapper;
  }
  if (value === null || typeof value !== "object") return value;
  if (seen.has(value)) return seen.get(value);
  if (Array.isArray(value)) {
    const copy = [];
    seen.set(value, copy);
    for (const item of value) copy.push(hostCopy(item, seen));
    return copy;
  }
  const prototype = Object.getPrototypeOf(value);
  // A plain object of either realm: its prototype is that realm's Object.prototype (or none).
  const plain = prototype === null || (Object.getPrototypeOf(prototype) === null && Object.prototype.hasOwnProperty.call(prototype, "hasOwnProperty"));
  if (!plain) return value;
  const copy = {};
  seen.set(value, copy);
  for (const [key, item] of Object.entries(value)) copy[key] = hostCopy(item, seen);
  return copy;
}

class NodeEnvironmentWithNativeEsm extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.global[Symbol.for("native-require")] = require;
    this.global[Symbol.for("host-copy")] = hostCopy;
  }
}

module.exports = NodeEnvironmentWithNativeEsm;
