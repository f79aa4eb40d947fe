import { createHmac, createSecretKey, randomBytes, timingSafeEqual, type KeyObject } from "node:crypto";
import { unauthenticated } from "./identity";

/**
 * A per-request proof that the gateway sent this very request: beside the identity token (which the
 * gateway reuses for half a minute, so a copy of it alone could be replayed with any query), each
 * subgraph request carries `x-gateway-proof: <time ms>.<nonce>.<HMAC-SHA256>` over the subgraph, the
 * time, the nonce, the identity token and the body. A subgraph accepts it once, within
 * PROOF_VALIDITY_MS of its time, for that body only. One HMAC on each side: no JWT per request.
 */
export const GATEWAY_PROOF_HEADER = "x-gateway-proof";
/** How long a proof is accepted after (and, for clock differences, before) its time. */
export const PROOF_VALIDITY_MS = 30_000;

const FORMAT = /^(\d{1,15})\.([A-Za-z0-9_-]{1,64})\.([A-Za-z0-9_-]{43})$/;

function mac(key: KeyObject, subgraph: string, time: number, nonce: string, identityToken: string, body: string): Buffer {
  // The body goes last, so no field can be shifted into another.
  return createHmac("sha256", key).update(`gateway-proof-v1\n${subgraph}\n${time}\n${nonce}\n${identityToken}\n`).update(body).digest();
}

/** Makes proofs: the gateway's, and those of another gateway holding SUBGRAPH_SECRET (the benchmark's peers). */
export class GatewayProofSigner {
  private readonly key: KeyObject;
  // Unique without a random draw per request: a random prefix per signer and a counter.
  private readonly prefix = randomBytes(12).toString("base64url");
  private counter = 0;

  constructor(secret: string) {
    this.key = createSecretKey(Buffer.from(secret, "utf8"));
  }

  prove(subgraph: string, identityToken: string, body: string, now: number = Date.now()): string {
    this.counter += 1;
    const nonce = `${this.prefix}${this.counter.toString(36)}`;
    return `${now}.${nonce}.${mac(this.key, subgraph, now, nonce, identityToken, body).toString("base64url")}`;
  }
}

/**
 * A subgraph's check of proofs. It remembers the nonces of the proofs it accepted until they expire;
 * when more than `maxRemembered` are unexpired it forgets the oldest and from then on refuses every
 * proof made at or before the forgotten one's time, so a forgotten nonce can never be replayed.
 */
export class GatewayProofVerifier {
  private readonly key: KeyObject;
  private readonly seen = new Map<string, number>();
  private floor = 0;

  constructor(
    secret: string,
    private readonly subgraph: string,
    private readonly maxRemembered = 500_000,
  ) {
    this.key = createSecretKey(Buffer.from(secret, "utf8"));
  }

  /** Throws UNAUTHENTICATED unless `proof` is a fresh, unused proof for this identity token and body. */
  verify(proof: string | undefined, identityToken: string, body: string, now: number = Date.now()): void {
    const match = proof === undefined ? null : FORMAT.exec(proof);
    if (!match) throw unauthenticated(`This subgraph answers only the gateway: no valid ${GATEWAY_PROOF_HEADER} header`);
    const time = Number(match[1]);
    const nonce = match[2];
    const expected = mac(this.key, this.subgraph, time, nonce, identityToken, body);
    const given = Buffer.from(match[3], "base64url");
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw unauthenticated("The gateway proof does not match this request");
    if (Math.abs(now - time) > PROOF_VALIDITY_MS) throw unauthenticated("The gateway proof has expired");
    if (time <= this.floor || this.seen.has(nonce)) throw unauthenticated("The gateway proof was already used");
    this.remember(nonce, time, now);
  }

  private remember(nonce: string, time: number, now: number): void {
    // Oldest first (insertion order): drop the expired, then, over the bound, the oldest unexpired.
    for (const [oldest, at] of this.seen) {
      if (at >= now - PROOF_VALIDITY_MS && this.seen.size < this.maxRemembered) break;
      this.seen.delete(oldest);
      if (at >= now - PROOF_VALIDITY_MS) this.floor = Math.max(this.floor, at);
    }
    this.seen.set(nonce, time);
  }
}
