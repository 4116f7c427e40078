import type { Finding } from "../model";
import type { Rule } from "./rule";
import { labelOf } from "./support/cells";
import { finding } from "./support/finding";
import { targetSeries } from "./support/target-verdicts";

/**
 * TARGET_CUMULATIVE_DECREASE: a series that is cumulative (it ends at the annual target, or at 100%
 * of it, or climbs plainly when no annual is written) but goes down on the way. Points at the
 * period cell that drops.
 */
export const targetCumulativeDecrease: Rule = {
  code: "TARGET_CUMULATIVE_DECREASE",
  run(ctx) {
    const out: Finding[] = [];
    for (const s of targetSeries(ctx)) {
      if (s.verdict.kind !== "decrease") continue;
      const { at, previous, value, previousValue } = s.verdict;
      const cell = s.periods[at];
      const before = s.periods[previous];
      if (!cell || !before) continue;
      out.push(
        finding({
          code: "TARGET_CUMULATIVE_DECREASE",
          severity: "error",
          row: cell.row,
          col: cell.col,
          expected: previousValue,
          actual: value,
          difference: value - previousValue,
          params: {
            label: labelOf(s.item),
            period: s.periodKeys[at],
            value: cell.text.trim(),
            previousPeriod: s.periodKeys[previous],
            previousValue: before.text.trim(),
            annual: s.annual?.text.trim() ?? "",
          },
        }),
      );
    }
    return out;
  },
};
