import type { Rule } from "./rule";
import { labelOf } from "./support/cells";
import { finding } from "./support/finding";
import { hasAnyTarget } from "./support/targets";

/**
 * BUDGET_ZERO_WITH_TARGET: a program, kegiatan or sub kegiatan budgeted at `Rp. 0,-` that still
 * promises targets. Often legitimate (funded elsewhere, or cut in the APBD-P), so a warning. A dash
 * means "no amount here" and is not reported.
 */
export const budgetZeroWithTarget: Rule = {
  code: "BUDGET_ZERO_WITH_TARGET",
  run: (ctx) =>
    ctx.table.items.flatMap((item) => {
      const cell = item.cells.anggaran;
      // An indikator line's 0 (a formula over blank years) is no budget of its own.
      if (item.kind !== "row" || item.level === "indikator" || !cell || cell.value.kind !== "number" || cell.value.value !== 0) return [];
      if (!hasAnyTarget(ctx, item)) return [];
      return [
        finding({
          code: "BUDGET_ZERO_WITH_TARGET",
          severity: "warning",
          row: cell.row,
          col: cell.col,
          actual: 0,
          params: { label: labelOf(item), level: item.level ?? "" },
        }),
      ];
    }),
};
