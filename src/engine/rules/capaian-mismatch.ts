import { agreesAtPrecision, capaianChecks, shownDecimals, statedPoints } from "../capaian";
import type { Finding } from "../model";
import type { Rule } from "./rule";
import { finding } from "./support/finding";

/** Less than a point apart is likely rounding the person chose; more is a wrong capaian. */
const WARNING_BELOW = 1;

/** CAPAIAN_MISMATCH: a stated capaian that is not realisasi against target, at the precision the cell shows. */
export const capaianMismatch: Rule = {
  code: "CAPAIAN_MISMATCH",
  run({ table, settings }) {
    const { capAt } = table.conventions;
    const out: Finding[] = [];
    for (const item of table.items) {
      for (const check of capaianChecks(item, settings)) {
        const capped = check.candidates.map((c) => (capAt !== null && c > capAt ? capAt : c));
        const stated = statedPoints(check.stated.value, capped[0]);
        if (stated === undefined) continue;
        const decimals = shownDecimals(check.stated.value, check.stated.text);
        if (capped.some((c) => agreesAtPrecision(stated, c, decimals))) continue;
        const expected = capped.reduce((best, c) => (Math.abs(c - stated) < Math.abs(best - stated) ? c : best));
        const wasCapped = capAt !== null && check.candidates.some((c) => c > capAt) && expected === capAt;
        const difference = stated - expected;
        out.push(
          finding({
            code: "CAPAIAN_MISMATCH",
            severity: Math.abs(difference) < WARNING_BELOW ? "warning" : "error",
            row: check.stated.row,
            col: check.stated.col,
            expected: round(expected),
            actual: round(stated),
            difference: round(difference),
            params: {
              period: check.period,
              formula: check.method,
              polaritySource: check.polaritySource,
              ...(wasCapped ? { capped: "true", capAt: capAt as number } : {}),
              text: check.stated.text,
            },
          }),
        );
      }
    }
    return out;
  },
};

function round(n: number): number {
  return Math.round(n * 10000) / 10000;
}
