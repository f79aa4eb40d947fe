/** A problem in the workbook, named the way an officer finds it: sheet, row, column, and how to fix it. */
export interface SheetProblem {
  sheet: string;
  /** Spreadsheet row number as shown at the left of the sheet (absent for a problem with a whole sheet). */
  row?: number;
  column?: string;
  message: string;
  fix?: string;
}

export const formatSheetProblem = (problem: SheetProblem): string => {
  const where = [`Sheet "${problem.sheet}"`, problem.row !== undefined ? `row ${problem.row}` : undefined, problem.column ? `column "${problem.column}"` : undefined].filter(Boolean).join(", ");
  const message = problem.message.replace(/\.?$/, ".");
  return `${where}: ${message}${problem.fix ? ` How to fix: ${problem.fix.replace(/\.?$/, ".")}` : ""}`;
};
