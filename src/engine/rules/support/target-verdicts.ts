import { polarityOf } from "../../capaian";
import { columnsSayCumulative, readIndicator, type IndicatorReading } from "../../capaian/indicator-kind";
import { isYear, type CellRef, type Item, type Period, type Polarity } from "../../model";
import type { RuleContext } from "../context";
import { CellLists, columnsOf, ownOrInherited, periodRole, periodsFor } from "./cells";
import { targetsOf } from "./targets";
import { judgeSeries, type SeriesInput, type SeriesVerdict } from "./target-series";

export interface ItemSeries {
  item: Item;
  annual?: CellRef;
  periods: Array<CellRef | undefined>;
  periodKeys: readonly Period[];
  verdict: SeriesVerdict;
}

/**
 * Every item's target series, judged once per table (both target rules read them). Items that
 * share the same cells (merged over several rows, or inherited) are judged once, so a finding is
 * never repeated.
 */
export function targetSeries(ctx: RuleContext): ItemSeries[] {
  const known = judged.get(ctx.table);
  if (known) return known;
  const out = judgeAll(ctx);
  judged.set(ctx.table, out);
  return out;
}

const judged = new WeakMap<RuleContext["table"], ItemSeries[]>();

function judgeAll(ctx: RuleContext): ItemSeries[] {
  const periodKeys = periodsFor(ctx, "target");
  // A Renstra's yearly targets are each year's own aim (a flow may go 3, 2, 2 Dokumen to a kondisi
  // akhir of 2): no cumulative or incremental reading is promised, so no series is judged.
  if (periodKeys.some(isYear)) return [];
  const seen = new CellLists();
  const out: ItemSeries[] = [];
  // Whether a group's period columns stand in order: the same for every item of the group.
  const inOrder = new Map<number, boolean>();
  for (const item of ctx.table.items) {
    if (item.kind !== "row") continue;
    const { annual, periods } = targetsOf(ctx, item);
    if (periods.every((p) => p === undefined)) continue;
    let ordered = inOrder.get(item.group);
    if (ordered === undefined) inOrder.set(item.group, (ordered = periodsInOrder(ctx, item, periodKeys)));
    if (!ordered) continue;
    if (!seen.add([annual, ...periods])) continue;
    const verdict = judgeSeries(new ItemSeriesInput(ctx, item, annual, periods, periodKeys));
    out.push({ item, annual, periods, periodKeys, verdict });
  }
  return out;
}

/**
 * An item's series as judgeSeries reads it. The indikator's polarity and what it measures are read
 * only when the numbers leave the verdict open (most series simply add up).
 */
class ItemSeriesInput implements SeriesInput {
  readonly annual: SeriesInput["annual"];
  readonly periods: SeriesInput["periods"];
  readonly satuan: string | undefined;

  constructor(
    private readonly ctx: RuleContext,
    private readonly item: Item,
    annual: CellRef | undefined,
    periods: ReadonlyArray<CellRef | undefined>,
    private readonly periodKeys: readonly Period[],
  ) {
    this.annual = annual?.value;
    this.periods = periods.map((p) => p?.value);
    this.satuan = ownOrInherited(item, "satuan")?.text;
  }

  get polarity(): Polarity {
    return polarityOf(this.item, this.ctx.settings).polarity;
  }

  get reading(): IndicatorReading {
    return readIndicator(ownOrInherited(this.item, "indikator")?.text, this.satuan, sheetSaysCumulative(this.ctx, this.item, this.periodKeys));
  }
}

/**
 * A series means something only when every period has its column, left to right. A header read
 * with months missing or out of order (a scanned sheet whose columns slid) would turn a sound
 * series into a false alarm; the layout, not this rule, is what to look at then. The long layout
 * has no period columns: its item reader places the TW rows itself.
 */
function periodsInOrder(ctx: RuleContext, item: Item, periodKeys: readonly Period[]): boolean {
  const columns = columnsOf(ctx, item);
  const at = periodKeys.map((p) => columns[periodRole("target", p)]);
  if (at.every((c) => c === undefined)) return true;
  return at.every((c, i) => c !== undefined && (i === 0 || c > (at[i - 1] as number)));
}

/** The period target columns sit under an "s.d. Triwulan" / "Kumulatif" header. */
export function sheetSaysCumulative(ctx: RuleContext, item: Item, periodKeys: readonly Period[], prefix: "target" | "realisasi" = "target"): boolean {
  const columns = columnsOf(ctx, item);
  return columnsSayCumulative(ctx.table.layout, periodKeys.map((p) => columns[periodRole(prefix, p)]));
}

/** The series as the person typed it, for messages: `3 | 3 | - | 3`. */
export function seriesText(periods: ReadonlyArray<CellRef | undefined>): string {
  return periods.map((p) => (p?.text.trim() ? p.text.trim().replace(/\s+/g, " ") : "-")).join(" | ");
}
