/**
 * Each role's column read and parsed as a whole (the number reader decides dot/comma per column),
 * then served cell by cell as CellRefs.
 */
import { isNumericRole, isUncalculated, type CellRef, type GridCell, type Role, type TableLayout } from "../model";
import { parseColumn } from "../numbers";
import { textOf, type SheetView } from "../layout/grid-reading";

export type ParsedColumns = Map<number, ColumnCells>;

/** One column's parsed cells, by row: an array indexed from the first of the rows read, not a Map per cell. */
export class ColumnCells {
  /** `refs[row - first]`; sized once for the rows read, so it never grows. */
  constructor(
    private readonly first: number,
    private readonly refs: ReadonlyArray<CellRef | undefined>,
  ) {}

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
 * Parses every mapped column over the given rows (top-left cells of merges included even
 * when they sit above: a merged value belongs to the rows it covers). The lists a column is read
 * into are sized once for all the rows: grown by push, they were copied over and over on big sheets.
 */
export function parseColumns(view: SheetView, table: TableLayout, rows: readonly number[], only?: (col: number, row: number) => boolean): ParsedColumns {
  const byCol = new Map<number, Role>();
  for (const g of table.groups) {
    for (const role in g.columns) {
      const col = g.columns[role as Role] as number;
      if (!byCol.has(col)) byCol.set(col, role as Role);
    }
  }
  const out: ParsedColumns = new Map();
  let first = Infinity;
  let last = -1;
  for (const r of rows) {
    if (r < first) first = r;
    if (r > last) last = r;
  }
  const positions = new Int32Array(rows.length);
  const texts = new Array<string>(rows.length);
  for (const [col, role] of byCol) {
    const numeric = isNumericRole(role);
    const cells = new Array<GridCell>(rows.length);
    let count = 0;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      if (only && !only(col, r)) continue;
      const cell = view.grid.rows[r]?.[col];
      if (!cell) continue;
      const text = textOf(cell);
      // A formula saved without its result is unknown, not empty, where a number is read.
      if (text === "" && !(numeric && isUncalculated(cell))) continue;
      positions[count] = r;
      cells[count] = cell;
      texts[count] = text;
      count++;
    }
    cells.length = count;
    const values = count > 0 ? parseColumn(cells, { role, scale: table.scale?.[col] }) : [];
    const refs = new Array<CellRef | undefined>(count > 0 ? last - first + 1 : 0);
    for (let i = 0; i < count; i++) refs[positions[i] - first] = refOf(cells[i], positions[i], col, values[i], texts[i]);
    out.set(col, new ColumnCells(first, refs));
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
