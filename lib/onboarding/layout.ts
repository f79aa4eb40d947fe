/**
 * The council workbook: one sheet per kind of record, one row per record. Row 1 holds the column
 * headers, row 2 a note saying what each column takes (it is never read as data), data from row 3.
 * The reader, the template and the problem messages all come from this one description.
 */
export const HEADER_ROW = 1;
export const NOTE_ROW = 2;
export const FIRST_DATA_ROW = 3;

/** Where a column's allowed values come from, for the template's drop-down lists. */
export type ValueList = "heading-kinds" | "statement-kinds" | "themes" | "board-kinds" | "indicator-kinds" | "units" | "polarities" | "period-kinds" | "value-statuses" | "plan-kinds";

export interface Column {
  /** The header as written in row 1 (what officers see, and what problem messages name). */
  header: string;
  /** Row 2 of the template: what the column takes. */
  note: string;
  required: boolean;
  /** How to fix a problem in this column, said once here rather than in every message. */
  fix: string;
  list?: ValueList;
}

export interface SheetLayout {
  name: string;
  /** What one row is, for the guide and the template's first note. */
  row: string;
  columns: Column[];
}

const QUOTE_FIX = "copy the words exactly as the document prints them (one sentence or heading, no added punctuation)";
/** Titles and texts are the document's words too: the data check compares them with it. */
const VERBATIM_FIX = (what: string) => `write the ${what} word for word as the document prints it (the data check compares it with the document)`;
const col = (header: string, note: string, required: boolean, fix: string, list?: ValueList): Column => ({ header, note, required, fix, list });
const plan = col("Plan", "Id of the plan (from the Plans sheet) this row belongs to", true, "use an id from the Plans sheet's Id column");
const id = (what: string) => col("Id", `Short id of the ${what}: lower case, digits and hyphens, unique in its plan (e.g. outcome-1)`, true, "use lower case letters, digits and hyphens only, e.g. outcome-1, and do not repeat an id");
const parent = col("Parent heading", "Id of the heading (Headings sheet) this hangs under; empty when none", false, "use an Id from the Headings sheet of the same plan, or leave it empty");
const source = (documentRequired: boolean): Column[] => [
  col(
    "Document",
    documentRequired ? "Id of the document (Documents sheet) the quote is from" : "Id of the document (Documents sheet) the quote is from; empty for the plan's own document",
    documentRequired,
    "use an Id from the Documents sheet",
  ),
  col("Section", "The section of the document, as printed (e.g. 3. Our outcomes)", true, "write the section heading as the document prints it"),
  col("Quote", "The words of the document this row is taken from, exactly as printed", true, QUOTE_FIX),
];

