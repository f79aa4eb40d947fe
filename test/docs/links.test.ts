import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot } from "../../lib/config/project";
import { anchorsOf, brokenLinks, documentationFiles, headingAnchor } from "../helpers/markdown-links";

describe("the README and docs/", () => {
  it("have no relative link or anchor that leads nowhere", () => {
    const files = documentationFiles(projectRoot);
    expect(files.length).toBeGreaterThan(10);
    expect(brokenLinks(files, projectRoot)).toEqual([]);
  });

  it("keep the README under 250 lines", () => {
    const lines = readFileSync(join(projectRoot, "README.md"), "utf8").trimEnd().split("\n").length;
    expect(lines).toBeLessThan(250);
  });

  it("link every page of docs/ from the README", () => {
    const readme = readFileSync(join(projectRoot, "README.md"), "utf8");
    const pages = documentationFiles(projectRoot)
      .slice(1)
      .map((file) => file.slice(projectRoot.length + 1));
    expect(pages.filter((page) => !readme.includes(`](${page})`) && !readme.includes(`](${page}#`))).toEqual([]);
  });
});

describe("the link check", () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), "links-"));
    mkdirSync(join(folder, "docs"));
    writeFileSync(join(folder, "docs", "PAGE.md"), "# A page\n\n## Running it: the gateway\n\n## Twice\n\n## Twice\n");
    writeFileSync(
      join(folder, "README.md"),
      [
        "# Readme",
        "[good](docs/PAGE.md) [good anchor](docs/PAGE.md#running-it-the-gateway) [second](docs/PAGE.md#twice-1)",
        "[here](#readme) [web](https://example.org/x.md) `[in code](docs/NOWHERE.md)`",
        "[missing file](docs/NOWHERE.md)",
        "[missing heading](docs/PAGE.md#not-there)",
        "![missing image](docs/screenshots/none.png)",
        "```",
        "[in a fence](docs/NOWHERE.md)",
        "```",
      ].join("\n"),
    );
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("reports a missing file, a missing heading and a missing image, and nothing else", () => {
    const broken = brokenLinks(documentationFiles(folder), folder);
    expect(broken.map(({ file, line, target }) => `${file}:${line} ${target}`)).toEqual(["README.md:4 docs/NOWHERE.md", "README.md:5 docs/PAGE.md#not-there", "README.md:6 docs/screenshots/none.png"]);
  });

  it("makes anchors as GitHub does", () => {
    expect(headingAnchor("How sign-in works: the gateway is the OpenID Connect client (backend-for-frontend)")).toBe("how-sign-in-works-the-gateway-is-the-openid-connect-client-backend-for-frontend");
    expect(headingAnchor("Running it in production: the gateway")).toBe("running-it-in-production-the-gateway");
    expect([...anchorsOf("# A\n## B\n## B\n```\n# not a heading\n```\n")]).toEqual(["a", "b", "b-1"]);
  });
});
