import { createHash, createPrivateKey, webcrypto, X509Certificate } from "node:crypto";
import { readFileSync } from "node:fs";
import * as client from "openid-client";
import type { OidcSettings } from "../config/env";
import type { Identity } from "./identity";
import type { RoleMapping } from "./role-mapping";
import type { NewSession, Session, SessionRefresh, SignInAttempt } from "./sessions";

/** Where the provider sends the browser after ending its session: the one post-logout URI to register. */
export const SIGNED_OUT_PATH = "/auth/signed-out";

/**
 * The gateway as an OpenID Connect relying party, all protocol work done by openid-client: discovery,
 * the authorization code flow with PKCE (S256), state and nonce, refresh and RP-initiated logout.
 */
export class OidcClient {
  private configuration: Promise<client.Configuration> | null = null;
  /** The last configuration discovered, for what must be known without waiting (redirectOrigins). */
  private discovered: client.Configuration | null = null;
  private readonly clientAuth: client.ClientAuth;
  private readonly postLogoutRedirectUri: string;

  constructor(
    private readonly settings: OidcSettings,
    private readonly mapping: RoleMapping,
  ) {
    // Read the key now: a missing or bad key stops the gateway at start, not at someone's sign-in.
    this.clientAuth = settings.privateKeyFile
      ? privateKeyJwt(settings.privateKeyFile, settings.certificateFile)
      : settings.clientAuth === "client_secret_post"
        ? client.ClientSecretPost(settings.clientSecret)
        : client.ClientSecretBasic(settings.clientSecret);
    // One registered post-logout URI for every page; the page to land on travels in `state`.
    this.postLogoutRedirectUri = new URL(SIGNED_OUT_PATH, settings.redirectUri).href;
  }

  /**
   * The provider's configuration, discovered on first use (the gateway starts even while the provider
   * is unreachable) and again after a failed attempt.
   */
  private config(): Promise<client.Configuration> {
    if (!this.configuration) {
      const options = this.settings.development ? { execute: [client.allowInsecureRequests] } : undefined;
      this.configuration = client.discovery(new URL(this.settings.issuer), this.settings.clientId, undefined, this.clientAuth, options);
      this.configuration.then(
        (configuration) => {
          this.discovered = configuration;
        },
        () => {
          this.configuration = null;
        },
      );
    }
    return this.configuration;
  }

  /** Starts a sign-in: the attempt to remember and the provider URL to send the browser to. */
  async begin(returnTo: string): Promise<{ attempt: Omit<SignInAttempt, "createdAt">; url: string }> {
    const config = await this.config();
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.settings.redirectUri,
      scope: this.settings.scopes,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: "S256",
      state,
      nonce,
    });
    return { attempt: { state, nonce, codeVerifier, returnTo }, url: url.href };
  }

  /** Completes a sign-in from the callback's query string; throws when anything does not check out. */
  async complete(search: string, attempt: SignInAttempt): Promise<NewSession> {
    const config = await this.config();
    // The URL the provider redirected to, as registered: behind a proxy the request's own host differs.
    const currentUrl = new URL(this.settings.redirectUri);
    currentUrl.search = search;
    const tokens = await client.authorizationCodeGrant(config, currentUrl, { pkceCodeVerifier: attempt.codeVerifier, expectedState: attempt.state, expectedNonce: attempt.nonce, idTokenExpected: true });
    const claims = tokens.claims();
    if (!claims) throw new Error("the provider returned no ID token");
    return { ...this.person(claims), providerSubject: claims.sub, tokens: tokensOf(tokens, tokens.refresh_token) };
  }

  /** A silent refresh: new tokens and, with a new ID token, roles as the provider now says; null when refused. */
  async refresh(session: Session): Promise<SessionRefresh | null> {
    if (!session.tokens.refreshToken) return null;
    const config = await this.config();
    const tokens = await client.refreshTokenGrant(config, session.tokens.refreshToken);
    const claims = tokens.claims();
    if (claims && claims.sub !== session.providerSubject) return null;
    const refreshed: SessionRefresh = { tokens: { ...tokensOf(tokens, tokens.refresh_token ?? session.tokens.refreshToken), idToken: tokens.id_token ?? session.tokens.idToken } };
    return claims ? { ...refreshed, ...this.person(claims) } : refreshed;
  }

  /**
   * Origins this client redirects the browser to from a form post (sign-out goes to the end-session
   * endpoint): the issuer's, and the end-session endpoint's once discovered, should it be elsewhere.
   * The dashboard's CSP form-action lists them (gateway/src/web.ts dashboardPolicy).
   */
  redirectOrigins(): string[] {
    const endSession = this.discovered?.serverMetadata().end_session_endpoint;
    return [new URL(this.settings.issuer).origin, ...(endSession ? [new URL(endSession).origin] : [])];
  }

  /**
   * Where to send the browser after the session has ended: the provider's end-session endpoint when it
   * has one, which returns it to /auth/signed-out with `state` = returnTo (a same-origin path, checked
   * again there); else straight to returnTo.
   */
  async endSessionUrl(idToken: string | undefined, returnTo: string): Promise<string> {
    let config: client.Configuration;
    try {
      config = await this.config();
    } catch {
      return returnTo;
    }
    if (!config.serverMetadata().end_session_endpoint) return returnTo;
    const parameters: Record<string, string> = { post_logout_redirect_uri: this.postLogoutRedirectUri, client_id: this.settings.clientId, state: returnTo };
    if (idToken) parameters.id_token_hint = idToken;
    return client.buildEndSessionUrl(config, parameters).href;
  }

  /** The identity passed to the subgraphs, as for a bearer token; the subject names the issuer, so it never equals a bearer token's. */
  private person(claims: client.IDToken): Pick<NewSession, "identity" | "username" | "viewerOnly"> {
    const mapped = this.mapping.map(claims);
    const username = stringClaim(claims.preferred_username) ?? stringClaim(claims.email) ?? claims.sub;
    const identity: Identity = { subject: `oidc:${new URL(this.settings.issuer).host}:${claims.sub}`, name: stringClaim(claims.name) ?? username, roles: mapped.roles, council: mapped.council };
    return { identity, username, viewerOnly: mapped.viewerOnly };
  }
}

