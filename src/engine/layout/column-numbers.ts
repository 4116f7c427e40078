/**
 * The row of column numbers under a header, read per column, and the formulas it states
 * ("13 = 9 + 10 + 11 + 12", "14 = 7 + 13", "15 = 14 / 6 x 100"), for the rule that checks them.
 */
import type { ColumnNumber } from "../model";
import { rowCells, type SheetView } from "./grid-reading";

/** "7", "(7)", "7.", and a number that states its formula: "13 = 9 + 10 + 11 + 12", "15 = 14 / 6 x 100". */
const COLUMN_NUMBER = /^\(?(\d{1,3})\)?\.?(?:\s*=\s*([\d\s+\-–−x×*/÷:().,]+))?$/i;

/** The number a column-number cell prints ("13" of "13 = 9 + 10 + 11 + 12"), if the cell is one. */
export function columnNumberOf(text: string): number | undefined {
  const m = COLUMN_NUMBER.exec(text.trim());
  return m ? Number(m[1]) : undefined;
}

/** The formula a column number states, as printed right of "=" (spaces normalised), if any. */
function formulaOf(text: string): string | undefined {
  const m = COLUMN_NUMBER.exec(text.trim());
  const formula = m?.[2]?.replace(/\s+/g, " ").trim();
  return formula ? formula : undefined;
}

/**
 * The column-number row read per column: a number spans the columns up to the next number (the
 * 86/2017 form numbers a K | Rp pair once), or its merged area.
 */
export function readColumnNumbers(view: SheetView, row: number, left: number, right: number): Record<number, ColumnNumber> {
  const cells = rowCells(view, row, left, right);
  const out: Record<number, ColumnNumber> = {};
  cells.forEach((cell, i) => {
    const n = columnNumberOf(cell.text);
    if (n === undefined) return;
    const merge = view.merges.at(row, cell.col);
    const next = cells[i + 1]?.col ?? (merge ? merge.right + 1 : cell.col + 1);
    const end = Math.min(merge ? Math.max(merge.right, next - 1) : next - 1, right);
    const formula = formulaOf(cell.text);
    const parts = end - cell.col + 1;
    for (let c = cell.col; c <= end; c++) out[c] = { n, part: c - cell.col, parts, ...(formula ? { formula } : {}) };
  });
  return out;
}

/** The 0-based column that carries a number (and part of it: 0 for K, 1 for Rp), if the row has it. */
export function columnOfNumber(numbers: Readonly<Record<number, ColumnNumber>>, n: number, part = 0): number | undefined {
  for (const [col, entry] of Object.entries(numbers)) if (entry.n === n && entry.part === part) return Number(col);
  return undefined;
}
