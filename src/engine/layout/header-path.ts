import type { Grid, TableLayout } from "../model";
import { columnPath } from "./header-block";
import { viewOf } from "./grid-reading";

/** The header texts over a column of a recognised table, top to bottom (for readers of rows). */
export function headerPathOf(grid: Grid, table: TableLayout, col: number): string[] {
  const view = viewOf(grid);
  const block = { top: table.headerTop, bottom: table.headerBottom, left: 0, right: view.colCount - 1 };
  return columnPath(view, block, col).map((e) => e.text);
}
