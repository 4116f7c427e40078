import type { FillSnapshot } from "../port/marks-ledger";
import type { PackageWorkbook } from "../xlsx/package-workbook";

/** A CSS colour for a fill as the file holds it; theme and indexed colours are not resolved. */
export function cssColor(fill: FillSnapshot | null): string | undefined {
  if (!fill || fill.pattern === "none") return undefined;
  const rgb = fill.pattern === "solid" ? fill.fgColor : (fill.bgColor ?? fill.fgColor);
  return rgb && /^[0-9A-Fa-f]{6}$/.test(rgb) ? `#${rgb.toUpperCase()}` : undefined;
}

/**
 * The fill of each cell as the file holds it, so Cermat's marks (and the person's own colours)
 * show in the workbench grid exactly as Excel will show them, each cell's note, and each column's
 * width in pixels.
 */
export function cellLooks(file: PackageWorkbook, sheet: string): { fillAt(row: number, col: number): string | undefined; noteAt(row: number, col: number): string | undefined; widthAt(col: number): number } {
  const looks = file.looks(sheet);
  return { fillAt: (row, col) => cssColor(looks.fillAt(row, col)), noteAt: looks.noteAt, widthAt: looks.widthAt };
}
