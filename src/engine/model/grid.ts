/**
 * The engine's view of a worksheet: a plain grid of cells, independent of Office.js or ExcelJS.
 * Coordinates are 0-based and absolute (row 0, col 0 is A1), so addresses never need an offset.
 */

/** A cell's value as the spreadsheet stores it (for a formula: its cached result). */
export type Scalar = string | number | boolean | null;

export interface GridCell {
  value: Scalar;
  /** The text Excel displays, when the adapter knows it (it reflects the number format). */
  text?: string;
  /** Number format code, e.g. `#,##0`, `0.00%`, `"Rp"#,##0`; `General` or absent for none. */
  format?: string;
  /** Formula with its leading `=`, when the cell holds one. */
  formula?: string;
  /**
   * Set by the engine (engine/formulas), never by an adapter: why a formula saved without its
   * result could not be computed here. See {@link isUncalculated}.
   */
  uncalculated?: UncalculatedReason;
  bold?: boolean;
  /** Indent level (Excel's IndentLevel / ExcelJS alignment.indent). */
  indent?: number;
}

/**
 * Why a formula without a cached result was not computed: a function the engine does not know
 * (`name`), a reference to another sheet or a whole column, text it would have to show, a cycle,
 * a formula it cannot read, or a cell it depends on that has one of these (`cell`, A1).
 */
export type UncalculatedReason =
  | { kind: "function"; name: string }
  | { kind: "other-sheet" }
  | { kind: "unsupported-reference"; reference: string }
  | { kind: "text-result" }
  | { kind: "cycle" }
  | { kind: "syntax" }
  | { kind: "depends"; cell: string };

/**
 * A formula saved without its result (files written by openpyxl and report generators; Excel and
 * LibreOffice always save one): `value` null and no displayed text. Office.js always gives a text
 * (`""` for a formula that shows nothing), so a calculated blank is never taken for this.
 */
export function isUncalculated(cell: GridCell | null | undefined): boolean {
  return cell !== null && cell !== undefined && cell.formula !== undefined && cell.value === null && cell.text === undefined;
}

/** A merged area, 0-based and inclusive on both ends. */
export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  sheetName: string;
  /** rows[r][c]; rows may be ragged or contain nulls for empty cells. */
  rows: ReadonlyArray<ReadonlyArray<GridCell | null | undefined>>;
  merges: readonly Merge[];
  hiddenRows: readonly number[];
  hiddenCols: readonly number[];
  /**
   * True when the adapter could not read merged areas (Excel without ExcelApi 1.13): `merges`
   * is then empty for lack of knowledge, not because the sheet has none.
   */
  mergesUnknown?: boolean;
}

export function rowCount(grid: Grid): number {
  return grid.rows.length;
}

export function colCount(grid: Grid): number {
  let max = 0;
  for (const row of grid.rows) max = Math.max(max, row.length);
  return max;
}

/** The cell as stored (no merge resolution). */
export function cellAt(grid: Grid, row: number, col: number): GridCell | null {
  return grid.rows[row]?.[col] ?? null;
}

/** Columns in a worksheet, at most (XFD). */
export const MAX_COLUMNS = 16_384;

/** A cell's position as one number: a key for maps and sets, not an `"r,c"` string built per look-up. */
export function cellKey(row: number, col: number): number {
  return row * MAX_COLUMNS + col;
}

/** Column index (0-based) to letters: 0 → A, 26 → AA. */
export function colLetter(col: number): string {
  let s = "";
  let n = col + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based row and column to an A1 address: (11, 10) → K12. */
export function toA1(row: number, col: number): string {
  return `${colLetter(col)}${row + 1}`;
}

/** An A1 address (optionally with $) to 0-based row and column. */
export function fromA1(address: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`Not an A1 address: ${address}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}
