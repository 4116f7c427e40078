/**
 * Which realisasi an annual capaian stands on (DOMAIN.md, "Capaian"): a flow indicator (reports
 * made, people trained) adds its periods, a stock or percentage indicator (markets kept, a rate)
 * takes the last period. The period targets tell which one the sheet means: targets that add up
 * to the annual one are a flow, cumulative or constant ones a stock.
 */
import type { ParsedValue } from "../model";
import { readIndicator, type IndicatorReading } from "./indicator-kind";

/**
 * Where the realisasi of a capaian comes from: the same period ("period"), the annual realisasi
 * column ("realisasi"), the sum of the periods ("sum"), the last period with a realisasi ("last"), or
 * for a parent without its own, the mean of its children's capaian ("children"); in sheets that
 * report so, the realisasi so far against the annual target ("to-date") and the mean of the period
 * capaian ("mean").
 */
export type CapaianBasis = "period" | "realisasi" | "sum" | "last" | "children" | "to-date" | "mean";

type NumberValue = ParsedValue & { kind: "number" };

/** An annual realisasi to divide by the annual target, and what it was made of. */
export interface AnnualRealisasi {
  value: ParsedValue;
  basis: CapaianBasis;
}

function isNumber(v: ParsedValue | undefined): v is NumberValue {
  return v?.kind === "number";
}

/**
 * How the annual realisasi is read for this indicator: "sum", "last", or both when neither the
 * targets nor the satuan tell (a lone period target, a series that fits nothing). Given the
 * indikator, its words count too: a level (Indeks, Nilai, Tingkat …) or a series the sheet calls
 * kumulatif is read at its last period (see {@link annualReading}).
 */
export function annualBases(
  annualTarget: ParsedValue,
  periodTargets: ReadonlyArray<ParsedValue | undefined>,
  satuan: string | undefined,
  indikator?: string,
  /** What the indikator's words say, when the caller has read them already (`readIndicator(indikator, satuan)`). */
  read?: IndicatorReading,
): Array<"sum" | "last"> {
  // A percentage is a level, never a quantity that piles up over the year.
  if ((isNumber(annualTarget) && annualTarget.percent) || /^\s*(%|persen|prosen)/i.test(satuan ?? "")) return ["last"];
  const words = read ?? readIndicator(indikator, satuan);
  if (words.kind === "level" || words.cumulative) return ["last"];
  if (annualTarget.kind === "grade" || annualTarget.kind === "range") return ["last"];
  if (!isNumber(annualTarget)) return ["last", "sum"];
  // One pass over the targets (asked for every item): the numbers, whether every stated one is a
  // number, and the finest precision shown.
  const periods: NumberValue[] = [];
  let stated = 0;
  let d = annualTarget.decimals ?? 0;
  let sum = 0;
  for (const t of periodTargets) {
    if (t === undefined || t.kind === "empty") continue;
    stated++;
    if (!isNumber(t)) continue;
    periods.push(t);
    d = Math.max(d, t.decimals ?? 0);
    sum += t.value;
  }
  // Words among the targets or nothing to read: the targets do not tell, so both readings stand.
  if (periods.length === 0 || periods.length !== stated) return ["last", "sum"];
  const last = periods[periods.length - 1];
  // Shares of the annual amount (30%, 50%, 80%, 100% of 248,71 M): a level reached, not a flow.
  if (periods.every((p) => p.percent) && near(last.value, 100, last.decimals ?? 0)) return ["last"];
  const rising = periods.every((p, i) => i === 0 || p.value >= periods[i - 1].value);
  const stock = (rising && near(last.value, annualTarget.value, d)) || periods.every((p) => near(p.value, annualTarget.value, d));
  const flow = near(sum, annualTarget.value, d);
  if (flow === stock) return ["last", "sum"];
  return flow ? ["sum"] : ["last"];
}

