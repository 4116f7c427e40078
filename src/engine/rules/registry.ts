import { budgetChildSum } from "./budget-child-sum";
import { budgetPeriodSum } from "./budget-period-sum";
import { budgetTotalSum } from "./budget-total-sum";
import type { Rule } from "./rule";

/** Every rule Cermat runs, one per finding code. Adding a check adds a file and a line here. */
export const RULES: readonly Rule[] = [budgetPeriodSum, budgetChildSum, budgetTotalSum];
