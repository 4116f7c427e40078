import { capaianChecks, disagreement, parentMeanChecks, type CapaianCheck } from "../capaian";
import type { Finding } from "../model";
import type { Rule } from "./rule";
import { finding } from "./support/finding";

/**
 * CAPAIAN_MISMATCH: a stated capaian that is not realisasi against target, at the precision the
 * cell shows, after the sheet's cap (DOMAIN.md, "Capaian"). Params name the period, the formula
 * (positive, negative-permenpan, negative-inverse, range, grade), where the realisasi came from
 * (period, realisasi, sum, last, or children: a parent without its own target and realisasi read
 * as the mean of its children's capaian) and where the polarity came from.
 */
export const capaianMismatch: Rule = {
  code: "CAPAIAN_MISMATCH",
  run({ table, settings }) {
    const { capAt, capaianStorage } = table.conventions;
    const out: Finding[] = [];
    const own = new Map(table.items.map((item) => [item.index, capaianChecks(item, settings)]));
    const checks: CapaianCheck[] = [...[...own.values()].flat(), ...parentMeanChecks(table.items, settings, capAt, own)];
    for (const check of checks) {
      const capped = check.candidates.map((c) => (capAt !== null && c.value > capAt ? capAt : c.value));
      const verdict = disagreement(check.stated, capped, capaianStorage);
      if (!verdict) continue;
      const used = check.candidates[verdict.nearest];
      const wasCapped = capAt !== null && used.value > capAt;
      out.push(
        finding({
          code: "CAPAIAN_MISMATCH",
          severity: verdict.severity,
          row: check.stated.row,
          col: check.stated.col,
          expected: verdict.expected,
          actual: verdict.actual,
          difference: verdict.difference,
          params: {
            period: check.period,
            formula: used.method,
            basis: used.basis,
            polaritySource: check.polaritySource,
            ...(check.children !== undefined ? { children: check.children } : {}),
            ...(wasCapped
              ? {
                  capped: "true",
                  capAt: capAt as number,
                  uncapped: Math.round(used.value * 10000) / 10000,
                }
              : {}),
            text: check.stated.text,
          },
        }),
      );
    }
    return out;
  },
};
