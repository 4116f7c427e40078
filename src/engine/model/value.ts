/** What the number reader makes of one cell. */

export type Grade = string;

export type ParsedValue =
  /** Empty, `-`, `–`, `n/a`: no value (not zero). Budget sums count it as 0. */
  | { kind: "empty" }
  /**
   * A number. For percentages `value` is in percent points (`30%` → 30, and 0.3 with a `%`
   * format → 30) and `percent` is true. `unit` keeps a unit typed inside the value
   * (`3 KOP` → 3, unit "KOP"). Rupiah amounts are in rupiah (`694,29 M` → 694290000000).
   * `atMost` marks a target written as an upper bound (`maks. 5 hari`, `≤ 3`, `paling lama 14
   * hari`): a hint that the indikator is lower-is-better, which the polarity resolver uses.
   */
  | { kind: "number"; value: number; percent?: boolean; unit?: string; decimals?: number; atMost?: true }
  /** A range target such as `80–90%` (`atMost` as for a number). */
  | { kind: "range"; low: number; high: number; percent?: boolean; unit?: string; atMost?: true }
  /** A qualitative value on a known scale: SAKIP grade (AA…D), audit opinion (WTP…), Ada/Tidak. */
  | { kind: "grade"; scale: "sakip" | "opini" | "ada"; grade: Grade; rank: number }
  /** Words where a number was expected, with nothing numeric in them (e.g. a note). */
  | { kind: "text"; text: string }
  /** Looks like a number but cannot be read safely (`11\`,76`, `1O0`, `2 1,25 5 %`). */
  | { kind: "invalid"; text: string; reason: string };

/** How a column writes its numbers, decided from all its values together. */
export type NumberConvention = "id" | "en";
