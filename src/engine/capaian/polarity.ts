/**
 * Whether an indicator is better when higher (positive) or lower (negative): from a Polaritas
 * column, else the person's setting, else a target written as an upper bound (`maks. 5 hari`),
 * else the indicator's own words.
 */
import type { Item, Polarity, Settings } from "../model";
import { perObject, perText } from "../remembered";
import { NEGATIVE_PHRASES, POSITIVE_FRAMING } from "./polarity-words";

export { NEGATIVE_PHRASES, POSITIVE_FRAMING };

export type PolaritySource = "column" | "setting" | "target" | "words" | "default";

function normalized(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ").trim();
}

/** One pattern per list, built once: a whole phrase (word boundaries both ends), spaces flexible. */
function anyPhrase(phrases: readonly string[]): RegExp {
  return new RegExp(`(^|[^\\p{L}])(${phrases.map((p) => p.replace(/ /g, "\\s+")).join("|")})(?![\\p{L}])`, "u");
}

const NEGATIVE = anyPhrase(NEGATIVE_PHRASES);
const POSITIVE = anyPhrase(POSITIVE_FRAMING);

/** Polarity written in a Polaritas column ("Negatif", "Minimize", "↓"), if any. */
export function polarityFromText(text: string): Polarity | undefined {
  const t = normalized(text);
  if (/^(neg|negatif|negative|minimi[sz]e|min|turun|↓|-)$/.test(t) || /^negatif\b/.test(t)) return t === "-" ? undefined : "negative";
  if (/^(pos|positif|positive|maximi[sz]e|max|naik|↑|\+)$/.test(t) || /^positif\b/.test(t)) return "positive";
  return undefined;
}

/** Polarity judged from the indikator's words alone (each indikator is asked for by several rules). */
export const polarityFromWords: (indikator: string) => Polarity | undefined = perText(readPolarityWords, 10_000);

function readPolarityWords(indikator: string): Polarity | undefined {
  const t = normalized(indikator);
  if (!NEGATIVE.test(t)) return undefined;
  return POSITIVE.test(t) ? "positive" : "negative";
}

/** The key Settings.polarity uses for an indikator (asked for each row and rule that reads polarity). */
export const polarityKey: (indikator: string) => string = perText(normalized, 10_000);

/**
 * A target typed as an upper bound (`maks. 5 hari`, `≤ 3`, `paling lama 14 hari`) says lower is
 * better more plainly than the indikator's words do, so it comes before them.
 */
function targetSaysAtMost(item: Item): boolean {
  // Every target column counts (annual, per period, Renstra): they all bound the same indikator.
  return anyTargetAtMost(item.cells) || anyTargetAtMost(item.inherited);
}

function anyTargetAtMost(cells: Item["cells"]): boolean {
  for (const role in cells) {
    if (!role.startsWith("target")) continue;
    const cell = cells[role as keyof Item["cells"]];
    if ((cell?.value.kind === "number" || cell?.value.kind === "range") && cell.value.atMost === true) return true;
  }
  return false;
}

export interface PolarityReading {
  polarity: Polarity;
  source: PolaritySource;
}

/**
 * Each item's polarity read in this analysis (its text scope), per set of choices it was read under:
 * every capaian rule, and each formula convention tried, asks it again for the same item. Callers
 * never change the answer.
 */
const readings = perObject<Settings["polarity"], Map<Item, PolarityReading>>();

export function polarityOf(item: Item, settings: Settings): PolarityReading {
  const byChoices = readings();
  if (byChoices === undefined) return readPolarity(item, settings);
  let memo = byChoices.get(settings.polarity);
  if (memo === undefined) byChoices.set(settings.polarity, (memo = new Map()));
  let reading = memo.get(item);
  if (reading === undefined) memo.set(item, (reading = readPolarity(item, settings)));
  return reading;
}

/** The person's choice for an indikator (Pengaturan), if any; a name such as "constructor" is no choice. */
function chosenPolarity(choices: Settings["polarity"], indikator: string): Polarity | undefined {
  if (indikator === "" || isEmpty(choices)) return undefined;
  const key = polarityKey(indikator);
  return hasOwn(choices, key) ? choices[key] : undefined;
}

function hasOwn(record: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

function isEmpty(record: object): boolean {
  for (const key in record) if (hasOwn(record, key)) return false;
  return true;
}

function readPolarity(item: Item, settings: Settings): PolarityReading {
  const column = item.cells.polaritas ?? item.inherited.polaritas;
  const stated = column ? polarityFromText(column.text) : undefined;
  if (stated) return sharedReading(stated, "column");
  const indikator = (item.cells.indikator ?? item.inherited.indikator)?.text ?? "";
  const chosen = chosenPolarity(settings.polarity, indikator);
  if (chosen) return sharedReading(chosen, "setting");
  if (targetSaysAtMost(item)) return sharedReading("negative", "target");
  const guessed = polarityFromWords(indikator);
  if (guessed) return sharedReading(guessed, "words");
  return sharedReading("positive", "default");
}

/** One object per answer, shared by every item that reads so (an analysis keeps one per item). */
const SOURCES: readonly PolaritySource[] = ["column", "setting", "target", "words", "default"];
const READINGS = {
  positive: readingsOf("positive"),
  negative: readingsOf("negative"),
};

function readingsOf(polarity: Polarity): Record<PolaritySource, PolarityReading> {
  return Object.fromEntries(SOURCES.map((source) => [source, Object.freeze({ polarity, source })])) as Record<PolaritySource, PolarityReading>;
}

function sharedReading(polarity: Polarity, source: PolaritySource): PolarityReading {
  return READINGS[polarity][source];
}

/** An indikator of a sheet with the polarity the check reads and why. */
export interface IndicatorPolarity {
  text: string;
  polarity: Polarity;
  source: PolaritySource;
}

/** The indicators of a sheet's items, once each, in sheet order, each with the polarity the check reads. */
export function indicatorPolarities(items: Iterable<Item>, settings: Settings): IndicatorPolarity[] {
  const seen = new Map<string, IndicatorPolarity>();
  for (const item of items) {
    const text = (item.cells.indikator ?? item.inherited.indikator)?.text?.trim();
    if (text && !seen.has(polarityKey(text))) seen.set(polarityKey(text), { text, ...polarityOf(item, settings) });
  }
  return [...seen.values()];
}
