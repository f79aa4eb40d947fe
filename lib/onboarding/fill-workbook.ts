import type ExcelJS from "exceljs";
import { FIRST_DATA_ROW, HEADER_ROW } from "./layout";

/** Cells of rows to write, by sheet name and column header. */
export type WorkbookData = Record<string, Array<Record<string, string | number>>>;

/**
 * Writes rows into a workbook made by buildTemplate, under the matching headers, from the first data
 * row (for fixtures and tests; officers type into the template themselves).
 */
export function fillWorkbook(workbook: ExcelJS.Workbook, data: WorkbookData): ExcelJS.Workbook {
  for (const [sheetName, rows] of Object.entries(data)) {
    const sheet = workbook.getWorksheet(sheetName);
    if (!sheet) throw new Error(`the template has no sheet "${sheetName}"`);
    const columns = new Map<string, number>();
    sheet.getRow(HEADER_ROW).eachCell((cell, number) => columns.set(String(cell.value), number));
    rows.forEach((row, index) => {
      for (const [header, value] of Object.entries(row)) {
        const column = columns.get(header);
        if (column === undefined) throw new Error(`sheet "${sheetName}" has no column "${header}"`);
        sheet.getCell(FIRST_DATA_ROW + index, column).value = value;
      }
    });
  }
  return workbook;
}
