/**
 * The shape of a typed value before the column's dot/comma convention is known: empty, grade,
 * text, invalid, a quantity (with its digits still possibly ambiguous) or a range of two.
 * Reading in two steps lets parseColumn vote on the convention with every cell's own evidence.
 */
import type { ParsedValue } from "../model";
import { cleanText, stripComparator, stripCurrencyPrefix, stripTrailingDash } from "./clean";
import { isDateText } from "./dates";
import { gradeOf } from "./grades";
import { readSeparators, type SeparatorReading } from "./separators";
import { CASE_SENSITIVE_SCALES, CURRENCY_SUFFIXES, EMPTY_MARKERS, PERCENT_WORDS, RANGE_WORDS, SCALE_WORDS } from "./words";

/** Why a value that looks like a number is not read (the `reason` of kind `invalid`). */
export type InvalidReason =
  /** A character that has no place in a number: `11\`,76%`, `$1,67%`, `12a5`. */
  | "stray-character"
  /** A letter O typed for a zero: `1O0`, `O,5`. */
  | "letter-o-for-zero"
  /** A space splitting the digits: `21,2 5%`, `2 1,25 5 %`, `21, 25 %`. */
  | "space-inside-number"
  /** Separators that fit no convention: `1.2.3`, `12,34,567`, `1,5.`. */
  | "malformed-number"
  /** A range whose first end is above its second: `90–80%`. */
  | "range-reversed"
  /** The cell shows a spreadsheet error: `#DIV/0!`, `#REF!`. */
  | "formula-error"
  /**
   * More than 15 significant digits (`1.234.567.890.123.456.789`): a double, and Excel itself, keep
   * only 15, so any reading would silently be another amount.
   */
  | "too-many-digits"
  /** A value too large for any number (a run of more than 308 digits, or a scale word on top): never Infinity. */
  | "too-large"
  /**
   * A date where a number belongs: a cell with a date format (usually Excel's auto-format of a typed
   * `1/4`), or date text such as `01/04/2024`. Not an amount; reported as a warning.
   */
  | "date"
  /** A formula saved without its result that the engine could not compute (engine/formulas says why). */
  | "formula-not-calculated";

type Readable = Exclude<SeparatorReading, { kind: "malformed" }>;

export interface Quantity {
  reading: Readable;
  negative: boolean;
  percent: boolean;
  /** Multiplier from a scale word (`Jt` → 1e6), 1 when none. */
  scale: number;
  unit?: string;
}

export type Shape =
  | Extract<ParsedValue, { kind: "empty" | "grade" | "text" | "invalid" }>
  /** `atMost`: written after an upper-bound comparator (`maks. 5`, `≤ 3`, `paling lama 14 hari`). */
  | { kind: "quantity"; quantity: Quantity; atMost?: true }
  | { kind: "range"; low: Quantity; high: Quantity; atMost?: true };

type QuantityOrInvalid = { kind: "quantity"; quantity: Quantity } | { kind: "invalid"; reason: InvalidReason };

const EMPTY = new Set(EMPTY_MARKERS);
const LONGEST_EMPTY_MARKER = Math.max(...EMPTY_MARKERS.map((m) => m.length));

/** `-`, `n/a`…, in any case; a longer text (a name) is never lowered to find out. */
function isEmptyMarker(text: string): boolean {
  return text.length <= LONGEST_EMPTY_MARKER && EMPTY.has(text.toLowerCase());
}

/** What a double (and Excel) keeps exactly: beyond it, `…456.789` silently becomes `…456.800`. */
export const MAX_SIGNIFICANT_DIGITS = 15;

/** Digits between the first and the last non-zero digit (`45.865.000` → 5, `0,0125` → 3). */
export function significantDigits(token: string): number {
  const digits = token.replace(/\D/g, "").replace(/^0+/, "").replace(/0+$/, "");
  return digits.length;
}
const NUMBER_START = /^([-–−]?)(\d[\d.,]*)(.*)$/s;
const RANGE_SEPARATOR = new RegExp(`^(\\d[\\d.,]*\\s*%?)\\s*(?:[-–—]|${RANGE_WORDS.map(escape).join("|")})\\s*(\\d.*)$`, "i");

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

function invalid(text: string, reason: InvalidReason): Shape {
  return { kind: "invalid", text, reason };
}

/** The first word of `rest` as a scale multiplier, if it is one. */
function scaleWordAt(rest: string): { scale: number; rest: string } | undefined {
  const word = /^(\S+)(.*)$/s.exec(rest);
  if (!word) return undefined;
  const scale = CASE_SENSITIVE_SCALES[word[1]] ?? SCALE_WORDS[word[1].toLowerCase()];
  return scale === undefined ? undefined : { scale, rest: word[2].trim() };
}

function percentWordAt(rest: string): string | undefined {
  const lower = rest.toLowerCase();
  const word = PERCENT_WORDS.find((w) => lower === w || lower.startsWith(w + " "));
  return word === undefined ? undefined : rest.slice(word.length).trim();
}

