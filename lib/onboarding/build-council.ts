import type { z } from "zod";
import { SHEETS, type SheetKey } from "./layout";
import type { SheetRow, WorkbookRows } from "./read-workbook";
import {
  actionRecord,
  boardRecord,
  comparatorRecord,
  councilRecord,
  documentRecord,
  figureRecord,
  headingRecord,
  indicatorRecord,
  measureGroupRecord,
  measureRecord,
  planRecord,
  statementRecord,
  themeRecord,
  type ActionRecord,
  type BoardRecord,
  type CouncilRecord,
  type DocumentEntry,
  type FigureOutput,
  type HeadingNode,
  type HeadingRecord,
  type IndicatorRecord,
  type PlanOutput,
  type ThemeRecord,
} from "./record-schemas";
import type { SheetProblem } from "./sheet-problems";

/** Where a record came from: the sheet and row it was read from. */
export interface RowRef {
  sheet: string;
  row: number;
}

/** The council's data files, as the import writes them, and the row each record came from. */
export interface CouncilFiles {
  council: CouncilRecord;
  documents: DocumentEntry[];
  plans: PlanOutput[];
  boards: BoardRecord[];
  figures: FigureOutput[];
  themes: ThemeRecord[];
  indicators: IndicatorRecord[];
  /** `<file key>|<record id>` → rows; file keys: council, documents, plans/<plan id>, boards, figures, vocabulary/themes, vocabulary/indicators. A plan's headings, actions... may share an id: hence a list. */
  rows: Map<string, RowRef[]>;
}

/** Which column a record's field comes from, for each sheet (fields not listed map to no column). */
const FIELD_COLUMNS: Record<SheetKey, Record<string, string>> = {
  council: { name: "Name", typePrefix: "Type prefix", gssCode: "GSS code", laCode: "LA code", formed: "Formed", region: "Region", port: "Port" },
  documents: { id: "Id", file: "File", title: "Title", publisher: "Publisher", published: "Published", url: "URL" },
  plans: {
    id: "Id",
    title: "Title",
    kind: "Kind",
    document: "Document",
    "period.start": "Period start",
    "period.end": "Period end",
    "period.text": "Period",
    "period.source.quote": "Period quote",
    "period.source.section": "Section",
    "period.source": "Period quote",
    period: "Period",
    "source.section": "Section",
    "source.quote": "Quote",
    source: "Quote",
  },
  headings: { id: "Id", parent: "Parent id", kind: "Kind", number: "Number", title: "Title", description: "Description" },
  actions: { id: "Id", parent: "Parent heading", priority: "Parent heading", heading: "Heading text", title: "Title", description: "Description", themes: "Themes" },
  statements: { id: "Id", kind: "Kind", label: "Label", number: "Number", title: "Title", parent: "Parent heading", priority: "Parent heading", text: "Text" },
  measureGroups: { id: "Id", title: "Title", parent: "Parent heading" },
  measures: { id: "Id", indicator: "Indicator", group: "Group", parent: "Parent heading", priority: "Parent heading", text: "Text" },
  indicators: { code: "Code", title: "Title", kind: "Kind", definition: "Definition", unit: "Unit", polarity: "Polarity", periodKind: "Period kind", dataset: "Dataset", sources: "Quote" },
  figures: {
    id: "Id",
    indicator: "Indicator",
    geography: "Geography",
    value: "Value",
    numerator: "Numerator",
    denominator: "Denominator",
    status: "Status",
    timePeriod: "Time period",
    timeIdentifier: "Time identifier",
    asAt: "As at",
    undatedReason: "Undated reason",
    text: "Text",
    comparators: "Figure",
  },
  comparators: { area: "Area", value: "Value", text: "Text" },
  boards: { id: "Id", name: "Name", kind: "Kind", chair: "Chair", oversees: "Oversees" },
  themes: { code: "Code", name: "Name", description: "Description" },
};
const SOURCE_COLUMNS: Record<string, string> = { document: "Document", section: "Section", quote: "Quote" };

