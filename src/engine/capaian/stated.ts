/**
 * A stated capaian against the recomputed one, at the precision the cell shows: `77` for
 * 77,5 is the same number rounded or truncated, `83` for 84,0 is not (DOMAIN.md, "Capaian").
 */
import type { ParsedValue } from "../model";

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

/**
 * The stated capaian in percent points. A bare fraction (0.875 without a % sign or format)
 * is read as 87.5 when that is what the recomputed value says, since some sheets store it so.
 */
export function statedPoints(value: ParsedValue, expected: number): number | undefined {
  if (value.kind !== "number") return undefined;
  if (!value.percent && value.value <= 1.5 && expected > 1.5 && Math.abs(value.value * 100 - expected) < Math.abs(value.value - expected)) {
    return value.value * 100;
  }
  return value.value;
}
