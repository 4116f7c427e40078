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
 * Capaian from parsed target and realisasi (DOMAIN.md, "Capaian"): a ratio for numbers,
 * the nearer bound for a range target, reached-or-not on the grade scale for qualitative
 * targets. Null when it cannot be computed (a missing value, a zero target, mixed kinds).
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
    // Ranks count up from the lowest grade, so a realisasi at or above the target's rank reaches it.
    if (realisasi.rank >= target.rank) return { value: 100, method: "grade" };
    return target.rank === 0 ? null : { value: (realisasi.rank / target.rank) * 100, method: "grade" };
  }
  return null;
}

/** The predikat of a capaian (percent points) on a scale, highest band first. */
export function predikatOf(capaian: number, scale: Settings["predikatScale"], lang: "id" | "en" = "id"): string {
  const band = [...scale].sort((a, b) => b.min - a.min).find((b) => capaian >= b.min);
  return band ? band[lang] : "";
}
