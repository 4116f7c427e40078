/**
 * How an indicator's period targets relate to its annual target (DOMAIN.md, "Period targets"):
 * cumulative (never down, the last stated period is the annual), incremental (they add up to it),
 * constant (each period is the annual: a stock kept), or shares of the annual in percent
 * (`25%, 50%, 75%, 100%` or `25%` four times, of a document, an amount or another percent).
 * Dashes and blanks are periods without a target. Numbers are compared at the precision shown.
 */
import type { IndicatorReading } from "../../capaian/indicator-kind";
import type { ParsedValue, Polarity } from "../../model";
import { perText } from "../../remembered";

export type SeriesReading = "cumulative" | "incremental" | "constant" | "percentOfAnnual";

/** The reading that came nearest when none fits: what was compared with what. */
export interface Closest {
  reading: "cumulative" | "incremental" | "percentOfAnnual";
  /** The last stated period or the sum of the periods. */
  measure: "last" | "sum";
  /** The numbers compared (absent for grades, which compare by rank: see the texts). */
  expected?: number;
  actual?: number;
  /** `%` for percents, the unit typed or the satuan for quantities, "" for bare numbers. */
  unit: string;
  /** Grades as written (`A`, `BB`), when the series is qualitative. */
  expectedGrade?: string;
  actualGrade?: string;
}

export type SkipReason = "no-targets" | "words" | "no-annual" | "units-differ" | "range" | "level";

export type SeriesVerdict =
  | { kind: "fits"; readings: readonly SeriesReading[] }
  /** Ends at the annual target (or at 100%) but goes down on the way: `at` drops below `previous` (period indexes). */
  | { kind: "decrease"; at: number; previous: number; value: number; previousValue: number }
  | { kind: "misfit"; closest: Closest }
  /** Nothing safe to judge: words, unreadable numbers, different units, no annual target. */
  | { kind: "skip"; reason: SkipReason };

export interface SeriesInput {
  annual?: ParsedValue;
  /** One entry per period (TW I…IV or January…December); undefined or empty where none is stated. */
  periods: ReadonlyArray<ParsedValue | undefined>;
  /** The item's satuan: `Persen`/`%` makes bare numbers percents, a word gives them a unit. */
  satuan?: string;
  /** A lower-is-better indicator may come down to its annual target (angka kemiskinan 11% → 10,5%). */
  polarity?: Polarity;
  /**
   * What the indikator measures (`readIndicator`): a level (an index, a percentage, a rate) may
   * dip on the way, so it is never judged a falling cumulative series unless the sheet says
   * kumulatif.
   */
  reading?: IndicatorReading;
}

/** A number of the series with what it measures and how precisely it is shown. */
interface Quantity {
  index: number;
  value: number;
  percent: boolean;
  unit?: string;
  /** Half a unit of the last decimal shown: `11,76` stands for 11,755…11,765. */
  slack: number;
}

/** Judges one series of period targets against the annual target. */
export function judgeSeries(input: SeriesInput): SeriesVerdict {
  // The stated periods and what kinds they hold, in one pass (a series is judged for every row).
  const stated: Array<{ v: ParsedValue; index: number }> = [];
  let words = false;
  let grades = false;
  let ranges = false;
  for (let index = 0; index < input.periods.length; index++) {
    const v = input.periods[index];
    if (!v || v.kind === "empty") continue;
    stated.push({ v, index });
    if (v.kind === "text" || v.kind === "invalid") words = true;
    else if (v.kind === "grade") grades = true;
    else if (v.kind === "range") ranges = true;
  }
  if (stated.length === 0) return { kind: "skip", reason: "no-targets" };
  // Words or unreadable numbers: text targets are not judged (INVALID_NUMBER speaks for the cell).
  if (words) return { kind: "skip", reason: "words" };
  const annual = input.annual?.kind === "empty" ? undefined : input.annual;
  if (annual?.kind === "text" || annual?.kind === "invalid") return { kind: "skip", reason: "words" };

  if (grades || annual?.kind === "grade") return judgeGrades(annual, stated);
  const satuan = satuanOf(input.satuan ?? "");
  if (annual?.kind === "range") return judgeAgainstRange(annual, stated, satuan);
  if (ranges) return { kind: "skip", reason: "range" };

  const points = stated.map(({ v, index }) => quantityOf(v as Extract<ParsedValue, { kind: "number" }>, index, satuan));
  if (!points.every((p) => compatible(p, points[0]))) return { kind: "skip", reason: "units-differ" };
  const target = annual?.kind === "number" ? quantityOf(annual, -1, satuan) : undefined;
  // Asked only where the series alone does not decide (input's polarity and reading may be getters that read the indikator).
  const lowerIsBetter = (): boolean => input.polarity === "negative";
  const mayDip = (): boolean => lowerIsBetter() || (input.reading?.kind === "level" && !input.reading.cumulative);
  const shares = points.every((p) => p.percent);

  if (!target) return judgeWithoutAnnual(points, shares, mayDip);

  const direct = compatible(target, points[0]);
  if (!direct && !shares) return { kind: "skip", reason: "units-differ" };
  const readings: SeriesReading[] = [];
  const last = points[points.length - 1];
  if (direct) {
    if (same(last, target) && (climbs(points) || (descends(points) && lowerIsBetter()))) readings.push("cumulative");
    if (addsUpTo(points, target.value, target.slack)) readings.push("incremental");
    if (points.every((p) => same(p, target))) readings.push("constant");
  }
  if (shares && (sharesCumulative(points) || sharesIncremental(points))) readings.push("percentOfAnnual");
  if (readings.length > 0) return fits(readings);

  const endsAtAnnual = (direct && same(last, target)) || (shares && close(last.value, 100, last.slack));
  if (endsAtAnnual) {
    // A level (an index, a percentage, a rate) or one that a lower-is-better indicator brings
    // down may wander on the way: not judged.
    if (mayDip()) return { kind: "skip", reason: "level" };
    const drop = firstDrop(points);
    if (drop) return drop;
  }
  return { kind: "misfit", closest: nearest(points, target, direct, shares) };
}

