/**
 * What an indikator measures, from its satuan and its words (DOMAIN.md, "Period targets" and
 * "Capaian"): a level (an index, a score, a percentage, a rate: it is read where it stands and
 * may dip from one period to the next) or a flow (documents made, people trained: it piles up
 * over the year, so its annual realisasi is the sum of the periods, or the last period when the
 * sheet counts "s.d." / kumulatif). The vocabulary is data, here and only here, each entry with
 * its test in `test/engine/capaian/indicator-kind.test.ts`.
 */

import { isCumulativeText } from "../layout/header-words";
import type { TableLayout } from "../model";
import { perText } from "../remembered";

export type IndicatorKind = "level" | "flow";

/** The reading of one indikator, and the word that decided it (for tests and messages). */
export interface IndicatorReading {
  kind?: IndicatorKind;
  /** The sheet says the series is a running total ("s.d. TW", "kumulatif"). */
  cumulative: boolean;
  /** The word that decided the kind, as listed below. */
  word?: string;
}

/**
 * Words of a level: read where it stands. Matched as whole words, case-insensitive, in the
 * satuan first, then in the indikator (the earliest word wins: "Persentase dokumen" is a level,
 * "Jumlah dokumen" a flow).
 */
export const LEVEL_WORDS: readonly string[] = [
  "indeks", "index", "nilai", "skor", "poin", "persen", "persentase", "prosentase", "prosen", "%",
  "rasio", "tingkat", "rata-rata", "rerata", "angka", "laju", "predikat", "opini", "level", "derajat",
];

/** Words of a flow: a count that piles up over the year. */
export const FLOW_WORDS: readonly string[] = [
  "jumlah", "banyaknya", "dokumen", "orang", "kegiatan", "laporan", "paket", "unit", "kali",
  "peserta", "buku", "berkas", "surat", "rekomendasi", "naskah", "dokumentasi", "perda", "perkada",
  "sertifikat", "izin", "bulan", "kop", "koperasi", "umkm", "usaha", "desa", "kelompok", "lembaga",
  "pelatihan", "sosialisasi", "rapat", "kunjungan",
];

/** Words saying that a series is a running total. */
export const CUMULATIVE = /\bkumulatif\b|\bs\s*[./]\s*d\b\.?|\bsampai\s+dengan\b/i;

/** The indikator and its satuan, read as one text (`indikator satuan`), say kumulatif or s.d. */
export function saysCumulative(indikator: string, satuan: string): boolean {
  if (cumulativeText(indikator) || cumulativeText(satuan)) return true;
  // A match across the join ("… s." + "d. TW"): only where the two ends could hold one; the texts
  // joined are read as one then, exactly as the rule is written.
  return mayJoin(indikator, satuan) && CUMULATIVE.test(`${indikator} ${satuan}`);
}

/** Each text read once per analysis: an indikator is asked about by the capaian walks and several rules. */
const cumulativeText = perText((text: string) => CUMULATIVE.test(text));

/**
 * Whether a match of CUMULATIVE could span the space that joins the two texts: only `s … / … d`
 * and `sampai dengan` hold a space, so the indikator must end (spaces aside) in s, `.`, `/` or the
 * i of sampai, and the satuan start with d, `.` or `/`.
 */
function mayJoin(indikator: string, satuan: string): boolean {
  const end = lastNonSpace(indikator);
  const start = firstNonSpace(satuan);
  return "sS./iI".includes(end) && end !== "" && "dD./".includes(start) && start !== "";
}

function lastNonSpace(text: string): string {
  for (let i = text.length - 1; i >= 0; i--) if (!/\s/.test(text[i])) return text[i];
  return "";
}

function firstNonSpace(text: string): string {
  for (let i = 0; i < text.length; i++) if (!/\s/.test(text[i])) return text[i];
  return "";
}

function wordPattern(word: string): RegExp {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // `%` has no word boundary of its own; letters do.
  return /^\p{L}/u.test(word) ? new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "iu") : new RegExp(escaped, "u");
}

const PATTERNS: ReadonlyArray<{ word: string; kind: IndicatorKind; re: RegExp }> = [
  ...LEVEL_WORDS.map((word) => ({ word, kind: "level" as const, re: wordPattern(word) })),
  ...FLOW_WORDS.map((word) => ({ word, kind: "flow" as const, re: wordPattern(word) })),
];

/**
 * Every word in one pattern, each its own group in the vocabulary's order: the leftmost match is the
 * earliest word, and where two words start at the same place the one listed first (one scan of the
 * text, not one per word: indikator are mostly distinct, so each is read at least once).
 */
const ANY_WORD = new RegExp(PATTERNS.map((p) => `(${p.re.source})`).join("|"), "iu");

/** The earliest word of the vocabulary in a text, with its kind; an indikator is read for each of its rows and rules. */
const earliest = perText(earliestWord, 10_000);

export function earliestWord(text: string): { word: string; kind: IndicatorKind } | undefined {
  const m = ANY_WORD.exec(text);
  if (!m) return undefined;
  const p = PATTERNS[m.findIndex((group, i) => i > 0 && group !== undefined) - 1];
  return { word: p.word, kind: p.kind };
}

/**
 * Reads an indikator: the satuan decides when it holds a known word (`Indeks`, `Dokumen`, `%`),
 * else the indikator's earliest known word, else nothing is known. `sheetSaysCumulative` is the
 * layout's "s.d. Triwulan" / "Kumulatif" header over the period columns.
 */
export function readIndicator(indikator: string | undefined, satuan: string | undefined, sheetSaysCumulative = false): IndicatorReading {
  const cumulative = sheetSaysCumulative || saysCumulative(indikator ?? "", satuan ?? "");
  const found = earliest(satuan ?? "") ?? earliest(indikator ?? "");
  return found ? { kind: found.kind, cumulative, word: found.word } : { cumulative };
}

/**
 * The sheet says these period columns hold running totals: each under an "s.d. Triwulan" /
 * "Kumulatif" header, or listed by the layout as cumulative. Columns absent from the sheet are
 * left out; none at all says nothing.
 */
export function columnsSayCumulative(layout: TableLayout, columns: ReadonlyArray<number | undefined>): boolean {
  const says = cumulativeColumnsOf(layout);
  let any = false;
  for (const c of columns) {
    if (c === undefined) continue;
    if (!says(c)) return false;
    any = true;
  }
  return any;
}

/** Per column, whether it is a running total: asked for every item, answered once per column of a layout. */
function cumulativeColumnsOf(layout: TableLayout): (col: number) => boolean {
  let known = cumulativeByLayout.get(layout);
  // A layout whose headers or cumulative list were replaced is read afresh.
  if (!known || known.headers !== layout.headers || known.cumulative !== layout.cumulative) {
    known = { headers: layout.headers, cumulative: layout.cumulative, byCol: new Map() };
    cumulativeByLayout.set(layout, known);
  }
  const { byCol } = known;
  return (c) => {
    let says = byCol.get(c);
    if (says === undefined) {
      const header = layout.headers.find((h) => h.col === c)?.header ?? "";
      byCol.set(c, (says = (layout.cumulative ?? []).includes(c) || isCumulativeText(header)));
    }
    return says;
  };
}

const cumulativeByLayout = new WeakMap<TableLayout, { headers: TableLayout["headers"]; cumulative: TableLayout["cumulative"]; byCol: Map<number, boolean> }>();
