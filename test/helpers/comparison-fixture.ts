import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot } from "../../lib/config/project";

const fixture = join(projectRoot, "test", "fixtures", "comparisons");

/**
 * A temporary copy of the project's configuration and data with the synthetic comparison fixture
 * added (test/fixtures/comparisons: multi-geography statistics files, a statistical neighbour set,
 * and values the Regional Adoption Agency reports; made-up values, marked so); optionally with another polarity for re-referrals. The caller
 * removes the folder.
 */
export function projectWithComparisonFixture(polarity?: string): string {
  const root = mkdtempSync(join(tmpdir(), "comparison-"));
  for (const dir of ["subgraphs", "sources", join("lib", "vocabulary")]) cpSync(join(projectRoot, dir), join(root, dir), { recursive: true });
  // The real DfE values and neighbour sets are left out (the data dictionary the indicators quote stays):
  // these tests work the machinery out on made-up figures alone.
  rmSync(join(root, "sources", "statistical-neighbours"), { recursive: true, force: true });
  const real = (document: { file: string }): boolean => document.file.startsWith("dfe-statistics/") && !document.file.endsWith("dictionary-extract.csv");
  const catalogue = JSON.parse(readFileSync(join(root, "sources", "documents.json"), "utf8")) as Array<{ file: string }>;
  for (const document of catalogue.filter(real)) rmSync(join(root, "sources", document.file));
  writeFileSync(
    join(root, "sources", "documents.json"),
    JSON.stringify(
      catalogue.filter((document) => !real(document)),
      null,
      2,
    ),
  );
  for (const file of ["statistics-synthetic.csv", "adoption-synthetic.csv", "asglb-synthetic.txt"]) cpSync(join(fixture, file), join(root, "sources", file));
  cpSync(join(fixture, "agency-values.json"), join(root, "subgraphs", "shared", "data", "agency-values.json"));
  mkdirSync(join(root, "sources", "statistical-neighbours"));
  cpSync(join(fixture, "neighbours-synthetic.json"), join(root, "sources", "statistical-neighbours", "neighbours-synthetic.json"));
  const documents = JSON.parse(readFileSync(join(root, "sources", "documents.json"), "utf8")) as unknown[];
  const synthetic = (id: string, file: string, title: string) => ({ id, file, title: `SYNTHETIC ${title} (not real figures)`, publisher: "This project's test suite", published: null, url: null });
  documents.push(
    synthetic("statistics-synthetic", "statistics-synthetic.csv", "statistics for the comparison tests"),
    synthetic("adoption-synthetic", "adoption-synthetic.csv", "adoption scorecard statistics for the tests"),
    synthetic("asglb-synthetic", "asglb-synthetic.txt", "adoption scorecard extract for the Regional Adoption Agency"),
  );
  writeFileSync(join(root, "sources", "documents.json"), JSON.stringify(documents, null, 2));
  if (polarity) {
    const path = join(root, "lib", "vocabulary", "indicators.json");
    const indicators = JSON.parse(readFileSync(path, "utf8")) as Array<{ code: string; polarity: string | null }>;
    indicators.find((indicator) => indicator.code === "re-referrals-12-months")!.polarity = polarity;
    writeFileSync(path, JSON.stringify(indicators, null, 2));
  }
  return root;
}