/** The verdict for a set of readings, one object per set: a table keeps a verdict per row, and most fit. */
const FITS = new Map<string, SeriesVerdict>();

function fits(readings: readonly SeriesReading[]): SeriesVerdict {
  const key = readings.length === 1 ? readings[0] : readings.join(",");
  let verdict = FITS.get(key);
  if (verdict === undefined) FITS.set(key, (verdict = Object.freeze({ kind: "fits", readings: Object.freeze([...readings]) })));
  return verdict;
}

/**
 * Without an annual target only one thing is sure: a series that is plainly cumulative must not go
 * down. A level, or a lower-is-better indicator, may (`mayDip`).
 */
function judgeWithoutAnnual(points: Quantity[], shares: boolean, mayDip: () => boolean): SeriesVerdict {
  if (mayDip()) return { kind: "skip", reason: "no-annual" };
  const drop = firstDrop(points);
  if (shares && sharesIncremental(points)) return { kind: "fits", readings: ["percentOfAnnual"] };
  if (shares && close(points[points.length - 1].value, 100, points[points.length - 1].slack)) {
    return drop ?? { kind: "fits", readings: ["percentOfAnnual"] };
  }
  if (drop && looksCumulative(points)) return drop;
  return { kind: "skip", reason: "no-annual" };
}

/**
 * A long climb with a slip: at least four steps, three rises for every fall, and the last the
 * highest (`1 Laporan … 5 Laporan, 4 Laporan, 7 Laporan … 12 Laporan`). Four quarters alone
 * (`3, 6, 5, 12`) could as well be a split of an annual target nobody wrote down.
 */
function looksCumulative(points: Quantity[]): boolean {
  let rises = 0;
  let falls = 0;
  for (let i = 1; i < points.length; i++) {
    if (close(points[i].value, points[i - 1].value, points[i].slack + points[i - 1].slack)) continue;
    if (points[i].value > points[i - 1].value) rises++;
    else falls++;
  }
  const last = points[points.length - 1].value;
  return points.length >= 5 && rises >= 3 * falls && points.every((p) => p.value <= last + p.slack);
}

// ---------------------------------------------------------------------------------------------
// Quantities

const PERCENT_SATUAN = /^(%|persen|prosen|persentase|prosentase|percent)$/i;

interface SatuanMeaning {
  percent: boolean;
  unit?: string;
}

/** A satuan's meaning, read once per text in an analysis (a column of satuan repeats a few words). */
const satuanOf = perText((text: string): SatuanMeaning => {
  const t = normalizeUnit(text);
  if (PERCENT_SATUAN.test(t)) return { percent: true };
  return t && /\p{L}/u.test(t) ? { percent: false, unit: t } : { percent: false };
});

/** A unit as compared: lower case, brackets and dots as spaces (`Dok.` and `dok` agree). */
const normalizeUnit = perText((unit: string): string => unit.toLowerCase().replace(/[().]/g, " ").replace(/\s+/g, " ").trim());

