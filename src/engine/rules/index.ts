/**
 * The checks. Each rule is a file (`<kebab-code>.ts`) exporting a {@link Rule}; `registry.ts`
 * lists them; `runRules` runs them all on one table.
 */
import type { Finding } from "../model";
import type { RuleContext } from "./context";
import { RULES } from "./registry";

export type { RuleContext } from "./context";
export type { Rule } from "./rule";
export { RULES } from "./registry";

/** All findings of one table, in registry order (analyzeSheet sorts them by cell). */
export function runRules(ctx: RuleContext): Finding[] {
  return RULES.flatMap((rule) => rule.run(ctx));
}
