/**
 * Dates where a number belongs. Excel turns a typed `1/4` (a quarter, a fraction) into 1 April
 * and shows it under a date format; the serial number behind it (45383) is no amount, and
 * reading it as one would be a silent, large mistake. Dates typed as text (`01/04/2024`) are no
 * amount either. Both are reported, with the date as the person sees it.
 */
import { perFormat, positiveSection } from "./format";

/** Month names and abbreviations staff write, Indonesian and English, lower-cased. */
const MONTH_WORDS = [
  "januari", "january", "jan",
  "februari", "pebruari", "february", "feb", "peb",
  "maret", "march", "mar",
  "april", "apr",
  "mei", "may",
  "juni", "june", "jun",
  "juli", "july", "jul",
  "agustus", "august", "agu", "agt", "ags", "aug",
  "september", "sept", "sep",
  "oktober", "october", "okt", "oct",
  "november", "nopember", "nov", "nop",
  "desember", "december", "des", "dec",
];

const NUMERIC_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;
const MONTH = `(?:${MONTH_WORDS.join("|")})\\.?`;
const WORD_DATE = new RegExp(`^\\d{1,2}[\\s-]+${MONTH}[\\s-]+\\d{2,4}$`, "i");
/** `1-Apr`, `01 April`, `April 2024`: how a date format may show a date without its year or day. */
const SHORT_WORD_DATE = new RegExp(`^(?:\\d{1,2}[\\s-]+${MONTH}|${MONTH}[\\s-]+\\d{2,4})$`, "i");

/**
 * Whole-cell text that is a date: `01/04/2024`, `1-4-24`, `2024-04-01`, `1 April 2024`,
 * `01-Apr-2024`. A dotted date needs a four-digit year (`01.04.2024`), so no number is ever
 * taken for one; a day-month pair without a year (`1/4`) is left to the number reader.
 */
export function isDateText(text: string): boolean {
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) {
    const [, a, separator, b, year] = numeric;
    if (separator === "." && year.length !== 4) return false;
    const first = Number(a);
    const second = Number(b);
    // Day/month or month/day: one of the two must be a month, neither may be 0 or above 31.
    return first >= 1 && second >= 1 && first <= 31 && second <= 31 && (first <= 12 || second <= 12);
  }
  const iso = ISO_DATE.exec(text);
  if (iso) return Number(iso[2]) >= 1 && Number(iso[2]) <= 12 && Number(iso[3]) >= 1 && Number(iso[3]) <= 31;
  return WORD_DATE.test(text);
}

/**
 * A number format that shows a date (`dd/mm/yyyy`, `d-mmm`, `mmmm yyyy`, `[$-421]dd mmmm yyyy`):
 * day, month or year codes and no digit placeholder. Times alone (`h:mm`) are not dates but are
 * no amount either, so they count too.
 */
export const isDateFormat: (format: string | undefined) => boolean = perFormat(readDateFormat);

function readDateFormat(format: string | undefined): boolean {
  if (format === undefined) return false;
  const codes = positiveSection(format);
  if (/^general$/i.test(codes.trim()) || /[0#?]/.test(codes)) return false;
  return /[dmyhs]/i.test(codes.replace(/E[+-]/gi, ""));
}

/**
 * Displayed text of a stored number that reads as a date: how an adapter renders a date cell whose
 * format it did not pass on (`2024-04-01`, `1-Apr`). Only asked of cells holding a number.
 */
export function looksLikeDateText(text: string | undefined): boolean {
  if (!text) return false;
  const t = text.trim();
  return isDateText(t) || SHORT_WORD_DATE.test(t);
}

/** A date serial (1900 system) as `dd/mm/yyyy`, for a date cell whose displayed text the adapter did not give. */
export function serialDateText(serial: number): string {
  const date = new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86400000));
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}
