/**
 * Finding header blocks: a row naming several roles, the header rows above and below it (merged
 * parents, period labels, unit notes), and the row of column numbers under it.
 */
import { headRoleOf, isHeaderWord, isUnitOnly, measureOf, pairRolesOf, periodLabelOf, yearOf } from "./header-words";
import { rowCells, shownText, type SheetView } from "./grid-reading";
import { columnNumberOf } from "./column-numbers";
import { isTotalLabel } from "./row-patterns";

export interface HeaderBlock {
  top: number;
  bottom: number;
  left: number;
  right: number;
  columnNumberRow?: number;
}

/** Distinct roles whose head words appear in the row: a header row names at least three. */
export function namedRoles(view: SheetView, row: number, left = 0, right = view.colCount - 1): string[] {
  const roles = new Set<string>();
  for (const { text } of rowCells(view, row, left, right)) {
    const role = headRoleOf(text);
    if (role) roles.add(role);
  }
  return [...roles];
}

/** Share of the row's non-empty cells that are header vocabulary. */
export function headerShare(view: SheetView, row: number, left = 0, right = view.colCount - 1): { share: number; count: number; cells: number } {
  const cells = rowCells(view, row, left, right);
  if (cells.length === 0) return { share: 0, count: 0, cells: 0 };
  const count = cells.filter((c) => countsAsHeaderWord(c.text)).length;
  return { share: count / cells.length, count, cells: cells.length };
}

const BARE_NUMBER = /^\(?\d+\)?\.?$/;

/** Bare numbers are header words only in period and column-number rows, which have their own tests. */
function countsAsHeaderWord(text: string): boolean {
  return !BARE_NUMBER.test(text.trim()) && isHeaderWord(text);
}

/**
 * Whether at least `min` of the row's cells are header words, deciding as soon as the cells left
 * cannot change the answer, and looking at number cells first: a data row full of amounts is
 * turned down without the words of its texts being read (most rows of a long table are such rows).
 */
export function headerShareAtLeast(view: SheetView, row: number, left: number, right: number, min: number): boolean {
  // Asked twice of every data row (a strong header? a repeated one?): the last answer per view is kept.
  const last = lastShare.get(view);
  if (last && last.row === row && last.left === left && last.right === right && last.min === min) return last.answer;
  const answer = shareAtLeast(view, row, left, right, min);
  lastShare.set(view, { row, left, right, min, answer });
  return answer;
}

const lastShare = new WeakMap<SheetView, { row: number; left: number; right: number; min: number; answer: boolean }>();

function shareAtLeast(view: SheetView, row: number, left: number, right: number, min: number): boolean {
  const cells = rowCells(view, row, left, right);
  if (cells.length === 0) return false;
  const allowedMisses = Math.floor(cells.length * (1 - min) + 1e-9);
  let misses = 0;
  for (const pass of [true, false]) {
    for (const c of cells) {
      if ((typeof c.cell.value === "number") !== pass) continue;
      if (!countsAsHeaderWord(c.text) && ++misses > allowedMisses) return false;
    }
  }
  return true;
}

/** A row that opens a header: several roles named, and mostly header words. */
export function isStrongHeaderRow(view: SheetView, row: number, left = 0, right = view.colCount - 1): boolean {
  if (!headerShareAtLeast(view, row, left, right, 0.6)) return false;
  return namedRoles(view, row, left, right).length >= 3;
}

/**
 * The row of column numbers under a header ("1 2 4 5 6 …", not always consecutive): increasing
 * small integers over most of the table's width. Months 1–12 under "Target Bulanan" are not one:
 * they do not start at the table's first column.
 */
export function isColumnNumberRow(view: SheetView, row: number, left: number, right: number): boolean {
  const cells = rowCells(view, row, left, right);
  if (cells.length < 4) return false;
  const ns: number[] = [];
  for (const c of cells) {
    const n = columnNumberOf(c.text);
    if (n === undefined) return false;
    ns.push(n);
  }
  if (ns[0] > 2) return false;
  for (let i = 1; i < ns.length; i++) if (ns[i] <= ns[i - 1]) return false;
  const width = right - left + 1;
  if (cells.length < Math.max(4, Math.floor(width * 0.5))) return false;
  const startsAtTableEdge = cells[0].col <= left + 1;
  return startsAtTableEdge || cells.length > 12;
}

/** A row of period labels only ("I II III IV", "TW I … TW IV", "1 … 12" under a parent). */
export function isPeriodRow(view: SheetView, row: number, left: number, right: number): boolean {
  const cells = rowCells(view, row, left, right);
  if (cells.length < 2) return false;
  // Text cells first: a data row's names fail at once, while its number (a bare 1 … 99) may pass.
  for (const numbers of [false, true]) {
    for (const c of cells) if ((typeof c.cell.value === "number") === numbers && periodLabelOf(c.text) === undefined) return false;
  }
  return true;
}

/** A row of units only: `K | Rp. | %`, `(Rp) | (%)`. */
export function isUnitRow(view: SheetView, row: number, left: number, right: number): boolean {
  const cells = rowCells(view, row, left, right);
  return cells.length >= 2 && cells.every((c) => isUnitOnly(c.text));
}

