/**
 * Signing in at a gateway through the development provider over HTTP, with a cookie jar made of fetch
 * (test/e2e/sign-in.test.ts and the report tests; the browser tests drive the same flow in Chromium).
 */

/** A browser's cookies for 127.0.0.1 (shared between ports, as browsers do), and redirects followed by hand. */
export class CookieBrowser {
  readonly cookies = new Map<string, string>();
  /** Every Set-Cookie line received, as sent (for tests of the cookie's attributes). */
  readonly setCookieLines: string[] = [];

  async request(url: string | URL, init: { method?: string; form?: Record<string, string>; headers?: Record<string, string>; json?: unknown } = {}): Promise<Response> {
    const headers: Record<string, string> = { ...init.headers };
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    let body: string | undefined;
    if (init.form) {
      headers["content-type"] = "application/x-www-form-urlencoded";
      body = new URLSearchParams(init.form).toString();
    } else if (init.json !== undefined) {
      headers["content-type"] = "application/json";
      body = JSON.stringify(init.json);
    }
    const response = await fetch(url, { method: init.method ?? (body === undefined ? "GET" : "POST"), headers, body, redirect: "manual" });
    for (const line of response.headers.getSetCookie()) {
      this.setCookieLines.push(line);
      const [pair, ...attributes] = line.split(";").map((part) => part.trim());
      const name = pair.slice(0, pair.indexOf("="));
      const value = pair.slice(pair.indexOf("=") + 1);
      if (value === "" || attributes.some((attribute) => /^max-age=0$/i.test(attribute))) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  /** Follows redirects from `url` until a page answers, or a redirect leads to a URL starting with `stopAt` (not fetched). */
  async follow(url: string | URL, stopAt: string, init: Parameters<CookieBrowser["request"]>[1] = {}): Promise<{ response: Response; url: URL; stoppedAt?: URL }> {
    let current = new URL(url);
    let response = await this.request(current, init);
    for (let hop = 0; hop < 20; hop += 1) {
      const location = response.headers.get("location");
      if (response.status < 300 || response.status >= 400 || !location) return { response, url: current };
      current = new URL(location, current);
      if (current.href.startsWith(stopAt)) return { response, url: current, stoppedAt: current };
      response = await this.request(current);
    }
    throw new Error(`more than 20 redirects from ${url}`);
  }
}

/** The first form of a page: where it posts and its named fields' values. */
export function formOf(html: string, page: URL): { action: URL; fields: Record<string, string> } {
  const form = /<form\b[^>]*>[\s\S]*?<\/form>/i.exec(html);
  if (!form) throw new Error(`no form on ${page.href}:\n${html.slice(0, 500)}`);
  const action = /\saction="([^"]*)"/i.exec(form[0])?.[1] ?? page.href;
  const fields: Record<string, string> = {};
  for (const [tag] of form[0].matchAll(/<input\b[^>]*>/gi)) {
    const name = /\sname="([^"]*)"/i.exec(tag)?.[1];
    if (name) fields[name] = (/\svalue="([^"]*)"/i.exec(tag)?.[1] ?? "").replace(/&amp;/g, "&").replace(/&quot;/g, '"');
  }
  return { action: new URL(action.replace(/&amp;/g, "&"), page), fields };
}

/** Signs in at the gateway at `origin` as a demo account (password `demo`); returns the browser holding the session cookie. */
export async function signInOverHttp(origin: string, username: string, password = "demo"): Promise<CookieBrowser> {
  const browser = new CookieBrowser();
  const callback = `${origin}/auth/callback`;
  let step = await browser.follow(`${origin}/auth/login?returnTo=/dashboard/`, callback);
  for (let page = 0; !step.stoppedAt && page < 5; page += 1) {
    if (step.response.status !== 200) throw new Error(`sign-in page ${step.url.href} answered ${step.response.status}`);
    const { action, fields } = formOf(await step.response.text(), step.url);
    const submitted = "password" in fields || "username" in fields ? { ...fields, username, password } : fields;
    step = await browser.follow(action, callback, { form: submitted });
  }
  if (!step.stoppedAt) throw new Error("the sign-in never came back to the gateway");
  const landed = await browser.request(step.stoppedAt);
  if (landed.status !== 302 || !browser.cookies.has("graph_session")) throw new Error(`the callback answered ${landed.status} without a session`);
  return browser;
}
