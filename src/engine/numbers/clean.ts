/**
 * Normalising what staff type before reading it: odd spaces, dash variants, Excel's text
 * apostrophe, currency before and the `,-` after an amount (`Rp.150.825.000 ,-`).
 */
import { AT_MOST_PREFIXES, COMPARATOR_PREFIXES, CURRENCY_PREFIXES } from "./words";

const ODD_SPACE = /[\u00a0\u2007\u2009\u202f\t\r\n]| {2}/;

/** Non-breaking and thin spaces become plain spaces; runs of spaces become one. */
export function normalizeSpaces(text: string): string {
  // Most cells have none: one test instead of two replacements.
  if (!ODD_SPACE.test(text)) return text.trim();
  return text
    .replace(/[\u00a0\u2007\u2009\u202f\t\r\n]/g, " ")
    .replace(/ {2,}/g, " ")
    .trim();
}

/** The text as read: spaces normalised, a leading `'` (Excel's "typed as text" mark) dropped. */
export function cleanText(text: string): string {
  const spaced = normalizeSpaces(text);
  return spaced.startsWith("'") ? spaced.slice(1).trim() : spaced;
}

/**
 * `text` starts with `prefix` (lower case), its ASCII letters in either case: what
 * `text.toLowerCase().startsWith(prefix)` answers for these prefixes, without a lower-case copy
 * of every cell's whole text (most are names that start with no prefix at all).
 */
function startsWithLower(text: string, prefix: string): boolean {
  if (text.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 65 && c <= 90 ? c + 32 : c) !== prefix.charCodeAt(i)) return false;
    } else if (text.charAt(i).toLowerCase() !== prefix.charAt(i)) return false;
  }
  return true;
}

function startsWithWord(text: string, word: string): boolean {
  if (!startsWithLower(text, word)) return false;
  const next = text.charAt(word.length);
  // `Rp.150` and `Rp150` are fine; `Rpx` or `Minggu` is not a prefix.
  return next === "" || /[\s\d.:\-–]/.test(next) || /[.<>=≥≤±]$/.test(word);
}

/** Drops `Rp`, `Rp.`, `IDR` (and a `:` after them). */
export function stripCurrencyPrefix(text: string): { body: string; currency: boolean } {
  for (const prefix of CURRENCY_PREFIXES) {
    if (startsWithWord(text, prefix)) return { body: text.slice(prefix.length).replace(/^[\s.:]+/, ""), currency: true };
  }
  return { body: text, currency: false };
}

/** Drops the accountants' trailing `,-` / `.-` / `,--` (with stray spaces before it). */
export function stripTrailingDash(text: string): string {
  return text.replace(/\s*[,.]\s*[-–]+$/, "").trim();
}

/**
 * Drops `≥`, `>=`, `min.`, `maks`, `paling lama` before a target; `atMost` says the comparator made
 * the target an upper bound (lower is better).
 */
export function stripComparator(text: string): { body: string; atMost: boolean } {
  for (const prefix of COMPARATOR_PREFIXES) {
    if (startsWithLower(text, prefix) && (/[<>=≥≤±.]$/.test(prefix) || /^[\s\d]/.test(text.charAt(prefix.length)))) {
      return { body: text.slice(prefix.length).trim(), atMost: AT_MOST_PREFIXES.has(prefix) };
    }
  }
  return { body: text, atMost: false };
}
