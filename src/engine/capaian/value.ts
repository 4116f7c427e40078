import type { ParsedValue, Polarity, Settings } from "../model";

/** Which formula produced a capaian, so the person can be told. */
export type CapaianMethod = "positive" | "negative-permenpan" | "negative-inverse" | "range" | "grade" | "mean";

export interface CapaianValue {
  /** Percent points (87.5 for 87,5%). */
  value: number;
  method: CapaianMethod;
}

function ratio(target: number, realisasi: number, polarity: Polarity, negativeFormula: Settings["negativeFormula"]): CapaianValue | null {
  if (target === 0) return null;
  if (polarity === "positive") return { value: (realisasi / target) * 100, method: "positive" };
  if (negativeFormula === "inverse") return realisasi === 0 ? null : { value: (target / realisasi) * 100, method: "negative-inverse" };
  return { value: Math.max(0, (2 - realisasi / target) * 100), method: "negative-permenpan" };
}

/**
 * Why a capaian has no number although target and realisasi are both there (see whyNoCapaian).
 * `target-zero`: a numeric target of 0, for which PermenPAN-RB 8/2021 (Lampiran, BAB VI) gives no
 * formula. `grade-not-met`: a qualitative target not reached, which reviewers judge as not met
 * rather than as a ratio.
 */
export type NoCapaianReason = "target-zero" | "grade-not-met";

/**
 * Capaian from parsed target and realisasi (DOMAIN.md, "Capaian"): a ratio for numbers,
 * the nearer bound for a range target, 100 for a qualitative target reached. Null when it cannot
 * be computed (a missing value, a zero target, a qualitative target not reached, mixed kinds):
 * never a guessed number.
 */
export function capaianOf(
  target: ParsedValue,
  realisasi: ParsedValue,
  polarity: Polarity,
  negativeFormula: Settings["negativeFormula"],
): CapaianValue | null {
  if (target.kind === "number" && realisasi.kind === "number") return ratio(target.value, realisasi.value, polarity, negativeFormula);
  if (target.kind === "range" && realisasi.kind === "number") {
    const r = realisasi.value;
    if (r >= target.low && r <= target.high) return { value: 100, method: "range" };
    const bound = r > target.high ? target.high : target.low;
    const c = ratio(bound, r, polarity, negativeFormula);
    return c && { value: c.value, method: "range" };
  }
  if (target.kind === "grade" && realisasi.kind === "grade" && target.scale === realisasi.scale) {
    // Met or not met, as reviewers judge a qualitative target: ranks count up from the lowest
    // grade, so a realisasi at or above the target's rank reaches it (100). A rank ratio
    // (WDP ÷ WTP = 75) has no source, so a target not reached gets no number.
    return realisasi.rank >= target.rank ? { value: 100, method: "grade" } : null;
  }
  return null;
}

/**
 * Why capaianOf has no number for a pair that is otherwise complete and comparable, when the
 * reason is one the person should hear (undefined for a missing value or mixed kinds).
 */
export function whyNoCapaian(target: ParsedValue, realisasi: ParsedValue): NoCapaianReason | undefined {
  if (target.kind === "number" && target.value === 0 && realisasi.kind === "number") return "target-zero";
  if (target.kind === "grade" && realisasi.kind === "grade" && target.scale === realisasi.scale && realisasi.rank < target.rank) return "grade-not-met";
  return undefined;
}

/** The predikat of a capaian (percent points) on a scale, highest band first. */
export function predikatOf(capaian: number, scale: Settings["predikatScale"], lang: "id" | "en" = "id"): string {
  const band = [...scale].sort((a, b) => b.min - a.min).find((b) => capaian >= b.min);
  return band ? band[lang] : "";
}
