/**
 * How an indicator's period targets relate to its annual target (DOMAIN.md, "Period targets"):
 * cumulative (never down, the last period is the annual), incremental (they add up to it),
 * constant (each period is the annual: a stock kept), or shares of the annual in percent
 * (25%, 50%, 75%, 100% of a document or an amount). Dashes for periods without a target are normal.
 */
import type { ParsedValue } from "../../model";

export type SeriesReading = "cumulative" | "incremental" | "constant" | "percentOfAnnual";

export interface SeriesPoint {
  /** Position among the periods (0 = TW I or January). */
  index: number;
  value: number;
  /** Decimals shown, for comparing at the sheet's precision. */
  decimals: number;
}

export type SeriesVerdict =
  | { kind: "fits"; readings: SeriesReading[] }
  /** Ends at the annual target but goes down on the way: the drop is at `at`. */
  | { kind: "decrease"; at: SeriesPoint; previous: SeriesPoint }
  /** Fits no reading; `closest` is the sum or last value nearest the annual. */
  | { kind: "misfit"; closest: number; reading: "sum" | "last"; unclear?: boolean }
  /** Nothing to judge: no numbers, words, different units, no annual target. */
  | { kind: "skip" };

type Comparable = { value: number; percent: boolean; unit?: string; decimals: number } | { grade: number };

function comparable(v: ParsedValue | undefined): Comparable | undefined {
  if (!v) return undefined;
  if (v.kind === "number") return { value: v.value, percent: !!v.percent, unit: v.unit?.toLowerCase().trim(), decimals: v.decimals ?? decimalsOf(v.value) };
  if (v.kind === "grade") return { grade: v.rank };
  return undefined;
}

function decimalsOf(n: number): number {
  const s = String(n);
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : Math.min(6, s.length - dot - 1);
}

/** Equal at the precision shown: half a unit of the last decimal either side shows. */
function same(a: number, b: number, decimals: number): boolean {
  return Math.abs(a - b) <= 0.5 * 10 ** -decimals + 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function sameUnit(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return true;
  return a === b || a.startsWith(b) || b.startsWith(a);
}

function firstDrop(points: SeriesPoint[]): { at: SeriesPoint; previous: SeriesPoint } | undefined {
  for (let i = 1; i < points.length; i++) {
    const d = Math.max(points[i].decimals, points[i - 1].decimals);
    if (points[i].value < points[i - 1].value && !same(points[i].value, points[i - 1].value, d)) return { at: points[i], previous: points[i - 1] };
  }
  return undefined;
}

/** Judges one series of period targets against the annual target. */
export function judgeSeries(annual: ParsedValue | undefined, periods: ReadonlyArray<ParsedValue | undefined>): SeriesVerdict {
  // Words or unreadable numbers among the targets: nothing safe to say about the series (INVALID_NUMBER speaks for the cell).
  if (periods.some((p) => p?.kind === "text" || p?.kind === "invalid" || p?.kind === "range")) return { kind: "skip" };
  const a = comparable(annual);
  const values = periods.map(comparable);
  if (values.every((v) => v === undefined)) return { kind: "skip" };
  if (a && "grade" in a) return judgeGrades(a.grade, values);
  if (values.some((v) => v !== undefined && "grade" in v)) return { kind: "skip" };
  const nums = values.flatMap((v, index) => (v && !("grade" in v) ? [{ index, ...v }] : []));
  const points: SeriesPoint[] = nums.map((n) => ({ index: n.index, value: n.value, decimals: n.decimals }));
  const drop = firstDrop(points);
  const last = points[points.length - 1];

  // Shares of the annual target: percents that end at 100, whatever the annual is (Bone: 30%, 50%,
  // 80%, 100% of an annual 80%; Lombok Tengah: 25%…100% of one document).
  const allPercent = nums.every((n) => n.percent);
  if (allPercent && same(last.value, 100, last.decimals) && !(a && a.percent && same(a.value, 100, a.decimals))) {
    return drop ? { kind: "decrease", ...drop } : { kind: "fits", readings: ["percentOfAnnual"] };
  }
  if (!a) return { kind: "skip" };
  // A bare number beside percents is a percent whose sign was left off (satuan "Persen").
  const bare = (n: { percent: boolean; unit?: string }) => !n.percent && !n.unit;
  const percentLike = (n: { percent: boolean; unit?: string }) => n.percent || bare(n);
  const comparableUnits = nums.every((n) => (n.percent || a.percent ? percentLike(n) && percentLike(a) : sameUnit(n.unit, a.unit)));
  if (!comparableUnits) {
    // Percents under a count ("21,25%" each quarter for "12 Bulan") that never reach 100%: unclear, so say so gently.
    return allPercent ? { kind: "misfit", closest: last.value, reading: "last", unclear: true } : { kind: "skip" };
  }

  const d = Math.max(a.decimals, ...nums.map((n) => n.decimals));
  const sum = nums.reduce((s, n) => s + n.value, 0);
  const readings: SeriesReading[] = [];
  if (!drop && same(last.value, a.value, d)) readings.push("cumulative");
  if (same(sum, a.value, d)) readings.push("incremental");
  if (nums.every((n) => same(n.value, a.value, d))) readings.push("constant");
  if (readings.length > 0) return { kind: "fits", readings };
  if (drop && same(last.value, a.value, d)) return { kind: "decrease", ...drop };
  const bySum = Math.abs(sum - a.value);
  const byLast = Math.abs(last.value - a.value);
  return bySum <= byLast ? { kind: "misfit", closest: sum, reading: "sum" } : { kind: "misfit", closest: last.value, reading: "last" };
}

/** Grades: a constant or a rising series that ends at the annual grade. */
function judgeGrades(annual: number, values: Array<Comparable | undefined>): SeriesVerdict {
  const ranks = values.flatMap((v, index) => (v && "grade" in v ? [{ index, value: v.grade, decimals: 0 }] : []));
  if (ranks.length === 0) return { kind: "skip" };
  const drop = firstDrop(ranks);
  const last = ranks[ranks.length - 1];
  if (last.value !== annual) return { kind: "misfit", closest: last.value, reading: "last" };
  return drop ? { kind: "decrease", ...drop } : { kind: "fits", readings: ranks.every((r) => r.value === annual) ? ["constant"] : ["cumulative"] };
}
