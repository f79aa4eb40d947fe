import { generateKeyPairSync, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Provider, { errors, type Account, type Configuration, type Grant, type Interaction, type InteractionResults, type KoaContextWithOIDC } from "oidc-provider";
import { isProduction, urlHost } from "../config/env";
import { authenticateDemoAccount, demoAccountBySub, type DemoAccount } from "./demo-accounts";
import { memoryAdapter } from "./dev-provider-store";
import { ASSET_PATHS, AUTO_SUBMIT_JS, CONTENT_SECURITY_POLICY, errorPage, loginPage, logoutPage, signedOutPage, STYLE_CSS } from "./dev-provider-pages";

/**
 * The development OpenID provider that `npm start` runs beside the graph (oidc-provider, configured
 * as its documentation describes): the demo accounts, the authorization code flow with PKCE (S256)
 * required, refresh tokens, RP-initiated logout, and consent given on the user's behalf to the one
 * client it knows, the graph. Development only: it refuses to start with NODE_ENV=production.
 */
export const DEV_CLIENT = { clientId: "cumbria-graph-dev", clientSecret: "development-only-client-secret-not-for-production" } as const;

export interface DevProviderOptions {
  host: string;
  port: number;
  redirectUris: string[];
  postLogoutRedirectUris: string[];
}

export interface RunningDevProvider {
  /** e.g. "http://127.0.0.1:4010"; discovery is at `${issuer}/.well-known/openid-configuration`. */
  issuer: string;
  /** Where it listens: the same as the issuer. */
  url: string;
  close(): Promise<void>;
}

/** Lifetimes in seconds: short-lived access tokens (the gateway refreshes), the rest within a working day. */
const TTL_SECONDS = {
  AccessToken: 15 * 60,
  AuthorizationCode: 60,
  IdToken: 60 * 60,
  Interaction: 10 * 60,
  // As long as the gateway's longest session (SESSION_ABSOLUTE_HOURS' default, 10 h).
  RefreshToken: 10 * 60 * 60,
  Session: 10 * 60 * 60,
  Grant: 10 * 60 * 60,
};

const SCOPES = ["openid", "profile", "email", "offline_access"];

/** Largest sign-in form accepted (a username and a password). */
const MAX_FORM_BYTES = 8 * 1024;

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "::1", "localhost"]);

const INTERACTION_PATH = /^\/interaction\/([A-Za-z0-9_-]+)(\/login)?$/;

const WRONG_CREDENTIALS = "That username and password do not match a demo account. The password of every demo account is demo.";

export async function startDevProvider(options: DevProviderOptions): Promise<RunningDevProvider> {
  if (isProduction()) throw new Error("The development OpenID provider never runs with NODE_ENV=production: configure OIDC_ISSUER for the council's identity provider");
  // Anyone who reaches it signs in as an administrator with a published password: loopback only.
  if (!LOOPBACK_HOSTS.has(options.host)) throw new Error(`The development OpenID provider listens on loopback only (127.0.0.1, ::1 or localhost), not ${options.host}`);

  // The issuer carries the port, known only once listening (port 0 picks a free one).
  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | null = null;
  const server = createServer((req, res) => {
    if (handler) handler(req, res);
    else res.writeHead(503).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const close = (): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      // Browsers keep connections open; a development provider need not wait for them.
      server.closeAllConnections();
    });
  const issuer = `http://${urlHost(options.host)}:${(server.address() as AddressInfo).port}`;
  try {
    const provider = new Provider(issuer, configuration(options));
    provider.on("server_error", (_ctx, error) => process.stderr.write(`dev-provider: ${error.stack ?? error.message}\n`));
    handler = requestHandler(provider);
  } catch (error) {
    await close();
    throw error;
  }
  return { issuer, url: issuer, close };
}

