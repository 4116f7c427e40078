import type { Finding } from "../model";
import type { Rule } from "./rule";
import { labelOf } from "./support/cells";
import { finding } from "./support/finding";
import { targetSeries } from "./support/target-verdicts";

/** TARGET_CUMULATIVE_DECREASE: a series that ends at the annual target (cumulative) but goes down on the way. */
export const targetCumulativeDecrease: Rule = {
  code: "TARGET_CUMULATIVE_DECREASE",
  run(ctx) {
    const out: Finding[] = [];
    for (const s of targetSeries(ctx)) {
      if (s.verdict.kind !== "decrease") continue;
      const { at, previous } = s.verdict;
      const cell = s.periods[at.index];
      const before = s.periods[previous.index];
      if (!cell || !before) continue;
      out.push(
        finding({
          code: "TARGET_CUMULATIVE_DECREASE",
          severity: "error",
          row: cell.row,
          col: cell.col,
          expected: previous.value,
          actual: at.value,
          params: {
            label: labelOf(s.item),
            period: s.periodKeys[at.index],
            value: cell.text.trim(),
            previousPeriod: s.periodKeys[previous.index],
            previousValue: before.text.trim(),
          },
        }),
      );
    }
    return out;
  },
};
