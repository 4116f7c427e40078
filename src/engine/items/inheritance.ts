/** "Same as above": merged cells and blanks under a sasaran, program or penanggung jawab. */
import type { CellRef, Item, Level, Role, TableLayout } from "../model";
import type { SheetView } from "../layout/grid-reading";
import type { ParsedColumns } from "./read-cells";

/**
 * The cell of a role at a row: its own (parsed) cell, or the top of a vertical merge covering it
 * (then `own` is false: the value is the one written above). Horizontal merges (a label spread
 * across columns) belong to the column they start in.
 */
export function ownOrMerged(view: SheetView, parsed: ParsedColumns, row: number, col: number): { own: boolean; ref: CellRef } | undefined {
  const from = sourceRow(view, row, col);
  const ref = from === undefined ? undefined : parsed.get(col)?.get(from);
  return ref ? { own: from === row, ref } : undefined;
}

/**
 * The row whose cell a row reads in a column: its own, the top of a merge it sits under (the value
 * belongs to every row the merge covers), or none inside a merge that starts in a column to the left.
 * The allocation-free core of {@link ownOrMerged}, for the loop over every cell.
 */
export function sourceRow(view: SheetView, row: number, col: number): number | undefined {
  const merge = view.merges.at(row, col);
  if (merge && (merge.top !== row || merge.left !== col)) return merge.left === col ? merge.top : undefined;
  return row;
}

/** Written once per block and carried down over blanks. The penanggung jawab has its own, block-bounded pass. */
const WRITTEN_ONCE: readonly Role[] = ["sasaran", "program"];

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

/**
 * Depth of the levels that bound a penanggung jawab block: the budget hierarchy. Sasaran and
 * indikator rows bound none: staff sheets (Buleleng's RA Staff) name one person for several
 * sasaran rows, written once.
 */
const BLOCK_DEPTH: Partial<Record<Level, number>> = { urusan: 0, bidang: 1, program: 2, kegiatan: 3, subkegiatan: 4 };

/**
 * The penanggung jawab written once for a block: a merged area covers its rows (read as the merge),
 * and a blank below a value means that value only down to the next row of the same or a higher
 * level: a program left blank does not take the name written for the program above it. Runs after
 * the levels are read; rows without a budget level (sasaran and indikator lines, unmarked rows) take
 * the value above them, and such a row that wrote the value hands it on until any budget-level row.
 */
export function inheritPenanggungJawab(items: Item[], table: TableLayout): void {
  for (let g = 0; g < table.groups.length; g++) {
    if (table.groups[g].columns.penanggung_jawab === undefined) continue;
    let last: { ref: CellRef; depth: number } | undefined;
    for (const item of items) {
      if (item.group !== g) continue;
      if (item.kind === "total") {
        last = undefined;
        continue;
      }
      const depth = item.level ? BLOCK_DEPTH[item.level] : undefined;
      const own = item.cells.penanggung_jawab ?? item.inherited.penanggung_jawab;
      if (own) {
        // A merge keeps the depth of the row it was written on.
        if (!last || last.ref !== own) last = { ref: own, depth: depth ?? Number.POSITIVE_INFINITY };
        continue;
      }
      if (!last) continue;
      if (depth !== undefined && depth <= last.depth) {
        last = undefined;
        continue;
      }
      item.inherited.penanggung_jawab = last.ref;
    }
  }
}
