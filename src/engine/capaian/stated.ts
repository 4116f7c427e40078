/**
 * A stated capaian against the recomputed one, at the precision the cell shows: `77` for
 * 77,5 is the same number rounded or truncated, `83` for 84,0 is not (DOMAIN.md, "Capaian").
 */
import type { ParsedValue } from "../model";

/**
 * How a sheet keeps its capaian: "points" (87,5 or "87,5%" typed, or 0.875 under a % format, which
 * the number reader already turns into 87.5) or "fraction" (a bare 0.875 with no % anywhere).
 */
export type CapaianStorage = "points" | "fraction";

/** How many decimals a stated value shows: from the number format or the digits typed. */
export function shownDecimals(value: ParsedValue, text: string): number {
  if (value.kind === "number" && value.decimals !== undefined) return value.decimals;
  const m = /[.,](\d+)\s*%?\s*$/.exec(text.trim());
  return m ? m[1].length : 0;
}

/** The stated value equals the expected one rounded or truncated to `decimals`. */
export function agreesAtPrecision(stated: number, expected: number, decimals: number): boolean {
  const f = 10 ** Math.min(decimals, 6);
  const tiny = 1e-7 * Math.max(1, Math.abs(expected));
  const rounded = Math.round(expected * f) / f;
  const truncated = Math.trunc(expected * f + (expected >= 0 ? tiny * f : -tiny * f)) / f;
  return Math.abs(stated - rounded) <= tiny + 1e-9 || Math.abs(stated - truncated) <= tiny + 1e-9 || Math.abs(stated - expected) <= tiny;
}

/** A bare number that reads better as a fraction of one (0.875 for 87.5). */
export function looksLikeFraction(value: ParsedValue, expected: number): boolean {
  return value.kind === "number" && !value.percent && value.value <= 1.5 && expected > 1.5 && Math.abs(value.value * 100 - expected) < Math.abs(value.value - expected);
}

/**
 * The stated capaian in percent points. In a sheet that keeps bare fractions every bare number is
 * one; elsewhere a bare fraction is read as such only when that is what the realisasi says, since
 * a single cell may have been typed so.
 */
export function statedPoints(value: ParsedValue, expected: number, storage: CapaianStorage = "points"): number | undefined {
  if (value.kind !== "number") return undefined;
  if (!value.percent && (storage === "fraction" ? Math.abs(value.value) <= 10 : looksLikeFraction(value, expected))) return value.value * 100;
  return value.value;
}
