import type { Rule } from "./rule";
import { budgetFindings } from "./support/budget-reconcile";

/**
 * BUDGET_CHILD_SUM: a parent's anggaran (annual and each period) equals the sum of its budget
 * children's. Reported on the parent's cell; derived when a wrong child cell explains the gap.
 */
export const budgetChildSum: Rule = {
  code: "BUDGET_CHILD_SUM",
  run: (ctx) => budgetFindings(ctx).BUDGET_CHILD_SUM,
};
