import type { Rule } from "./rule";
import { itemHasRole, labelOf, periodRole, positionOf } from "./support/cells";
import { finding } from "./support/finding";
import { hasAnyTarget, hasIndikator, targetsOf } from "./support/targets";

/**
 * MISSING_TARGET: an indikator with no target at all, neither annual nor for any period. Only in
 * tables that have a target column for the indikator's level. A warning: it may be a new indicator
 * still waiting for its target.
 */
export const missingTarget: Rule = {
  code: "MISSING_TARGET",
  run: (ctx) =>
    ctx.table.items.flatMap((item) => {
      if (!hasIndikator(item) || hasAnyTarget(ctx, item)) return [];
      const { periodKeys } = targetsOf(ctx, item);
      const roles = ["target" as const, ...periodKeys.map((p) => periodRole("target", p))].filter((r) => itemHasRole(ctx, item, r));
      const pos = roles.length > 0 ? positionOf(ctx, item, roles[0]) : undefined;
      if (!pos) return [];
      return [finding({ code: "MISSING_TARGET", severity: "warning", ...pos, params: { label: labelOf(item), indikator: item.cells.indikator?.text ?? "" } })];
    }),
};
