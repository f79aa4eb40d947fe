import { devProviderIssuer, devProviderWanted, oidcDevPort } from "../../lib/config/env";

describe("the development provider's settings", () => {
  it("listens on OIDC_DEV_PORT, 4010 by default, and refuses what is not a port", () => {
    expect(oidcDevPort({})).toBe(4010);
    expect(oidcDevPort({ OIDC_DEV_PORT: "" })).toBe(4010);
    expect(oidcDevPort({ OIDC_DEV_PORT: "4110" })).toBe(4110);
    expect(devProviderIssuer({ OIDC_DEV_PORT: "4110" })).toBe("http://127.0.0.1:4110");
    expect(() => oidcDevPort({ OIDC_DEV_PORT: "http" })).toThrow("OIDC_DEV_PORT=http is not a port number (0-65535)");
    expect(() => oidcDevPort({ OIDC_DEV_PORT: "70000" })).toThrow(/OIDC_DEV_PORT/);
  });

  it("runs in development only, and only while no real provider is configured", () => {
    expect(devProviderWanted({})).toBe(true);
    expect(devProviderWanted({ NODE_ENV: "development", OIDC_ISSUER: "" })).toBe(true);
    expect(devProviderWanted({ NODE_ENV: "production" })).toBe(false);
    expect(devProviderWanted({ OIDC_ISSUER: "https://login.microsoftonline.com/tenant/v2.0" })).toBe(false);
  });
});
