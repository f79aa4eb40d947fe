import { createHash, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import file from "./demo-accounts.json";

/**
 * The development provider's demo accounts (lib/auth/demo-accounts.json): one per role, all with the
 * same published password. Validated when loaded, so an edit that breaks the file fails at start.
 */
const demoAccountsFile = z.strictObject({
  password: z.string().min(1),
  accounts: z
    .array(
      z.strictObject({
        username: z.string().regex(/^[a-z][a-z0-9.]*$/, "must be lower-case letters, digits and dots"),
        name: z.string().trim().min(1),
        email: z.email(),
        // App-role values, as Entra ID puts them in its `roles` claim.
        roles: z.array(z.string().regex(/^[A-Za-z][A-Za-z0-9.]*$/)),
      }),
    )
    .min(1)
    .refine((accounts) => new Set(accounts.map((account) => account.username)).size === accounts.length, "usernames must be unique"),
});

export interface DemoAccount {
  /** Stable subject: "dev:" and the username. */
  sub: string;
  username: string;
  name: string;
  email: string;
  roles: string[];
}

const parsed = demoAccountsFile.safeParse(file);
if (!parsed.success) throw new Error(`lib/auth/demo-accounts.json is not valid: ${z.prettifyError(parsed.error)}`);

export const DEMO_PASSWORD = parsed.data.password;

export const demoAccounts: readonly DemoAccount[] = parsed.data.accounts.map((account) => ({ sub: `dev:${account.username}`, ...account }));

export function demoAccountBySub(sub: string): DemoAccount | undefined {
  return demoAccounts.find((account) => account.sub === sub);
}

const digest = (text: string): Buffer => createHash("sha256").update(text).digest();

/** The account whose username and password these are, or undefined; the password is compared in constant time. */
export function authenticateDemoAccount(username: string, password: string): DemoAccount | undefined {
  const account = demoAccounts.find((candidate) => candidate.username === username.trim().toLowerCase());
  const passwordMatches = timingSafeEqual(digest(password), digest(DEMO_PASSWORD));
  return account && passwordMatches ? account : undefined;
}
