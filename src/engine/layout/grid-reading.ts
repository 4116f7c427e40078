/** Reading cells for layout purposes: display text, merges resolved to their top-left cell. */
import { cellKey, MAX_COLUMNS, type Grid, type GridCell, type Merge } from "../model";
import { perObjectAnswer } from "../remembered";

/** The text a person sees in a cell ("" for empty). */
export function textOf(cell: GridCell | null | undefined): string {
  if (!cell) return "";
  if (cell.text !== undefined && cell.text !== "") return trimmed(cell.text);
  if (cell.value === null || cell.value === undefined) return "";
  return trimmed(String(cell.value));
}

/**
 * `text.trim()`, without the copy trim makes of a text that has nothing to trim (most cells: it
 * starts and ends with a printable ASCII character). Read for every cell of a sheet.
 */
export function trimmed(text: string): string {
  const n = text.length;
  return n > 0 && isPrintableAscii(text.charCodeAt(0)) && isPrintableAscii(text.charCodeAt(n - 1)) ? text : text.trim();
}

function isPrintableAscii(code: number): boolean {
  return code > 32 && code < 127;
}

/** How many non-empty own cells a row has within [left, right], without listing them. */
export function filledCount(view: SheetView, row: number, left: number, right: number): number {
  const line = view.grid.rows[row];
  if (!line) return 0;
  let n = 0;
  for (let c = left; c <= Math.min(right, line.length - 1); c++) if (textOf(line[c]) !== "") n++;
  return n;
}

/** Finds the merged area covering a cell, quickly. */
export class MergeIndex {
  // Keyed by cellKey: a number, not a "r,c" string built for every look-up.
  private readonly byCell = new Map<number, Merge>();
  /**
   * Rows any indexed merge touches (1), by row: asked for every cell of the table, most of whose
   * rows hold no merge at all, answered without a look-up in the map.
   */
  private readonly mergedRows: Uint8Array;

  constructor(merges: readonly Merge[]) {
    // Very large merges (whole rows or columns) are decoration; indexing every cell would be waste.
    const indexed = merges.filter((m) => (m.bottom - m.top + 1) * (m.right - m.left + 1) <= 20000);
    this.mergedRows = new Uint8Array(indexed.reduce((end, m) => Math.max(end, m.bottom + 1), 0));
    for (const m of indexed) {
      for (let r = m.top; r <= m.bottom; r++) {
        this.mergedRows[r] = 1;
        for (let c = m.left; c <= m.right; c++) this.byCell.set(cellKey(r, c), m);
      }
    }
  }

  at(row: number, col: number): Merge | undefined {
    if (this.mergedRows[row] !== 1 || col < 0 || col >= MAX_COLUMNS) return undefined;
    return this.byCell.get(cellKey(row, col));
  }

  /** The cell is inside a merge but not its top-left cell. */
  isCovered(row: number, col: number): boolean {
    const m = this.at(row, col);
    return m !== undefined && (m.top !== row || m.left !== col);
  }
}

/** A sheet prepared for layout reading. */
export interface SheetView {
  grid: Grid;
  merges: MergeIndex;
  rowCount: number;
  colCount: number;
}

/**
 * The sheet prepared for reading. The layout, the items and two rules of one check each ask for it:
 * within an analysis (its text scope) the grid does not change, so they share one view and its
 * merge index; outside one, every call prepares the grid afresh.
 */
export const viewOf: (grid: Grid) => SheetView = perObjectAnswer(prepare);

function prepare(grid: Grid): SheetView {
  let colCount = 0;
  for (const row of grid.rows) colCount = Math.max(colCount, row.length);
  return { grid, merges: new MergeIndex(grid.merges), rowCount: grid.rows.length, colCount };
}

/** The cell's own text (empty for a cell covered by a merge). */
export function ownText(view: SheetView, row: number, col: number): string {
  return textOf(view.grid.rows[row]?.[col]);
}

/** The text shown at a cell, a merged area's text showing in every cell it covers. */
export function shownText(view: SheetView, row: number, col: number): string {
  const m = view.merges.at(row, col);
  if (m) return ownText(view, m.top, m.left);
  return ownText(view, row, col);
}

/** A non-empty own cell of a row, as {@link rowCells} lists them. */
export interface RowCell {
  col: number;
  text: string;
  cell: GridCell;
}

/**
 * Non-empty own cells of a row within [left, right]. The layout asks this of the same row several
 * times in a row (signature? header? column numbers? periods?): the last answer per view is kept,
 * so the caller must not change the array.
 */
export function rowCells(view: SheetView, row: number, left = 0, right = view.colCount - 1): readonly RowCell[] {
  const last = lastRowCells.get(view);
  if (last && last.row === row && last.left === left && last.right === right) return last.cells;
  const cells = readRowCells(view, row, left, right);
  lastRowCells.set(view, { row, left, right, cells });
  return cells;
}

const lastRowCells = new WeakMap<SheetView, { row: number; left: number; right: number; cells: readonly RowCell[] }>();

function readRowCells(view: SheetView, row: number, left: number, right: number): RowCell[] {
  const out: RowCell[] = [];
  const line = view.grid.rows[row];
  if (!line) return out;
  for (let c = left; c <= Math.min(right, line.length - 1); c++) {
    const cell = line[c];
    const text = textOf(cell);
    if (cell && text !== "") out.push({ col: c, text, cell });
  }
  return out;
}
