/**
 * The number reader: what staff type in target, realisasi, capaian and anggaran cells, read
 * the way they mean it (DOMAIN.md "Reading numbers"). Text is read in two steps (shape, then
 * value) so that a column's dot/comma convention is decided from all its cells together.
 */
import { isUncalculated, type GridCell, type NumberConvention, type ParsedValue, type Role } from "../model";
import { conventionOfShapes } from "./convention";
import { shapeOf, type Shape } from "./shape";
import { fromStoredNumber } from "./stored";
import { toValue } from "./to-value";

export { detectConvention, resolveAmbiguous } from "./convention";
export type { InvalidReason } from "./shape";
export { MAX_SIGNIFICANT_DIGITS } from "./shape";
export { isDateFormat, isDateText } from "./dates";

export interface ColumnHint {
  role?: Role;
  /** Multiplier from the header, e.g. 1e6 for `Rp. (juta)`. */
  scale?: number;
}

type CellReading = { stored: ParsedValue } | { shape: Shape; text: string };

function readCell(cell: GridCell | null, scale: number): CellReading {
  if (!cell) return { stored: { kind: "empty" } };
  // Saved without its result and not computable by engine/formulas: unknown, never empty.
  if (isUncalculated(cell)) return { stored: { kind: "invalid", text: cell.formula ?? "", reason: "formula-not-calculated" } };
  const { value } = cell;
  if (typeof value === "number") return { stored: fromStoredNumber(cell as GridCell & { value: number }, scale) };
  if (typeof value === "boolean") return { stored: { kind: "text", text: value ? "TRUE" : "FALSE" } };
  const text = value ?? cell.text ?? "";
  return { shape: shapeOf(text), text };
}

function finish(reading: CellReading, hint: ColumnHint, convention: NumberConvention | undefined): ParsedValue {
  if ("stored" in reading) return reading.stored;
  return toValue(reading.shape, { convention, role: hint.role, scale: hint.scale }, reading.text);
}

/**
 * Parses a whole column, deciding the dot/comma convention from all its values: a column with
 * `32,535,393` is English, so its `1,500` is 1 500; one with `45.865.000` is Indonesian.
 */
export function parseColumn(cells: ReadonlyArray<GridCell | null>, hint: ColumnHint = {}): ParsedValue[] {
  const readings = cells.map((c) => readCell(c, hint.scale ?? 1));
  const convention = conventionOfShapes(readings.flatMap((r) => ("shape" in r ? [r.shape] : [])));
  return readings.map((r) => finish(r, hint, convention));
}

/** Parses one cell; pass the column's convention when known (else the cell and its role decide). */
export function parseValue(cell: GridCell | null, hint: ColumnHint & { convention?: NumberConvention } = {}): ParsedValue {
  const reading = readCell(cell, hint.scale ?? 1);
  const own = "shape" in reading ? conventionOfShapes([reading.shape]) : undefined;
  return finish(reading, hint, hint.convention ?? own);
}
