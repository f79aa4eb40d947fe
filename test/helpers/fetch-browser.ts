/**
 * A browser made of fetch, for driving sign-in pages in tests without Chromium: it keeps cookies
 * (per host name, as browsers share them between ports, ignoring paths and expiry dates in the
 * future), follows redirects only when asked, and reads forms out of HTML.
 */
export class FetchBrowser {
  private readonly cookies = new Map<string, Map<string, string>>();

  /** One request, redirects not followed; cookies sent and remembered. */
  async request(url: string | URL, init: { method?: string; form?: Record<string, string> } = {}): Promise<Response> {
    const target = new URL(url);
    const headers: Record<string, string> = {};
    const jar = this.cookies.get(target.hostname);
    if (jar?.size) headers.cookie = [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
    let body: string | undefined;
    if (init.form) {
      headers["content-type"] = "application/x-www-form-urlencoded";
      body = new URLSearchParams(init.form).toString();
    }
    const response = await fetch(target, { method: init.method ?? (body ? "POST" : "GET"), headers, body, redirect: "manual" });
    this.remember(target.hostname, response.headers.getSetCookie());
    return response;
  }

  /** Follows redirects until one points at `stopAt` (returned, not fetched) or an answer is not a redirect. */
  async follow(url: string | URL, stopAt: string, init: { method?: string; form?: Record<string, string> } = {}): Promise<{ redirectedTo: URL } | { page: Response; url: URL }> {
    let current = new URL(url);
    let response = await this.request(current, init);
    for (let hops = 0; hops < 20; hops += 1) {
      const location = response.headers.get("location");
      if (response.status < 300 || response.status >= 400 || !location) return { page: response, url: current };
      current = new URL(location, current);
      if (current.href.startsWith(stopAt)) return { redirectedTo: current };
      response = await this.request(current);
    }
    throw new Error(`more than 20 redirects from ${url}`);
  }

  cookieNames(hostname: string): string[] {
    return [...(this.cookies.get(hostname)?.keys() ?? [])];
  }

  private remember(hostname: string, setCookies: string[]): void {
    let jar = this.cookies.get(hostname);
    if (!jar) this.cookies.set(hostname, (jar = new Map()));
    for (const line of setCookies) {
      const [pair, ...attributes] = line.split(";").map((part) => part.trim());
      const separator = pair.indexOf("=");
      const name = pair.slice(0, separator);
      const value = pair.slice(separator + 1);
      const expired = attributes.some((attribute) => {
        const [key, attributeValue = ""] = attribute.split("=");
        if (key.toLowerCase() === "max-age") return Number(attributeValue) <= 0;
        if (key.toLowerCase() === "expires") return Date.parse(attributeValue) <= Date.now();
        return false;
      });
      if (expired || value === "") jar.delete(name);
      else jar.set(name, value);
    }
  }
}

const decode = (value: string): string =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`, "i").exec(tag);
  return match ? decode(match[1]) : undefined;
}

export interface HtmlForm {
  action: string;
  method: string;
  /** Every named input's value (hidden fields included), by name. */
  fields: Record<string, string>;
}

/** The page's forms, in order. */
export function formsOf(html: string): HtmlForm[] {
  return [...html.matchAll(/<form\b[^>]*>[\s\S]*?<\/form>/gi)].map(([form]) => {
    const open = /<form\b[^>]*>/i.exec(form)![0];
    const fields: Record<string, string> = {};
    for (const [input] of form.matchAll(/<input\b[^>]*>/gi)) {
      const name = attribute(input, "name");
      if (name) fields[name] = attribute(input, "value") ?? "";
    }
    return { action: attribute(open, "action") ?? "", method: (attribute(open, "method") ?? "get").toLowerCase(), fields };
  });
}
