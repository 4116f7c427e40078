import type { Rule } from "./rule";
import { budgetFindings } from "./support/budget-reconcile";

/**
 * BUDGET_TOTAL_SUM: a total row equals the sum of the top-level budget items above it (since the
 * previous total), annual and per period. A grand total that adds all programs, the subtotals or
 * the lowest rows is read that way instead (support/budget-ledger.ts).
 */
export const budgetTotalSum: Rule = {
  code: "BUDGET_TOTAL_SUM",
  run: (ctx) => budgetFindings(ctx).BUDGET_TOTAL_SUM,
};
