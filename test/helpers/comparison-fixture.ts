import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot } from "../../lib/config/project";

const fixture = join(projectRoot, "test", "fixtures", "comparisons");

/**
 * A temporary copy of the project's configuration and data with the synthetic comparison fixture
 * added (test/fixtures/comparisons: a multi-geography statistics file and a statistical neighbour
 * set, made-up values, marked so); optionally with another polarity for re-referrals. The caller
 * removes the folder.
 */
export function projectWithComparisonFixture(polarity?: string): string {
  const root = mkdtempSync(join(tmpdir(), "comparison-"));
  for (const dir of ["subgraphs", "sources", join("lib", "vocabulary")]) cpSync(join(projectRoot, dir), join(root, dir), { recursive: true });
  cpSync(join(fixture, "statistics-synthetic.csv"), join(root, "sources", "statistics-synthetic.csv"));
  mkdirSync(join(root, "sources", "statistical-neighbours"));
  cpSync(join(fixture, "neighbours-synthetic.json"), join(root, "sources", "statistical-neighbours", "neighbours-synthetic.json"));
  const documents = JSON.parse(readFileSync(join(root, "sources", "documents.json"), "utf8")) as unknown[];
  documents.push({ id: "statistics-synthetic", file: "statistics-synthetic.csv", title: "SYNTHETIC statistics for the comparison tests (not real figures)", publisher: "This project's test suite", published: null, url: null });
  writeFileSync(join(root, "sources", "documents.json"), JSON.stringify(documents, null, 2));
  if (polarity) {
    const path = join(root, "lib", "vocabulary", "indicators.json");
    const indicators = JSON.parse(readFileSync(path, "utf8")) as Array<{ code: string; polarity: string | null }>;
    indicators.find((indicator) => indicator.code === "re-referrals-12-months")!.polarity = polarity;
    writeFileSync(path, JSON.stringify(indicators, null, 2));
  }
  return root;
}
