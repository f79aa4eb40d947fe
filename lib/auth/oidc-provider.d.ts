/**
 * The part of oidc-provider 8 (which ships no types) that lib/auth/dev-provider.ts uses, written from
 * its documentation (docs/README.md of panva/node-oidc-provider v8) and source. Only what is used.
 */
declare module "oidc-provider" {
  import type { IncomingMessage, ServerResponse } from "node:http";

  export type ClaimValue = string | boolean | number | string[] | null | undefined;

  export interface AccountClaims {
    sub: string;
    [claim: string]: ClaimValue;
  }

  export interface Account {
    accountId: string;
    claims(use: string, scope: string): AccountClaims | Promise<AccountClaims>;
  }

  export interface ClientMetadata {
    client_id: string;
    client_secret?: string;
    redirect_uris: string[];
    post_logout_redirect_uris?: string[];
    grant_types?: string[];
    response_types?: string[];
    token_endpoint_auth_method?: string;
    client_name?: string;
  }

  /** What the adapter stores: the models' own fields, opaque to it but for these. */
  export interface AdapterPayload {
    uid?: string;
    userCode?: string;
    grantId?: string;
    consumed?: number;
    [field: string]: unknown;
  }

  export interface Adapter {
    upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void>;
    find(id: string): Promise<AdapterPayload | undefined>;
    findByUid(uid: string): Promise<AdapterPayload | undefined>;
    findByUserCode(userCode: string): Promise<AdapterPayload | undefined>;
    consume(id: string): Promise<void>;
    destroy(id: string): Promise<void>;
    revokeByGrantId(grantId: string): Promise<void>;
  }

  export interface OidcClient {
    clientId: string;
  }

  export interface OidcContext {
    client?: OidcClient;
    params?: Record<string, unknown>;
  }

  /** The koa context oidc-provider hands its render helpers. */
  export interface KoaContextWithOIDC {
    oidc: OidcContext;
    host: string;
    type: string;
    status: number;
    body: unknown;
    set(field: string, value: string): void;
  }

  export interface ErrorOut {
    error: string;
    error_description?: string;
    state?: string;
    [field: string]: unknown;
  }

  export interface Configuration {
    adapter?: new (model: string) => Adapter;
    clients?: ClientMetadata[];
    findAccount?(ctx: KoaContextWithOIDC, sub: string): Promise<Account | undefined> | Account | undefined;
    claims?: Record<string, string[]>;
    scopes?: string[];
    conformIdTokenClaims?: boolean;
    responseTypes?: string[];
    pkce?: { methods?: string[]; required?(ctx: KoaContextWithOIDC, client: OidcClient): boolean };
    issueRefreshToken?(ctx: KoaContextWithOIDC, client: OidcClient & { grantTypeAllowed(type: string): boolean }, code: { scopes: Set<string> }): boolean | Promise<boolean>;
    rotateRefreshToken?: boolean | ((ctx: KoaContextWithOIDC) => boolean);
    features?: {
      devInteractions?: { enabled: boolean };
      revocation?: { enabled: boolean };
      userinfo?: { enabled: boolean };
      rpInitiatedLogout?: {
        enabled: boolean;
        logoutSource?(ctx: KoaContextWithOIDC, form: string): void | Promise<void>;
        postLogoutSuccessSource?(ctx: KoaContextWithOIDC): void | Promise<void>;
      };
    };
    interactions?: { url?(ctx: KoaContextWithOIDC, interaction: Interaction): string | Promise<string> };
    cookies?: {
      names?: { session?: string; interaction?: string; resume?: string };
      long?: { signed?: boolean; httpOnly?: boolean; sameSite?: "lax" | "strict" | "none" };
      short?: { signed?: boolean; httpOnly?: boolean; sameSite?: "lax" | "strict" | "none" };
      keys?: string[];
    };
    jwks?: { keys: object[] };
    ttl?: Record<string, number>;
    clientBasedCORS?(ctx: KoaContextWithOIDC, origin: string, client: OidcClient): boolean;
    renderError?(ctx: KoaContextWithOIDC, out: ErrorOut, error: Error): void | Promise<void>;
  }

  export interface PromptDetails {
    missingOIDCScope?: string[];
    missingOIDCClaims?: string[];
    [detail: string]: unknown;
  }

  export interface Interaction {
    uid: string;
    prompt: { name: string; reasons: string[]; details: PromptDetails };
    params: Record<string, string | undefined>;
    session?: { accountId?: string; uid?: string };
    grantId?: string;
  }

  export interface InteractionResults {
    login?: { accountId: string; remember?: boolean };
    consent?: { grantId: string };
    error?: string;
    error_description?: string;
  }

  export interface Grant {
    accountId: string;
    clientId: string;
    addOIDCScope(scope: string): void;
    addOIDCClaims(claims: string[]): void;
    save(): Promise<string>;
  }

  export interface GrantClass {
    new (properties: { accountId: string; clientId: string }): Grant;
    find(id: string): Promise<Grant | undefined>;
  }

  export default class Provider {
    constructor(issuer: string, configuration: Configuration);
    readonly issuer: string;
    readonly Grant: GrantClass;
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>;
    interactionFinished(req: IncomingMessage, res: ServerResponse, result: InteractionResults, options?: { mergeWithLastSubmission?: boolean }): Promise<void>;
    on(event: "server_error", listener: (ctx: KoaContextWithOIDC, error: Error) => void): this;
  }

  export namespace errors {
    class OIDCProviderError extends Error {
      error: string;
      error_description?: string;
    }
    class SessionNotFound extends OIDCProviderError {}
  }
}