function quantityOf(v: Extract<ParsedValue, { kind: "number" }>, index: number, satuan: SatuanMeaning): Quantity {
  const percent = !!v.percent || (!v.unit && satuan.percent);
  const unit = percent ? undefined : v.unit ? normalizeUnit(v.unit) : satuan.unit;
  const decimals = v.decimals ?? decimalsOf(v.value);
  // Whole counts are exact; a whole percent is usually a rounded share (33% of a third).
  const slack = decimals > 0 ? 0.5 * 10 ** -decimals : percent ? 0.5 : 0;
  return { index, value: v.value, percent, unit, slack };
}

function decimalsOf(n: number): number {
  if (Number.isInteger(n)) return 0;
  const s = String(n);
  const dot = s.indexOf(".");
  return dot < 0 || /e/i.test(s) ? 0 : Math.min(6, s.length - dot - 1);
}

/**
 * Two quantities measure the same thing: both percents, or the same unit (`Laporan` and
 * `Laporan Triwulan`, `Kop` and `Koperasi`), or one of them a bare number.
 */
function compatible(a: Quantity, b: Quantity): boolean {
  if (a.percent || b.percent) return (a.percent || bare(a)) && (b.percent || bare(b));
  return a.unit === undefined || b.unit === undefined || sameUnit(a.unit, b.unit);
}

function bare(q: Quantity): boolean {
  return !q.percent && q.unit === undefined;
}

function sameUnit(a: string, b: string): boolean {
  return a === b || a.startsWith(b) || b.startsWith(a) || a.split(" ")[0] === b.split(" ")[0];
}

// ---------------------------------------------------------------------------------------------
// Comparing at the precision shown

/** Equal when the ranges the two shown numbers stand for overlap (`11,8` and `11,76`; not `99%` and `100%`). */
function close(a: number, b: number, slack: number): boolean {
  const diff = Math.abs(a - b);
  const eps = 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return diff <= eps || diff < slack - eps;
}

function same(a: Quantity, b: Quantity): boolean {
  return close(a.value, b.value, a.slack + b.slack);
}

/**
 * The sum of the periods with the slack of the precision typed: half a unit of the coarsest number,
 * not half a unit per period (twelve whole percents would otherwise hide a 6-point gap, and
 * 8% × 11 + 7% = 95% would pass for 100%).
 */
function total(points: Quantity[]): { value: number; slack: number } {
  let value = 0;
  let slack = -Infinity;
  for (const p of points) {
    value += p.value;
    if (p.slack > slack) slack = p.slack;
  }
  return { value, slack };
}

/**
 * The periods add up to `value` at the precision typed, or they are an even split of it rounded to
 * that precision (8,33% twelve times, 33% three times: each the share rounded, so the sum may miss
 * by the rounding of every period, and rightly).
 */
function addsUpTo(points: Quantity[], value: number, slack: number): boolean {
  const sum = total(points);
  if (close(sum.value, value, sum.slack + slack)) return true;
  const share = value / points.length;
  return points.every((p) => close(p.value, share, p.slack + 1e-9));
}

/** A fall larger than the precision shown, from one stated period to the next. */
function firstDrop(points: Quantity[]): Extract<SeriesVerdict, { kind: "decrease" }> | undefined {
  for (let i = 1; i < points.length; i++) {
    const [before, at] = [points[i - 1], points[i]];
    if (at.value < before.value && !same(at, before)) return { kind: "decrease", at: at.index, previous: before.index, value: at.value, previousValue: before.value };
  }
  return undefined;
}

function climbs(points: Quantity[]): boolean {
  return firstDrop(points) === undefined;
}

function descends(points: Quantity[]): boolean {
  return points.every((p, i) => i === 0 || p.value <= points[i - 1].value || same(p, points[i - 1]));
}

function sharesCumulative(points: Quantity[]): boolean {
  const last = points[points.length - 1];
  return close(last.value, 100, last.slack) && climbs(points);
}

function sharesIncremental(points: Quantity[]): boolean {
  return addsUpTo(points, 100, 0);
}

