import type ExcelJS from "exceljs";
import type { XlsxWorkbook } from "../xlsx/xlsx-workbook";

/** A CSS colour for an ExcelJS ARGB colour (`FFFFC7CE` → `#FFC7CE`); theme and indexed colours are not resolved. */
export function cssColor(color: Partial<ExcelJS.Color> | undefined): string | undefined {
  const argb = color?.argb;
  if (!argb || !/^[0-9A-Fa-f]{8}$/.test(argb)) return undefined;
  return `#${argb.slice(2)}`;
}

/**
 * The fill of each cell as the file holds it, so Cermat's marks (and the person's own colours)
 * show in the workbench grid exactly as Excel will show them.
 */
export function fillReader(file: XlsxWorkbook, sheet: string): (row: number, col: number) => string | undefined {
  const ws = file.workbook.getWorksheet(sheet);
  return (row, col) => {
    if (!ws) return undefined;
    const fill = ws.findCell(row + 1, col + 1)?.fill;
    if (!fill) return undefined;
    if (fill.type === "pattern") return fill.pattern === "none" ? undefined : cssColor(fill.fgColor);
    return cssColor(fill.stops?.[0]?.color);
  };
}

/** A cell's note text (the message Cermat wrote, or the person's own). */
export function noteReader(file: XlsxWorkbook, sheet: string): (row: number, col: number) => string | undefined {
  const ws = file.workbook.getWorksheet(sheet);
  return (row, col) => {
    const note = ws?.findCell(row + 1, col + 1)?.note;
    if (!note) return undefined;
    return typeof note === "string" ? note : (note.texts ?? []).map((t) => t.text).join("");
  };
}
