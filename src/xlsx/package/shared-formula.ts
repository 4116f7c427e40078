/**
 * A shared formula as each cell of its range holds it: Excel stores the text once, on the
 * range's first cell, and every other cell means it with its relative references moved by the
 * cell's distance from that first cell. This follows ExcelJS's slideFormula (so both readers give
 * the same text) with two corrections: text inside string literals and quoted sheet names stays
 * as written, and a reference moved off the sheet becomes #REF! (ExcelJS throws on a column).
 */
import { colLetter } from "../../engine/model";

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;
const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;
/** String literals and quoted sheet names, with their doubled quotes. */
const QUOTED = /("(?:[^"]|"")*"|'(?:[^']|'')*')/;

export function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) & 0x1f);
  return n;
}

function slideCode(code: string, rows: number, cols: number): string {
  return code.replace(CANDIDATE, (whole: string, _s: string | undefined, sheet: string | undefined, address: string, paren: string | undefined) => {
    if (paren) return whole;
    const m = CELL.exec(address);
    if (!m) return whole;
    const [, colDollar = "", colText, rowDollar = "", rowText] = m;
    const letters = colText.toUpperCase();
    // Longer than three letters, or past XFD: a defined name, not a cell.
    if (letters.length > 3 || (letters.length === 3 && letters > "XFD")) return whole;
    const col = columnNumber(letters) + (colDollar ? 0 : cols);
    const row = parseInt(rowText, 10) + (rowDollar ? 0 : rows);
    const prefix = sheet !== undefined ? `${sheet}!` : "";
    if (col < 1 || col > MAX_COL || row < 1 || row > MAX_ROW) return `${prefix}#REF!`;
    return `${prefix}${colDollar}${colLetter(col - 1)}${rowDollar}${row}`;
  });
}

/** The master's formula text moved by (rows, cols). */
export function slideFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  return formula
    .split(QUOTED)
    .map((part, i) => (i % 2 === 1 ? part : slideCode(part, rows, cols)))
    .join("");
}
