import type { Identity } from "./identity";
import { randomId, signId, verifySignedId } from "./session-cookie";

/**
 * Server-side sessions of people signed in through the gateway (backend-for-frontend): the provider's
 * tokens stay here, the browser holds a signed random id. In memory and bounded: past `maxSessions`
 * the least recently used session is dropped (its owner signs in again); a restart signs everyone out.
 */

/** The provider's tokens for one session; the browser never sees them. */
export interface SessionTokens {
  idToken?: string;
  refreshToken?: string;
  /** When the access token expires (ms since epoch), or null when the provider did not say. */
  accessExpiresAt: number | null;
}

export interface Session {
  id: string;
  /** Sent back as x-csrf-token (or form field csrfToken) by the pages: a cross-site request cannot know it. */
  csrfToken: string;
  identity: Identity;
  username: string;
  viewerOnly: boolean;
  /** The provider's `sub`: a refreshed ID token must name the same person. */
  providerSubject: string;
  tokens: SessionTokens;
  createdAt: number;
  lastSeenAt: number;
}

export type NewSession = Omit<Session, "id" | "csrfToken" | "createdAt" | "lastSeenAt">;

/** What a successful refresh changes; null when the provider refused (revoked, expired): the session ends. */
export type SessionRefresh = Pick<Session, "tokens"> & Partial<Pick<Session, "identity" | "username" | "viewerOnly">>;
export type Refresher = (session: Session) => Promise<SessionRefresh | null>;

/** A sign-in under way: what the callback must find to accept the provider's answer. */
export interface SignInAttempt {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
  createdAt: number;
}

export interface SessionStoreOptions {
  secret: string;
  idleMs: number;
  absoluteMs: number;
  /** Silent refresh once the access token has expired; without it sessions run to their idle and absolute limits. */
  refresh?: Refresher;
  maxSessions?: number;
  maxAttempts?: number;
  /** How long a sign-in may take at the provider (10 minutes). */
  attemptMs?: number;
  now?: () => number;
}

export class SessionStore {
  // Map order is recency: a session seen moves to the end, so the first entries are the stalest.
  private readonly sessions = new Map<string, Session>();
  private readonly attempts = new Map<string, SignInAttempt>();
  private readonly refreshing = new Map<string, Promise<Session | null>>();
  private readonly now: () => number;
  private readonly maxSessions: number;
  private readonly maxAttempts: number;
  private readonly attemptMs: number;

  constructor(private readonly options: SessionStoreOptions) {
    this.now = options.now ?? Date.now;
    this.maxSessions = options.maxSessions ?? 10_000;
    this.maxAttempts = options.maxAttempts ?? 10_000;
    this.attemptMs = options.attemptMs ?? 10 * 60_000;
  }

  get size(): number {
    return this.sessions.size;
  }

  /** A new session with a fresh id and CSRF token; returns it and the cookie value. */
  create(data: NewSession): { session: Session; cookie: string } {
    const now = this.now();
    const session: Session = { ...data, id: randomId(), csrfToken: randomId(), createdAt: now, lastSeenAt: now };
    this.sweep();
    while (this.sessions.size >= this.maxSessions) this.destroy(this.sessions.keys().next().value as string);
    this.sessions.set(session.id, session);
    return { session, cookie: signId(session.id, this.options.secret) };
  }

  /**
   * The live session a cookie names, refreshed when its access token has expired, and marked seen;
   * null for a missing, forged, unknown, expired or no-longer-refreshable one (which is then gone).
   */
  async resolve(cookie: string | null): Promise<Session | null> {
    const session = this.peek(cookie);
    if (!session) return null;
    const current = this.accessExpired(session) ? await this.refreshOnce(session) : session;
    if (!current) return null;
    current.lastSeenAt = this.now();
    this.sessions.delete(current.id);
    this.sessions.set(current.id, current);
    return current;
  }

  /** The session a cookie names if it is live, without refreshing or marking it seen. */
  peek(cookie: string | null): Session | null {
    if (!cookie) return null;
    const id = verifySignedId(cookie, this.options.secret);
    if (id === null) return null;
    const session = this.sessions.get(id);
    if (!session) return null;
    if (this.expired(session)) {
      this.destroy(id);
      return null;
    }
    return session;
  }

  destroy(id: string): void {
    this.sessions.delete(id);
  }

  /** When the session ends unless used again: the earlier of its idle and absolute limits. */
  expiresAt(session: Session): Date {
    return new Date(Math.min(session.lastSeenAt + this.options.idleMs, session.createdAt + this.options.absoluteMs));
  }

  /** Records a sign-in attempt; returns the signed value for the browser's sign-in cookie. */
  startAttempt(attempt: Omit<SignInAttempt, "createdAt">): string {
    const id = randomId();
    for (const [key, old] of this.attempts) {
      if (this.attempts.size < this.maxAttempts && old.createdAt + this.attemptMs > this.now()) break;
      this.attempts.delete(key);
    }
    this.attempts.set(id, { ...attempt, createdAt: this.now() });
    return signId(id, this.options.secret);
  }

  /** The attempt a sign-in cookie names, once only (a replayed callback finds nothing); null when unknown or too old. */
  takeAttempt(cookie: string | null): SignInAttempt | null {
    if (!cookie) return null;
    const id = verifySignedId(cookie, this.options.secret);
    if (id === null) return null;
    const attempt = this.attempts.get(id);
    this.attempts.delete(id);
    if (!attempt || attempt.createdAt + this.attemptMs <= this.now()) return null;
    return attempt;
  }

  private expired(session: Session): boolean {
    return this.expiresAt(session).getTime() <= this.now();
  }

  private accessExpired(session: Session): boolean {
    return this.options.refresh !== undefined && session.tokens.refreshToken !== undefined && session.tokens.accessExpiresAt !== null && session.tokens.accessExpiresAt <= this.now();
  }

  /** One refresh per session at a time: the page's parallel requests wait for the same one. */
  private refreshOnce(session: Session): Promise<Session | null> {
    let pending = this.refreshing.get(session.id);
    if (!pending) {
      pending = this.runRefresh(session).finally(() => this.refreshing.delete(session.id));
      this.refreshing.set(session.id, pending);
    }
    return pending;
  }

  private async runRefresh(session: Session): Promise<Session | null> {
    let update: SessionRefresh | null;
    try {
      update = await this.options.refresh!(session);
    } catch {
      update = null;
    }
    if (!update || !this.sessions.has(session.id)) {
      this.destroy(session.id);
      return null;
    }
    Object.assign(session, update, { tokens: { ...session.tokens, ...update.tokens } });
    return session;
  }

  /** Drops expired sessions from the stale end of the map. */
  private sweep(): void {
    for (const session of this.sessions.values()) {
      if (!this.expired(session)) break;
      this.destroy(session.id);
    }
  }
}
