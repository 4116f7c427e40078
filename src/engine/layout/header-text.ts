/**
 * Header text as words: case-, spacing- and punctuation-insensitive, with glued words split where
 * the case changes ("SasaranStrategis" → sasaran strategis) and line breaks treated as spaces.
 * Phrases match on word boundaries but tolerate glue: "penanggungjawab" matches "penanggung jawab".
 */
import { perText } from "../remembered";

export { perText, withTextScope } from "../remembered";

/** The words of a header (or label) text, lowercased; `%` is a word of its own. Callers never mutate the array. */
export const words: (raw: string) => string[] = perText(splitWords);

function splitWords(raw: string): string[] {
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