/** The column a field (a path into a record, e.g. "source.quote" or "themes[2]") comes from. */
export function columnOf(sheet: SheetKey, field: string | undefined): string | undefined {
  if (!field) return undefined;
  const path = field
    .replace(/\[\d+\]/g, "")
    .split(".")
    .filter(Boolean);
  const columns = FIELD_COLUMNS[sheet];
  for (let length = path.length; length > 0; length--) {
    const key = path.slice(0, length).join(".");
    if (columns[key]) return columns[key];
  }
  const last = path[path.length - 1];
  if (path.includes("source") || path.includes("sources")) return SOURCE_COLUMNS[last] ?? "Quote";
  return undefined;
}

const fixOf = (sheet: SheetKey, column: string | undefined): string | undefined => SHEETS[sheet].columns.find((candidate) => candidate.header === column)?.fix;

export function rowProblem(sheet: SheetKey, row: number | undefined, field: string | undefined, message: string): SheetProblem {
  const column = columnOf(sheet, field);
  return { sheet: SHEETS[sheet].name, row, column, message, fix: fixOf(sheet, column) };
}

/** Validates one row's record with its schema; each issue becomes a problem at its sheet, row and column. */
function validate<S extends z.ZodType>(sheet: SheetKey, row: SheetRow, schema: S, record: unknown, problems: SheetProblem[]): z.infer<S> | undefined {
  const result = schema.safeParse(record);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const field = issue.path
      .map((key) => (typeof key === "number" ? `[${key}]` : String(key)))
      .join(".")
      .replace(/\.\[/g, "[");
    const message = issue.code === "invalid_type" && /received undefined|received null/.test(issue.message) ? "is required" : issue.message;
    problems.push(rowProblem(sheet, row.row, field, message));
  }
  return undefined;
}

