import type { Finding, FindingCode } from "../model";
import type { RuleContext } from "./context";

/**
 * One check of the table. A rule reports findings of its own code only, so adding a check adds a
 * file (and a line in the registry), never a branch in someone else's rule.
 */
export interface Rule {
  code: FindingCode;
  run(ctx: RuleContext): Finding[];
}
