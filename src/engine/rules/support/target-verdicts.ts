import type { CellRef, Item, Period } from "../../model";
import type { RuleContext } from "../context";
import { targetsOf } from "./targets";
import { judgeSeries, type SeriesVerdict } from "./target-series";

export interface ItemSeries {
  item: Item;
  annual?: CellRef;
  periods: Array<CellRef | undefined>;
  periodKeys: readonly Period[];
  verdict: SeriesVerdict;
}

/**
 * Every item's target series, judged once. Items that share the same cells (merged over several
 * rows, or inherited) are judged once, so a finding is never repeated.
 */
export function targetSeries(ctx: RuleContext): ItemSeries[] {
  const known = judged.get(ctx.table);
  if (known) return known;
  const out = judgeAll(ctx);
  judged.set(ctx.table, out);
  return out;
}

/** Both target rules read the same verdicts: judged once per table. */
const judged = new WeakMap<RuleContext["table"], ItemSeries[]>();

function judgeAll(ctx: RuleContext): ItemSeries[] {
  const seen = new Set<string>();
  const out: ItemSeries[] = [];
  for (const item of ctx.table.items) {
    if (item.kind !== "row") continue;
    const { annual, periods, periodKeys } = targetsOf(ctx, item);
    if (periods.every((p) => p === undefined)) continue;
    const key = [annual, ...periods].map((c) => (c ? `${c.row},${c.col}` : "")).join("|");
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ item, annual, periods, periodKeys, verdict: judgeSeries(annual?.value, periods.map((p) => p?.value)) });
  }
  return out;
}

/** The series as the person typed it, for messages: `3 | 3 | - | 3`. */
export function seriesText(periods: ReadonlyArray<CellRef | undefined>): string {
  return periods.map((p) => (p?.text.trim() ? p.text.trim() : "-")).join(" | ");
}
