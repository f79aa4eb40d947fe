/**
 * The development provider's own pages: sign in, sign out, signed out, and errors. Plain HTML with
 * every value escaped, a stylesheet and (for the automatic sign-out) a script served from the
 * provider itself, so the Content-Security-Policy allows no inline script or style at all.
 */

/** Where the pages' stylesheet and script are served. */
export const ASSET_PATHS = { style: "/dev-sign-in/style.css", autoSubmit: "/dev-sign-in/auto-submit.js" } as const;

export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; base-uri 'none'; frame-ancestors 'none'";

export const STYLE_CSS = `body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:26rem;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.4rem}label{display:block;margin-top:1rem;font-weight:600}
input{display:block;width:100%;box-sizing:border-box;padding:.5rem;margin-top:.25rem;font-size:1rem}
button{margin-top:1.25rem;padding:.6rem 1.2rem;font-size:1rem;cursor:pointer}
.alert{border-left:4px solid #b00020;padding:.5rem .75rem;background:#fdecee}
.note{color:#555;font-size:.9rem}
`;

/** Submits the sign-out form once the page has loaded (only on pages that load it). */
export const AUTO_SUBMIT_JS = `document.querySelector("button[data-auto-submit]")?.click();\n`;

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]);
}

function page(title: string, body: string, scripts: string[] = []): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${ASSET_PATHS.style}">
${scripts.map((src) => `<script src="${escapeHtml(src)}" defer></script>`).join("\n")}
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

export interface LoginPageOptions {
  /** Where the form posts (the interaction's login route). */
  action: string;
  /** Pre-filled username: what was typed before, or the request's login_hint. */
  username?: string;
  /** Shown above the form (role=alert) after a failed attempt. */
  error?: string;
}

export function loginPage(options: LoginPageOptions): string {
  const alert = options.error ? `<p role="alert" class="alert">${escapeHtml(options.error)}</p>\n` : "";
  return page(
    "Sign in (development)",
    `<h1>Development sign-in</h1>
<p class="note">A development identity provider: the demo accounts are listed in the README, and their password is demo. Never used in production.</p>
${alert}<form method="post" action="${escapeHtml(options.action)}">
<label for="username">Username</label>
<input id="username" name="username" type="text" autocomplete="username" autocapitalize="none" spellcheck="false" required value="${escapeHtml(options.username ?? "")}"${options.username ? "" : " autofocus"}>
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required${options.username ? " autofocus" : ""}>
<button type="submit">Sign in</button>
</form>`,
  );
}

/**
 * The sign-out page around oidc-provider's form (id "op.logoutForm", holding its xsrf token): one
 * "Sign out" button, pressed by the page's script when `automatic` (a request from the known client).
 */
export function logoutPage(form: string, automatic: boolean): string {
  return page(
    "Sign out (development)",
    `<h1>Sign out</h1>
<p>Sign out of the development sign-in?</p>
${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes"${automatic ? " data-auto-submit" : ""}>Sign out</button>`,
    automatic ? [ASSET_PATHS.autoSubmit] : [],
  );
}

export function signedOutPage(): string {
  return page("Signed out (development)", `<h1>Signed out</h1>\n<p>You are signed out of the development sign-in.</p>`);
}

export function errorPage(title: string, message: string): string {
  return page(title, `<h1>${escapeHtml(title)}</h1>\n<p role="alert" class="alert">${escapeHtml(message)}</p>`);
}