/** The reading whose number came nearest, relative to what it should be; cumulative first on a tie. */
function nearest(points: Quantity[], target: Quantity, direct: boolean, shares: boolean): Closest {
  const last = points[points.length - 1].value;
  const sum = total(points).value;
  // A bare annual beside percents was compared as a percent: say so in the numbers shown.
  const unit = target.percent || (direct && points[0].percent) ? "%" : (target.unit ?? points.find((p) => p.unit)?.unit ?? "");
  const candidates: Closest[] = [];
  if (direct) {
    candidates.push({ reading: "cumulative", measure: "last", expected: target.value, actual: last, unit });
    candidates.push({ reading: "incremental", measure: "sum", expected: target.value, actual: sum, unit });
  }
  if (shares) {
    candidates.push({ reading: "percentOfAnnual", measure: "last", expected: 100, actual: last, unit: "%" });
    candidates.push({ reading: "percentOfAnnual", measure: "sum", expected: 100, actual: sum, unit: "%" });
  }
  const distance = (c: Closest) => Math.abs((c.actual ?? 0) - (c.expected ?? 0)) / Math.max(Math.abs(c.expected ?? 0), 1e-9);
  return candidates.reduce((best, c) => (distance(c) < distance(best) - 1e-12 ? c : best));
}

// ---------------------------------------------------------------------------------------------
// Ranges and grades

/** An annual range (`80–90%`): a period target inside it stands for it. */
function judgeAgainstRange(annual: Extract<ParsedValue, { kind: "range" }>, stated: Array<{ v: ParsedValue; index: number }>, satuan: SatuanMeaning): SeriesVerdict {
  const sameRange = (v: ParsedValue) => v.kind === "range" && v.low === annual.low && v.high === annual.high;
  if (stated.every(({ v }) => sameRange(v))) return { kind: "fits", readings: ["constant"] };
  if (stated.some(({ v }) => v.kind === "range" && !sameRange(v))) return { kind: "skip", reason: "range" };
  // A period holding the range itself stands at its upper end.
  const points = stated.map(({ v, index }) =>
    v.kind === "number" ? quantityOf(v, index, satuan) : { index, value: annual.high, percent: !!annual.percent, slack: 0 },
  );
  const bound: Quantity = { index: -1, value: annual.low, percent: !!annual.percent || (!annual.unit && satuan.percent), unit: annual.unit ? normalizeUnit(annual.unit) : satuan.unit, slack: 0 };
  if (!points.every((p) => compatible(p, bound))) return { kind: "skip", reason: "units-differ" };
  const inside = (value: number, slack: number) => value >= annual.low - slack && value <= annual.high + slack;
  const last = points[points.length - 1];
  const sum = total(points);
  const readings: SeriesReading[] = [];
  if (climbs(points) && inside(last.value, last.slack)) readings.push("cumulative");
  if (inside(sum.value, sum.slack)) readings.push("incremental");
  if (points.every((p) => inside(p.value, p.slack))) readings.push("constant");
  if (readings.length > 0) return { kind: "fits", readings };
  if (inside(last.value, last.slack)) return firstDrop(points) ?? { kind: "skip", reason: "range" };
  const boundFor = (x: number) => (x < annual.low ? annual.low : annual.high);
  const unit = bound.percent ? "%" : (bound.unit ?? "");
  const byLast: Closest = { reading: "cumulative", measure: "last", expected: boundFor(last.value), actual: last.value, unit };
  const bySum: Closest = { reading: "incremental", measure: "sum", expected: boundFor(sum.value), actual: sum.value, unit };
  const gap = (c: Closest) => Math.abs((c.actual ?? 0) - (c.expected ?? 0));
  return { kind: "misfit", closest: gap(bySum) < gap(byLast) ? bySum : byLast };
}

type Graded = Extract<ParsedValue, { kind: "grade" }>;

/** Grades (SAKIP, opini, Ada/Tidak): constant, or rising by rank to the annual grade. */
function judgeGrades(annual: ParsedValue | undefined, stated: Array<{ v: ParsedValue; index: number }>): SeriesVerdict {
  const grades = stated.map(({ v }) => v).filter((v): v is Graded => v.kind === "grade");
  if (grades.length !== stated.length) return { kind: "skip", reason: "units-differ" };
  const scale = grades[0].scale;
  if (grades.some((g) => g.scale !== scale) || (annual && (annual.kind !== "grade" || annual.scale !== scale))) return { kind: "skip", reason: "units-differ" };
  // Ranks as exact quantities: a grade has no decimals to round.
  const points: Quantity[] = stated.map(({ index }, i) => ({ index, value: grades[i].rank, percent: false, slack: 0 }));
  const drop = firstDrop(points);
  if (!annual) return drop && looksCumulative(points) ? drop : { kind: "skip", reason: "no-annual" };
  const last = grades[grades.length - 1];
  if (last.rank !== annual.rank) {
    return { kind: "misfit", closest: { reading: "cumulative", measure: "last", unit: "", expectedGrade: annual.grade, actualGrade: last.grade } };
  }
  if (drop) return drop;
  return { kind: "fits", readings: grades.every((g) => g.rank === annual.rank) ? ["constant"] : ["cumulative"] };
}
