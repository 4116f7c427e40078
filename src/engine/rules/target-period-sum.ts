import type { Finding } from "../model";
import type { Rule } from "./rule";
import { labelOf } from "./support/cells";
import { finding } from "./support/finding";
import { seriesText, targetSeries } from "./support/target-verdicts";

/**
 * TARGET_PERIOD_SUM: period targets that are neither cumulative, nor a split of the annual target,
 * nor constant, nor shares of it in percent. Points at the annual target cell (or the last period
 * when there is none); which of the numbers is wrong only the person knows.
 */
export const targetPeriodSum: Rule = {
  code: "TARGET_PERIOD_SUM",
  run(ctx) {
    const out: Finding[] = [];
    for (const s of targetSeries(ctx)) {
      if (s.verdict.kind !== "misfit") continue;
      const lastPeriod = [...s.periods].reverse().find((p) => p && p.value.kind !== "empty");
      const at = s.annual ?? lastPeriod;
      if (!at) continue;
      const annual = s.annual?.value.kind === "number" ? s.annual.value.value : undefined;
      out.push(
        finding({
          code: "TARGET_PERIOD_SUM",
          severity: s.verdict.unclear ? "warning" : "error",
          row: at.row,
          col: at.col,
          expected: annual ?? 100,
          actual: s.verdict.closest,
          params: {
            label: labelOf(s.item),
            periods: s.periodKeys.length === 12 ? "monthly" : "quarterly",
            series: seriesText(s.periods),
            annual: s.annual?.text.trim() ?? "",
            closest: s.verdict.reading,
          },
        }),
      );
    }
    return out;
  },
};
