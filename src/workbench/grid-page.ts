import type { Grid, GridCell } from "../engine/model";
import { colCount } from "../engine/model";

/** Rows shown at once: enough to read a table, few enough that a 5,000-row sheet stays quick. */
export const PAGE_ROWS = 100;

/** Columns shown at most; sheets rarely use more, and a runaway used range must not freeze the page. */
export const MAX_COLS = 60;

export interface PageCell {
  row: number;
  col: number;
  text: string;
  rowSpan: number;
  colSpan: number;
  cell: GridCell | null;
}

export interface GridPage {
  index: number;
  count: number;
  firstRow: number;
  lastRow: number;
  cols: number;
  /**
   * One entry per row; cells covered by a merge are left out, as in an HTML table. `title` marks
   * a row whose only content is one text (a kop line, a section heading): it is drawn on one line.
   */
  rows: Array<{ row: number; hidden: boolean; title: boolean; cells: PageCell[] }>;
}

export function pageCount(grid: Grid): number {
  return Math.max(1, Math.ceil(grid.rows.length / PAGE_ROWS));
}

export function pageOfRow(row: number): number {
  return Math.floor(row / PAGE_ROWS);
}

/** The text a cell shows: Excel's display text when known, else its value. */
export function shownText(cell: GridCell | null | undefined): string {
  if (!cell) return "";
  if (cell.text !== undefined) return cell.text;
  return cell.value === null ? "" : String(cell.value);
}

/**
 * One page of the sheet as table rows, merges clipped to the page (a merge that starts above
 * the page starts again on its first row, so nothing is lost at a page break).
 */
export function gridPage(grid: Grid, index: number): GridPage {
  const count = pageCount(grid);
  const page = Math.min(Math.max(0, index), count - 1);
  const firstRow = page * PAGE_ROWS;
  const lastRow = Math.max(firstRow, Math.min(grid.rows.length, firstRow + PAGE_ROWS) - 1);
  const cols = Math.min(colCount(grid), MAX_COLS);

  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  const covered = new Set<string>();
  for (const m of grid.merges) {
    const top = Math.max(m.top, firstRow);
    const bottom = Math.min(m.bottom, lastRow);
    const right = Math.min(m.right, cols - 1);
    if (top > bottom || m.left > right) continue;
    spans.set(`${top}:${m.left}`, { rowSpan: bottom - top + 1, colSpan: right - m.left + 1 });
    for (let r = top; r <= bottom; r++) for (let c = m.left; c <= right; c++) if (r !== top || c !== m.left) covered.add(`${r}:${c}`);
  }

  const hiddenRows = new Set(grid.hiddenRows);
  const rows: GridPage["rows"] = [];
  for (let r = firstRow; r <= lastRow && r < grid.rows.length; r++) {
    const cells: PageCell[] = [];
    for (let c = 0; c < cols; c++) {
      if (covered.has(`${r}:${c}`)) continue;
      const cell = grid.rows[r]?.[c] ?? null;
      const span = spans.get(`${r}:${c}`) ?? { rowSpan: 1, colSpan: 1 };
      cells.push({ row: r, col: c, text: shownText(cell), cell, ...span });
    }
    const filled = cells.filter((c) => c.text.trim() !== "");
    const title = filled.length === 1 && typeof filled[0].cell?.value === "string";
    rows.push({ row: r, hidden: hiddenRows.has(r), title, cells });
  }
  return { index: page, count, firstRow, lastRow, cols, rows };
}
