import ExcelJS from 'exceljs';

/** Test helper: a workbook from plain rows, written by exceljs the way Excel users' files look. */
export type TestCell = ExcelJS.CellValue | undefined;

export const ukDate = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

/** Sheets in order; each is its rows from row 1 (undefined/null leaves a cell empty, [] leaves a row empty). */
export async function buildWorkbook(sheets: Record<string, TestCell[][]>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const worksheet = workbook.addWorksheet(name);
    rows.forEach((cells, r) => {
      cells.forEach((value, c) => {
        if (value === undefined || value === null) return;
        const cell = worksheet.getCell(r + 1, c + 1);
        cell.value = value;
        if (value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
      });
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
