import ExcelJS from "exceljs";
import type { Grid } from "../src/engine/model";

/** A grid written as an .xlsx by another program (ExcelJS), as the benchmarks read it. */
export async function xlsxBytes(grid: Grid): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(grid.sheetName);
  grid.rows.forEach((row, r) => row.forEach((c, col) => c && (sheet.getCell(r + 1, col + 1).value = c.value as ExcelJS.CellValue)));
  for (const m of grid.merges) sheet.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  for (const r of grid.hiddenRows) sheet.getRow(r + 1).hidden = true;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
