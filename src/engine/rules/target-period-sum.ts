import type { Finding } from "../model";
import type { Rule } from "./rule";
import { labelOf } from "./support/cells";
import { finding } from "./support/finding";
import { seriesText, targetSeries } from "./support/target-verdicts";

/**
 * TARGET_PERIOD_SUM: period targets that are neither cumulative, nor a split of the annual target,
 * nor constant, nor shares of it in percent. Points at the annual target (which of the numbers is
 * wrong only the person knows) and says which reading came nearest: the last period or the sum,
 * against the annual target or against 100%.
 */
export const targetPeriodSum: Rule = {
  code: "TARGET_PERIOD_SUM",
  run(ctx) {
    const out: Finding[] = [];
    for (const s of targetSeries(ctx)) {
      if (s.verdict.kind !== "misfit" || !s.annual) continue;
      const { closest } = s.verdict;
      const numbers = closest.expected !== undefined && closest.actual !== undefined;
      // The last period holding a target (the one a cumulative reading compares), named in the message.
      const lastStated = s.periods.reduce((last, p, i) => (p && p.value.kind !== "empty" ? i : last), -1);
      out.push(
        finding({
          code: "TARGET_PERIOD_SUM",
          severity: "error",
          row: s.annual.row,
          col: s.annual.col,
          expected: closest.expected,
          actual: closest.actual,
          difference: numbers ? (closest.actual as number) - (closest.expected as number) : undefined,
          params: {
            label: labelOf(s.item),
            periods: s.periodKeys.length === 12 ? "monthly" : "quarterly",
            series: seriesText(s.periods),
            annual: s.annual.text.trim(),
            closest: closest.reading,
            measure: closest.measure,
            lastPeriod: lastStated >= 0 ? s.periodKeys[lastStated] : "",
            unit: closest.unit,
            ...(closest.expectedGrade !== undefined ? { expectedGrade: closest.expectedGrade, actualGrade: closest.actualGrade ?? "" } : {}),
          },
        }),
      );
    }
    return out;
  },
};
