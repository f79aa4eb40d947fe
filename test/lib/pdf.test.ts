import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromiumPath, htmlToPdf } from "../../lib/reports/pdf";

/**
 * Reports are printed in headless Chromium from HTML made of graph data. The CSP header that guards
 * the HTML report in a browser does not apply there, so the printing page runs no script at all:
 * should a text ever reach the HTML unescaped, a script in it does nothing to the PDF.
 */
const havePdfTools = chromiumPath() !== null && spawnSync("pdftotext", ["-v"]).status === 0;
if (!havePdfTools) process.stdout.write("pdf.test: Chromium or pdftotext missing: skipped\n");
const pdfIt = havePdfTools ? it : it.skip;

const dir = mkdtempSync(join(tmpdir(), "pdf-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("htmlToPdf", () => {
  pdfIt(
    "runs no script of the page",
    async () => {
      const html = `<!doctype html><html><body><p id="x">Printed as written</p><script>document.getElementById("x").textContent = "Changed by a script";</script></body></html>`;
      const file = join(dir, "page.pdf");
      writeFileSync(file, await htmlToPdf(html));
      const text = spawnSync("pdftotext", [file, "-"], { encoding: "utf8" }).stdout;
      expect(text).toContain("Printed as written");
      expect(text).not.toContain("Changed by a script");
    },
    60_000,
  );
});
