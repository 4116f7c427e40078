/**
 * A tiny vocabulary for building engine grids in tests, so a test reads like the sheet it stands
 * for: `sheet([["No", "Indikator", …], …], { merges: ["F3:I5"], hidden: [12] })` and `cell("K12")`.
 * Addresses and row numbers are the ones Excel shows (1-based); the Grid itself is 0-based.
 */
import { fromA1, type Grid, type GridCell, type Merge } from "../../src/engine/model";

export type RawValue = string | number | boolean | null | undefined;

export interface SheetOptions {
  /** Sheet name (default "Sheet1"). */
  name?: string;
  /** Merged areas as A1 ranges: "A1:C1". */
  merges?: string[];
  /** Number formats by address or range: { "K5:O40": "#,##0", "E5": "0%" }. */
  formats?: Record<string, string>;
  /** Display texts by address, when the test needs a text that differs from the value. */
  texts?: Record<string, string>;
  /** Hidden rows as Excel numbers them (1-based). */
  hidden?: number[];
  /** Hidden columns as letters: ["Q"]. */
  hiddenCols?: string[];
  /** Bold cells as addresses or ranges. */
  bold?: string[];
  /** Indent levels by address: { "J7": 1 }. */
  indent?: Record<string, number>;
  /** Formulas by address (value stays the cached result given in rows): { "K60": "=SUM(K6:K59)" }. */
  formulas?: Record<string, string>;
}

/** 0-based row and column of an A1 address: cell("K12") → { row: 11, col: 10 }. */
export function cell(address: string): { row: number; col: number } {
  return fromA1(address);
}

/** 0-based column of a column letter: col("K") → 10. */
export function col(letters: string): number {
  return fromA1(`${letters}1`).col;
}

/** 0-based row of an Excel row number: row(12) → 11. */
export function row(excelRow: number): number {
  return excelRow - 1;
}

/** An inclusive A1 range ("A1:C4" or a single "B2") as a Merge. */
export function range(a1: string): Merge {
  const [from, to = from] = a1.split(":");
  const a = fromA1(from);
  const b = fromA1(to);
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

function eachCell(a1: string, visit: (row: number, col: number) => void): void {
  const r = range(a1);
  for (let i = r.top; i <= r.bottom; i++) for (let j = r.left; j <= r.right; j++) visit(i, j);
}

/** Builds a Grid from rows of plain values (null or "" for an empty cell). */
export function sheet(rows: RawValue[][], opts: SheetOptions = {}): Grid {
  const cells: (GridCell | null)[][] = rows.map((r) =>
    r.map((v) => (v === null || v === undefined || v === "" ? null : { value: v, ...(typeof v === "string" ? { text: v } : {}) })),
  );
  const ensure = (r: number, c: number): GridCell => {
    while (cells.length <= r) cells.push([]);
    const line = cells[r];
    while (line.length <= c) line.push(null);
    const existing = line[c];
    if (existing) return existing;
    const created: GridCell = { value: null };
    line[c] = created;
    return created;
  };
  for (const [a1, format] of Object.entries(opts.formats ?? {})) {
    eachCell(a1, (r, c) => {
      if (cells[r]?.[c]) ensure(r, c).format = format;
    });
  }
  for (const [a1, text] of Object.entries(opts.texts ?? {})) eachCell(a1, (r, c) => (ensure(r, c).text = text));
  for (const a1 of opts.bold ?? []) eachCell(a1, (r, c) => (ensure(r, c).bold = true));
  for (const [a1, indent] of Object.entries(opts.indent ?? {})) eachCell(a1, (r, c) => (ensure(r, c).indent = indent));
  for (const [a1, formula] of Object.entries(opts.formulas ?? {})) eachCell(a1, (r, c) => (ensure(r, c).formula = formula));
  return {
    sheetName: opts.name ?? "Sheet1",
    rows: cells,
    merges: (opts.merges ?? []).map(range),
    hiddenRows: (opts.hidden ?? []).map(row),
    hiddenCols: (opts.hiddenCols ?? []).map(col),
  };
}
