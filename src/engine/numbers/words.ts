/**
 * The words staff type around numbers, as data. Matching is on lower-cased, single-spaced text
 * unless a list says otherwise. Adding a spelling means adding a line here, not a branch.
 */

/** Whole-cell texts that mean "no value" (not zero): the dash family and the n/a family. */
export const EMPTY_MARKERS: readonly string[] = ["-", "--", "---", "–", "—", "n/a", "n.a", "n.a.", "na"];

/**
 * Multipliers written after a number. `M` is miliar in these documents (`694,29 M`), never
 * million and never meter: a lower-case `m` is left alone as a unit (see `CASE_SENSITIVE_SCALES`).
 */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  ribu: 1e3,
  rb: 1e3,
  "rb.": 1e3,
  juta: 1e6,
  jt: 1e6,
  "jt.": 1e6,
  miliar: 1e9,
  milyar: 1e9,
  "m.": 1e9,
  triliun: 1e12,
  trilyun: 1e12,
};

/** Scale abbreviations that only count in the exact case shown (`M` miliar, `m` is a unit). */
export const CASE_SENSITIVE_SCALES: Readonly<Record<string, number>> = { M: 1e9 };

/** Currency written before an amount (`Rp`, `Rp.`, `IDR`), compared lower-cased. */
export const CURRENCY_PREFIXES: readonly string[] = ["rp.", "rp", "idr"];

/** Currency written after an amount (`1,2 Juta Rupiah`): dropped, not kept as a unit. */
export const CURRENCY_SUFFIXES: readonly string[] = ["rupiah", "rp", "rp."];

/** Words for percent written after a number (`30 persen`). */
export const PERCENT_WORDS: readonly string[] = ["persen", "percent", "prosen"];

/**
 * Comparators before a target (`≥ 80%`, `min. 80%`): the number is the target itself, which is
 * how capaian reads it either way, so they are dropped from the number. Longer spellings first.
 */
export const COMPARATOR_PREFIXES: readonly string[] = [
  ">=",
  "<=",
  "≥",
  "≤",
  ">",
  "<",
  "±",
  "minimal",
  "minimum",
  "min.",
  "min",
  "maksimal",
  "maksimum",
  "maks.",
  "maks",
  "max.",
  "max",
  "paling lama",
  "paling banyak",
];

/**
 * The comparators that make the target an upper bound (`maks. 5 hari`, `≤ 3 kasus`, `paling lama
 * 14 hari`): the indikator is lower-is-better, kept on the value as `atMost` for the polarity.
 */
export const AT_MOST_PREFIXES: ReadonlySet<string> = new Set(["<=", "≤", "<", "maksimal", "maksimum", "maks.", "maks", "max.", "max", "paling lama", "paling banyak"]);

/** Words between the two ends of a range (`80 s.d. 90`), besides the dashes. */
export const RANGE_WORDS: readonly string[] = ["s.d.", "s.d", "s/d", "sd", "sampai dengan", "sampai", "hingga", "to"];

/** Words that may stand before a grade (`Predikat B`, `Opini WTP`): dropped. */
export const GRADE_PREFIXES: readonly string[] = ["predikat", "nilai", "opini", "kategori", "hasil"];

export type GradeScale = "sakip" | "opini" | "ada";

/**
 * Qualitative values and their rank on their scale (higher is better). SAKIP grades follow the
 * PermenPAN-RB evaluation scale AA > A > BB > B > CC > C > D; audit opinions WTP > WDP > TW >
 * TMP; presence scales put the absence at 0 so a missing thing scores nothing.
 */
export const GRADES: ReadonlyArray<{ words: readonly string[]; scale: GradeScale; grade: string; rank: number }> = [
  { words: ["aa"], scale: "sakip", grade: "AA", rank: 7 },
  { words: ["a"], scale: "sakip", grade: "A", rank: 6 },
  { words: ["bb"], scale: "sakip", grade: "BB", rank: 5 },
  { words: ["b"], scale: "sakip", grade: "B", rank: 4 },
  { words: ["cc"], scale: "sakip", grade: "CC", rank: 3 },
  { words: ["c"], scale: "sakip", grade: "C", rank: 2 },
  { words: ["d"], scale: "sakip", grade: "D", rank: 1 },
  { words: ["wtp", "wajar tanpa pengecualian"], scale: "opini", grade: "WTP", rank: 4 },
  { words: ["wdp", "wajar dengan pengecualian"], scale: "opini", grade: "WDP", rank: 3 },
  { words: ["tw", "tidak wajar"], scale: "opini", grade: "TW", rank: 2 },
  { words: ["tmp", "tidak memberikan pendapat", "tidak menyatakan pendapat", "disclaimer"], scale: "opini", grade: "TMP", rank: 1 },
  { words: ["ada", "ya", "tersedia", "terlaksana"], scale: "ada", grade: "Ada", rank: 1 },
  { words: ["tidak ada", "tidak", "tidak tersedia", "belum ada", "belum tersedia", "tidak terlaksana", "belum terlaksana"], scale: "ada", grade: "Tidak Ada", rank: 0 },
];
