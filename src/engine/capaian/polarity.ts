/**
 * Whether an indicator is better when higher (positive) or lower (negative): from a Polaritas
 * column, else the person's setting, else the indicator's own words.
 */
import type { Item, Polarity, Settings } from "../model";

export type PolaritySource = "column" | "setting" | "words" | "default";

/**
 * Quantities that are bad when they grow. Matched as phrases in the indikator text.
 * Kept as data: a new one is a line here.
 */
export const NEGATIVE_PHRASES: readonly string[] = [
  "angka kemiskinan",
  "penduduk miskin",
  "tingkat kemiskinan",
  "persentase kemiskinan",
  "pengangguran",
  "jumlah temuan",
  "temuan audit",
  "temuan pemeriksaan",
  "temuan bpk",
  "koefisien variasi",
  "angka kematian",
  "kematian ibu",
  "kematian bayi",
  "prevalensi",
  "stunting",
  "gizi buruk",
  "inflasi",
  "indeks gini",
  "rasio gini",
  "angka kesakitan",
  "jumlah kasus",
  "angka kecelakaan",
  "jumlah kecelakaan",
  "pelanggaran",
  "kredit macet",
  "tunggakan",
  "rumah tidak layak huni",
  "kawasan kumuh",
  "luas kumuh",
  "lahan kritis",
  "waktu tunggu",
  "angka putus sekolah",
  "jumlah pengaduan",
  "jumlah keluhan",
  "sengketa",
];

/**
 * Words that turn a bad quantity into a good one: a *decrease* of poverty, complaints that were
 * *handled*. "Persentase penurunan angka kemiskinan" is higher-is-better.
 */
export const POSITIVE_FRAMING: readonly string[] = [
  "penurunan",
  "menurunnya",
  "berkurangnya",
  "pengurangan",
  "ditindaklanjuti",
  "tindak lanjut",
  "tertangani",
  "ditangani",
  "diselesaikan",
  "terselesaikan",
  "penanganan",
  "pencegahan",
];

function normalized(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ").trim();
}

/** One pattern per list, built once: a phrase at a word start, spaces flexible. */
function anyPhrase(phrases: readonly string[]): RegExp {
  return new RegExp(`(^|[^\\p{L}])(${phrases.map((p) => p.replace(/ /g, "\\s+")).join("|")})`, "u");
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

/** Polarity judged from the indikator's words alone. */
export function polarityFromWords(indikator: string): Polarity | undefined {
  const t = normalized(indikator);
  if (!NEGATIVE.test(t)) return undefined;
  return POSITIVE.test(t) ? "positive" : "negative";
}

/** The key Settings.polarity uses for an indikator. */
export function polarityKey(indikator: string): string {
  return normalized(indikator);
}

export function polarityOf(item: Item, settings: Settings): { polarity: Polarity; source: PolaritySource } {
  const column = item.cells.polaritas ?? item.inherited.polaritas;
  const stated = column ? polarityFromText(column.text) : undefined;
  if (stated) return { polarity: stated, source: "column" };
  const indikator = (item.cells.indikator ?? item.inherited.indikator)?.text ?? "";
  const chosen = indikator ? settings.polarity[polarityKey(indikator)] : undefined;
  if (chosen) return { polarity: chosen, source: "setting" };
  const guessed = polarityFromWords(indikator);
  if (guessed) return { polarity: guessed, source: "words" };
  return { polarity: "positive", source: "default" };
}