/** Cell helpers: text or null, a comma-separated list, a number. */
const cell = (row: SheetRow, header: string): string | null => row.cells[header] ?? null;
const list = (row: SheetRow, header: string): string[] =>
  (cell(row, header) ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
function numberCell(sheet: SheetKey, row: SheetRow, header: string, problems: SheetProblem[]): number | null {
  const value = cell(row, header);
  if (value === null) return null;
  const number = Number(value.replace(/,/g, ""));
  if (!Number.isFinite(number)) {
    problems.push({ sheet: SHEETS[sheet].name, row: row.row, column: header, message: `"${value}" is not a number`, fix: fixOf(sheet, header) });
    return null;
  }
  return number;
}
/** A source reference from the row's Document, Section and Quote; the document is left out where the row leaves it to the plan's. */
const sourceOf = (row: SheetRow) => {
  const document = cell(row, "Document");
  return { ...(document !== null ? { document } : {}), section: cell(row, "Section"), quote: cell(row, "Quote") };
};

function noDuplicates(sheet: SheetKey, rows: SheetRow[], key: (row: SheetRow) => string | null, header: string, problems: SheetProblem[]): void {
  const seen = new Map<string, number>();
  for (const row of rows) {
    const value = key(row);
    if (value === null) continue;
    const first = seen.get(value);
    if (first !== undefined) problems.push({ sheet: SHEETS[sheet].name, row: row.row, column: header, message: `"${value.split("|").pop()}" is already used on row ${first}`, fix: "give each row its own id" });
    else seen.set(value, row.row);
  }
}

/** Turns the workbook's rows into the council's data files; every problem is added to `problems`. */
export function buildCouncil(rows: WorkbookRows, problems: SheetProblem[]): CouncilFiles {
  const refs = new Map<string, RowRef[]>();
  const remember = (file: string, id: string, row: SheetRow) => refs.set(`${file}|${id}`, [...(refs.get(`${file}|${id}`) ?? []), { sheet: row.sheet, row: row.row }]);

  // Council: one row.
  if (rows.council.length !== 1)
    problems.push({
      sheet: SHEETS.council.name,
      row: rows.council[1]?.row,
      message: rows.council.length === 0 ? "the council's row is missing" : "has more than one council row",
      fix: "fill in exactly one row (row 3) with the council's details",
    });
  const councilRow = rows.council[0];
  const council = councilRow
    ? validate(
        "council",
        councilRow,
        councilRecord,
        {
          name: cell(councilRow, "Name"),
          typePrefix: cell(councilRow, "Type prefix"),
          gssCode: cell(councilRow, "GSS code"),
          laCode: cell(councilRow, "LA code"),
          formed: cell(councilRow, "Formed"),
          ...(cell(councilRow, "Region") !== null ? { region: cell(councilRow, "Region") } : {}),
          port: numberCell("council", councilRow, "Port", problems),
        },
        problems,
      )
    : undefined;
  if (councilRow) remember("council", "council", councilRow);

  noDuplicates("documents", rows.documents, (row) => cell(row, "Id"), "Id", problems);
  const documents = rows.documents.flatMap((row) => {
    const record = validate(
      "documents",
      row,
      documentRecord,
      { id: cell(row, "Id"), file: cell(row, "File"), title: cell(row, "Title"), publisher: cell(row, "Publisher"), published: cell(row, "Published"), url: cell(row, "URL") },
      problems,
    );
    if (record) remember("documents", record.id, row);
    return record ? [record] : [];
  });

  noDuplicates("plans", rows.plans, (row) => cell(row, "Id"), "Id", problems);
  const plans = new Map<string, PlanOutput>();
  for (const row of rows.plans) {
    const record = validate(
      "plans",
      row,
      planRecord,
      {
        id: cell(row, "Id"),
        title: cell(row, "Title"),
        kind: cell(row, "Kind"),
        document: cell(row, "Document"),
        period: { start: cell(row, "Period start"), end: cell(row, "Period end"), text: cell(row, "Period"), source: { section: cell(row, "Section"), quote: cell(row, "Period quote") } },
        source: { section: cell(row, "Section"), quote: cell(row, "Quote") },
      },
      problems,
    );
    if (!record) continue;
    remember(`plans/${record.id}`, record.id, row);
    plans.set(record.id, { ...record, headings: [], actions: [], statements: [], measureGroups: [], measures: [] });
  }

  /** The plan a row belongs to (a problem when it names none or an unknown one). */
  const planOf = (sheet: SheetKey, row: SheetRow): PlanOutput | undefined => {
    const id = cell(row, "Plan");
    const plan = id === null ? undefined : plans.get(id);
    if (!plan) problems.push({ sheet: SHEETS[sheet].name, row: row.row, column: "Plan", message: id === null ? "is required" : `unknown plan "${id}"`, fix: fixOf(sheet, "Plan") });
    return plan;
  };
  const planScoped = (row: SheetRow) => `${cell(row, "Plan")}|${cell(row, "Id")}`;

  // Headings: rows first, then the tree from each row's parent id.
  noDuplicates("headings", rows.headings, planScoped, "Id", problems);
  const headingNodes = new Map<string, { node: HeadingNode; parent: string | null; row: SheetRow; plan: PlanOutput }>();
  for (const row of rows.headings) {
    const plan = planOf("headings", row);
    const record: HeadingRecord | undefined = validate(
      "headings",
      row,
      headingRecord,
      {
        id: cell(row, "Id"),
        kind: cell(row, "Kind"),
        number: cell(row, "Number"),
        title: cell(row, "Title"),
        description: cell(row, "Description"),
        source: sourceOf(row),
      },
      problems,
    );
    if (!plan || !record) continue;
    remember(`plans/${plan.id}`, record.id, row);
    headingNodes.set(`${plan.id}|${record.id}`, { node: { ...record, children: [] }, parent: cell(row, "Parent id"), row, plan });
  }
  for (const { node, parent, row, plan } of headingNodes.values()) {
    if (parent === null) {
      plan.headings.push(node);
      continue;
    }
    const above = headingNodes.get(`${plan.id}|${parent}`);
    let ancestor = above;
    while (ancestor && ancestor.node !== node) ancestor = ancestor.parent === null ? undefined : headingNodes.get(`${plan.id}|${ancestor.parent}`);
    if (!above) problems.push({ sheet: SHEETS.headings.name, row: row.row, column: "Parent id", message: `unknown heading "${parent}" in plan "${plan.id}"`, fix: fixOf("headings", "Parent id") });
    else if (ancestor) problems.push({ sheet: SHEETS.headings.name, row: row.row, column: "Parent id", message: `heading "${node.id}" would sit under itself`, fix: "choose a parent that is not under this heading" });
    else above.node.children.push(node);
  }
  const checkParent = (sheet: SheetKey, row: SheetRow, plan: PlanOutput, parent: string | null | undefined) => {
    if (parent && !headingNodes.has(`${plan.id}|${parent}`))
      problems.push({ sheet: SHEETS[sheet].name, row: row.row, column: "Parent heading", message: `unknown heading "${parent}" in plan "${plan.id}"`, fix: fixOf(sheet, "Parent heading") });
  };

  noDuplicates("actions", rows.actions, planScoped, "Id", problems);
  for (const row of rows.actions) {
    const plan = planOf("actions", row);
    const record: ActionRecord | undefined = validate(
      "actions",
      row,
      actionRecord,
      {
        id: cell(row, "Id"),
        title: cell(row, "Title"),
        description: cell(row, "Description"),
        heading: cell(row, "Heading text"),
        parent: cell(row, "Parent heading"),
        themes: list(row, "Themes"),
        source: sourceOf(row),
      },
      problems,
    );
    if (!plan || !record) continue;
    checkParent("actions", row, plan, record.parent);
    remember(`plans/${plan.id}`, record.id, row);
    plan.actions.push(record);
  }

  noDuplicates("statements", rows.statements, planScoped, "Id", problems);
  for (const row of rows.statements) {
    const plan = planOf("statements", row);
    const optional = (key: string, header: string) => (cell(row, header) !== null ? { [key]: cell(row, header) } : {});
    const record = validate(
      "statements",
      row,
      statementRecord,
      {
        id: cell(row, "Id"),
        kind: cell(row, "Kind"),
        ...optional("label", "Label"),
        ...optional("number", "Number"),
        title: cell(row, "Title"),
        parent: cell(row, "Parent heading"),
        text: cell(row, "Text"),
        source: sourceOf(row),
      },
      problems,
    );
    if (!plan || !record) continue;
    checkParent("statements", row, plan, record.parent);
    remember(`plans/${plan.id}`, record.id, row);
    plan.statements.push(record);
  }

  noDuplicates("measureGroups", rows.measureGroups, planScoped, "Id", problems);
  for (const row of rows.measureGroups) {
    const plan = planOf("measureGroups", row);
    const record = validate("measureGroups", row, measureGroupRecord, { id: cell(row, "Id"), title: cell(row, "Title"), parent: cell(row, "Parent heading"), source: sourceOf(row) }, problems);
    if (!plan || !record) continue;
    checkParent("measureGroups", row, plan, record.parent);
    remember(`plans/${plan.id}`, record.id, row);
    plan.measureGroups.push(record);
  }

  noDuplicates("measures", rows.measures, planScoped, "Id", problems);
  for (const row of rows.measures) {
    const plan = planOf("measures", row);
    const group = cell(row, "Group");
    const record = validate(
      "measures",
      row,
      measureRecord,
      {
        id: cell(row, "Id"),
        indicator: cell(row, "Indicator"),
        text: cell(row, "Text"),
        parent: cell(row, "Parent heading"),
        ...(group !== null ? { group } : {}),
        source: sourceOf(row),
      },
      problems,
    );
    if (!plan || !record) continue;
    checkParent("measures", row, plan, record.parent);
    if (record.group && !plan.measureGroups.some((candidate) => candidate.id === record.group)) {
      problems.push({ sheet: SHEETS.measures.name, row: row.row, column: "Group", message: `unknown group "${record.group}" in plan "${plan.id}"`, fix: fixOf("measures", "Group") });
    }
    remember(`plans/${plan.id}`, record.id, row);
    plan.measures.push(record);
  }

  noDuplicates("indicators", rows.indicators, (row) => cell(row, "Code"), "Code", problems);
  const indicators = rows.indicators.flatMap((row) => {
    const record = validate(
      "indicators",
      row,
      indicatorRecord,
      {
        code: cell(row, "Code"),
        title: cell(row, "Title"),
        kind: cell(row, "Kind"),
        definition: cell(row, "Definition"),
        unit: cell(row, "Unit"),
        polarity: cell(row, "Polarity"),
        periodKind: cell(row, "Period kind"),
        dataset: cell(row, "Dataset"),
        sources: [sourceOf(row)],
      },
      problems,
    );
    if (record) remember("vocabulary/indicators", record.code, row);
    return record ? [record] : [];
  });

  noDuplicates("figures", rows.figures, (row) => cell(row, "Id"), "Id", problems);
  const figures: FigureOutput[] = rows.figures.flatMap((row) => {
    const record = validate(
      "figures",
      row,
      figureRecord,
      {
        id: cell(row, "Id"),
        indicator: cell(row, "Indicator"),
        geography: cell(row, "Geography"),
        value: numberCell("figures", row, "Value", problems),
        numerator: numberCell("figures", row, "Numerator", problems),
        denominator: numberCell("figures", row, "Denominator", problems),
        status: cell(row, "Status"),
        timePeriod: cell(row, "Time period"),
        timeIdentifier: cell(row, "Time identifier"),
        asAt: cell(row, "As at"),
        text: cell(row, "Text"),
        source: sourceOf(row),
      },
      problems,
    );
    if (!record) return [];
    const undatedReason = cell(row, "Undated reason");
    // A figure is dated by the document, or says why it is not (issue 20): never silently undated.
    if (record.asAt === null && record.timePeriod === null && undatedReason === null) {
      problems.push({ sheet: SHEETS.figures.name, row: row.row, column: "Undated reason", message: "the figure has no As at date, no Time period and no reason for having neither", fix: fixOf("figures", "Undated reason") });
    }
    remember("figures", record.id, row);
    return [{ ...record, ...(undatedReason !== null ? { undatedReason } : {}) }];
  });
  const figureById = new Map(figures.map((figure) => [figure.id, figure]));
  for (const row of rows.comparators) {
    const record = validate("comparators", row, comparatorRecord, { area: cell(row, "Area"), value: numberCell("comparators", row, "Value", problems), text: cell(row, "Text"), source: sourceOf(row) }, problems);
    const figureId = cell(row, "Figure");
    const figure = figureId === null ? undefined : figureById.get(figureId);
    if (!figure) {
      problems.push({ sheet: SHEETS.comparators.name, row: row.row, column: "Figure", message: figureId === null ? "is required" : `unknown figure "${figureId}"`, fix: fixOf("comparators", "Figure") });
      continue;
    }
    if (record) figure.comparators = [...(figure.comparators ?? []), record];
  }

  noDuplicates("boards", rows.boards, (row) => cell(row, "Id"), "Id", problems);
  const boards = rows.boards.flatMap((row) => {
    const record = validate("boards", row, boardRecord, { id: cell(row, "Id"), name: cell(row, "Name"), kind: cell(row, "Kind"), chair: cell(row, "Chair"), oversees: list(row, "Oversees"), source: sourceOf(row) }, problems);
    if (!record) return [];
    record.oversees.forEach((plan) => {
      if (!plans.has(plan)) problems.push({ sheet: SHEETS.boards.name, row: row.row, column: "Oversees", message: `unknown plan "${plan}"`, fix: fixOf("boards", "Oversees") });
    });
    remember("boards", record.id, row);
    return [record];
  });

  noDuplicates("themes", rows.themes, (row) => cell(row, "Code"), "Code", problems);
  const themes = rows.themes.flatMap((row) => {
    const record = validate("themes", row, themeRecord, { code: cell(row, "Code"), name: cell(row, "Name"), description: cell(row, "Description") }, problems);
    if (record) remember("vocabulary/themes", record.code, row);
    return record ? [record] : [];
  });

  const fallbackCouncil = { name: "", typePrefix: "", gssCode: "", laCode: "", formed: "", port: 0 };
  return { council: council ?? fallbackCouncil, documents, plans: [...plans.values()], boards, figures, themes, indicators, rows: refs };
}
