/**
 * Where a table's data ends, and which rows inside it repeat the header (page breaks): a
 * signature block, a long blank run, or a new header of another table ends it.
 */
import type { RoleMap } from "../model";
import { headRoleOf } from "./header-words";
import { words } from "./header-text";
import { headerShare, headerShareAtLeast, isColumnNumberRow, isPeriodRow, isStrongHeaderRow } from "./header-block";
import { rowCells, type SheetView } from "./grid-reading";
import { isSignatureText } from "./row-patterns";

/** Blank rows in a row that end a table (unless the header repeats after them). */
const BLANK_RUN_END = 4;

export interface Extent {
  firstDataRow: number;
  lastDataRow: number;
  repeatedHeaderRows: number[];
  /** First row after the table that may open another one. */
  resumeAt: number;
}

/** The row is mostly header words, or column numbers, or period labels: a repeated header row. */
export function isHeaderLikeRow(view: SheetView, row: number, left: number, right: number): boolean {
  if (isColumnNumberRow(view, row, left, right) || isPeriodRow(view, row, left, right)) return true;
  const cells = rowCells(view, row, left, right);
  // Two or more cells: mostly header words, or not header-like (decided early on a row of amounts).
  if (cells.length > 1 && !headerShareAtLeast(view, row, left, right, 0.6)) return false;
  const { share, count } = headerShare(view, row, left, right);
  // A lone cell is a header word only when short ("APBD"); a lone long line is a title.
  if (cells.length === 1) return count === 1 && words(cells[0].text).length <= 4;
  return count >= 2 && share >= 0.6;
}

/**
 * A strong header row inside a table repeats this table's header when the roles it names sit in
 * this table's columns (give or take one: extraction and sloppy copies shift them).
 */
export function repeatsHeader(view: SheetView, row: number, maps: readonly RoleMap[], left: number, right: number): boolean {
  let named = 0;
  let matched = 0;
  for (const { col, text } of rowCells(view, row, left, right)) {
    const role = headRoleOf(text);
    if (!role) continue;
    named++;
    if (maps.some((m) => sitsNear(m[role], col))) matched++;
  }
  return named > 0 && matched / named >= 0.75;
}

/** A role's column in this table, the header's column give or take one. */
function sitsNear(mapped: number | undefined, col: number): boolean {
  return mapped !== undefined && Math.abs(mapped - col) <= 1;
}

function isSignatureRow(view: SheetView, row: number, left: number, right: number): boolean {
  const cells = rowCells(view, row, left, right);
  return cells.length > 0 && cells.length <= 3 && cells.some((c) => isSignatureText(c.text));
}

/** Rows of a signature block above its date or NIP line: few short words, no numbers. */
function looksLikeSignatureLine(view: SheetView, row: number, left: number, right: number): boolean {
  const cells = rowCells(view, row, left, right);
  return cells.length <= 2 && cells.every((c) => typeof c.cell.value !== "number" && c.text.length <= 80);
}

export function findExtent(view: SheetView, start: number, left: number, right: number, maps: readonly RoleMap[]): Extent {
  const repeated: number[] = [];
  let last = start - 1;
  let blankRun = 0;
  let inRepeat = false;
  let r = start;
  for (; r < view.rowCount; r++) {
    const cells = rowCells(view, r, left, right);
    if (cells.length === 0) {
      blankRun++;
      inRepeat = false;
      if (blankRun >= BLANK_RUN_END) {
        const next = nextNonBlank(view, r + 1, left, right);
        if (next === undefined || !(isStrongHeaderRow(view, next, left, right) && repeatsHeader(view, next, maps, left, right))) break;
      }
      continue;
    }
    blankRun = 0;
    if (isSignatureRow(view, r, left, right)) {
      // Without a date line, the position and the name above a NIP line are the signature too.
      const nipOnly = !cells.some((c) => isSignatureText(c.text) && !/^(nip|nrp|nik)/i.test(c.text.trim()));
      if (nipOnly) {
        let b = last;
        for (let steps = 0; b > start && steps < 6 && looksLikeSignatureLine(view, b, left, right); steps++) b--;
        while (b > start && rowCells(view, b, left, right).length === 0) b--;
        last = b;
      }
      break;
    }
    if (isStrongHeaderRow(view, r, left, right) && !inRepeat) {
      if (!repeatsHeader(view, r, maps, left, right)) {
        // The next table's title lines ("RENCANA AKSI … STAFF TAHUN 2021") belong to it, not to this one.
        while (last > start && isTitleLine(view, last, left, right)) last--;
        while (last > start && rowCells(view, last, left, right).length === 0) last--;
        break;
      }
      inRepeat = true;
      repeated.push(r);
      continue;
    }
    if (isHeaderLikeRow(view, r, left, right)) {
      repeated.push(r);
      inRepeat = true;
      continue;
    }
    inRepeat = false;
    last = r;
  }
  const firstDataRow = start;
  const lastDataRow = Math.max(last, start - 1);
  return { firstDataRow, lastDataRow, repeatedHeaderRows: repeated.filter((x) => x <= lastDataRow), resumeAt: r };
}

function nextNonBlank(view: SheetView, from: number, left: number, right: number): number | undefined {
  for (let r = from; r < view.rowCount; r++) if (rowCells(view, r, left, right).length > 0) return r;
  return undefined;
}

/** A single text cell with no numbers: a title or a section line. */
function isTitleLine(view: SheetView, row: number, left: number, right: number): boolean {
  const cells = rowCells(view, row, left, right);
  return cells.length === 0 || (cells.length === 1 && typeof cells[0].cell.value === "string" && !/\d[\d.,]{4,}/.test(cells[0].text));
}