export const SHEETS = {
  council: {
    name: "Council",
    row: "the council (one row)",
    columns: [
      col("Name", "The council's official name", true, "write the council's name"),
      col("Type prefix", "Prefix of its GraphQL types: letters, starting with a capital (e.g. Northmere)", true, "use letters and digits only, starting with a capital letter"),
      col("GSS code", "ONS GSS code of the council (e.g. E06000063)", true, "use the 9-character GSS code, e.g. E06000063"),
      col("LA code", "DfE 3-digit local authority code (e.g. 942)", true, "use the 3-digit DfE code, as text (e.g. 942)"),
      col("Formed", "Date the council came into being (YYYY-MM-DD)", true, "write a date as YYYY-MM-DD"),
      col("Region", "GSS code of its region (e.g. E12000002), optional", false, "use a region's GSS code such as E12000002, or leave it empty"),
      col("Port", "Default port of its subgraph (a number not used by another council)", true, "write a whole number between 1 and 65535"),
    ],
  },
  documents: {
    name: "Documents",
    row: "a document the records quote (its text file is given beside the workbook)",
    columns: [
      col("Id", "Short id of the document (lower case, digits, hyphens)", true, "use lower case letters, digits and hyphens only"),
      col("File", "Name of its text file (e.g. northmere-plan.txt)", true, "write the file name of the document's text copy"),
      col("Title", "Title as published", true, "write the document's title"),
      col("Publisher", "Who published it", true, "write the publisher"),
      col("Published", "Publication date (YYYY, YYYY-MM or YYYY-MM-DD), optional", false, "write a date as YYYY-MM-DD, or leave it empty"),
      col("URL", "Where it is published, optional", false, "write a full address starting https://, or leave it empty"),
    ],
  },
  plans: {
    name: "Plans",
    row: "a plan or strategy",
    columns: [
      col("Id", "Short id of the plan (lower case, digits, hyphens)", true, "use lower case letters, digits and hyphens only"),
      col("Title", "Title of the plan", true, "write the plan's title"),
      col("Kind", "PLAN or STRATEGY", true, "choose PLAN or STRATEGY", "plan-kinds"),
      col("Document", "Id of the document (Documents sheet) that is the plan", true, "use an Id from the Documents sheet"),
      col("Period start", "First year (YYYY) or date, optional", false, "write a year (2025) or date, or leave it empty"),
      col("Period end", "Last year (YYYY) or date, optional", false, "write a year (2028) or date, or leave it empty"),
      col("Period", "The period as printed (e.g. 2025 - 2028)", true, "write the period as the document prints it"),
      col("Period quote", "The words that give the period, exactly as printed", true, QUOTE_FIX),
      col("Section", "Section the plan's summary quote is from", true, "write the section heading as the document prints it"),
      col("Quote", "A sentence saying what the plan is for, exactly as printed", true, QUOTE_FIX),
    ],
  },
  headings: {
    name: "Headings",
    row: "a heading of the plan (outcome, priority, theme, objective...): its structure",
    columns: [
      plan,
      id("heading"),
      col("Parent id", "Id of the heading this one sits under; empty for a top-level heading", false, "use an Id of another row of this sheet (same plan), or leave it empty"),
      col("Kind", "What the document calls it (OUTCOME, PRIORITY, THEME, OBJECTIVE...)", true, "choose a kind from the list (the Lists sheet shows them)", "heading-kinds"),
      col("Number", "Its number or label as printed (1, 2.3, a), Outcome 1), optional", false, "write the number as printed, or leave it empty"),
      col("Title", "The heading's words", true, VERBATIM_FIX("heading")),
      col("Description", "Text under the heading that says more, optional", false, "leave it empty or write the text as printed"),
      ...source(false),
    ],
  },
  actions: {
    name: "Actions",
    row: 'an action the plan commits to ("we will ...")',
    columns: [
      plan,
      id("action"),
      parent,
      col("Heading text", "The words the action is listed under (e.g. We will), optional", false, "write the words as printed, or leave it empty"),
      col("Title", "The action, in the document's words", true, VERBATIM_FIX("action")),
      col("Description", "More of the action's text, optional", false, "leave it empty or write the text as printed"),
      col("Themes", "Theme codes, separated by commas (e.g. EARLY_HELP, SEND)", false, "use codes from the Themes sheet or the shared themes (the Lists sheet shows them), separated by commas", "themes"),
      ...source(false),
    ],
  },
  statements: {
    name: "Statements",
    row: "a statement: vision, aspiration, principle, promise, value...",
    columns: [
      plan,
      id("statement"),
      col("Kind", "Kind of statement (VISION, ASPIRATION, PRINCIPLE, PROMISE, VALUE...)", true, "choose a kind from the list (the Lists sheet shows them)", "statement-kinds"),
      col("Label", "The document's own word for it where it differs (e.g. Our aspirations), optional", false, "write the word as printed, or leave it empty"),
      col("Number", "Its number as printed, optional", false, "write the number as printed, or leave it empty"),
      col("Title", "Its title, optional", false, "write the title as printed, or leave it empty"),
      parent,
      col("Text", "The statement, in the document's words", true, VERBATIM_FIX("statement")),
      ...source(false),
    ],
  },
  measureGroups: {
    name: "Measure groups",
    row: "a group of key indicators or measures (e.g. Closing the gap:)",
    columns: [plan, id("group"), col("Title", "The group's heading as printed", true, VERBATIM_FIX("heading")), parent, ...source(false)],
  },
  measures: {
    name: "Measures",
    row: "a key indicator or measure of success",
    columns: [
      plan,
      id("measure"),
      col("Indicator", "Code of the indicator it measures (Indicators sheet or the shared catalogue)", true, "use a code from the Indicators sheet or the shared catalogue (lib/vocabulary/indicators.json)"),
      col("Group", "Id of its group (Measure groups sheet), optional", false, "use an Id from the Measure groups sheet, or leave it empty"),
      parent,
      col("Text", "The measure as printed", true, VERBATIM_FIX("measure")),
      ...source(false),
    ],
  },
  indicators: {
    name: "Indicators",
    row: "an indicator of the council's own (not in the shared catalogue)",
    columns: [
      col("Code", "Code: lower case, digits and hyphens, starting with the council's id (e.g. northmere-young-carers-assessed)", true, "use lower case letters, digits and hyphens only"),
      col("Title", "What it measures", true, "write the indicator's title"),
      col("Kind", "NATIONAL or LOCAL (a council's own is LOCAL)", true, "choose NATIONAL or LOCAL", "indicator-kinds"),
      col("Definition", "How it is defined, optional", false, "write the definition, or leave it empty"),
      col("Unit", "PERCENT, COUNT, RATE_PER_10000 ..., optional", false, "choose a unit from the list, or leave it empty", "units"),
      col("Polarity", "HIGHER_IS_BETTER, LOWER_IS_BETTER or CONTEXTUAL, optional", false, "choose from the list, or leave it empty", "polarities"),
      col("Period kind", "FINANCIAL_YEAR, ACADEMIC_YEAR, POINT_IN_TIME ..., optional", false, "choose from the list, or leave it empty", "period-kinds"),
      col("Dataset", "The dataset it comes from, optional", false, "write the dataset's name, or leave it empty"),
      ...source(true),
    ],
  },
  figures: {
    name: "Figures",
    row: "a figure the document states for the council",
    columns: [
      col("Id", "Short id of the figure (lower case, digits, hyphens)", true, "use lower case letters, digits and hyphens only"),
      col("Indicator", "Code of the indicator (Indicators sheet or the shared catalogue)", true, "use a code from the Indicators sheet or the shared catalogue"),
      col("Geography", "GSS code of the area the figure is for; empty for the council itself", false, "use a GSS code such as E06000063, or leave it empty"),
      col("Value", "The number (without % or commas); empty when the document gives none", false, "write a plain number such as 12.5"),
      col("Numerator", "Optional", false, "write a plain number, or leave it empty"),
      col("Denominator", "Optional", false, "write a plain number, or leave it empty"),
      col("Status", "PUBLISHED, PROVISIONAL, SUPPRESSED ... (a value needs PUBLISHED or PROVISIONAL)", true, "choose from the list: PUBLISHED or PROVISIONAL with a value, another status without one", "value-statuses"),
      col("Time period", "YYYY or YYYYZZ (e.g. 202324), when the document gives a period", false, "write the period as YYYY or YYYYZZ, e.g. 202324"),
      col("Time identifier", "What the period is (e.g. Financial year), with a time period", false, "write what the period is, e.g. Financial year"),
      col("As at", "The date the figure is as at (YYYY-MM-DD), when the document gives one", false, "write a date as YYYY-MM-DD, or leave it empty"),
      col("Undated reason", "Why there is no date or period, when the document gives none", false, "give an As at date or a Time period, or say why the document gives none"),
      col("Text", "The figure as the document words it", true, VERBATIM_FIX("figure")),
      ...source(true),
    ],
  },
  comparators: {
    name: "Comparators",
    row: "what the document compares a figure with (the region, England, another area)",
    columns: [
      col("Figure", "Id of the figure (Figures sheet)", true, "use an Id from the Figures sheet"),
      col("Area", "REGION, ENGLAND or an area's GSS code", true, "write REGION, ENGLAND or a GSS code such as E06000063"),
      col("Value", "The comparator's number, when the document gives one; empty when it only says (e.g. above the national average)", false, "write a plain number, or leave it empty"),
      col("Text", "The comparison as the document words it", true, VERBATIM_FIX("comparison")),
      ...source(true),
    ],
  },
  boards: {
    name: "Boards",
    row: "a board that oversees a plan",
    columns: [
      col("Id", "Short id of the board (lower case, digits, hyphens)", true, "use lower case letters, digits and hyphens only"),
      col("Name", "Name of the board", true, "write the board's name"),
      col("Kind", "PARTNERSHIP_BOARD, PROGRAMME_BOARD, ... or OTHER", true, "choose from the list", "board-kinds"),
      col("Chair", "Who chairs it, optional", false, "write the chair's role, or leave it empty"),
      col("Oversees", "Ids of the plans it oversees, separated by commas", false, "use Ids from the Plans sheet, separated by commas"),
      ...source(true),
    ],
  },
  themes: {
    name: "Themes",
    row: "a theme of the council's own (not in the shared themes)",
    columns: [
      col("Code", "Theme code: capital letters and underscores (e.g. YOUNG_CARERS)", true, "use capital letters and underscores only, e.g. YOUNG_CARERS"),
      col("Name", "Its name", true, "write the theme's name"),
      col("Description", "What it covers", true, "write a sentence saying what it covers"),
    ],
  },
} as const satisfies Record<string, SheetLayout>;

export type SheetKey = keyof typeof SHEETS;
export const SHEET_ORDER: SheetKey[] = ["council", "documents", "plans", "headings", "actions", "statements", "measureGroups", "measures", "indicators", "figures", "comparators", "boards", "themes"];
/** The template's sheet of allowed values, which the drop-down lists point at (never read as data). */
export const LISTS_SHEET = "Lists";
