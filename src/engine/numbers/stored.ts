/**
 * Numbers the spreadsheet stores as numbers: the value is exact; the number format (or the
 * displayed text) says whether it is a percentage and how many decimals the person sees.
 */
import type { GridCell, ParsedValue } from "../model";
import { isDateFormat, looksLikeDateText, serialDateText } from "./dates";
import { formatInfo, generalDecimals, isGeneralFormat, perFormat, type FormatInfo } from "./format";
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

/** All a number format says about a stored number, looked up once per cell. */
interface NumberLook extends FormatInfo {
  date: boolean;
  general: boolean;
}

const lookOf = perFormat((format): NumberLook => ({ ...formatInfo(format), date: isDateFormat(format), general: isGeneralFormat(format) }));

/** A stored number: `0.3` with `0%` → 30 percent; `45865000` with `#,##0` → 45 865 000. */
export function fromStoredNumber(cell: GridCell & { value: number }, scale: number): ParsedValue {
  const look = lookOf(cell.format);
  // Only General (and a date) reads the displayed text: a set format already says percent and decimals.
  const text = look.general || look.date ? (cell.text?.trim() ?? "") : "";
  // A whole number shown as plain digits in General (most typed numbers): no date, no percent, no
  // decimals, so none of the patterns below is needed.
  if (look.general && Number.isInteger(cell.value) && isPlainDigits(text)) {
    const value = tidy(cell.value * scale);
    if (Number.isFinite(value)) return { kind: "number", value, decimals: 0 };
  }
  // A date under a date format (or shown as one): its serial number is no amount.
  if (look.date || (look.general && looksLikeDateText(text))) {
    const shown = text !== "" && text !== String(cell.value) ? text : serialDateText(cell.value);
    return { kind: "invalid", text: shown, reason: "date" };
  }
  const percent = look.percent || (look.general && text.endsWith("%"));
  const value = percent ? tidy(cell.value * 100) : tidy(cell.value * scale);
  if (!Number.isFinite(value)) return { kind: "invalid", text: (cell.text?.trim() ?? "") || String(cell.value), reason: "too-large" };
  const decimals = !look.general ? (look.decimals ?? 0) : (decimalsFromText(text, value) ?? generalDecimals(value));
  const out: ParsedValue = { kind: "number", value, decimals };
  if (percent) out.percent = true;
  return out;
}

/** Digits only, with a minus in front or not (`45865000`, `-3`). */
function isPlainDigits(text: string): boolean {
  const start = text.charCodeAt(0) === 45 /* - */ ? 1 : 0;
  if (text.length <= start) return false;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * The stored numbers of one column, each distinct value under one format read once: a column
 * repeats its values (targets of 100, quarters of 3, amounts copied down: 60% of the stored numbers
 * in the fixtures' number columns repeat one above them), and every value read is an object the
 * check keeps. A reading depends on the value alone when the format decides (not General, not a
 * date) or when a General whole number shows as plain digits; values are never changed after
 * reading, so the cells share them. Anything else, and anything but a number, is read cell by cell.
 */
export class StoredNumbers {
  private readonly byLook = new Map<NumberLook, Map<number, ParsedValue>>();

  constructor(private readonly scale: number) {}

  read(cell: GridCell & { value: number }): ParsedValue {
    const look = lookOf(cell.format);
    const n = cell.value;
    const byValue = !look.date && (!look.general || (Number.isInteger(n) && isPlainDigits(cell.text?.trim() ?? "")));
    if (!byValue) return fromStoredNumber(cell, this.scale);
    let known = this.byLook.get(look);
    if (known === undefined) this.byLook.set(look, (known = new Map()));
    let value = known.get(n);
    if (value === undefined) {
      value = fromStoredNumber(cell, this.scale);
      if (value.kind === "number") known.set(n, value);
    }
    return value;
  }
}
