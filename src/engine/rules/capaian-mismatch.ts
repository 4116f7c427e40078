import { capaianChecks, disagreement, effectiveSettings, parentMeanChecks, statedPoints, uncomputedCapaian, type CapaianCheck, type CapaianStorage } from "../capaian";
import type { Finding, Item, ParsedValue, Settings } from "../model";
import type { Rule } from "./rule";
import { someItemHolds } from "./support/cells";
import { finding } from "./support/finding";

/**
 * CAPAIAN_MISMATCH: a stated capaian that is not realisasi against target, at the precision the
 * cell shows, after the sheet's cap (DOMAIN.md, "Capaian"). Params name the period, the formula
 * (positive, negative-permenpan, negative-inverse, range, grade), where the realisasi came from
 * (period, realisasi, sum, last, or children: a parent without its own target and realisasi read
 * as the mean of its children's capaian) and where the polarity came from.
 *
 * Qualitative targets (WTP, "BB", "Ada") are judged met or not met, not as a ratio:
 * PermenPAN-RB 8/2021 (Lampiran, BAB VI) gives its capaian formulas, "kondisi khusus" included,
 * for a realisasi measured against a numeric target only, and reviewers read a grade target as
 * tercapai / tidak tercapai. So only a stated number that contradicts that is reported: less than
 * 100 for a target met, 100 or more for one not met. Any other number for a target not met cannot
 * be judged numerically (CAPAIAN_NOT_COMPUTABLE says so).
 */
export const capaianMismatch: Rule = {
  code: "CAPAIAN_MISMATCH",
  run(ctx) {
    const { table, settings: chosen } = ctx;
    // Every check reads a stated capaian cell: a table holding none (a Rencana Aksi) has nothing to compare.
    if (!someItemHolds(ctx, "capaian")) return [];
    const { capAt, capaianStorage } = table.conventions;
    // The formulas the sheet follows (detected, or set by the person) in place of "auto".
    const settings = effectiveSettings(chosen, table.conventions);
    const out: Finding[] = [];
    // Each item's own checks by its index (the parents' means read their children's).
    const own: Array<readonly CapaianCheck[]> = [];
    const checks: CapaianCheck[] = [];
    for (const item of table.items) {
      const found = capaianChecks(item, settings);
      own[item.index] = found;
      for (const check of found) checks.push(check);
    }
    checks.push(...parentMeanChecks(table.items, settings, capAt, { get: (index) => own[index] }));
    for (const check of checks) {
      const capped = check.candidates.map((c) => (capAt !== null && c.value > capAt ? capAt : c.value));
      const verdict = disagreement(check.stated, capped, capaianStorage);
      if (!verdict) continue;
      const used = check.candidates[verdict.nearest];
      // A qualitative target met: 100 or more says "met" too, whatever the number.
      if (used.method === "grade" && verdict.actual >= 100) continue;
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
    out.push(...table.items.flatMap((item) => gradesNotMet(item, settings, capaianStorage)));
    return out;
  },
};

/** A qualitative target not reached, with 100 (or more) stated: the sheet says met, it was not. */
function gradesNotMet(item: Item, settings: Settings, storage: CapaianStorage | undefined): Finding[] {
  return uncomputedCapaian(item, settings).flatMap((u) => {
    if (u.reason !== "grade-not-met" || !u.stated) return [];
    const actual = statedPoints(u.stated.value, 100, storage);
    if (actual === undefined || actual < 100) return [];
    return [
      finding({
        code: "CAPAIAN_MISMATCH",
        severity: "error",
        row: u.stated.row,
        col: u.stated.col,
        actual,
        params: {
          period: u.period,
          formula: "grade",
          met: "false",
          target: gradeText(u.target.value, u.target.text),
          realisasi: gradeText(u.realisasi, ""),
          polaritySource: u.polaritySource,
          text: u.stated.text,
        },
      }),
    ];
  });
}

function gradeText(value: ParsedValue, fallback: string): string {
  return value.kind === "grade" ? value.grade : fallback;
}
