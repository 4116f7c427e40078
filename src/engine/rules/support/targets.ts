import type { CellRef, Item, Period } from "../../model";
import type { RuleContext } from "../context";
import { isFilled, ownOrInherited, periodRole, periodsFor } from "./cells";

/** The item's annual target cell and its period target cells (undefined where absent), own or inherited. */
export function targetsOf(ctx: RuleContext, item: Item): { annual?: CellRef; periods: Array<CellRef | undefined>; periodKeys: readonly Period[] } {
  const periodKeys = periodsFor(ctx, "target");
  return {
    annual: ownOrInherited(item, "target"),
    periods: periodKeys.map((p) => ownOrInherited(item, periodRole("target", p))),
    periodKeys,
  };
}

/** Whether the item states any target at all (annual or a period), in any form. */
export function hasAnyTarget(ctx: RuleContext, item: Item): boolean {
  const { annual, periods } = targetsOf(ctx, item);
  return isFilled(annual) || periods.some(isFilled);
}

/** The item states an indikator of its own (not one it merely sits beside). */
export function hasIndikator(item: Item): boolean {
  return item.kind === "row" && !isPlaceholder(item.cells.indikator?.text ?? "");
}

/** Nothing but dashes or dots: how people write "no indikator here" (`-`, `–`, `…`). */
function isPlaceholder(text: string): boolean {
  return /^[\s\-–—.…]*$/.test(text);
}
