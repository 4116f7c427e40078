import { annualReading, annualValue } from "../capaian/annual";
import { CellSet, type CellRef, type Finding, type Item, type ParsedValue } from "../model";
import type { Rule } from "./rule";
import type { RuleContext } from "./context";
import { columnsOf, labelOf, ownOrInherited, periodRole, periodsFor } from "./support/cells";
import { finding } from "./support/finding";
import { shownUnit } from "./support/precision";
import { seriesText, sheetSaysCumulative } from "./support/target-verdicts";

type NumberValue = Extract<ParsedValue, { kind: "number" }>;

/**
 * REALISASI_ANNUAL_MISMATCH: a stated annual realisasi that is none of the readings its indikator
 * allows (`annualReading`, the one the prepare workflow writes its formula with): the sum of the
 * periods for a flow, the last period for a level, a stock or an "s.d." series, their mean where the
 * sheet states one. IKM as Indeks 80 | 81 | 82 | 83 stated as 326 (the quarters summed) is the
 * case this rule is for: the capaian beside it then looks fine while the year is wrong. Compared at
 * the precision the annual cell shows (rounded or cut). An error when the indikator allows one
 * reading, a warning when it allows two and the number is neither. A sheet whose column-number row
 * states the annual column's own formula (the Permendagri 86/2017 form: `13 = 9 + 10 + 11 + 12`)
 * has said how it reads its year: COLUMN_RULE_MISMATCH holds it to that, not this rule.
 */
export const realisasiAnnualMismatch: Rule = {
  code: "REALISASI_ANNUAL_MISMATCH",
  run(ctx) {
    const out: Finding[] = [];
    const seen = new CellSet();
    const periods = periodsFor(ctx, "realisasi").filter((p) => !p.startsWith("y"));
    if (periods.length === 0) return out;
    // Each period's roles named once, not per item.
    const realisasiRoles = periods.map((p) => periodRole("realisasi", p));
    const targetRoles = periodsFor(ctx, "target").map((p) => periodRole("target", p));
    // What the headers say is the same for every item of a column group: read once per group.
    const saysOf = new Map<number, { cumulative: boolean; mean: boolean }>();
    const headersSay = (item: Item) => {
      let says = saysOf.get(item.group);
      if (says === undefined) {
        says = { cumulative: sheetSaysCumulative(ctx, item, periods, "realisasi") || sheetSaysCumulative(ctx, item, periodsFor(ctx, "target")), mean: statesMean(ctx, item) };
        saysOf.set(item.group, says);
      }
      return says;
    };
    for (const item of ctx.table.items) {
      if (item.kind !== "row" || statesOwnFormula(ctx, item)) continue;
      const stated = item.cells.realisasi;
      if (stated?.value.kind !== "number" || seen.has(stated.row, stated.col)) continue;
      seen.add(stated.row, stated.col);
      const annual = stated.value;
      const cells = realisasiRoles.map((role) => item.cells[role]);
      const numbers = comparable(annual, cells);
      if (!numbers || numbers.length === 0) continue;
      const says = headersSay(item);
      const reading = annualReading({
        annualTarget: ownOrInherited(item, "target")?.value,
        periodTargets: targetRoles.map((role) => ownOrInherited(item, role)?.value),
        satuan: ownOrInherited(item, "satuan")?.text,
        indikator: ownOrInherited(item, "indikator")?.text,
        sheetSaysCumulative: says.cumulative,
        sheetSaysMean: says.mean,
      });
      const candidates = reading.bases.map((basis) => ({ basis, value: annualValue(basis, numbers) as number }));
      const unit = shownUnit(ctx.grid, stated.row, stated.col, annual);
      const agrees = (v: number): boolean => Math.abs(annual.value - v) < unit + 1e-9 * Math.max(1, Math.abs(v));
      if (candidates.some((c) => agrees(c.value))) continue;
      const nearest = candidates.reduce((best, c) => (Math.abs(c.value - annual.value) < Math.abs(best.value - annual.value) ? c : best));
      out.push(
        finding({
          code: "REALISASI_ANNUAL_MISMATCH",
          severity: reading.bases.length === 1 ? "error" : "warning",
          row: stated.row,
          col: stated.col,
          expected: nearest.value,
          actual: annual.value,
          difference: annual.value - nearest.value,
          params: {
            label: labelOf(item),
            text: stated.text.trim(),
            series: seriesText(cells),
            basis: nearest.basis,
            kind: reading.indicator.cumulative ? "cumulative" : (reading.indicator.kind ?? "unknown"),
            satuan: ownOrInherited(item, "satuan")?.text.trim() ?? "",
          },
        }),
      );
    }
    return out;
  },
};

/**
 * The period realisasi as numbers, in the order of the periods, when they can be set beside the
 * stated annual one: every filled period a number, all in one unit, percents with percents.
 */
function comparable(stated: NumberValue, cells: ReadonlyArray<CellRef | undefined>): number[] | undefined {
  // One pass (asked for every row): the numbers, their one unit (blank units aside), their percent signs.
  const unit = unitOf(stated);
  let seenUnit = unit === "" ? undefined : unit;
  const out: number[] = [];
  for (const c of cells) {
    if (c === undefined || c.value.kind === "empty") continue;
    if (c.value.kind !== "number") return undefined;
    const u = unitOf(c.value);
    if (u !== "") {
      if (seenUnit === undefined) seenUnit = u;
      else if (u !== seenUnit) return undefined;
    }
    if (!!c.value.percent !== !!stated.percent) return undefined;
    out.push(c.value.value);
  }
  return out;
}

function unitOf(v: NumberValue): string {
  return v.unit === undefined ? "" : v.unit.toLowerCase().trim();
}

/** The column-number row gives the annual realisasi column a formula of its own. */
function statesOwnFormula(ctx: RuleContext, item: Item): boolean {
  const col = columnsOf(ctx, item).realisasi;
  return col !== undefined && ctx.table.layout.columnNumbers?.[col]?.formula !== undefined;
}

/** The annual realisasi column's header states a mean ("Realisasi Rata-rata", "Rerata TW I–IV"). */
function statesMean(ctx: RuleContext, item: Item): boolean {
  const col = columnsOf(ctx, item).realisasi;
  const header = ctx.table.layout.headers.find((h) => h.col === col)?.header ?? "";
  return /\brata[\s-]*rata\b|\brerata\b/i.test(header);
}
