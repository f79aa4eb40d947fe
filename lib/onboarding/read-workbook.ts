import ExcelJS from "exceljs";
import { FIRST_DATA_ROW, HEADER_ROW, SHEET_ORDER, SHEETS, type SheetKey, type SheetLayout } from "./layout";
import type { SheetProblem } from "./sheet-problems";

/** One data row of a sheet: its cells by column header, as trimmed text (null when empty). */
export interface SheetRow {
  sheet: string;
  /** The row number the officer sees in the spreadsheet. */
  row: number;
  cells: Record<string, string | null>;
}

export type WorkbookRows = Record<SheetKey, SheetRow[]>;

/** A cell's value as the text an officer typed: numbers as written, dates as ISO dates, rich text flattened. */
function cellText(value: ExcelJS.CellValue): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return cellText(value.richText.map((part) => part.text).join(""));
    if ("result" in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
    if ("text" in value && typeof value.text === "string") return cellText(value.text);
    if ("error" in value) return null;
    return null;
  }
  const text = String(value).trim();
  return text === "" ? null : text;
}

function readSheet(worksheet: ExcelJS.Worksheet | undefined, layout: SheetLayout, problems: SheetProblem[]): SheetRow[] {
  if (!worksheet) {
    problems.push({ sheet: layout.name, message: "the sheet is missing", fix: "start from the template (npm run council:template) and keep every sheet, even when empty" });
    return [];
  }
  const headerRow = worksheet.getRow(HEADER_ROW);
  const columnOf = new Map<string, number>();
  headerRow.eachCell((cell, number) => {
    const header = cellText(cell.value);
    if (header) columnOf.set(header, number);
  });
  for (const column of layout.columns) {
    if (!columnOf.has(column.header))
      problems.push({ sheet: layout.name, row: HEADER_ROW, column: column.header, message: "the column is missing from the header row", fix: `add a column headed "${column.header}" (the template has every column)` });
  }
  const known = new Set<string>(layout.columns.map((column) => column.header));
  for (const header of columnOf.keys()) {
    if (!known.has(header)) problems.push({ sheet: layout.name, row: HEADER_ROW, column: header, message: "is not a column of this sheet", fix: `rename it to one of: ${[...known].join(", ")}` });
  }
  const rows: SheetRow[] = [];
  for (let number = FIRST_DATA_ROW; number <= worksheet.rowCount; number++) {
    const row = worksheet.getRow(number);
    const cells: Record<string, string | null> = {};
    let empty = true;
    for (const column of layout.columns) {
      const index = columnOf.get(column.header);
      const text = index === undefined ? null : cellText(row.getCell(index).value);
      cells[column.header] = text;
      if (text !== null) empty = false;
    }
    if (!empty) rows.push({ sheet: layout.name, row: number, cells });
  }
  return rows;
}

/** Every sheet's data rows; a missing sheet or column is a problem (its rows are then empty or partial). */
export async function readWorkbook(file: string | Buffer, problems: SheetProblem[]): Promise<WorkbookRows> {
  const workbook = new ExcelJS.Workbook();
  if (typeof file === "string") await workbook.xlsx.readFile(file);
  else await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const rows = {} as WorkbookRows;
  for (const key of SHEET_ORDER) rows[key] = readSheet(workbook.getWorksheet(SHEETS[key].name), SHEETS[key], problems);
  return rows;
}
