import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { BOARD_KINDS, INDICATOR_UNITS, PERIOD_KINDS, POLARITIES, VALUE_STATUSES } from "../data/schemas";
import { FIRST_DATA_ROW, HEADER_ROW, LISTS_SHEET, NOTE_ROW, SHEET_ORDER, SHEETS, type ValueList } from "./layout";

/** Kinds named in issue 20's spec, used when the project has no vocabulary file for them yet. */
const DEFAULT_HEADING_KINDS = ["OUTCOME", "PRIORITY", "THEME", "OBJECTIVE", "PILLAR", "AMBITION", "ASPIRATION", "AREA_OF_FOCUS"];
const DEFAULT_STATEMENT_KINDS = ["PROMISE", "PRINCIPLE", "CORPORATE_PARENTING_PRINCIPLE", "VISION", "POLICY", "ACHIEVEMENT", "TRANSFORMATION", "SUPPORT_OFFER", "ASPIRATION", "AMBITION", "VALUE", "BEHAVIOUR", "PLEDGE"];
/** Vocabularies a council may extend: their drop-downs suggest, and warn, but do not refuse. */
const OPEN_LISTS = new Set<ValueList>(["themes", "heading-kinds", "statement-kinds"]);
/** Columns that take numbers; every other column is formatted as text. */
const NUMERIC_COLUMNS = new Set(["Value", "Numerator", "Denominator", "Port"]);
/** How many rows of each sheet carry the drop-down lists (more rows can be added by copying one). */
const VALIDATED_ROWS = 300;

function vocabularyCodes(projectRoot: string, name: string, fallback: string[]): string[] {
  const file = join(projectRoot, "lib", "vocabulary", `${name}.json`);
  if (!existsSync(file)) return fallback;
  return (JSON.parse(readFileSync(file, "utf8")) as Array<{ code: string }>).map((entry) => entry.code);
}

/** Every value list the template's drop-downs offer, from the project's vocabulary and schemas. */
export function valueLists(projectRoot: string): Record<ValueList, string[]> {
  return {
    "heading-kinds": vocabularyCodes(projectRoot, "heading-kinds", DEFAULT_HEADING_KINDS),
    "statement-kinds": vocabularyCodes(projectRoot, "statement-kinds", DEFAULT_STATEMENT_KINDS),
    themes: vocabularyCodes(projectRoot, "themes", []),
    "board-kinds": [...BOARD_KINDS],
    "indicator-kinds": ["NATIONAL", "LOCAL"],
    units: [...INDICATOR_UNITS],
    polarities: [...POLARITIES],
    "period-kinds": [...PERIOD_KINDS],
    "value-statuses": [...VALUE_STATUSES],
    "plan-kinds": ["PLAN", "STRATEGY"],
  };
}

const columnLetter = (index: number): string => {
  let letters = "";
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
};

/**
 * The empty workbook: each sheet with its header row and a note row saying what each column takes;
 * columns with a fixed set of values get a drop-down list (from the Lists sheet). Themes and heading
 * and statement kinds are open vocabularies (a council adds its own; several themes are separated by
 * commas), so their lists only warn.
 */
export function buildTemplate(projectRoot: string): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "council:template";
  const lists = valueLists(projectRoot);
  const sheets = SHEET_ORDER.map((key) => [SHEETS[key], workbook.addWorksheet(SHEETS[key].name)] as const);

  const listSheet = workbook.addWorksheet(LISTS_SHEET);
  const listRange = new Map<ValueList, string>();
  (Object.keys(lists) as ValueList[]).forEach((name, index) => {
    const letter = columnLetter(index + 1);
    listSheet.getCell(`${letter}1`).value = name;
    lists[name].forEach((value, row) => (listSheet.getCell(`${letter}${row + 2}`).value = value));
    listRange.set(name, `${LISTS_SHEET}!$${letter}$2:$${letter}$${Math.max(2, lists[name].length + 1)}`);
    listSheet.getColumn(index + 1).width = 34;
  });

  for (const [layout, sheet] of sheets) {
    layout.columns.forEach((column, index) => {
      const header = sheet.getCell(HEADER_ROW, index + 1);
      header.value = column.header;
      header.font = { bold: true };
      const note = sheet.getCell(NOTE_ROW, index + 1);
      note.value = `${column.required ? "Required. " : ""}${column.note}`;
      note.font = { italic: true, color: { argb: "FF505A5F" } };
      note.alignment = { wrapText: true, vertical: "top" };
      sheet.getColumn(index + 1).width = column.header === "Quote" || column.header === "Text" ? 60 : 24;
      // Text format, so that what is typed stays as printed: "2.10" is not 2.1, "042" not 42, "2025" not a date.
      if (!NUMERIC_COLUMNS.has(column.header)) sheet.getColumn(index + 1).numFmt = "@";
      if (!column.list) return;
      const strict = !OPEN_LISTS.has(column.list);
      for (let row = FIRST_DATA_ROW; row < FIRST_DATA_ROW + VALIDATED_ROWS; row++) {
        sheet.getCell(row, index + 1).dataValidation = {
          type: "list",
          allowBlank: !column.required,
          formulae: [listRange.get(column.list)],
          showErrorMessage: true,
          errorStyle: strict ? "stop" : "warning",
          errorTitle: column.header,
          error: column.fix,
        };
      }
    });
    sheet.views = [{ state: "frozen", ySplit: NOTE_ROW }];
  }
  return workbook;
}

export async function writeTemplate(projectRoot: string, file: string): Promise<void> {
  await buildTemplate(projectRoot).xlsx.writeFile(file);
}
