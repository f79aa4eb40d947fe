/**
 * Whether a shared secret (AUTH_JWT_SECRET, SUBGRAPH_SECRET) looks like a long random value. Whoever
 * guesses one signs their own identities, so production refuses a secret that is short, or that looks
 * like words, a repeat or a run: the shapes people type. Random output almost never has them: all the
 * rules together refuse a random 32-byte hex or base64 value with a probability under one in a million.
 */
export const SECRET_MIN_BYTES = 32;
export const HOW_TO_GENERATE_SECRET = "generate one with `openssl rand -hex 32` or `node -e \"console.log(require('crypto').randomBytes(32).toString('hex'))\"`";

/** Words people put in secrets; a random value of this length contains none of them. */
const WEAK_WORDS = ["secret", "password", "passwd", "changeme", "example", "default", "letmein", "qwerty"];

/** Why the secret is weak, or null when it looks random enough. Never quotes the secret. */
export function secretWeakness(secret: string): string | null {
  const hex = /^[0-9a-f]+$/i.test(secret);
  // Hex carries 4 bits a character, base64 or other text about 6: 32 bytes is 64 hex or 43 other characters.
  if (hex && secret.length < SECRET_MIN_BYTES * 2) return `it is ${secret.length} hex characters (${Math.floor(secret.length / 2)} bytes); at least ${SECRET_MIN_BYTES * 2} are needed`;
  if (!hex && secret.length < 43) return `it is ${secret.length} characters; at least 43 (${SECRET_MIN_BYTES} random bytes in base64) or ${SECRET_MIN_BYTES * 2} hex characters are needed`;
  const lower = secret.toLowerCase();
  const word = WEAK_WORDS.find((candidate) => lower.includes(candidate));
  if (word) return `it contains the word "${word}"`;
  if (new Set(secret).size < 10) return `it uses only ${new Set(secret).size} different characters`;
  if (repeatedUnit(secret)) return "it repeats a shorter pattern";
  if (/^[a-z]+([ .][a-z]+)*$/i.test(secret) && (/^[a-z .]+$/.test(secret) || /^[A-Z .]+$/.test(secret) || / |\./.test(secret) || /^([A-Z][a-z]{2,})+$/.test(secret))) return "it looks like words";
  if (runLength(secret) > secret.length / 2) return "it is a run of consecutive characters (like abcdef or 123456)";
  return null;
}

/** Whether the secret is a shorter unit repeated (aaaa, abcabc, or a block pasted twice). */
function repeatedUnit(secret: string): boolean {
  for (let period = 1; period <= secret.length / 2; period += 1) {
    let repeats = true;
    for (let index = period; index < secret.length && repeats; index += 1) repeats = secret[index] === secret[index - period];
    if (repeats) return true;
  }
  return false;
}

/** How many neighbouring characters step by exactly one code point (up or down), in all. */
function runLength(secret: string): number {
  let steps = 0;
  for (let index = 1; index < secret.length; index += 1) {
    if (Math.abs(secret.charCodeAt(index) - secret.charCodeAt(index - 1)) === 1) steps += 1;
  }
  return steps;
}

/** Throws, naming the variable and how to generate a good value, when the secret is weak. */
export function requireStrongSecret(variable: string, secret: string): void {
  const weakness = secretWeakness(secret);
  if (weakness !== null) throw new Error(`${variable} is too weak for production: ${weakness}. It must be at least ${SECRET_MIN_BYTES} random bytes: ${HOW_TO_GENERATE_SECRET}`);
}
