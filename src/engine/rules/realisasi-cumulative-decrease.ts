import { polarityOf } from "../capaian";
import { readIndicator } from "../capaian/indicator-kind";
import { isYear, type CellRef, type Finding, type Item, type ParsedValue, type Role } from "../model";
import type { RuleContext } from "./context";
import type { Rule } from "./rule";
import { CellLists, isFilled, labelOf, ownOrInherited, periodRole, periodsFor } from "./support/cells";
import { finding } from "./support/finding";
import { sheetSaysCumulative, targetSeries } from "./support/target-verdicts";

type NumberValue = Extract<ParsedValue, { kind: "number" }>;

/**
 * Whether the row's realisasi are running totals: the sheet says so (its realisasi columns sit
 * under "s.d. Triwulan" / "Kumulatif", or the indikator or satuan says kumulatif / s.d.), or its
 * targets are a cumulative series (1, 2, 3, 4 Laporan to an annual 4) of an indikator that is no
 * level and is higher-is-better. A level (an index, a percentage, a rate) may dip from one period
 * to the next and is read cumulative only when the sheet says so.
 */
function readsCumulative(ctx: RuleContext, item: Item, columnsSayCumulative: boolean, targetCumulative: boolean): boolean {
  const reading = readIndicator(ownOrInherited(item, "indikator")?.text, ownOrInherited(item, "satuan")?.text, columnsSayCumulative);
  if (reading.cumulative) return true;
  return targetCumulative && reading.kind !== "level" && polarityOf(item, ctx.settings).polarity === "positive";
}

/** Equal at the precision shown: half a unit of the finer shown decimal. */
function same(a: NumberValue, b: NumberValue): boolean {
  const d = Math.max(a.decimals ?? 0, b.decimals ?? 0);
  return Math.abs(a.value - b.value) <= 0.5 * 10 ** -d + 1e-9 * Math.max(1, Math.abs(a.value));
}

/** The unit a realisasi is compared in: `%` for percents, the unit typed (or none) otherwise. */
function unitOf(v: NumberValue): string {
  return v.percent ? "%" : (v.unit ?? "").toLowerCase().trim();
}

/**
 * Where the item's filled realisasi first go down (its place among the filled ones), or -1: also
 * when fewer than two are filled, any is not a number, or they are in different units.
 */
function firstDrop(item: Item, roles: readonly Role[]): number {
  let count = 0;
  let unit: string | undefined;
  let drop = -1;
  let previous: NumberValue | undefined;
  for (const role of roles) {
    const c = item.cells[role];
    if (!isFilled(c)) continue;
    if (c.value.kind !== "number") return -1;
    const u = unitOf(c.value);
    if (unit === undefined) unit = u;
    else if (u !== unit) return -1;
    if (drop < 0 && previous !== undefined && c.value.value < previous.value && !same(c.value, previous)) drop = count;
    previous = c.value;
    count++;
  }
  return count < 2 ? -1 : drop;
}

/**
 * REALISASI_CUMULATIVE_DECREASE: a realisasi series read as running totals (DOMAIN.md, "Period
 * targets": a cumulative series never goes down) that goes down from one reported period to the
 * next: a period's own result typed where the total so far belongs, or a slip. The reading is the
 * one the annual realisasi is taken by (indicator-kind.ts: "s.d." columns, kumulatif words) and the
 * targets' own (TARGET_CUMULATIVE_DECREASE's series judge). Reviewers' practice, no clause: a
 * warning, since the realisasi is what happened and only the person knows which cell is wrong.
 * Points at the period that drops; words, grades or mixed units in the series leave it unjudged.
 */
export const realisasiCumulativeDecrease: Rule = {
  code: "REALISASI_CUMULATIVE_DECREASE",
  run(ctx) {
    const periods = periodsFor(ctx, "realisasi");
    if (periods.length < 2 || periods.some(isYear)) return [];
    const cumulativeTargets = new Set(
      targetSeries(ctx)
        .filter((s) => s.verdict.kind === "fits" && s.verdict.readings.length === 1 && s.verdict.readings[0] === "cumulative")
        .map((s) => s.item.index),
    );
    // What the realisasi columns' headers say is the same for every item of a column group.
    const saysOf = new Map<number, boolean>();
    const columnsSay = (item: Item): boolean => {
      let says = saysOf.get(item.group);
      if (says === undefined) saysOf.set(item.group, (says = sheetSaysCumulative(ctx, item, periods, "realisasi")));
      return says;
    };
    const out: Finding[] = [];
    // Items of side-by-side groups may share their realisasi cells: each series is judged once.
    const seen = new CellLists();
    const roles = periods.map((p) => periodRole("realisasi", p));
    for (const item of ctx.table.items) {
      if (item.kind !== "row") continue;
      // A series that never goes down needs nothing more (most rows): found in one pass, without
      // lists, before the series is marked as seen (the same cells give the same numbers).
      const drop = firstDrop(item, roles);
      if (drop < 0) continue;
      const stated: Array<{ c: CellRef; i: number }> = [];
      roles.forEach((role, i) => {
        const c = item.cells[role];
        if (isFilled(c)) stated.push({ c, i });
      });
      if (!seen.add(stated.map(({ c }) => c))) continue;
      if (!readsCumulative(ctx, item, columnsSay(item), cumulativeTargets.has(item.index))) continue;
      const [before, at] = [stated[drop - 1], stated[drop]];
      // firstDrop read every filled cell as a number.
      const [previousValue, value] = [(before.c.value as NumberValue).value, (at.c.value as NumberValue).value];
      out.push(
        finding({
          code: "REALISASI_CUMULATIVE_DECREASE",
          severity: "warning",
          row: at.c.row,
          col: at.c.col,
          expected: previousValue,
          actual: value,
          difference: value - previousValue,
          params: {
            label: labelOf(item),
            period: periods[at.i],
            value: at.c.text.trim(),
            previousPeriod: periods[before.i],
            previousValue: before.c.text.trim(),
          },
        }),
      );
    }
    return out;
  },
};
