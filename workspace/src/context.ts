import type { OnErrors } from "../../web/shared/client";
import type { Person } from "./roles";

/** What every screen is given: who is signed in, where to draw, and how to report partial errors. */
export interface Screen {
  person: Person;
  container: HTMLElement;
  onErrors: OnErrors;
  /** Today, for "how long ago" and "this quarter" (one clock per page view). */
  now: Date;
  /**
   * After a write failed: asks the gateway whether the person is still signed in; if not, the page
   * shows "Sign in" (coming back to this screen) and this answers false.
   */
  stillSignedIn(): Promise<boolean>;
}
