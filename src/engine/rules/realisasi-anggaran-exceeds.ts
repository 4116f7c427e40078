import type { CellRef, Finding } from "../model";
import type { Rule } from "./rule";
import { labelOf, periodRole, periodsFor, someItemHolds } from "./support/cells";
import { RUPIAH_TOLERANCE, sameAmount } from "./support/budget-ledger";
import { finding } from "./support/finding";
import { shownUnit } from "./support/precision";
import type { RuleContext } from "./context";

/** Half a unit of the coarser of two amounts as shown: a `(Rp. Juta)` column rounds to what it shows. */
function toleranceOf(ctx: RuleContext, cells: CellRef[]): number {
  let unit = 0;
  for (const cell of cells) {
    const scale = ctx.table.layout.scale?.[cell.col] ?? 1;
    if (scale > 1 && cell.value.kind === "number") unit = Math.max(unit, shownUnit(ctx.grid, cell.row, cell.col, cell.value, scale));
  }
  return Math.max(RUPIAH_TOLERANCE, unit / 2);
}

function amount(cell: CellRef | undefined): number | undefined {
  return cell?.value.kind === "number" && !cell.value.percent ? cell.value.value : undefined;
}

/**
 * REALISASI_ANGGARAN_EXCEEDS: spending more than the anggaran. Checked against the annual anggaran
 * for the annual realisasi and for every period's realisasi (whether the periods are cumulative or
 * not, none may exceed the year's budget); a period spending more than that period's plan is
 * normal (money moves between quarters) and is not reported.
 */
export const realisasiAnggaranExceeds: Rule = {
  code: "REALISASI_ANGGARAN_EXCEEDS",
  run: (ctx) => {
    // Only a realisasi anggaran can exceed the anggaran: a plan without one (a Rencana Aksi) has none.
    if (!someItemHolds(ctx, "realisasi_anggaran")) return [];
    const periods = periodsFor(ctx, "realisasi_anggaran");
    return ctx.table.items.flatMap((item): Finding[] => {
      const anggaran = amount(item.cells.anggaran);
      if (anggaran === undefined) return [];
      const cells: Array<[string, CellRef | undefined]> = [
        ["annual", item.cells.realisasi_anggaran],
        ...periods.map((p): [string, CellRef | undefined] => [p, item.cells[periodRole("realisasi_anggaran", p)]]),
      ];
      return cells.flatMap(([period, cell]) => {
        const realisasi = amount(cell);
        if (!cell || realisasi === undefined || realisasi <= anggaran) return [];
        if (sameAmount(realisasi, anggaran, toleranceOf(ctx, [cell, item.cells.anggaran as CellRef]))) return [];
        return [
          finding({
            code: "REALISASI_ANGGARAN_EXCEEDS",
            severity: "error",
            row: cell.row,
            col: cell.col,
            expected: anggaran,
            actual: realisasi,
            difference: realisasi - anggaran,
            params: { label: labelOf(item), level: item.level ?? "", period },
          }),
        ];
      });
    });
  },
};
