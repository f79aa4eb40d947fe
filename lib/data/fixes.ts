import type { Problem } from "./problem";

/**
 * How to fix a problem whose check did not say: matched on the message, so that the many checks
 * (and the modules other people add to checkAll) need not each repeat the same advice. A check
 * that knows better sets `fix` on its Problem and this is not consulted.
 */
const FIXES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^cannot be read as JSON/, "correct the JSON syntax at the position given (a missing comma, quote or bracket is usual)"],
  [/^is not valid CSV/, "correct the CSV file (every row needs as many columns as the header)"],
  [/^unknown theme/, "use a theme code from lib/vocabulary/themes.json, or add the theme there (code, name, description)"],
  [/^unknown indicator|^column is not an indicator code/, "use an indicator code from lib/vocabulary/indicators.json, or add the indicator there with its source"],
  [/^unknown document/, "use the id of a document in sources/documents.json, or add the document there (with its text copy in sources/)"],
  [/^unknown (priority|heading|parent)/, "use the id of a heading of this plan (or null for none)"],
  [/^unknown plan/, "use the id of one of this council's plans (the id in subgraphs/<council>/data/plans/*.json)"],
  [/^unknown board/, "use the id of a board in this council's boards.json"],
  [/^unknown council/, "use a council id: a folder subgraphs/<id> holding a council.json"],
  [/^unknown joint initiative/, "use the id of a joint initiative in subgraphs/shared/data/joint-initiatives.json"],
  [/is used twice|is defined twice/, "give each record its own id (rename one, and update every link to it)"],
  [/is not the global id of a council action/, "write it as <Prefix>Action:<plan id>.<action id>, e.g. CumberlandAction:children-and-family-wellbeing-plan.a01"],
  [/^no council action/, "link to an action that exists in the council's plan files, or remove the link"],
  [/is out of range|^starts .* after it ends/, "correct the date as the document gives it"],
  [/does not exist/, "put the file in sources/ under that name, or correct the file name in sources/documents.json"],
  [/received undefined|Required/, "add the missing field, as docs/DATA.md describes it"],
  [/^Invalid option: expected one of/, "use one of the values listed (docs/DATA.md says what each means)"],
  [/Unrecognized key/, "remove the field, or correct its spelling (docs/DATA.md lists the fields)"],
  [/^is also a joint initiative id/, "give the partnership an id no joint initiative has"],
];

const GENERAL = "correct the value as docs/DATA.md describes this field, then run npm run data:check again";

export function suggestedFix(problem: Pick<Problem, "message">): string {
  return FIXES.find(([pattern]) => pattern.test(problem.message))?.[1] ?? GENERAL;
}
