import type { TableAnalysis } from "../analyze";
import { cellAt, isFilled, MONTHS, periodRole, QUARTERS, type CellRef, type Grid, type GridCell, type Item, type Period, type Role, type RoleMap } from "../model";

/** The column map of the item's group (side-by-side levels each have their own). */
export function columnsOf(table: TableAnalysis, item: Item): RoleMap {
  return table.layout.groups[item.group]?.columns ?? table.layout.columns;
}

/** Where the item's cell for a role sits, even when the item reader left an empty cell out. */
export function positionOf(table: TableAnalysis, item: Item, role: Role): { row: number; col: number } | undefined {
  const own = item.cells[role];
  if (own) return { row: own.row, col: own.col };
  const columns = columnsOf(table, item);
  const col = columns[role];
  if (col !== undefined) return { row: item.firstRow, col };
  return item.periodRows ? longPosition(item.periodRows, columns, role) : undefined;
}

/** Long layout: `capaian_tw2` sits on the block's TW 2 line, in the `capaian_periode` column. */
function longPosition(periodRows: NonNullable<Item["periodRows"]>, columns: RoleMap, role: Role): { row: number; col: number } | undefined {
  const m = /^(target|realisasi|capaian)(?:_(.+))?$/.exec(role);
  if (!m) return undefined;
  const row = periodRows[(m[2] ?? "annual") as keyof typeof periodRows];
  const col = columns[`${m[1]}_periode` as Role];
  return row === undefined || col === undefined ? undefined : { row, col };
}

export { isFilled };

/** The item's own cell, else the one it takes from above. */
export function ownOrInherited(item: Item, role: Role): CellRef | undefined {
  return isFilled(item.cells[role]) ? item.cells[role] : item.inherited[role];
}

/** A grid cell with nothing in it: no value, no formula (a format alone does not count). */
export function isEmptyCell(cell: GridCell | null): boolean {
  if (!cell) return true;
  if (cell.formula) return false;
  return cell.value === null || (typeof cell.value === "string" && cell.value.trim() === "");
}

/** What the person sees in a cell: its formula if it has one, else its display text or value. */
/** What a cell shows: its displayed text, else its value. */
export function shownValue(cell: GridCell | null): string {
  if (!cell) return "";
  if (cell.text !== undefined) return cell.text;
  return cell.value === null ? "" : String(cell.value);
}

export function gridCell(grid: Grid, at: { row: number; col: number }): GridCell | null {
  return cellAt(grid, at.row, at.col);
}

/** The periods a table splits a role family into: months, quarters, or none. */
export function periodsOf(table: TableAnalysis, prefix: "target" | "realisasi" | "capaian"): readonly Period[] {
  const has = (p: Period): boolean => {
    const role = periodRole(prefix, p);
    return (
      table.layout.columns[role] !== undefined ||
      table.layout.groups.some((g) => g.columns[role] !== undefined) ||
      table.items.some((i) => i.cells[role] !== undefined || (i.periodRows?.[p] !== undefined && columnsOf(table, i)[`${prefix}_periode`] !== undefined))
    );
  };
  if (MONTHS.some(has)) return MONTHS;
  if (QUARTERS.some(has)) return QUARTERS;
  return [];
}

/** Indicator text as settings key it: lower case, single-spaced. */
export function indicatorKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ").trim();
}
