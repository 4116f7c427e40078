/**
 * Header text as words: case-, spacing- and punctuation-insensitive, with glued words split where
 * the case changes ("SasaranStrategis" → sasaran strategis) and line breaks treated as spaces.
 * Phrases match on word boundaries but tolerate glue: "penanggungjawab" matches "penanggung jawab".
 */
import { perText } from "../remembered";

export { perText, withTextScope } from "../remembered";

/** The words of a header (or label) text, lowercased; `%` is a word of its own. Callers never mutate the array. */
export const words: (raw: string) => string[] = perText(splitWords);

/**
 * `SasaranStrategis`, `Target (%)`, `TW-1` → ["sasaran", "strategis"], ["target", "%"], ["tw", "1"]:
 * runs of letters and digits, a capital after a small letter starting a new word, `%` a word of its
 * own, lowercased. Read for every text of a sheet: ASCII text (nearly all) is cut by hand; other
 * text goes the way the rule reads in full (lowercasing may turn a letter into ASCII, `K` into k).
 */
export function splitWords(raw: string): string[] {
  for (let i = 0; i < raw.length; i++) if (raw.charCodeAt(i) >= 128) return splitWordsByPatterns(raw);
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= raw.length; i++) {
    const c = i < raw.length ? raw.charCodeAt(i) : 32;
    const upper = c >= 65 && c <= 90;
    if (upper || isSmallLetter(c) || (c >= 48 && c <= 57)) {
      if (start < 0) start = i;
      else if (upper && isSmallLetter(raw.charCodeAt(i - 1))) {
        out.push(raw.slice(start, i).toLowerCase());
        start = i;
      }
      continue;
    }
    if (start >= 0) out.push(raw.slice(start, i).toLowerCase());
    start = -1;
    if (c === 37 /* % */) out.push("%");
  }
  return out;
}

function isSmallLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** The same words by regular expressions: the rule as it reads in full, for text beyond ASCII. */
export function splitWordsByPatterns(raw: string): string[] {
  const split = raw
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/%/g, " % ")
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, " ")
    .trim();
  return split === "" ? [] : split.split(" ");
}

/** Words joined by single spaces: the form the synonym tables are written in. */
export function normalize(raw: string): string {
  return words(raw).join(" ");
}

/**
 * If `phrase` (already as words) occurs in `tokens` starting at `start`, possibly glued or split
 * differently, the index just after it; otherwise -1.
 */
export function phraseEnd(tokens: readonly string[], phrase: readonly string[], start: number): number {
  return joinedEnd(tokens, joined(phrase), start);
}

/** Phrases are constants, compiled once: joining one on every try was most of the matching's time. */
const joinedPhrases = new WeakMap<readonly string[], string>();

function joined(phrase: readonly string[]): string {
  let target = joinedPhrases.get(phrase);
  if (target === undefined) joinedPhrases.set(phrase, (target = phrase.join("")));
  return target;
}

/** {@link phraseEnd} for a phrase already joined without spaces. */
export function joinedEnd(tokens: readonly string[], target: string, start: number): number {
  let acc = "";
  for (let j = start; j < tokens.length; j++) {
    acc += tokens[j];
    if (acc === target) return j + 1;
    if (!target.startsWith(acc)) return -1;
  }
  return -1;
}

/** The text begins with the phrase. */
export function startsWithPhrase(tokens: readonly string[], phrase: readonly string[]): boolean {
  return phraseEnd(tokens, phrase, 0) >= 0;
}

/** The text is exactly the phrase. */
export function isPhrase(tokens: readonly string[], phrase: readonly string[]): boolean {
  return phraseEnd(tokens, phrase, 0) === tokens.length;
}

/** The phrase occurs anywhere in the text. */
export function containsPhrase(tokens: readonly string[], phrase: readonly string[]): boolean {
  for (let i = 0; i < tokens.length; i++) if (phraseEnd(tokens, phrase, i) >= 0) return true;
  return false;
}
