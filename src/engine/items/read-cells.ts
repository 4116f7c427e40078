/**
 * Each role's column read and parsed as a whole (the number reader decides dot/comma per column),
 * then served cell by cell as CellRefs.
 */
import { isNumericRole, isUncalculated, type CellRef, type GridCell, type Role, type TableLayout } from "../model";
import { parseColumn } from "../numbers";
import { textOf, type SheetView } from "../layout/grid-reading";

export type ParsedColumns = Map<number, ColumnCells>;

/** One column's parsed cells, by row: an array indexed from the first row read, not a Map per cell. */
export class ColumnCells {
  private readonly refs: Array<CellRef | undefined> = [];
  private first = 0;

  /** Rows must be added in ascending order. */
  add(ref: CellRef): void {
    if (this.refs.length === 0) this.first = ref.row;
    this.refs[ref.row - this.first] = ref;
  }

  get(row: number): CellRef | undefined {
    return row >= this.first ? this.refs[row - this.first] : undefined;
  }
}

function refOf(cell: GridCell, row: number, col: number, value: CellRef["value"], text = textOf(cell)): CellRef {
  const ref: CellRef = { row, col, text, value };
  if (cell.formula) ref.formula = cell.formula;
  return ref;
}

/**
 * Parses every mapped column over the given rows (top-left cells of merges included even when
 * they sit above: a merged value belongs to the rows it covers).
 */
export function parseColumns(view: SheetView, table: TableLayout, rows: readonly number[], only?: (col: number, row: number) => boolean): ParsedColumns {
  const byCol = new Map<number, Role>();
  for (const g of table.groups) for (const [role, col] of Object.entries(g.columns) as Array<[Role, number]>) if (!byCol.has(col)) byCol.set(col, role);
  const out: ParsedColumns = new Map();
  for (const [col, role] of byCol) {
    const positions: number[] = [];
    const cells: GridCell[] = [];
    const texts: string[] = [];
    const numeric = isNumericRole(role);
    for (const r of rows) {
      if (only && !only(col, r)) continue;
      const cell = view.grid.rows[r]?.[col];
      if (!cell) continue;
      const text = textOf(cell);
      // A formula saved without its result is unknown, not empty, where a number is read.
      if (text === "" && !(numeric && isUncalculated(cell))) continue;
      positions.push(r);
      cells.push(cell);
      texts.push(text);
    }
    const values = cells.length > 0 ? parseColumn(cells, { role, scale: table.scale?.[col] }) : [];
    const refs = new ColumnCells();
    for (let i = 0; i < positions.length; i++) refs.add(refOf(cells[i], positions[i], col, values[i], texts[i]));
    out.set(col, refs);
  }
  return out;
}

/** Parses a set of cells of one column as the given role (the budget written in a name column). */
export function parseCells(view: SheetView, table: TableLayout, col: number, rows: readonly number[], role: Role): Map<number, CellRef> {
  const cells = rows.map((r) => view.grid.rows[r]?.[col] ?? null).filter((c): c is GridCell => c !== null);
  const values = parseColumn(cells, { role, scale: table.scale?.[col] });
  const out = new Map<number, CellRef>();
  rows.forEach((r, i) => out.set(r, refOf(cells[i], r, col, values[i])));
  return out;
}
