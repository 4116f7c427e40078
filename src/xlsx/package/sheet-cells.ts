/**
 * The `<row>`s and `<c>`s of a worksheet part, found in its XML text so that a change splices in
 * only the rows it touches: every other byte of the part stays as the writer left it. Rows and
 * cells may lack their `r` attribute (then they follow the previous one) and may carry a namespace
 * prefix (`<x:c>`); both are kept.
 */
import { colLetter, toA1 } from "../../engine/model";
import { attributesOf, withAttribute } from "./xml-text";

/** One `<c>` element of a row. */
export interface CellXml {
  /** 0-based column. */
  col: number;
  /** The whole element text. */
  xml: string;
  /** Its start tag's attributes (local names). */
  attributes: Record<string, string>;
}

/** One `<row>` element. */
interface RowXml {
  /** 0-based row. */
  row: number;
  hasR: boolean;
  start: number;
  end: number;
  startTag: string;
  /** The text between the start and end tags; null for `<row/>`. */
  inner: string | null;
}

interface SheetDataXml {
  prefix: string;
  /** Where the rows start and end in the part (`bodyStart === bodyEnd` for an empty body). */
  bodyStart: number;
  bodyEnd: number;
  /** The `<sheetData/>` form, to be opened when a row is added. */
  selfClosed?: { start: number; end: number; attributes: string };
  rows: RowXml[];
}

/** "AB" → 27 (0-based: AB is column 27). */
export function columnIndex(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

/** 0 → "A", 26 → "AA". */
export const columnLetters = colLetter;

export const cellRef = toA1;

/** `K12` → { row: 11, col: 10 }. */
export function parseRef(ref: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  return m ? { row: Number(m[2]) - 1, col: columnIndex(m[1]) } : undefined;
}

function parseSheetData(xml: string): SheetDataXml {
  const open = /<([\w.-]+:)?sheetData(\s[^>]*?)?(\/?)>/.exec(xml);
  if (!open) throw new Error("The worksheet has no <sheetData>");
  const prefix = open[1] ?? "";
  const after = open.index + open[0].length;
  if (open[3] === "/") {
    return { prefix, bodyStart: after, bodyEnd: after, selfClosed: { start: open.index, end: after, attributes: open[2] ?? "" }, rows: [] };
  }
  const bodyEnd = xml.indexOf(`</${prefix}sheetData>`, after);
  const rows: RowXml[] = [];
  const rowTag = /<([\w.-]+:)?row(?=[\s/>])[^>]*?(\/?)>/g;
  rowTag.lastIndex = after;
  let previous = -1;
  for (let m = rowTag.exec(xml); m && m.index < bodyEnd; m = rowTag.exec(xml)) {
    const r = rowNumberOf(m[0]);
    const row = r ? Number(r) - 1 : previous + 1;
    previous = row;
    const innerStart = m.index + m[0].length;
    if (m[2] === "/") {
      rows.push({ row, hasR: r !== undefined, start: m.index, end: innerStart, startTag: m[0], inner: null });
      continue;
    }
    const close = `</${m[1] ?? ""}row>`;
    const closeAt = xml.indexOf(close, innerStart);
    rows.push({ row, hasR: r !== undefined, start: m.index, end: closeAt + close.length, startTag: m[0], inner: xml.slice(innerStart, closeAt) });
    rowTag.lastIndex = closeAt + close.length;
  }
  return { prefix, bodyStart: after, bodyEnd, rows };
}

const ROW_NUMBER = /\s(?!xmlns:)(?:[\w.-]+:)?r\s*=\s*(?:"([^"]*)"|'([^']*)')/;

/**
 * A row tag's `r`, as {@link attributesOf} would read it, without reading its other attributes:
 * locating the rows of a 10,000-row sheet spent most of its time building attribute objects.
 */
