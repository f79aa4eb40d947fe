import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/** A relative link in a markdown file that does not lead anywhere, and why. */
export interface BrokenLink {
  file: string;
  line: number;
  target: string;
  reason: string;
}

/** GitHub's heading anchor: lower case, punctuation dropped (hyphens and underscores kept), spaces to hyphens. */
export function headingAnchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

/** The lines outside fenced code blocks, with inline code blanked out so that `[x](y)` in code is no link. */
function proseLines(text: string): { line: number; text: string }[] {
  const lines: { line: number; text: string }[] = [];
  let inFence = false;
  text.split("\n").forEach((line, index) => {
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      return;
    }
    if (!inFence) lines.push({ line: index + 1, text: line.replace(/`[^`]*`/g, (code) => " ".repeat(code.length)) });
  });
  return lines;
}

/** Every heading's anchor in a markdown file, numbered as GitHub numbers repeats (-1, -2, ...). */
export function anchorsOf(text: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  let inFence = false;
  for (const line of text.split("\n")) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const heading = inFence ? null : /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const anchor = headingAnchor(heading[1]);
    const count = seen.get(anchor) ?? 0;
    anchors.add(count === 0 ? anchor : `${anchor}-${count}`);
    seen.set(anchor, count + 1);
  }
  return anchors;
}

/** The relative links and images of a markdown file: `[text](target)` and `![alt](target)`, not URLs. */
function relativeLinks(text: string): { line: number; target: string }[] {
  const links: { line: number; target: string }[] = [];
  for (const { line, text: prose } of proseLines(text)) {
    for (const match of prose.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
      const target = match[1];
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // http:, https:, mailto:
      links.push({ line, target });
    }
  }
  return links;
}

/** Every relative link in these markdown files whose file or heading does not exist. */
export function brokenLinks(files: string[], root: string): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    for (const { line, target } of relativeLinks(text)) {
      const [path, anchor] = target.split("#", 2);
      const destination = path === "" ? file : resolve(dirname(file), decodeURIComponent(path));
      const report = (reason: string) => broken.push({ file: relative(root, file), line, target, reason });
      if (!existsSync(destination)) {
        report("no such file");
        continue;
      }
      if (anchor === undefined) continue;
      if (!destination.endsWith(".md") || statSync(destination).isDirectory()) {
        report("an anchor into a file that is not markdown");
        continue;
      }
      if (!anchorsOf(readFileSync(destination, "utf8")).has(anchor)) report(`no heading #${anchor} in ${relative(root, destination)}`);
    }
  }
  return broken;
}

/** The README and every page of docs/. */
export function documentationFiles(root: string): string[] {
  const docs = join(root, "docs");
  const pages = readdirSync(docs)
    .filter((name) => name.endsWith(".md"))
    .map((name) => join(docs, name));
  return [join(root, "README.md"), ...pages];
}
