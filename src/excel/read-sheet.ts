import type { Grid, GridCell, Merge, Scalar } from "../engine/model";
import { blockAddress, parseAreas } from "./addresses";
import { planChunks, type RowChunk } from "./chunks";
import { isPayloadTooLarge } from "./errors";
import type { CellPropertiesLike, ContextLike, RangeAreasLike, RangeLike, WorksheetLike } from "./office-shapes";
import type { Capabilities } from "./requirements";

/** The used range as loaded in the first sync. */
interface UsedRange {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  /** true: all hidden, false: none, null: some (Office.js reports a mixed range as null). */
  rowHidden: boolean | null;
  columnHidden: boolean | null;
}

interface ChunkRead {
  chunk: RowChunk;
  range: RangeLike;
  props?: { readonly value: CellPropertiesLike[][] };
}

/** Everything besides the cells: merges and hidden rows/columns, queued with the first chunk. */
interface ExtrasRead {
  merged?: RangeAreasLike;
  visible?: RangeAreasLike;
  rowProbes?: Array<{ row: number; range: RangeLike }>;
  colProbes?: Array<{ col: number; range: RangeLike }>;
}

function queueChunk(sheet: WorksheetLike, used: UsedRange, chunk: RowChunk, caps: Capabilities): ChunkRead {
  const range = sheet.getRange(blockAddress(chunk.top, used.columnIndex, chunk.rowCount, used.columnCount));
  range.load("values,text,numberFormat,formulas");
  const props = caps.cellProperties
    ? range.getCellProperties({ format: { font: { bold: true }, indentLevel: true } })
    : undefined;
  return { chunk, range, props };
}

function colName(col: number): string {
  return blockAddress(0, col, 1, 1).replace(/\d+$/, "");
}

function queueExtras(sheet: WorksheetLike, usedRange: RangeLike, used: UsedRange, caps: Capabilities): ExtrasRead {
  const extras: ExtrasRead = {};
  if (caps.mergedAreas) {
    extras.merged = usedRange.getMergedAreasOrNullObject();
    extras.merged.load("address");
  }
  const someHidden = used.rowHidden !== false || used.columnHidden !== false;
  if (!someHidden) return extras;
  if (caps.specialCells) {
    // One compact answer (the visible areas) instead of a probe per row.
    extras.visible = usedRange.getSpecialCellsOrNullObject("Visible");
    extras.visible.load("address");
    return extras;
  }
  if (used.rowHidden === null) {
    extras.rowProbes = Array.from({ length: used.rowCount }, (_, i) => {
      const row = used.rowIndex + i;
      const range = sheet.getRange(`${row + 1}:${row + 1}`);
      range.load("rowHidden");
      return { row, range };
    });
  }
  if (used.columnHidden === null) {
    extras.colProbes = Array.from({ length: used.columnCount }, (_, i) => {
      const col = used.columnIndex + i;
      const range = sheet.getRange(`${colName(col)}:${colName(col)}`);
      range.load("columnHidden");
      return { col, range };
    });
  }
  return extras;
}

function span(from: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => from + i);
}

function hiddenFrom(extras: ExtrasRead, used: UsedRange): { hiddenRows: number[]; hiddenCols: number[] } {
  const allRows = span(used.rowIndex, used.rowCount);
  const allCols = span(used.columnIndex, used.columnCount);
  if (extras.visible) {
    if (extras.visible.isNullObject) {
      return { hiddenRows: used.rowHidden ? allRows : [], hiddenCols: used.columnHidden ? allCols : [] };
    }
    const areas = parseAreas(extras.visible.address);
    const visibleRows = new Set<number>();
    const visibleCols = new Set<number>();
    for (const a of areas) {
      for (let r = a.top; r <= a.bottom; r++) visibleRows.add(r);
      for (let c = a.left; c <= a.right; c++) visibleCols.add(c);
    }
    return {
      hiddenRows: allRows.filter((r) => !visibleRows.has(r)),
      hiddenCols: allCols.filter((c) => !visibleCols.has(c)),
    };
  }
  const hiddenRows = extras.rowProbes
    ? extras.rowProbes.filter((p) => p.range.rowHidden).map((p) => p.row)
    : used.rowHidden
      ? allRows
      : [];
  const hiddenCols = extras.colProbes
    ? extras.colProbes.filter((p) => p.range.columnHidden).map((p) => p.col)
    : used.columnHidden
      ? allCols
      : [];
  return { hiddenRows, hiddenCols };
}