const stringClaim = (value: unknown): string | undefined => (typeof value === "string" && value !== "" ? value : undefined);

function tokensOf(tokens: client.TokenEndpointResponseHelpers & client.TokenEndpointResponse, refreshToken: string | undefined): NewSession["tokens"] {
  const expiresIn = tokens.expiresIn();
  return { idToken: tokens.id_token, refreshToken, accessExpiresAt: expiresIn === undefined ? null : Date.now() + expiresIn * 1000 };
}

/**
 * private_key_jwt with a PKCS#8 PEM key (RSA: RS256; EC P-256: ES256). With the registered
 * certificate, its SHA-1 and SHA-256 thumbprints go in the assertion's header (x5t, x5t#S256), by which
 * Entra ID finds the certificate.
 */
export function privateKeyJwt(keyFile: string, certificateFile: string | undefined): client.ClientAuth {
  let pem: string;
  try {
    pem = readFileSync(keyFile, "utf8");
  } catch (error) {
    throw new Error(`OIDC_PRIVATE_KEY_FILE=${keyFile} cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const keyObject = createPrivateKey(pem);
  const rsa = keyObject.asymmetricKeyType === "rsa";
  if (!rsa && !(keyObject.asymmetricKeyType === "ec" && keyObject.asymmetricKeyDetails?.namedCurve === "prime256v1")) throw new Error(`OIDC_PRIVATE_KEY_FILE=${keyFile} must be an RSA or EC P-256 private key`);
  const der = keyObject.export({ format: "der", type: "pkcs8" });
  const algorithm = rsa ? { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" } : { name: "ECDSA", namedCurve: "P-256" };
  const keyPromise = webcrypto.subtle.importKey("pkcs8", der, algorithm, false, ["sign"]);
  const thumbprints = certificateFile ? certificateThumbprints(certificateFile) : undefined;
  const options: client.ModifyAssertionOptions = thumbprints ? { [client.modifyAssertion]: (header) => Object.assign(header, thumbprints) } : {};
  // openid-client wants the key itself; the import is asynchronous, so sign with it once it is ready.
  return async (...args) => client.PrivateKeyJwt({ key: (await keyPromise) as client.CryptoKey }, options)(...args);
}

function certificateThumbprints(file: string): Record<string, string> {
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(readFileSync(file));
  } catch (error) {
    throw new Error(`OIDC_CERTIFICATE_FILE=${file} is not a readable PEM certificate: ${(error as Error).message}`);
  }
  return { x5t: createHash("sha1").update(certificate.raw).digest("base64url"), "x5t#S256": createHash("sha256").update(certificate.raw).digest("base64url") };
}