function configuration(options: DevProviderOptions): Configuration {
  // A fresh signing key and cookie key each start: nothing to keep secret between runs.
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const signingKey = { ...privateKey.export({ format: "jwk" }), kid: randomBytes(8).toString("hex"), alg: "RS256", use: "sig" };
  return {
    adapter: memoryAdapter(),
    clients: [
      {
        client_id: DEV_CLIENT.clientId,
        client_secret: DEV_CLIENT.clientSecret,
        client_name: "Cumbria children's services graph (development)",
        redirect_uris: options.redirectUris,
        post_logout_redirect_uris: options.postLogoutRedirectUris,
        grant_types: ["authorization_code", "refresh_token"],
        response_types: ["code"],
        // openid-client's default for a client with a secret.
        token_endpoint_auth_method: "client_secret_post",
      },
    ],
    findAccount: (_ctx, sub) => {
      const account = demoAccountBySub(sub);
      return account ? toAccount(account) : undefined;
    },
    // `roles` goes with `openid`, as Entra ID sends app roles without a scope asking for them.
    claims: { openid: ["sub", "roles"], profile: ["name", "preferred_username"], email: ["email", "email_verified"] },
    scopes: SCOPES,
    // Put the profile claims in the ID token too, not only at userinfo: the gateway reads them there.
    conformIdTokenClaims: false,
    responseTypes: ["code"],
    pkce: { methods: ["S256"], required: () => true },
    // OpenID Connect keeps offline_access only with prompt=consent (oidc-provider drops it otherwise);
    // Entra ID gives a refresh token whenever it is asked for. The graph gets one either way, tied to the
    // provider's session when offline_access was dropped (signing out there ends it).
    issueRefreshToken: (_ctx, client, code) => client.grantTypeAllowed("refresh_token") && (code.scopes.has("offline_access") || client.clientId === DEV_CLIENT.clientId),
    // Not rotated: a refresh token used by two of the gateway's requests at once must not revoke the grant.
    rotateRefreshToken: false,
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      userinfo: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => {
          // A request naming the graph by its ID token signs out at once; any other asks first.
          const automatic = ctx.oidc.client?.clientId === DEV_CLIENT.clientId && typeof ctx.oidc.params?.id_token_hint === "string";
          html(ctx, logoutPage(form, automatic));
        },
        postLogoutSuccessSource: (ctx) => html(ctx, signedOutPage()),
      },
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    cookies: {
      // Cookies are shared by every port of 127.0.0.1: names that cannot be mistaken for the gateway's.
      names: { session: "dev_op_session", interaction: "dev_op_interaction", resume: "dev_op_interaction_resume" },
      // Lax, not oidc-provider's default None, which browsers refuse on plain http.
      long: { signed: true, httpOnly: true, sameSite: "lax" },
      short: { signed: true, httpOnly: true, sameSite: "lax" },
      keys: [randomBytes(32).toString("hex")],
    },
    jwks: { keys: [signingKey] },
    ttl: TTL_SECONDS,
    // The graph calls the token endpoint server to server; no browser origin needs CORS.
    clientBasedCORS: () => false,
    renderError: (ctx, out) => {
      const description = out.error_description ? `: ${out.error_description}` : "";
      html(ctx, errorPage("Sign-in failed", `${out.error}${description}. Go back to the application and sign in again.`));
    },
  };
}

function toAccount(account: DemoAccount): Account {
  return {
    accountId: account.sub,
    claims: () => ({
      sub: account.sub,
      name: account.name,
      preferred_username: account.username,
      email: account.email,
      email_verified: true,
      roles: account.roles,
    }),
  };
}

function html(ctx: KoaContextWithOIDC, body: string): void {
  ctx.type = "html";
  ctx.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
  ctx.body = body;
}

function send(res: ServerResponse, status: number, contentType: string, body: string): void {
  res.writeHead(status, {
    "content-type": contentType,
    "content-security-policy": CONTENT_SECURITY_POLICY,
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  });
  res.end(body);
}

/** The sign-in pages and their assets here; everything else is oidc-provider's. */
function requestHandler(provider: Provider): (req: IncomingMessage, res: ServerResponse) => void {
  const protocol = provider.callback();
  return (req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (req.method === "GET" && path === ASSET_PATHS.style) return send(res, 200, "text/css; charset=utf-8", STYLE_CSS);
    if (req.method === "GET" && path === ASSET_PATHS.autoSubmit) return send(res, 200, "text/javascript; charset=utf-8", AUTO_SUBMIT_JS);
    // Browsers ask for it on every page; no icon, and no 404 in their consoles.
    if (req.method === "GET" && path === "/favicon.ico") return void res.writeHead(204, { "cache-control": "max-age=86400" }).end();
    const interaction = INTERACTION_PATH.exec(path);
    if (!interaction) return protocol(req, res);
    const [, uid, login] = interaction;
    const route = login ? (req.method === "POST" ? signIn : null) : req.method === "GET" ? showInteraction : null;
    if (!route) return send(res, 405, "text/html; charset=utf-8", errorPage("Not allowed", "This page does not accept that request."));
    route(provider, uid, req, res).catch((error: unknown) => interactionFailed(res, error));
  };
}

