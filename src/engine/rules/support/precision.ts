/** How precisely a number is shown: the unit of its last shown digit, in the value's own units. */
import type { Grid, ParsedValue } from "../../model";
import { formatInfo, generalDecimals, isGeneralFormat } from "../../numbers/format";
import { readSeparators, valueOf, type Digits } from "../../numbers/separators";

/** The decimals typed in a text (`612,40` → 2), choosing the reading that gives the value shown. */
function typedDecimals(text: string | undefined, shown: number): number | undefined {
  const token = text && /\d[\d.,]*\d|\d/.exec(text)?.[0];
  if (!token) return undefined;
  const reading = readSeparators(token);
  const candidates: Digits[] = reading.kind === "clear" ? [reading.number] : reading.kind === "ambiguous" ? [reading.asThousands, reading.asDecimal] : [];
  return candidates.find((d) => Math.abs(valueOf(d) - Math.abs(shown)) <= 1e-9 * Math.max(1, Math.abs(shown)))?.decimals;
}

/**
 * The decimals a cell shows at its column's scale: its number format for a stored number, else
 * what was typed (`1.250,75` in a `(Rp. Juta)` column shows two).
 */
export function shownDecimals(grid: Grid, row: number, col: number, value: Extract<ParsedValue, { kind: "number" }>, scale: number): number {
  const raw = grid.rows[row]?.[col];
  if (raw && typeof raw.value === "number" && !isGeneralFormat(raw.format)) return formatInfo(raw.format).decimals ?? 0;
  const shown = value.value / scale;
  const typed = typeof raw?.value === "string" ? typedDecimals(raw.text ?? raw.value, shown) : undefined;
  return Math.min(6, typed ?? generalDecimals(shown));
}

/**
 * One unit of the last digit shown, in the value's units: 1 rupiah for `#,##0`, 1.000.000 for a
 * whole number in a `(Rp. Juta)` column, 0,01 point for `85,33%`.
 */
export function shownUnit(grid: Grid, row: number, col: number, value: Extract<ParsedValue, { kind: "number" }>, columnScale = 1): number {
  const scale = value.percent ? 1 : columnScale;
  return scale * 10 ** -shownDecimals(grid, row, col, value, scale);
}
