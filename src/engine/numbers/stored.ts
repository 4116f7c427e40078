/**
 * Numbers the spreadsheet stores as numbers: the value is exact; the number format (or the
 * displayed text) says whether it is a percentage and how many decimals the person sees.
 */
import type { GridCell, ParsedValue } from "../model";
import { isDateFormat, looksLikeDateText, serialDateText } from "./dates";
import { formatInfo, generalDecimals, isGeneralFormat } from "./format";
import { readSeparators, tidy, valueOf, type Digits } from "./separators";

/** The decimals of the displayed text, choosing the reading that matches the stored value. */
function decimalsFromText(text: string, shown: number): number | undefined {
  const token = /\d[\d.,]*\d|\d/.exec(text)?.[0];
  if (!token) return undefined;
  const reading = readSeparators(token);
  const candidates: Digits[] = reading.kind === "clear" ? [reading.number] : reading.kind === "ambiguous" ? [reading.asThousands, reading.asDecimal] : [];
  const tolerance = (d: Digits) => 0.5 * 10 ** -d.decimals + 1e-9;
  return candidates.find((d) => Math.abs(valueOf(d) - Math.abs(shown)) <= tolerance(d))?.decimals;
}

/** A stored number: `0.3` with `0%` → 30 percent; `45865000` with `#,##0` → 45 865 000. */
export function fromStoredNumber(cell: GridCell & { value: number }, scale: number): ParsedValue {
  const text = cell.text?.trim() ?? "";
  // A date under a date format (or shown as one): its serial number is no amount.
  if (isDateFormat(cell.format) || (isGeneralFormat(cell.format) && looksLikeDateText(text))) {
    const shown = text !== "" && text !== String(cell.value) ? text : serialDateText(cell.value);
    return { kind: "invalid", text: shown, reason: "date" };
  }
  const info = formatInfo(cell.format);
  const percent = info.percent || (isGeneralFormat(cell.format) && text.endsWith("%"));
  const value = percent ? tidy(cell.value * 100) : tidy(cell.value * scale);
  if (!Number.isFinite(value)) return { kind: "invalid", text: text || String(cell.value), reason: "too-large" };
  const decimals = !isGeneralFormat(cell.format) ? (info.decimals ?? 0) : (decimalsFromText(text, value) ?? generalDecimals(value));
  const out: ParsedValue = { kind: "number", value, decimals };
  if (percent) out.percent = true;
  return out;
}
