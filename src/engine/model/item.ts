import type { Level } from "./layout";
import type { Period, Role } from "./roles";
import type { ParsedValue } from "./value";

/** One cell of an item, read and parsed. */
export interface CellRef {
  row: number;
  col: number;
  /** The text as the person sees it (display text, or the value as typed). */
  text: string;
  value: ParsedValue;
  formula?: string;
}

/** A cell that holds something the person typed (not empty, not a dash). */
export function isFilled(cell: CellRef | undefined): cell is CellRef {
  return cell !== undefined && cell.value.kind !== "empty";
}

/**
 * One logical line of the table: a row in the wide layouts, the block of TW rows in the long
 * layout (period cells mapped to `target_tw1`…, `realisasi_tw1`…, `capaian_tw1`…).
 * In a sheet with levels side by side (ColumnGroup), each group of a row is its own item.
 */
export interface Item {
  /** Position in the table's item list. */
  index: number;
  kind: "row" | "total";
  firstRow: number;
  lastRow: number;
  /** Index into TableLayout.groups. */
  group: number;
  level?: Level;
  /** What told us the level. */
  levelSource?: "kode" | "uppercase" | "words" | "numbering" | "indent" | "bold" | "sums" | "group" | "column";
  /** Cells this item holds itself. */
  cells: Partial<Record<Role, CellRef>>;
  /** Values it takes from above: a merged cell or a blank meaning "same as above" (sasaran, program, PJ). */
  inherited: Partial<Record<Role, CellRef>>;
  /** Budget tree (items with an anggaran): parent's index and children's indexes. */
  budgetParent?: number;
  budgetChildren: number[];
  /** The item's row (or one of its rows) is hidden in the sheet: kept and checked, but worth saying. */
  hidden?: boolean;
  /**
   * Long layout only: the row of each period line of the block (and of the `Target Tahunan`
   * line), so a cell left empty there (a capaian to fill) still has an address.
   */
  periodRows?: Partial<Record<Period | "annual", number>>;
}
