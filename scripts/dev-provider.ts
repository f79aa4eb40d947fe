import { startDevProvider } from "../lib/auth/dev-provider";
import { gatewayPort, oidcDevPort } from "../lib/config/env";
import { runUntilSignal } from "../lib/server/lifecycle";
import { PortInUseError } from "../lib/server/http";
import { scriptArgs } from "../lib/config/argv";

/**
 * The development OpenID provider on its own: `node dist/scripts/dev-provider.js`, as `npm start`
 * runs it (development only). On 127.0.0.1:OIDC_DEV_PORT, for the gateway on GATEWAY_PORT.
 */
const HOST = "127.0.0.1";

const USAGE = `Usage: node dist/scripts/dev-provider.js (npm start runs it in development)

The development OpenID provider on 127.0.0.1:OIDC_DEV_PORT, for the gateway on GATEWAY_PORT. No options but --help, -h.`;
scriptArgs(USAGE, { options: {} });

runUntilSignal("dev-provider", async () => {
  const port = oidcDevPort();
  const gateway = `http://127.0.0.1:${gatewayPort()}`;
  try {
    return await startDevProvider({ host: HOST, port, redirectUris: [`${gateway}/auth/callback`], postLogoutRedirectUris: [`${gateway}/auth/signed-out`] });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") throw new PortInUseError(`Port ${port} on ${HOST} is already in use: set OIDC_DEV_PORT to a free port.`);
    throw error;
  }
});
