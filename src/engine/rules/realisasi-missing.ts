import { CellSet, type CellRef, type Finding, type Item, type Period } from "../model";
import type { RuleContext } from "./context";
import type { Rule } from "./rule";
import { columnsOf, isFilled, labelOf, ownOrInherited, periodRole, periodsFor } from "./support/cells";
import { finding } from "./support/finding";

/**
 * Where the row's realisasi for a period is, or would be: its own cell, else the period's column on
 * the row (the wide layouts), else the period's line of the block under Realisasi (the long layout).
 */
function realisasiAt(ctx: RuleContext, item: Item, period: Period): { row: number; col: number } | undefined {
  const role = periodRole("realisasi", period);
  const own = item.cells[role];
  if (own) return { row: own.row, col: own.col };
  const columns = columnsOf(ctx, item);
  const col = columns[role];
  if (col !== undefined) return { row: item.firstRow, col };
  const line = item.periodRows?.[period];
  return columns.realisasi_periode !== undefined && line !== undefined ? { row: line, col: columns.realisasi_periode } : undefined;
}

/** Something typed in the cell, a dash included: "nothing to report" said on purpose is an answer. */
function written(cell: CellRef | undefined): boolean {
  return !!cell?.text.trim();
}

/** A realisasi reported: a number, a range or a grade; words ("belum ada data") report nothing. */
function isValue(cell: CellRef | undefined): boolean {
  const kind = cell?.value.kind;
  return kind === "number" || kind === "range" || kind === "grade";
}

/**
 * REALISASI_MISSING: a row with a target for a period that the sheet already reports (other rows of
 * the same column group hold a realisasi value for that period) and no realisasi of its own there. A
 * Pengukuran Kinerja reports every indikator it planned for the period (PermenPAN-RB 53/2014 asks the
 * PK's indicators to be measured and reported; reviewers' practice reads a gap as a result not
 * reported). A warning: the result may still be coming in. A dash for the target is "no target"
 * and asks nothing; a dash typed for the realisasi is an answer ("nothing to report"), as are words;
 * a Rencana Aksi without any realisasi is not a report, so nothing is asked of it.
 */
export const realisasiMissing: Rule = {
  code: "REALISASI_MISSING",
  run(ctx) {
    const periods = periodsFor(ctx, "target");
    // Each period's roles named once, not per item.
    const targetRoles = periods.map((p) => periodRole("target", p));
    const realisasiRoles = periods.map((p) => periodRole("realisasi", p));
    // Numbers as keys, not a string per item and period: rows reporting, per group and period
    // (at group × periods + the period's place), and target cells by position.
    const reported = new Map<number, number>();
    const at = (item: Item, i: number): number => item.group * periods.length + i;
    // A target merged over several rows is one target: answered by a realisasi on any of them.
    const answered = new CellSet();
    for (const item of ctx.table.items) {
      if (item.kind !== "row") continue;
      for (let i = 0; i < periods.length; i++) {
        if (!isValue(item.cells[realisasiRoles[i]]) && !isValue(item.inherited[realisasiRoles[i]])) continue;
        reported.set(at(item, i), (reported.get(at(item, i)) ?? 0) + 1);
        const target = ownOrInherited(item, targetRoles[i]);
        if (target) answered.add(target.row, target.col);
      }
    }
    if (reported.size === 0) return [];
    const out: Finding[] = [];
    for (const item of ctx.table.items) {
      if (item.kind !== "row") continue;
      for (let i = 0; i < periods.length; i++) {
        const p = periods[i];
        const count = reported.get(at(item, i));
        if (!count) continue;
        const target = ownOrInherited(item, targetRoles[i]);
        if (!isFilled(target)) continue;
        // Most targets are answered: where the realisasi would go is asked only of the rest.
        if (answered.has(target.row, target.col) || written(item.cells[realisasiRoles[i]])) continue;
        const where = realisasiAt(ctx, item, p);
        if (!where) continue;
        answered.add(target.row, target.col);
        out.push(
          finding({
            code: "REALISASI_MISSING",
            severity: "warning",
            ...where,
            params: { label: labelOf(item), indikator: ownOrInherited(item, "indikator")?.text.trim() ?? "", period: p, target: target.text.trim(), reported: count },
          }),
        );
      }
    }
    return out;
  },
};
