// Placeholder until the number reader lands (replaced in the same session).
import type { GridCell, NumberConvention, ParsedValue, Role } from "../model";

export interface ColumnHint {
  role?: Role;
  /** Multiplier from the header, e.g. 1e6 for `Rp. (juta)`. */
  scale?: number;
}

/** Parses a whole column, deciding the dot/comma convention from all its values. */
export function parseColumn(_cells: ReadonlyArray<GridCell | null>, _hint: ColumnHint = {}): ParsedValue[] {
  throw new Error("parseColumn: not implemented yet");
}

/** Parses one cell; pass the column's convention when known. */
export function parseValue(
  _cell: GridCell | null,
  _hint: ColumnHint & { convention?: NumberConvention } = {},
): ParsedValue {
  throw new Error("parseValue: not implemented yet");
}
