/**
 * Which rows of a table are items: data rows and total rows (`Jumlah`, `Total`, `Sub Total`, the
 * label possibly merged across). Blank rows, repeated headers, column numbers and stray
 * signature lines are skipped; hidden rows stay.
 */
import type { TableLayout } from "../model";
import { isSignatureText, isTotalLabel } from "../layout";
import { filledCount, rowCells, shownText, type SheetView } from "../layout/grid-reading";

export type RowKind = "data" | "total" | "skip";

export interface RowInfo {
  row: number;
  kind: RowKind;
  hidden: boolean;
}

/** Leftmost and rightmost column any group maps. */
export function tableSpan(table: TableLayout): { left: number; right: number } {
  const cols = table.groups.flatMap((g) => Object.values(g.columns)).concat(Object.values(table.columns)) as number[];
  return { left: Math.min(...cols), right: Math.max(...cols) };
}

function isTotalRow(view: SheetView, row: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) {
    const text = shownText(view, row, c);
    if (text === "") continue;
    return isTotalLabel(text);
  }
  return false;
}

export function classifyRows(view: SheetView, table: TableLayout): RowInfo[] {
  const { left, right } = tableSpan(table);
  const repeated = new Set(table.repeatedHeaderRows);
  const hidden = new Set(view.grid.hiddenRows);
  const out: RowInfo[] = [];
  for (let r = table.firstDataRow; r <= table.lastDataRow; r++) {
    // Counted first: only a row of one or two cells is read further (a signature line?).
    const filled = filledCount(view, r, left, right);
    let kind: RowKind = "data";
    if (repeated.has(r) || r === table.columnNumberRow) kind = "skip";
    else if (filled === 0 && !coveredRow(view, r, left, right)) kind = "skip";
    else if (filled > 0 && filled <= 2 && rowCells(view, r, left, right).every((c) => isSignatureText(c.text))) kind = "skip";
    else if (isTotalRow(view, r, left, right)) kind = "total";
    out.push({ row: r, kind, hidden: hidden.has(r) });
  }
  return out;
}

/** A row whose cells are all inside merges from above still belongs to those items (long layout). */
function coveredRow(view: SheetView, row: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) if (view.merges.isCovered(row, c) && shownText(view, row, c) !== "") return true;
  return false;
}