/** What follows the number: `%`, a scale word, a unit; or the noise that makes it unreadable. */
function readQuantity(body: string): QuantityOrInvalid | undefined {
  const m = NUMBER_START.exec(body);
  if (!m) return undefined;
  const [, sign, token] = m;
  let rest = m[3];
  const fail = (reason: InvalidReason): QuantityOrInvalid => ({ kind: "invalid", reason });
  if (/^\s+[\d.,]/.test(rest) || (/[.,]$/.test(token) && /^\s+\d/.test(rest))) return fail("space-inside-number");
  if (/^[oO]+(?=[\d.,%\s]|$)/.test(rest)) return fail("letter-o-for-zero");
  if (/^[^\s\p{L}%]/u.test(rest)) return fail("stray-character");
  if (/^\p{L}+\d/u.test(rest)) return fail("stray-character");
  const reading = readSeparators(token);
  if (reading.kind === "malformed") return fail("malformed-number");
  if (significantDigits(token) > MAX_SIGNIFICANT_DIGITS) return fail("too-many-digits");
  rest = rest.trim();
  let percent = false;
  let scale = 1;
  if (rest.startsWith("%")) {
    percent = true;
    rest = rest.slice(1).trim();
  } else if (percentWordAt(rest) !== undefined) {
    percent = true;
    rest = percentWordAt(rest) as string;
  } else {
    const scaled = scaleWordAt(rest);
    if (scaled) ({ scale, rest } = scaled);
  }
  // `1 (satu) Dokumen`: the number spelled out again in words.
  rest = rest.replace(/^\([\p{L}\s]+\)\s*/u, "");
  if (CURRENCY_SUFFIXES.includes(rest.toLowerCase())) rest = "";
  // `3 Kop%`: a percent sign after the unit says the person meant something else than a count.
  if (rest.includes("%") && !percent) return fail("stray-character");
  const quantity: Quantity = { reading, negative: sign !== "", percent, scale };
  if (rest !== "") quantity.unit = rest;
  return { kind: "quantity", quantity };
}

/** Text that does not start with a number: words, or noise in front of digits. */
function withoutLeadingNumber(text: string, body: string): Shape {
  if (!/\d/.test(body)) return { kind: "text", text };
  if (/^[oO][\d.,]/.test(body)) return invalid(text, "letter-o-for-zero");
  if (/^[.,]\d/.test(body)) return invalid(text, "malformed-number");
  if (/^[^\p{L}\d\s]+\s*\d/u.test(body)) return invalid(text, "stray-character");
  return { kind: "text", text };
}

function rangeOf(text: string, body: string): Shape | undefined {
  const m = RANGE_SEPARATOR.exec(body);
  if (!m) return undefined;
  const low = readQuantity(m[1].trim());
  const high = readQuantity(m[2].trim());
  if (!low || !high) return undefined;
  if (low.kind === "invalid") return invalid(text, low.reason);
  if (high.kind === "invalid") return invalid(text, high.reason);
  // `80–90%` and `1–2 M`: what is written after the second end applies to both.
  const lowQ: Quantity = { ...low.quantity, percent: low.quantity.percent || high.quantity.percent };
  if (lowQ.scale === 1) lowQ.scale = high.quantity.scale;
  if (high.quantity.unit !== undefined) lowQ.unit = high.quantity.unit;
  const highQ: Quantity = { ...high.quantity, percent: lowQ.percent };
  return { kind: "range", low: lowQ, high: highQ };
}

/** The text without a currency in front, a dash behind or an upper-bound word (`maks.`). */
function bodyOf(text: string): { body: string; atMost?: boolean } {
  return stripComparator(stripTrailingDash(stripCurrencyPrefix(text).body));
}

function emptyOrText(text: string): Shape {
  const { body } = bodyOf(text);
  return body === "" || isEmptyMarker(body) ? { kind: "empty" } : { kind: "text", text };
}

/**
 * Reads typed text into its shape. `numbers: false` for a column that holds no number (a name, a
 * unit, a person): its text is text, or empty, whatever digits it has (`Jumlah koperasi 2024`,
 * `1.02.01 Program …`); only a number column reads quantities, ranges and dates out of it.
 */
export function shapeOf(raw: string, numbers = true): Shape {
  const text = cleanText(raw);
  if (text === "" || isEmptyMarker(text)) return { kind: "empty" };
  if (text.startsWith("#") && /^#(DIV\/0!|N\/A|NAME\?|NULL!|NUM!|REF!|VALUE!|SPILL!|CALC!|GETTING_DATA)$/i.test(text)) {
    return invalid(text, "formula-error");
  }
  const grade = gradeOf(text);
  if (grade) return grade;
  // Without a digit (an indikator, a program's name) there is no number, range or date to read.
  if (!numbers || !/\d/.test(text)) return emptyOrText(text);
  if (isDateText(text)) return invalid(text, "date");
  const { body, atMost } = bodyOf(text);
  if (body === "" || isEmptyMarker(body)) return { kind: "empty" };
  const range = rangeOf(text, body);
  if (range) return atMost && range.kind === "range" ? { ...range, atMost } : range;
  const quantity = readQuantity(body);
  if (!quantity) return withoutLeadingNumber(text, body);
  if (quantity.kind === "invalid") return invalid(text, quantity.reason);
  return atMost ? { ...quantity, atMost } : quantity;
}