/**
 * Header vocabulary only (a continuation of a header block, or a repeated one). A "Jumlah" among
 * period labels (1 … 12, Jumlah) heads the sum of the periods.
 */
function isHeaderContinuation(view: SheetView, row: number, left: number, right: number): boolean {
  const cells = rowCells(view, row, left, right);
  if (cells.length === 0) return false;
  const periods = cells.filter((c) => periodLabelOf(c.text) !== undefined).length;
  return cells.every((c) => isHeaderWord(c.text) || (periods >= 2 && isTotalLabel(c.text)));
}

function isCoveredFromAbove(view: SheetView, row: number, top: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) {
    const m = view.merges.at(row, c);
    if (m && m.top < row && m.top >= top) return true;
  }
  return false;
}

/** The columns a header block spans: from its first to its last header text. */
function spanOf(view: SheetView, top: number, bottom: number): { left: number; right: number } {
  let left = Infinity;
  let right = -Infinity;
  for (let r = top; r <= bottom; r++) {
    for (const { col } of rowCells(view, r)) {
      left = Math.min(left, col);
      right = Math.max(right, col);
    }
    for (let c = 0; c < view.colCount; c++) {
      const m = view.merges.at(r, c);
      if (m && shownText(view, r, c) !== "") right = Math.max(right, m.right);
    }
  }
  return { left, right };
}

/** Grows a header block around a strong row: parents above, children and column numbers below. */
export function headerBlockAt(view: SheetView, strongRow: number): HeaderBlock {
  let top = strongRow;
  // Parent rows above ("ANGGARAN" over its periods) also name roles or measures.
  while (top > 0) {
    const above = top - 1;
    const cells = rowCells(view, above);
    if (cells.length === 0) break;
    const words = cells.filter((c) => headRoleOf(c.text) !== undefined || measureOf(c.text) !== undefined || pairRolesOf(c.text) !== undefined || yearOf(c.text) !== undefined).length;
    if (words < 2 || headerShare(view, above).share < 0.6) break;
    top = above;
  }
  let { left, right } = spanOf(view, top, strongRow);
  let bottom = strongRow;
  let columnNumberRow: number | undefined;
  for (let r = strongRow + 1; r < view.rowCount && r <= strongRow + 8; r++) {
    if (columnNumberRow === undefined && isColumnNumberRow(view, r, left, right)) {
      columnNumberRow = r;
      continue;
    }
    // Under the column numbers only a unit row (`K | Rp. | %`) still belongs to the header.
    if (columnNumberRow !== undefined) {
      if (isUnitRow(view, r, left, right)) bottom = r;
      break;
    }
    const blank = rowCells(view, r, left, right).length === 0;
    if (blank ? isCoveredFromAbove(view, r, top, left, right) : isHeaderContinuation(view, r, left, right)) {
      bottom = r;
      continue;
    }
    break;
  }
  ({ left, right } = spanOf(view, top, bottom));
  return { top, bottom, left, right, columnNumberRow };
}

export interface PathEntry {
  text: string;
  row: number;
  /** Identity of the merged header cell the text comes from (columns sharing it are one field). */
  mergeKey?: string;
}

/** A child that only makes sense under a parent: a period ("TW II"), a unit ("Rp", "K", "%") or a measure ("Target", "Realisasi"). */
function isSubColumnWord(text: string): boolean {
  if (periodLabelOf(text) !== undefined || isUnitOnly(text)) return true;
  const role = headRoleOf(text);
  return role === "target" || role === "realisasi" || role === "capaian" || role === "anggaran" || role === "realisasi_anggaran";
}

/**
 * A parent written once with its children below but not merged over them (common in sloppy
 * sheets): the nearest text to the left in the same row, when this column and that one both have
 * something below.
 */
function implicitParent(view: SheetView, block: HeaderBlock, row: number, col: number): PathEntry | undefined {
  const below = row + 1 === block.columnNumberRow ? row + 2 : row + 1;
  if (below > block.bottom || shownText(view, below, col) === "") return undefined;
  for (let c = col - 1; c >= block.left; c--) {
    if (view.merges.at(row, c) !== undefined) return undefined;
    const text = shownText(view, row, c);
    if (text === "") {
      if (shownText(view, below, c) === "") return undefined;
      continue;
    }
    if (shownText(view, below, c) === "" || !isSubColumnWord(shownText(view, below, col))) return undefined;
    return { text, row, mergeKey: `implicit:${row},${c}` };
  }
  return undefined;
}

/** The header texts over a column, top to bottom, merged parents included, repeats collapsed. */
export function columnPath(view: SheetView, block: HeaderBlock, col: number): PathEntry[] {
  const path: PathEntry[] = [];
  let lastKey: string | undefined;
  for (let r = block.top; r <= block.bottom; r++) {
    if (r === block.columnNumberRow) continue;
    const merge = view.merges.at(r, col);
    const text = shownText(view, r, col);
    if (text === "") {
      const parent = implicitParent(view, block, r, col);
      if (parent) path.push(parent);
      continue;
    }
    const mergeKey = merge ? `${merge.top},${merge.left}` : undefined;
    if (mergeKey !== undefined && mergeKey === lastKey) continue;
    lastKey = mergeKey;
    if (path[path.length - 1]?.text !== text) path.push({ text, row: r, mergeKey });
  }
  return path;
}