/** The interaction's page: the sign-in form, or (for the graph) consent given without asking. */
async function showInteraction(provider: Provider, uid: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const details = await currentInteraction(provider, uid, req, res);
  if (details.prompt.name === "login") {
    return send(res, 200, "text/html; charset=utf-8", loginPage({ action: `/interaction/${details.uid}/login`, username: details.params.login_hint }));
  }
  if (details.prompt.name === "consent" && details.params.client_id === DEV_CLIENT.clientId && details.session?.accountId) {
    const grant = details.grantId ? await provider.Grant.find(details.grantId) : undefined;
    const grantId = await grantFor(provider, details, details.session.accountId, grant);
    return provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  }
  send(res, 400, "text/html; charset=utf-8", errorPage("Sign-in failed", "This sign-in needs a step the development provider does not offer. Go back to the application and sign in again."));
}

/** The sign-in form's answer: a demo account signs in (with consent for the graph), anything else sees the form again. */
async function signIn(provider: Provider, uid: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const details = await currentInteraction(provider, uid, req, res);
  if (details.prompt.name !== "login") return send(res, 400, "text/html; charset=utf-8", errorPage("Sign-in failed", "This sign-in is not waiting for a password. Go back to the application and sign in again."));
  const form = await readForm(req);
  if (!form) return send(res, 400, "text/html; charset=utf-8", errorPage("Sign-in failed", "The sign-in form could not be read. Go back to the application and sign in again."));
  const username = form.get("username") ?? "";
  const account = authenticateDemoAccount(username, form.get("password") ?? "");
  if (!account) {
    return send(res, 200, "text/html; charset=utf-8", loginPage({ action: `/interaction/${details.uid}/login`, username, error: WRONG_CREDENTIALS }));
  }
  const result: InteractionResults = { login: { accountId: account.sub } };
  // The graph is the provider's own client: the user is not asked to consent to it.
  if (details.params.client_id === DEV_CLIENT.clientId) result.consent = { grantId: await grantFor(provider, details, account.sub, undefined) };
  await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
}

/** A grant (the existing one extended, or a new one) of every scope and claim the request asks for. */
async function grantFor(provider: Provider, details: Interaction, accountId: string, existing: Grant | undefined): Promise<string> {
  const grant = existing ?? new provider.Grant({ accountId, clientId: DEV_CLIENT.clientId });
  if (details.params.scope) grant.addOIDCScope(details.params.scope);
  const claims = details.prompt.details.missingOIDCClaims;
  if (claims?.length) grant.addOIDCClaims(claims);
  return grant.save();
}

async function currentInteraction(provider: Provider, uid: string, req: IncomingMessage, res: ServerResponse): Promise<Interaction> {
  const details = await provider.interactionDetails(req, res);
  // The cookie names the browser's current sign-in; a page from an older one must not act on it.
  if (details.uid !== uid) throw new errors.SessionNotFound("interaction changed");
  return details;
}

/** The urlencoded form, or null when the body is something else or too large. */
async function readForm(req: IncomingMessage): Promise<URLSearchParams | null> {
  if (!(req.headers["content-type"] ?? "").toLowerCase().startsWith("application/x-www-form-urlencoded")) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_FORM_BYTES) return null;
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

function interactionFailed(res: ServerResponse, error: unknown): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (error instanceof errors.SessionNotFound) {
    send(res, 400, "text/html; charset=utf-8", errorPage("Sign-in expired", "This sign-in has expired or was already completed. Go back to the application and sign in again."));
    return;
  }
  process.stderr.write(`dev-provider: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  send(res, 500, "text/html; charset=utf-8", errorPage("Sign-in failed", "The development sign-in failed. Go back to the application and sign in again."));
}