function toScalar(value: unknown): Scalar {
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return null;
}

function cellFrom(read: ChunkRead, r: number, c: number): GridCell | null {
  const { range, props } = read;
  const value = toScalar(range.values[r][c]);
  const rawFormula = range.formulas[r][c];
  const formula = typeof rawFormula === "string" && rawFormula.startsWith("=") ? rawFormula : undefined;
  const format = String(range.numberFormat[r][c] ?? "");
  const p = props?.value[r]?.[c]?.format;
  const bold = p?.font?.bold === true;
  const indent = p?.indentLevel ?? 0;
  if ((value === "" || value === null) && !formula && !bold && indent === 0) return null;
  const cell: GridCell = { value: value === "" ? null : value, text: range.text[r][c] };
  if (format && format !== "General") cell.format = format;
  if (formula) cell.formula = formula;
  if (bold) cell.bold = true;
  if (indent > 0) cell.indent = indent;
  return cell;
}

function rowsFrom(reads: ChunkRead[], used: UsedRange): Array<Array<GridCell | null>> {
  const rows: Array<Array<GridCell | null>> = Array.from({ length: used.rowIndex }, () => []);
  for (const read of reads) {
    for (let r = 0; r < read.chunk.rowCount; r++) {
      const row: Array<GridCell | null> = new Array(used.columnIndex).fill(null);
      for (let c = 0; c < used.columnCount; c++) row.push(cellFrom(read, r, c));
      rows.push(row);
    }
  }
  return rows;
}

function mergesFrom(extras: ExtrasRead): Merge[] {
  if (!extras.merged || extras.merged.isNullObject) return [];
  return parseAreas(extras.merged.address).filter((a) => a.bottom > a.top || a.right > a.left);
}

/**
 * Reads a whole sheet in a constant number of syncs: one for the used range's size, one for
 * every chunk plus merges and hidden rows. Only if Excel on the web refuses that batch as too
 * large does it fall back to one sync per chunk (each chunk is sized to fit on its own).
 */
export async function readSheet(context: ContextLike, name: string, caps: Capabilities): Promise<Grid> {
  const sheet = context.workbook.worksheets.getItem(name);
  const usedRange = sheet.getUsedRange(true);
  usedRange.load("rowIndex,columnIndex,rowCount,columnCount,rowHidden,columnHidden");
  await context.sync();
  const used: UsedRange = {
    rowIndex: usedRange.rowIndex,
    columnIndex: usedRange.columnIndex,
    rowCount: usedRange.rowCount,
    columnCount: usedRange.columnCount,
    rowHidden: usedRange.rowHidden,
    columnHidden: usedRange.columnHidden,
  };
  const chunks = planChunks(used.rowIndex, used.rowCount, used.columnCount);

  let reads = chunks.map((chunk) => queueChunk(sheet, used, chunk, caps));
  let extras = queueExtras(sheet, usedRange, used, caps);
  try {
    await context.sync();
  } catch (error) {
    if (!isPayloadTooLarge(error)) throw error;
    ({ reads, extras } = await readChunkByChunk(context, name, used, chunks, caps));
  }

  const grid: Grid = {
    sheetName: name,
    rows: rowsFrom(reads, used),
    merges: mergesFrom(extras),
    ...hiddenFrom(extras, used),
  };
  return caps.mergedAreas ? grid : { ...grid, mergesUnknown: true };
}

/** The web's 5 MB limit hit: each chunk in its own batch, so each stays under the limit. */
async function readChunkByChunk(
  context: ContextLike,
  name: string,
  used: UsedRange,
  chunks: RowChunk[],
  caps: Capabilities,
): Promise<{ reads: ChunkRead[]; extras: ExtrasRead }> {
  const sheet = context.workbook.worksheets.getItem(name);
  const usedRange = sheet.getUsedRange(true);
  const extras = queueExtras(sheet, usedRange, used, caps);
  const reads: ChunkRead[] = [];
  for (const chunk of chunks) {
    reads.push(queueChunk(sheet, used, chunk, caps));
    // Deliberately one sync per chunk: batching them together is what the web just refused.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
  return { reads, extras };
}
