import type { Rule } from "./rule";
import { budgetFindings } from "./support/budget-reconcile";

/**
 * BUDGET_PERIOD_SUM: a row's annual anggaran equals the sum of its quarters (or months), to the
 * rupiah; empty periods count 0; only rows split by period are checked. Root causes are errors,
 * mismatches they explain are derived warnings (support/budget-reconcile.ts).
 */
export const budgetPeriodSum: Rule = {
  code: "BUDGET_PERIOD_SUM",
  run: (ctx) => budgetFindings(ctx).BUDGET_PERIOD_SUM,
};
