import type { CellStyle, CellWrite, SheetSpec, SpecCell, StyleName } from "../engine/model";
import { colLetter } from "../engine/model";
import { blockAddress, qualified } from "./addresses";
import type { ContextLike, RangeLike, WorksheetLike } from "./office-shapes";
import type { Capabilities, Feature } from "./requirements";
import { groupWrites, rectangles } from "./write-batches";

/** Excel's own limits on sheet names. */
const MAX_SHEET_NAME = 31;
const FORBIDDEN_IN_NAME = /[[\]:*?/\\]/g;

/** A name Excel accepts and no existing sheet uses (case-insensitively): "Rencana Aksi (2)". */
export function uniqueSheetName(wanted: string, existing: readonly string[]): string {
  const base = wanted.replace(FORBIDDEN_IN_NAME, "-").replace(/^'+|'+$/g, "").trim() || "Cermat";
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const fit = (name: string, suffix: string) => name.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
  let name = fit(base, "");
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = fit(base, ` (${n})`);
  return name;
}

/** Characters to points at the default font (Calibri 11: 7 px per character plus 5 px padding). */
export function widthInPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

const BORDER_EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

function applyStyle(range: RangeLike, style: CellStyle, rows: number, cols: number): void {
  const f = range.format;
  if (style.bold !== undefined) f.font.bold = style.bold;
  if (style.italic !== undefined) f.font.italic = style.italic;
  if (style.fontSize !== undefined) f.font.size = style.fontSize;
  if (style.fill) f.fill.color = `#${style.fill}`;
  if (style.hAlign) f.horizontalAlignment = { left: "Left", center: "Center", right: "Right" }[style.hAlign];
  if (style.vAlign) f.verticalAlignment = { top: "Top", middle: "Center", bottom: "Bottom" }[style.vAlign];
  if (style.wrap !== undefined) f.wrapText = style.wrap;
  if (style.color) f.font.color = `#${style.color}`;
  if (style.underline !== undefined) f.font.underline = style.underline ? "Single" : "None";
  if (style.indent !== undefined) f.indentLevel = style.indent;
  if (style.border) {
    const edges: string[] = [...BORDER_EDGES];
    if (rows > 1) edges.push("InsideHorizontal");
    if (cols > 1) edges.push("InsideVertical");
    for (const edge of edges) f.borders.getItem(edge).style = "Continuous";
  }
}

/** A link as HYPERLINK's first argument: `#'Sheet'!B12` here, `other.xlsx#'Sheet'!B12` in another workbook. */
function hyperlinkFormula(link: NonNullable<SpecCell["link"]>, text: string): string {
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return `=HYPERLINK(${quote(`${link.file ?? ""}#${qualified(link.sheet, link.cell)}`)},${quote(text)})`;
}

/** Queues a template into a new sheet; every write is a block, not a cell. */
function queueSpec(sheet: WorksheetLike, spec: SheetSpec, caps: Capabilities, skipped: Feature[]): void {
  // Without range.hyperlink (Excel 2016), a link is the HYPERLINK formula, which every Excel follows.
  const writes: CellWrite[] = spec.cells.map((c) =>
    c.link && !caps.hyperlink
      ? { row: c.row, col: c.col, formula: hyperlinkFormula(c.link, String(c.value ?? c.link.cell)), format: c.format }
      : { row: c.row, col: c.col, value: c.value, formula: c.formula, format: c.format },
  );
  for (const block of groupWrites(writes)) {
    const range = sheet.getRange(blockAddress(block.top, block.left, block.rowCount, block.colCount));
    if (block.formats) range.numberFormat = block.formats;
    if (block.contents) range.formulas = block.contents;
  }

  const byStyle = new Map<StyleName, Array<{ row: number; col: number }>>();
  for (const cell of spec.cells) {
    if (cell.style) byStyle.set(cell.style, [...(byStyle.get(cell.style) ?? []), cell]);
  }
  for (const [name, cells] of byStyle) {
    const style = spec.styles[name];
    if (!style) continue;
    for (const r of rectangles(cells)) {
      const rows = r.bottom - r.top + 1;
      const cols = r.right - r.left + 1;
      applyStyle(sheet.getRange(blockAddress(r.top, r.left, rows, cols)), style, rows, cols);
    }
  }

  if (caps.hyperlink) {
    for (const c of spec.cells) {
      if (!c.link) continue;
      const place = { documentReference: qualified(c.link.sheet, c.link.cell), textToDisplay: String(c.value ?? c.link.cell) };
      sheet.getRange(blockAddress(c.row, c.col, 1, 1)).hyperlink = c.link.file === undefined ? place : { ...place, address: c.link.file };
    }
  }

  for (const m of spec.merges) {
    sheet.getRange(blockAddress(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1)).merge(false);
  }

  spec.columnWidths.forEach((chars, col) => {
    if (chars > 0) sheet.getRange(`${colLetter(col)}:${colLetter(col)}`).format.columnWidth = widthInPoints(chars);
  });

  if (spec.validations.length > 0) {
    if (caps.dataValidation) {
      for (const v of spec.validations) {
        const range = sheet.getRange(blockAddress(v.top, v.left, v.bottom - v.top + 1, v.right - v.left + 1));
        range.dataValidation.rule = { list: { inCellDropDown: true, source: v.list.join(",") } };
      }
    } else skipped.push("dataValidation");
  }

  if (spec.freeze && (spec.freeze.rows > 0 || spec.freeze.cols > 0)) {
    if (caps.freezePanes) {
      const { rows, cols } = spec.freeze;
      if (rows > 0 && cols > 0) sheet.freezePanes.freezeAt(blockAddress(0, 0, rows, cols));
      else if (rows > 0) sheet.freezePanes.freezeRows(rows);
      else sheet.freezePanes.freezeColumns(cols);
    } else skipped.push("freezePanes");
  }

  if (spec.autoFilter) {
    if (caps.autoFilter) {
      const { row, left, right } = spec.autoFilter;
      const last = spec.cells.reduce((max, c) => Math.max(max, c.row), row);
      sheet.autoFilter.apply(sheet.getRange(blockAddress(row, left, last - row + 1, right - left + 1)));
    } else skipped.push("autoFilter");
  }

  if (caps.pageLayout) {
    const layout = sheet.pageLayout;
    layout.orientation = spec.print.orientation === "landscape" ? "Landscape" : "Portrait";
    // Indonesian F4 (215 × 330 mm) is closest to Excel's Folio (8.5 × 13 in, 216 × 330 mm).
    layout.paperSize = spec.print.paper === "A4" ? "A4" : "Folio";
    if (spec.print.fitToWidth) layout.zoom = { horizontalFitToPages: 1 };
    const repeat = spec.print.repeatRows;
    if (repeat) layout.setPrintTitleRows(`$${repeat[0] + 1}:$${repeat[1] + 1}`);
    if (spec.print.columns) layout.setPrintArea(`${colLetter(spec.print.columns[0])}:${colLetter(spec.print.columns[1])}`);
  } else skipped.push("pageLayout");
}

/**
 * Adds a sheet from a template description in two syncs (names, then everything else).
 * Returns the name used and the features this Excel could not apply (the sheet is still usable).
 */
export async function addSheet(
  context: ContextLike,
  spec: SheetSpec,
  caps: Capabilities,
): Promise<{ name: string; skipped: Feature[] }> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const name = uniqueSheetName(spec.name, sheets.items.map((s) => s.name));
  const sheet = sheets.add(name);
  const skipped: Feature[] = [];
  queueSpec(sheet, spec, caps, skipped);
  await context.sync();
  return { name, skipped };
}
