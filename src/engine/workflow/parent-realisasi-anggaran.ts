import type { TableAnalysis } from "../analyze";
import { toA1, type CellWrite, type Grid, type Item } from "../model";
import { sumFormula } from "../templates/formulas";
import { gridCell, isEmptyCell, isFilled, positionOf } from "./table-cells";

/**
 * A parent's realisasi anggaran, when empty and every child's is filled (or about to be):
 * =SUM of the children, so later corrections flow up. Children before parents, bottom up.
 */
export function planParentRealisasiAnggaran(grid: Grid, table: TableAnalysis, writes: CellWrite[]): void {
  const filled = new Set<number>();
  // Amounts known so far (typed, or summed below), for the sums' cached results.
  const amounts = new Map<number, number>();
  for (const item of table.items) {
    const cell = item.cells.realisasi_anggaran;
    if (!isFilled(cell)) continue;
    filled.add(item.index);
    if (cell.value.kind === "number") amounts.set(item.index, cell.value.value);
  }
  const parents = table.items.filter((i) => i.budgetChildren.length > 0).sort((a, b) => depth(table, b) - depth(table, a));
  for (const parent of parents) {
    const at = positionOf(table, parent, "realisasi_anggaran");
    if (!at || filled.has(parent.index) || !isEmptyCell(gridCell(grid, at))) continue;
    const children = parent.budgetChildren.map((i) => table.items[i]);
    if (!children.every((c) => filled.has(c.index))) continue;
    const cells = children.map((c) => positionOf(table, c, "realisasi_anggaran")).filter((p): p is { row: number; col: number } => p !== undefined);
    if (cells.length !== children.length) continue;
    const sameColumn = cells.every((c) => c.col === at.col);
    const formula = sameColumn
      ? sumFormula(
          at.col,
          cells.map((c) => c.row),
        )
      : `=SUM(${cells.map((c) => toA1(c.row, c.col)).join(",")})`;
    const known = children.map((c) => amounts.get(c.index));
    const write: CellWrite = { row: at.row, col: at.col, formula };
    if (known.every((a): a is number => a !== undefined)) {
      write.result = known.reduce((sum, a) => sum + a, 0);
      amounts.set(parent.index, write.result);
    }
    writes.push(write);
    filled.add(parent.index);
  }
}

function depth(table: TableAnalysis, item: Item): number {
  let d = 0;
  let current: Item | undefined = item;
  while (current?.budgetParent !== undefined && d < 50) {
    current = table.items[current.budgetParent];
    d++;
  }
  return d;
}
