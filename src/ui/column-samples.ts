import type { SheetAnalysis } from "../engine/analyze";
import { cellAt, type Grid, type TableLayout } from "../engine/model";

/**
 * The tables whose columns the Kolom view lists: the recognised ones, or, on a sheet not
 * recognised for too few roles, the header that was read, so the person can complete it.
 */
export function columnTables(analysis: SheetAnalysis): TableLayout[] {
  if (analysis.recognized) return analysis.tables.map((t) => t.layout);
  return analysis.draft ? [analysis.draft] : [];
}

/** Per table (as in {@link columnTables}), per header column: the first few data cells as shown. */
export type ColumnSamples = ReadonlyArray<Readonly<Record<number, readonly string[]>>>;

/** How many data cells the Kolom view shows beside a column's role. */
export const SAMPLE_SIZE = 3;

/** A long indicator is cut, so three samples stay a line or two in a 320 px pane. */
const SAMPLE_CHARS = 40;

/**
 * The first filled data cells of every header column, as the person sees them, so a role can be
 * judged from what the column holds and not only from its header.
 */
export function columnSamples(grid: Grid, analysis: SheetAnalysis, size = SAMPLE_SIZE): ColumnSamples {
  return columnTables(analysis).map((layout) => {
    const skipped = new Set(layout.repeatedHeaderRows);
    const samples: Record<number, string[]> = {};
    for (const { col } of layout.headers) {
      const found: string[] = [];
      for (let row = layout.firstDataRow; row <= layout.lastDataRow && found.length < size; row++) {
        if (skipped.has(row)) continue;
        const cell = cellAt(grid, row, col);
        const text = (cell?.text ?? (cell?.value === null || cell?.value === undefined ? "" : String(cell.value))).replace(/\s+/g, " ").trim();
        if (text !== "") found.push(text.length > SAMPLE_CHARS ? `${text.slice(0, SAMPLE_CHARS - 1).trimEnd()}…` : text);
      }
      samples[col] = found;
    }
    return samples;
  });
}
