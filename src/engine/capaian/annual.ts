/**
 * Which realisasi an annual capaian stands on (DOMAIN.md, "Capaian"): a flow indicator (reports
 * made, people trained) adds its periods, a stock or percentage indicator (markets kept, a rate)
 * takes the last period. The period targets tell which one the sheet means: targets that add up
 * to the annual one are a flow, cumulative or constant ones a stock.
 */
import type { ParsedValue } from "../model";

/**
 * Where the realisasi of a capaian comes from: the same period ("period"), the annual realisasi
 * column ("realisasi"), the sum of the periods ("sum"), the last period with a realisasi ("last"), or
 * for a parent without its own, the mean of its children's capaian ("children").
 */
export type CapaianBasis = "period" | "realisasi" | "sum" | "last" | "children";

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
 * targets nor the satuan tell (a lone period target, a series that fits nothing).
 */
export function annualBases(annualTarget: ParsedValue, periodTargets: ReadonlyArray<ParsedValue | undefined>, satuan: string | undefined): Array<"sum" | "last"> {
  // A percentage is a level, never a quantity that piles up over the year.
  if ((isNumber(annualTarget) && annualTarget.percent) || /^\s*(%|persen|prosen)/i.test(satuan ?? "")) return ["last"];
  if (annualTarget.kind === "grade" || annualTarget.kind === "range") return ["last"];
  if (!isNumber(annualTarget)) return ["last", "sum"];
  const periods = periodTargets.filter(isNumber);
  // Words among the targets or nothing to read: the targets do not tell, so both readings stand.
  if (periods.length === 0 || periods.length !== periodTargets.filter((t) => t !== undefined && t.kind !== "empty").length) return ["last", "sum"];
  const last = periods[periods.length - 1];
  // Shares of the annual amount (30%, 50%, 80%, 100% of 248,71 M): a level reached, not a flow.
  if (periods.every((p) => p.percent) && near(last.value, 100, last.decimals ?? 0)) return ["last"];
  const d = Math.max(annualTarget.decimals ?? 0, ...periods.map((p) => p.decimals ?? 0));
  const sum = periods.reduce((s, p) => s + p.value, 0);
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
  const given = periodRealisasi.filter((v): v is ParsedValue => v !== undefined);
  if (given.length === 0) return [];
  const out: AnnualRealisasi[] = [];
  if (bases.includes("last")) out.push({ value: given[given.length - 1], basis: "last" });
  const numbers = given.filter(isNumber);
  // A sum over words or grades means nothing; over numbers in different units neither.
  if (bases.includes("sum") && numbers.length === given.length && new Set(numbers.flatMap((n) => (n.unit ? [n.unit.toLowerCase().trim()] : []))).size <= 1) {
    out.push({ value: { ...numbers[0], value: numbers.reduce((s, v) => s + v.value, 0), decimals: Math.max(...numbers.map((n) => n.decimals ?? 0)) }, basis: "sum" });
  }
  return out;
}