/** Equal at the precision shown: half a unit of the last decimal either side. */
function near(a: number, b: number, decimals: number): boolean {
  return Math.abs(a - b) <= 0.5 * 10 ** -decimals + 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * The annual realisasi candidates: the annual realisasi column when the sheet has one, else the
 * period realisasi read the way the targets say (both ways when they do not say).
 */
export function annualRealisasi(
  stated: ParsedValue | undefined,
  periodRealisasi: ReadonlyArray<ParsedValue | undefined>,
  bases: ReadonlyArray<"sum" | "last">,
): AnnualRealisasi[] {
  if (stated) return [{ value: stated, basis: "realisasi" }];
  // One pass over the periods (asked for every item and reading): the last given, whether all are
  // numbers in one unit, their sum and finest precision.
  let last: ParsedValue | undefined;
  let first: NumberValue | undefined;
  let unit: string | undefined;
  let oneUnit = true;
  let allNumbers = true;
  let sum = 0;
  let decimals = 0;
  for (const v of periodRealisasi) {
    if (v === undefined) continue;
    last = v;
    if (!isNumber(v)) {
      allNumbers = false;
      continue;
    }
    first ??= v;
    sum += v.value;
    decimals = Math.max(decimals, v.decimals ?? 0);
    if (v.unit) {
      const u = v.unit.toLowerCase().trim();
      if (unit === undefined) unit = u;
      else if (u !== unit) oneUnit = false;
    }
  }
  if (last === undefined) return [];
  const out: AnnualRealisasi[] = [];
  if (bases.includes("last")) out.push({ value: last, basis: "last" });
  // A sum over words or grades means nothing; over numbers in different units neither.
  if (bases.includes("sum") && allNumbers && oneUnit && first !== undefined) {
    out.push({ value: { ...first, value: sum, decimals }, basis: "sum" });
  }
  return out;
}

/** How a prepared sheet computes, and the check reads, an annual realisasi from its periods. */
export type AnnualBasis = "sum" | "last" | "mean";

export interface AnnualReadingInput {
  annualTarget?: ParsedValue;
  periodTargets: ReadonlyArray<ParsedValue | undefined>;
  satuan?: string;
  indikator?: string;
  /** The period columns sit under "s.d. Triwulan" / "Kumulatif": running totals. */
  sheetSaysCumulative?: boolean;
  /** The sheet states that the year is the mean of its periods (a "Rata-rata" annual column). */
  sheetSaysMean?: boolean;
}

export interface AnnualReading {
  /** Every reading the sheet allows: one when the indikator or its targets tell, else sum and last. */
  bases: AnnualBasis[];
  /** The one a prepared sheet writes: the only basis, else the sum (a flow is the usual indikator). */
  written: AnnualBasis;
  indicator: IndicatorReading;
}

/** A mean stated in the indikator or satuan: "(rata-rata)", "rata-rata per triwulan". */
const STATED_MEAN = /\(\s*rata[\s-]*rata[^)]*\)|rata[\s-]*rata\s+(?:per\s+)?(?:triwulan|tw|bulan|periode)/i;

/**
 * The annual realisasi of an indikator, as the prepare workflow writes it and the check reads it
 * (DOMAIN.md, "Capaian"): a flow is the sum of its periods; a stock, a level, an index or a
 * percentage is its last period; a series the sheet calls "s.d." / kumulatif is its last period;
 * the mean of the periods where the sheet says so. One function for both, so a prepared sheet is
 * never contradicted by the check.
 */
export function annualReading(input: AnnualReadingInput): AnnualReading {
  const indicator = readIndicator(input.indikator, input.satuan, input.sheetSaysCumulative);
  const only = (basis: AnnualBasis): AnnualReading => ({ bases: [basis], written: basis, indicator });
  if (input.sheetSaysMean || STATED_MEAN.test(`${input.indikator ?? ""} ${input.satuan ?? ""}`)) return only("mean");
  if (indicator.cumulative || indicator.kind === "level") return only("last");
  const annual = input.annualTarget && input.annualTarget.kind !== "empty" ? input.annualTarget : undefined;
  if (!annual) return indicator.kind === "flow" ? only("sum") : { bases: ["last", "sum"], written: "sum", indicator };
  // Here the header did not say cumulative (that returned above): the reading is the words' alone.
  const bases = annualBases(annual, input.periodTargets, input.satuan, input.indikator, indicator);
  return bases.length === 1 ? only(bases[0]) : { bases, written: "sum", indicator };
}

/** The annual realisasi of typed period values by one basis (numbers only), or undefined. */
export function annualValue(basis: AnnualBasis, periods: readonly number[]): number | undefined {
  if (periods.length === 0) return undefined;
  if (basis === "last") return periods[periods.length - 1];
  const sum = periods.reduce((s, v) => s + v, 0);
  return basis === "sum" ? sum : sum / periods.length;
}
