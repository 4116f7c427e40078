import ExcelJS from "exceljs";
import type { Grid, GridCell, Merge, Scalar } from "../../../src/engine/model";
import { dateToSerial, displayText, isoDateText } from "../../../src/xlsx/display-text";

/**
 * Reads an ExcelJS worksheet into the engine's Grid in one pass over the stored cells
 * (ExcelJS keeps rows sparse, so empty areas cost nothing).
 *
 * Dates become Excel serial numbers in `value` (what Excel stores and what Office.js returns),
 * with `text` rendered from the number format, or ISO `yyyy-mm-dd` when the format is not a date format.
 */
export function readGrid(ws: ExcelJS.Worksheet, date1904: boolean): Grid {
  const rows: Array<Array<GridCell | null>> = [];
  const hiddenRows: number[] = [];
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const r = rowNumber - 1;
    if (row.hidden) hiddenRows.push(r);
    let cells: Array<GridCell | null> | undefined;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const gridCell = readCell(cell, date1904);
      if (!gridCell) return;
      cells ??= [];
      while (cells.length < colNumber - 1) cells.push(null);
      cells[colNumber - 1] = gridCell;
    });
    if (cells) {
      while (rows.length < r) rows.push([]);
      rows[r] = cells;
    }
  });
  return { sheetName: ws.name, rows, merges: readMerges(ws), hiddenRows, hiddenCols: readHiddenCols(ws) };
}

function readHiddenCols(ws: ExcelJS.Worksheet): number[] {
  const hidden: number[] = [];
  (ws.columns ?? []).forEach((column, i) => {
    if (column?.hidden) hidden.push(i);
  });
  return hidden;
}

/** Merged ranges such as "B2:D3" → 0-based Merge. */
function readMerges(ws: ExcelJS.Worksheet): Merge[] {
  return mergeRanges(ws).map(parseRange);
}

/**
 * ExcelJS keeps merges in a private map keyed by the master cell; reading it avoids building
 * `ws.model`, which copies every cell of the sheet. Falls back to the public model.
 */
function mergeRanges(ws: ExcelJS.Worksheet): string[] {
  const internal = (ws as unknown as { _merges?: Record<string, { range?: string } | undefined> })._merges;
  if (internal && typeof internal === "object") {
    const ranges = Object.values(internal).map((m) => m?.range);
    if (ranges.every((r): r is string => typeof r === "string")) return ranges;
  }
  return ws.model.merges;
}

function parseRange(range: string): Merge {
  const [a, b = a] = range.replace(/\$/g, "").split(":");
  const start = parseAddress(a);
  const end = parseAddress(b);
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

function parseAddress(address: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/i.exec(address);
  if (!m) throw new Error(`Not a cell address in a merged range: ${address}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** One cell; null for an empty cell and for the hidden parts of a merged area (Excel stores nothing there). */
export function readCell(cell: ExcelJS.Cell, date1904: boolean): GridCell | null {
  if (cell.type === ExcelJS.ValueType.Merge) return null;
  const format = cell.numFmt || undefined;
  // `cell.value` drops a cached result of 0 or FALSE (ExcelJS copies only truthy fields);
  // `cell.result` keeps it.
  const cached = cell.type === ExcelJS.ValueType.Formula ? (cell.result as ExcelJS.CellValue) : undefined;
  const { value, formula, isDate } = readValue(cell.value, cell.formula, date1904, cached);
  if (value === null && formula === undefined) return null;
  const out: GridCell = { value };
  if (formula !== undefined) out.formula = formula;
  if (format && format !== "General") out.format = format;
  const text = textOf(value, format, isDate, date1904);
  if (text !== undefined) out.text = text;
  if (isBold(cell)) out.bold = true;
  const indent = cell.alignment?.indent;
  if (typeof indent === "number" && indent > 0) out.indent = indent;
  return out;
}

interface ReadValue {
  value: Scalar;
  formula?: string;
  isDate: boolean;
}

function readValue(raw: ExcelJS.CellValue, formulaText: string | undefined, date1904: boolean, cached?: ExcelJS.CellValue): ReadValue {
  if (raw === null || raw === undefined) return { value: null, isDate: false };
  if (raw instanceof Date) return { value: dateToSerial(raw, date1904), isDate: true };
  if (typeof raw !== "object") return { value: raw, isDate: false };
  if ("richText" in raw) return { value: raw.richText.map((run) => run.text).join(""), isDate: false };
  if ("hyperlink" in raw) return { value: hyperlinkText(raw), isDate: false };
  if ("error" in raw) return { value: raw.error, isDate: false };
  if ("formula" in raw || "sharedFormula" in raw) {
    // `cell.formula` translates a shared formula to this cell (B2's `A2*2`, not the master's `A1*2`).
    const formula = formulaText ?? ("formula" in raw ? raw.formula : undefined);
    const result = readValue((cached ?? raw.result ?? null) as ExcelJS.CellValue, undefined, date1904);
    return { value: result.value, formula: formula ? `=${formula.replace(/^=/, "")}` : undefined, isDate: result.isDate };
  }
  return { value: null, isDate: false };
}

/** A hyperlink's text may itself be rich text in files written by Excel. */
function hyperlinkText(raw: ExcelJS.CellHyperlinkValue): string {
  const text: unknown = raw.text;
  if (typeof text === "string") return text;
  if (text && typeof text === "object" && "richText" in text) {
    return (text as ExcelJS.CellRichTextValue).richText.map((run) => run.text).join("");
  }
  return raw.hyperlink;
}

function textOf(value: Scalar, format: string | undefined, isDate: boolean, date1904: boolean): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value !== "number") return undefined;
  if (isDate && (!format || /^general$/i.test(format))) return isoDateText(value, date1904);
  return displayText(value, format, date1904);
}

function isBold(cell: ExcelJS.Cell): boolean {
  if (cell.font?.bold) return true;
  const raw = cell.value;
  // A cell whose every visible run is bold reads as bold to a person, even without a cell font.
  if (raw && typeof raw === "object" && "richText" in raw) {
    const runs = raw.richText.filter((run) => run.text.trim() !== "");
    return runs.length > 0 && runs.every((run) => run.font?.bold === true);
  }
  return false;
}
