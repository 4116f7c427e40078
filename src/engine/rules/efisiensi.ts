import type { CellRef, Finding, Item } from "../model";
import type { RuleContext } from "./context";
import type { Rule } from "./rule";
import { isFilled, labelOf, periodRole } from "./support/cells";
import { finding } from "./support/finding";
import { annualCapaian, rowPeriods } from "./support/row-capaian";

const round2 = (n: number): number => Math.round(n * 100) / 100;

function amount(cell: CellRef | undefined): number | undefined {
  return cell?.value.kind === "number" && !cell.value.percent ? cell.value.value : undefined;
}

/**
 * The year is over for this row: it has no period realisasi columns (an LKjIP table, a yearly
 * Pengukuran) or it reports the last period. A TW II report beside half a year's spending says
 * nothing about efficiency yet (a level indicator is already at 100% while the money is not spent).
 */
function yearReported(ctx: RuleContext, item: Item): boolean {
  const periods = rowPeriods(item);
  const columns = ctx.table.layout.groups[item.group]?.columns ?? ctx.table.layout.columns;
  const hasPeriodColumns = periods.some((p) => columns[periodRole("realisasi", p)] !== undefined || item.cells[periodRole("realisasi", p)] !== undefined);
  if (!hasPeriodColumns && columns.realisasi_periode === undefined) return true;
  return isFilled(item.cells[periodRole("realisasi", periods[periods.length - 1])]);
}

/**
 * EFISIENSI: a row whose capaian kinerja and serapan anggaran (realisasi anggaran ÷ anggaran) tell
 * different stories, as reviewers of an LKjIP read efficiency (capaian kinerja beside capaian
 * anggaran; reviewers' practice, no clause of PermenPAN-RB 53/2014 or 8/2021 gives a threshold):
 *
 * - serapan at least `settings.efisiensi.gap` points above capaian: the money went, the performance
 *   did not come;
 * - serapan below `settings.efisiensi.lowSerapan` with a capaian at least `gap` points above it: the
 *   spending is likely not recorded yet, or the target was set too low.
 *
 * Only where both are computable on the row itself: its own anggaran and realisasi anggaran, and
 * a capaian recomputed from its own target and realisasi (never a stated capaian that cannot be
 * recomputed, never a parent's mean), for every reading of it (Σ and last alike); and only when
 * the row reports the whole year. A qualitative target (met = 100) measures no degree and is left
 * out; a serapan above 100% is REALISASI_ANGGARAN_EXCEEDS' matter. A warning: it asks a question,
 * it does not prove a wrong number.
 */
export const efisiensi: Rule = {
  code: "EFISIENSI",
  run(ctx) {
    const { gap, lowSerapan } = ctx.settings.efisiensi;
    const out: Finding[] = [];
    for (const item of ctx.table.items) {
      if (item.kind !== "row") continue;
      const anggaran = amount(item.cells.anggaran);
      const realisasi = amount(item.cells.realisasi_anggaran);
      if (anggaran === undefined || realisasi === undefined || anggaran <= 0 || realisasi < 0 || realisasi > anggaran) continue;
      const candidates = annualCapaian(item, ctx.settings);
      if (candidates.length === 0 || candidates.some((c) => c.method === "grade") || !yearReported(ctx, item)) continue;
      const serapan = (realisasi / anggaran) * 100;
      const capaian = candidates.map((c) => c.value);
      let direction: "low-capaian" | "low-serapan" | undefined;
      let nearest: number;
      if (capaian.every((c) => serapan - c >= gap)) {
        direction = "low-capaian";
        nearest = Math.max(...capaian);
      } else if (serapan < lowSerapan && capaian.every((c) => c - serapan >= gap)) {
        direction = "low-serapan";
        nearest = Math.min(...capaian);
      } else continue;
      const at = isFilled(item.cells.serapan) ? item.cells.serapan : (item.cells.realisasi_anggaran as CellRef);
      out.push(
        finding({
          code: "EFISIENSI",
          severity: "warning",
          row: at.row,
          col: at.col,
          expected: round2(serapan),
          actual: round2(nearest),
          difference: round2(nearest - serapan),
          params: { label: labelOf(item), direction, capaian: round2(nearest), serapan: round2(serapan), gap, lowSerapan, anggaran, realisasiAnggaran: realisasi },
        }),
      );
    }
    return out;
  },
};