function rowNumberOf(tag: string): string | undefined {
  const m = ROW_NUMBER.exec(tag);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** The cells of one row's inner text, with where each sits in it. */
function cellsOf(inner: string): Array<CellXml & { start: number; end: number; hasR: boolean }> {
  const out: Array<CellXml & { start: number; end: number; hasR: boolean }> = [];
  const cellTag = /<([\w.-]+:)?c(?=[\s/>])[^>]*?(\/?)>/g;
  let previous = -1;
  for (let m = cellTag.exec(inner); m; m = cellTag.exec(inner)) {
    const attributes = attributesOf(m[0]);
    const at = attributes.r ? parseRef(attributes.r) : undefined;
    const col = at ? at.col : previous + 1;
    previous = col;
    let end = m.index + m[0].length;
    if (m[2] !== "/") {
      const close = `</${m[1] ?? ""}c>`;
      end = inner.indexOf(close, end) + close.length;
      cellTag.lastIndex = end;
    }
    out.push({ col, xml: inner.slice(m.index, end), attributes, start: m.index, end, hasR: at !== undefined });
  }
  return out;
}

/** Every stored cell of the sheet, row by row. */
export function* sheetCells(xml: string): Generator<CellXml & { row: number }> {
  for (const row of parseSheetData(xml).rows) {
    if (row.inner === null) continue;
    for (const cell of cellsOf(row.inner)) yield { row: row.row, col: cell.col, xml: cell.xml, attributes: cell.attributes };
  }
}

/**
 * The stored cells of a sheet, found row by row on demand: the rows are located once (one pass of
 * a regular expression) and only the rows asked for are split into cells. For the workbench, which
 * shows a hundred rows of a sheet that may hold a hundred thousand, and for marking a few cells.
 */
export function cellIndex(xml: string): { at(row: number, col: number): CellXml | undefined } {
  let rows: Map<number, string | null> | undefined;
  const cells = new Map<number, Map<number, CellXml>>();
  return {
    at(row: number, col: number): CellXml | undefined {
      rows ??= new Map(parseSheetData(xml).rows.map((r) => [r.row, r.inner]));
      let inRow = cells.get(row);
      if (!inRow) {
        inRow = new Map((rows.get(row) ? cellsOf(rows.get(row)!) : []).map((c) => [c.col, c]));
        cells.set(row, inRow);
      }
      return inRow.get(col);
    },
  };
}

/** The stored cell at a position, if any. */
export function findCell(xml: string, row: number, col: number): CellXml | undefined {
  const found = parseSheetData(xml).rows.find((r) => r.row === row);
  if (!found?.inner) return undefined;
  return cellsOf(found.inner).find((c) => c.col === col);
}

/**
 * Decides a cell's new element from its current one (undefined: no cell stored there). Return the
 * element text, or null to leave no cell there. `ref` is the A1 address to put in `r`.
 */
export type CellPatch = (existing: CellXml | undefined, ref: string) => string | null;

/**
 * Applies patches keyed by `row` then `col` (0-based) and returns the new part text. Rows and
 * cells stay in order; a row that gains a cell among cells without `r` gets `r` on every cell,
 * so no cell moves. Untouched rows keep their exact text.
 */
export function patchCells(xml: string, patches: ReadonlyMap<number, ReadonlyMap<number, CellPatch>>): string {
  if (patches.size === 0) return xml;
  const data = parseSheetData(xml);
  const byRow = new Map(data.rows.map((r) => [r.row, r]));
  const prefix = data.prefix;
  // Edits as [start, end, text] on the part, applied from the end so earlier offsets hold.
  const edits: Array<[number, number, string]> = [];
  const newRows: Array<[number, string]> = [];
  for (const [row, cols] of patches) {
    const existing = byRow.get(row);
    if (existing) {
      const rewritten = patchRow(existing, cols, prefix);
      if (rewritten !== null) edits.push([existing.start, existing.end, rewritten]);
    } else {
      const cells = [...cols.entries()].sort((a, b) => a[0] - b[0]).map(([col, patch]) => patch(undefined, cellRef(row, col))).filter((c): c is string => c !== null);
      if (cells.length > 0) newRows.push([row, `<${prefix}row r="${row + 1}">${cells.join("")}</${prefix}row>`]);
    }
  }
  if (newRows.length > 0) {
    // A new row among rows without `r` would renumber the rows after it: give them `r` first.
    if (data.rows.some((r) => !r.hasR)) {
      for (const r of data.rows) if (!r.hasR && !edits.some((e) => e[0] === r.start)) edits.push([r.start, r.start + r.startTag.length, withAttribute(r.startTag, "r", String(r.row + 1))]);
    }
    for (const [row, text] of [...newRows].sort((a, b) => a[0] - b[0])) {
      const next = data.rows.find((r) => r.row > row);
      const at = next ? next.start : data.bodyEnd;
      edits.push([at, at, text]);
    }
  }
  let out = splice(xml, edits);
  if (data.selfClosed && newRows.length > 0) {
    const { start, end, attributes } = data.selfClosed;
    const body = out.slice(end, end + newRows.reduce((n, [, t]) => n + t.length, 0));
    out = out.slice(0, start) + `<${prefix}sheetData${attributes}>${body}</${prefix}sheetData>` + out.slice(end + body.length);
  }
  return out;
}

/**
 * Applies non-overlapping edits `[start, end, text]` in one pass. Rebuilding the part once per edit
 * copied the whole part each time: 30 marks on a 10,000-row sheet took two seconds.
 */
function splice(xml: string, edits: Array<[number, number, string]>): string {
  if (edits.length === 0) return xml;
  // Insertions at one offset keep the order they were made in.
  const ordered = edits.map((e, i) => [...e, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[3] - b[3]);
  const parts: string[] = [];
  let at = 0;
  for (const [start, end, text] of ordered) {
    parts.push(xml.slice(at, start), text);
    at = end;
  }
  parts.push(xml.slice(at));
  return parts.join("");
}

/** The row's new text; null when nothing changed, "" when the row goes. */
function patchRow(row: RowXml, cols: ReadonlyMap<number, CellPatch>, prefix: string): string | null {
  const inner = row.inner ?? "";
  const cells = cellsOf(inner);
  const byCol = new Map(cells.map((c) => [c.col, c]));
  const edits: Array<[number, number, string]> = [];
  const replaced = new Set<number>();
  let inserted = false;
  for (const [col, patch] of cols) {
    const existing = byCol.get(col);
    const text = patch(existing, cellRef(row.row, col));
    if (existing) {
      replaced.add(col);
      if (text !== existing.xml) edits.push([existing.start, existing.end, text ?? ""]);
      continue;
    }
    if (text === null) continue;
    const next = cells.find((c) => c.col > col);
    // Before the first cell to its right, or after the last cell (before any <extLst>).
    const at = next ? next.start : cells.length > 0 ? cells[cells.length - 1].end : extLstAt(inner);
    edits.push([at, at, text]);
    inserted = true;
  }
  if (edits.length === 0) return null;
  if (inserted) {
    // A cell without `r` sits after the previous one: give the others their `r` so none moves.
    for (const c of cells) {
      if (c.hasR || replaced.has(c.col)) continue;
      const tagEnd = c.xml.indexOf(">") + 1;
      edits.push([c.start, c.start + tagEnd, withAttribute(c.xml.slice(0, tagEnd), "r", cellRef(row.row, c.col))]);
    }
  }
  // From the end, and at one offset a replacement before an insertion, so the inserted cell lands in front.
  edits.sort((a, b) => b[0] - a[0] || b[1] - a[1]);
  let body = inner;
  for (const [start, end, text] of edits) body = body.slice(0, start) + text + body.slice(end);
  let startTag = inserted ? widenSpans(row.startTag, cellsOf(body)) : row.startTag;
  // A rewritten row states its number, so a row added before it elsewhere cannot shift it.
  if (!row.hasR) startTag = withAttribute(startTag, "r", String(row.row + 1));
  const name = /^<([\w.:-]+)/.exec(startTag)?.[1] ?? `${prefix}row`;
  // A row left with no cell and nothing but its number is one a patch made (a mark on an empty cell, cleared): it goes.
  if (body.trim() === "" && /^<[\w.:-]+\s+r="\d+"\s*\/?>$/.test(startTag)) return "";
  if (row.inner === null) return `${startTag.replace(/\s*\/>$/, ">")}${body}</${name}>`;
  return `${startTag}${body}</${name}>`;
}

function extLstAt(inner: string): number {
  const m = /<([\w.-]+:)?extLst[\s>]/.exec(inner);
  return m ? m.index : inner.length;
}

/** `spans="1:5"` is an optimisation hint; keep it covering the row's cells so no reader trusts a wrong one. */
function widenSpans(startTag: string, cells: ReadonlyArray<{ col: number }>): string {
  const m = /\sspans="(\d+):(\d+)"/.exec(startTag);
  if (!m || cells.length === 0) return startTag;
  const low = Math.min(Number(m[1]), ...cells.map((c) => c.col + 1));
  const high = Math.max(Number(m[2]), ...cells.map((c) => c.col + 1));
  return withAttribute(startTag, "spans", `${low}:${high}`);
}
