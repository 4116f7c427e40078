/**
 * How a sheet is cut into row chunks for reading.
 *
 * Excel on the web rejects a request or response larger than 5 MB. A chunk loads five arrays
 * per cell (values, text, numberFormat, formulas, cell properties); at a generous 200 bytes per
 * cell for all five, 20,000 cells stay at 4 MB, under the limit even for long indicator texts.
 * Excel desktop has no such limit, so all chunks normally go in ONE sync; the per-chunk
 * fallback only runs when the web refuses the combined batch.
 */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
export const WORST_CASE_BYTES_PER_CELL = 200;
export const CHUNK_CELL_BUDGET = 20_000;

export interface RowChunk {
  /** Absolute 0-based first row. */
  top: number;
  rowCount: number;
}

/** Rows per chunk for a width: as many as fit the cell budget, at least one. */
export function rowsPerChunk(colCount: number): number {
  return Math.max(1, Math.floor(CHUNK_CELL_BUDGET / Math.max(1, colCount)));
}

/** Cuts rows [top, top + rowCount) into chunks that each stay under the payload budget. */
export function planChunks(top: number, rowCount: number, colCount: number): RowChunk[] {
  const step = rowsPerChunk(colCount);
  const chunks: RowChunk[] = [];
  for (let start = 0; start < rowCount; start += step) {
    chunks.push({ top: top + start, rowCount: Math.min(step, rowCount - start) });
  }
  return chunks;
}
