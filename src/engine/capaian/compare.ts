/**
 * The one comparison behind CAPAIAN_MISMATCH and SERAPAN_MISMATCH: a stated percentage against
 * what it should be, at the precision its cell shows.
 */
import type { CellRef, Severity } from "../model";
import { agreesAtPrecision, shownDecimals, statedPoints, type CapaianStorage } from "./stated";

/** Less than a point apart is likely rounding the person chose; more is a wrong value. */
export const WARNING_BELOW = 1;

/** A stated value that agrees with none of the expected ones. */
export interface Disagreement {
  /** Index into the expected values: the one nearest the stated value. */
  nearest: number;
  expected: number;
  actual: number;
  /** actual − expected, in percent points. */
  difference: number;
  severity: Severity;
}

/**
 * Undefined when the stated cell holds no number (text, a grade: nothing to compare) or agrees with
 * one of the expected values (percent points) rounded or truncated to its own decimals.
 */
export function disagreement(stated: CellRef, expected: readonly number[], storage: CapaianStorage = "points"): Disagreement | undefined {
  if (expected.length === 0) return undefined;
  const actual = statedPoints(stated.value, expected[0], storage);
  if (actual === undefined) return undefined;
  const decimals = shownDecimals(stated.value, stated.text);
  if (expected.some((e) => agreesAtPrecision(actual, e, decimals))) return undefined;
  let nearest = 0;
  expected.forEach((e, i) => {
    if (Math.abs(e - actual) < Math.abs(expected[nearest] - actual)) nearest = i;
  });
  const difference = actual - expected[nearest];
  return {
    nearest,
    expected: round(expected[nearest]),
    actual: round(actual),
    difference: round(difference),
    severity: Math.abs(difference) < WARNING_BELOW ? "warning" : "error",
  };
}

/** Four decimals: enough for 66,6667 and free of binary noise in messages and JSON. */
function round(n: number): number {
  return Math.round(n * 10000) / 10000;
}
