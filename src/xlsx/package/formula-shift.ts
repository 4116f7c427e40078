/**
 * Moves a formula's relative references by whole rows and columns, as Excel does when a shared
 * formula's master is read for another cell of the share (`SUM(L8:O8)` from K8 is `SUM(L9:O9)`
 * in K9). Text in quotes and `$`-anchored parts stay; whole-row/column ranges (`A:A`, `1:1`) are
 * left as written, which is rare in shared formulas.
 */
import { columnIndex, columnLetters } from "./sheet-cells";

const TOKEN = /("(?:[^"]|"")*")|('(?:[^']|'')*'!)|(?<![\w.$])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\w(])/g;

export function translateFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  return formula.replace(TOKEN, (whole, text: string | undefined, sheet: string | undefined, colAnchor: string, letters: string, rowAnchor: string, digits: string) => {
    if (text !== undefined || sheet !== undefined) return whole;
    const col = colAnchor ? columnIndex(letters) : columnIndex(letters) + cols;
    const row = rowAnchor ? Number(digits) : Number(digits) + rows;
    // A reference moved off the sheet is what Excel shows as #REF!.
    if (col < 0 || row < 1) return "#REF!";
    return `${colAnchor}${columnLetters(col)}${rowAnchor}${row}`;
  });
}
