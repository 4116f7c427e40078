/** "Same as above": merged cells and blanks under a sasaran, program or penanggung jawab. */
import type { CellRef, Item, Role, TableLayout } from "../model";
import type { SheetView } from "../layout/grid-reading";
import type { ParsedColumns } from "./read-cells";

/**
 * The cell of a role at a row: its own (parsed) cell, or the top of a vertical merge covering it
 * (then `own` is false: the value is the one written above). Horizontal merges (a label spread
 * across columns) belong to the column they start in.
 */
export function ownOrMerged(view: SheetView, parsed: ParsedColumns, row: number, col: number): { own: boolean; ref: CellRef } | undefined {
  const merge = view.merges.at(row, col);
  if (merge && (merge.top !== row || merge.left !== col)) {
    if (merge.left !== col) return undefined;
    const ref = parsed.get(col)?.get(merge.top);
    return ref ? { own: false, ref } : undefined;
  }
  const ref = parsed.get(col)?.get(row);
  return ref ? { own: true, ref } : undefined;
}

const WRITTEN_ONCE: readonly Role[] = ["sasaran", "program", "penanggung_jawab"];

/**
 * Blanks under a value mean the value above, within a group and until a total row. A program name
 * is not carried onto a row that starts a new sasaran or states its own budget: that row is not
 * part of the program above.
 */
export function inheritBlanks(items: Item[], table: TableLayout): void {
  for (let g = 0; g < table.groups.length; g++) {
    const last = new Map<Role, CellRef>();
    for (const item of items) {
      if (item.group !== g) continue;
      if (item.kind === "total") {
        last.clear();
        continue;
      }
      for (const role of WRITTEN_ONCE) {
        if (table.groups[g].columns[role] === undefined) continue;
        const own = item.cells[role] ?? item.inherited[role];
        if (own) {
          last.set(role, own);
          continue;
        }
        const above = last.get(role);
        if (!above) continue;
        if (role === "program" && (item.cells.sasaran || item.cells.anggaran)) continue;
        item.inherited[role] = above;
      }
    }
  }
}
