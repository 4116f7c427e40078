/**
 * Header text as words: case-, spacing- and punctuation-insensitive, with glued words split where
 * the case changes ("SasaranStrategis" → sasaran strategis) and line breaks treated as spaces.
 * Phrases match on word boundaries but tolerate glue: "penanggungjawab" matches "penanggung jawab".
 */

/** The words of a header (or label) text, lowercased; `%` is a word of its own. Callers never mutate the array. */
export function words(raw: string): string[] {
  const cache = scope?.words;
  if (!cache) return splitWords(raw);
  let found = cache.get(raw);
  if (!found) {
    found = splitWords(raw);
    cache.set(raw, found);
  }
  return found;
}

/**
 * Memos that live for one reading of a sheet: the same texts are asked about many times while a
 * layout is read (every row is tested as a possible header). A global cache with a size limit
 * thrashed on big sheets; one that dies with the reading needs no limit.
 */
interface TextScope {
  words: Map<string, string[]>;
  /** One map per {@link perText} function, by its slot. */
  memos: Array<Map<string, unknown>>;
}

let scope: TextScope | undefined;
const NONE = Symbol("none");
let slots = 0;

/** Runs `work` with one text memo (nested calls share the outer one); outside, nothing is kept. */
export function withTextScope<T>(work: () => T): T {
  if (scope) return work();
  scope = { words: new Map(), memos: [] };
  try {
    return work();
  } finally {
    scope = undefined;
  }
}

/** `answer` remembered per text for the current text scope; computed afresh outside one. */
export function perText<T>(answer: (text: string) => T): (text: string) => T {
  const slot = slots++;
  return (text) => {
    if (!scope) return answer(text);
    let memo = scope.memos[slot] as Map<string, T | typeof NONE> | undefined;
    if (!memo) scope.memos[slot] = memo = new Map();
    const known = memo.get(text);
    if (known !== undefined) return (known === NONE ? undefined : known) as T;
    const found = answer(text);
    // Most texts are data with no answer: one look-up for those too, not get and has.
    memo.set(text, found === undefined ? NONE : found);
    return found;
  };
}

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
