/**
 * The number reader: what staff type in target, realisasi, capaian and anggaran cells, read
 * the way they mean it (DOMAIN.md "Reading numbers"). Text is read in two steps (shape, then
 * value) so that a column's dot/comma convention is decided from all its cells together.
 */
import { isTextRole, isUncalculated, type GridCell, type NumberConvention, type ParsedValue, type Role } from "../model";
import { conventionOfShapes } from "./convention";
import { shapeOf, type Shape } from "./shape";
import { fromStoredNumber, StoredNumbers } from "./stored";
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

type StoredNumberCell = GridCell & { value: number };

type CellReading = { stored: ParsedValue } | { shape: Shape; text: string };

/** What the spreadsheet stored, when that decides by itself (no text to read); else undefined. */
function storedValue(cell: GridCell | null, readNumber: (cell: StoredNumberCell) => ParsedValue): ParsedValue | undefined {
  if (!cell) return { kind: "empty" };
  // Saved without its result and not computable by engine/formulas: unknown, never empty.
  if (isUncalculated(cell)) return { kind: "invalid", text: cell.formula ?? "", reason: "formula-not-calculated" };
  const { value } = cell;
  if (typeof value === "number") return readNumber(cell as StoredNumberCell);
  if (typeof value === "boolean") return { kind: "text", text: value ? "TRUE" : "FALSE" };
  return undefined;
}

function typedText(cell: GridCell): string {
  return (cell.value as string | null | undefined) ?? cell.text ?? "";
}

function readCell(cell: GridCell | null, scale: number): CellReading {
  // One cell alone shares its reading with no other: read as it is.
  const stored = storedValue(cell, (c) => fromStoredNumber(c, scale));
  if (stored || !cell) return { stored: stored ?? { kind: "empty" } };
  const text = typedText(cell);
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
  const stored = new StoredNumbers(hint.scale ?? 1);
  const readNumber = (c: StoredNumberCell): ParsedValue => stored.read(c);
  // A column of names and words reads no number out of its text (a column of unknown role does).
  const numbers = hint.role === undefined || !isTextRole(hint.role);
  const out: ParsedValue[] = new Array<ParsedValue>(cells.length);
  // Typed text is read in two steps; its cells are listed apart so no wrapper is built per cell.
  // A column repeats its texts (a sasaran down its rows, "Unit", "Rp -"): each distinct text is
  // read once, and its value shared by the cells that hold it (values are never changed after).
  const at: number[] = [];
  const which: number[] = [];
  const shapes: Shape[] = [];
  const distinct = new Map<string, number>();
  const distinctShapes: Shape[] = [];
  const distinctTexts: string[] = [];
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    const value = storedValue(cell, readNumber);
    if (value || !cell) {
      out[i] = value as ParsedValue;
      continue;
    }
    const text = typedText(cell);
    let d = distinct.get(text);
    if (d === undefined) {
      d = distinctShapes.length;
      distinct.set(text, d);
      distinctShapes.push(shapeOf(text, numbers));
      distinctTexts.push(text);
    }
    at.push(i);
    which.push(d);
    // Every cell votes on the convention, repeated texts included.
    shapes.push(distinctShapes[d]);
  }
  const options = { convention: conventionOfShapes(shapes), role: hint.role, scale: hint.scale };
  const values = distinctShapes.map((shape, d) => toValue(shape, options, distinctTexts[d]));
  for (let k = 0; k < at.length; k++) out[at[k]] = values[which[k]];
  return out;
}

/** Parses one cell; pass the column's convention when known (else the cell and its role decide). */
export function parseValue(cell: GridCell | null, hint: ColumnHint & { convention?: NumberConvention } = {}): ParsedValue {
  const reading = readCell(cell, hint.scale ?? 1);
  const own = "shape" in reading ? conventionOfShapes([reading.shape]) : undefined;
  return finish(reading, hint, hint.convention ?? own);
}
