/** What a single header (or label) text means: a role, a period, a measure over periods, a scale. */
import type { Level, Month, Quarter } from "../model";
import { containsPhrase, isPhrase, perText, phraseEnd, startsWithPhrase, words } from "./header-text";
import {
  BUDGET_IN_NAME_WORDS,
  CUMULATIVE_WORDS,
  FUNDING_WORDS,
  PAIR_HEADERS,
  UNIT_WORDS,
  type PairRoles,
  type Unit,
  LEVEL_WORDS,
  MEASURE_WORDS,
  MONTH_NAMES,
  MONTHLY_WORDS,
  QUARTERLY_WORDS,
  ROLE_SYNONYMS,
  SCALE_WORDS,
  type Measure,
  type PlainRole,
} from "./synonyms";

const compiled = ROLE_SYNONYMS.map((s) => ({
  role: s.role,
  phrases: s.phrases.map(words),
  exact: (s.exact ?? []).map(words),
}));

/** Header texts longer than this are sentences (titles, notes, data), not column names. */
const MAX_HEADER_WORDS = 9;

/**
 * The role vocabulary keyed by each phrase's letters without spaces (phrases match glued or split,
 * "penanggungjawab" as "penanggung jawab"), to the first entry that has it: a header's head is found
 * by looking up its first words joined, not by trying every phrase.
 */
function firstEntryBy(phrasesOf: (s: (typeof compiled)[number]) => string[][]): Map<string, number> {
  const index = new Map<string, number>();
  compiled.forEach((s, i) => {
    for (const p of phrasesOf(s)) {
      const key = p.join("");
      if (key !== "" && !index.has(key)) index.set(key, i);
    }
  });
  return index;
}

const headPhrases = firstEntryBy((s) => s.phrases);
const exactPhrases = firstEntryBy((s) => s.exact);
const longestHead = Math.max(...[...headPhrases.keys()].map((k) => k.length));

function starts(tokens: readonly string[]): Set<string> {
  return new Set(tokens.map((w) => w.slice(0, 2)));
}

/** The characters any role phrase starts with. */
const headFirsts = new Set([...headPhrases.keys(), ...exactPhrases.keys()].map((k) => k[0]));
const rememberedHeadRole = perText(readHeadRole);

/** The role a header text names by its head words ("Indikator Sasaran" → indikator), if any. */
export function headRoleOf(text: string): PlainRole | undefined {
  // Every data cell is asked: most (amounts, counts) start with a character no role phrase starts with.
  const first = firstWordChar(text);
  if (first !== undefined && !headFirsts.has(first)) return undefined;
  return rememberedHeadRole(text);
}

/**
 * The first character of the text's first word as {@link words} reads it (lowercased ASCII letter,
 * digit or `%`); "" when it has no word; undefined when a non-ASCII character comes first (its
 * lower case might be a letter: then only `words` can say).
 */
function firstWordChar(text: string): string | undefined {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128) return undefined;
    if ((code >= 48 && code <= 57) || (code >= 97 && code <= 122) || code === 37) return text[i];
    if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
  }
  return "";
}

// The first entry (in ROLE_SYNONYMS order) whose exact phrase is the whole text or whose phrase begins it.
function readHeadRole(text: string): PlainRole | undefined {
  const t = words(text);
  if (t.length === 0 || t.length > MAX_HEADER_WORDS) return undefined;
  let best = Infinity;
  let acc = "";
  for (const w of t) {
    acc += w;
    if (acc.length > longestHead) break;
    const i = headPhrases.get(acc);
    if (i !== undefined && i < best) best = i;
  }
  const exact = exactPhrases.get(t.length === 1 ? t[0] : t.join(""));
  if (exact !== undefined && exact < best) best = exact;
  return best === Infinity ? undefined : compiled[best].role;
}

/** The role a header text names, by its head words or else by a phrase anywhere in it. */
export function roleOf(text: string): PlainRole | undefined {
  const head = headRoleOf(text);
  if (head) return head;
  const t = words(text);
  if (t.length === 0 || t.length > MAX_HEADER_WORDS) return undefined;
  for (const s of compiled) if (s.phrases.some((p) => containsPhrase(t, p))) return s.role;
  return undefined;
}

// `start`: the first two letters of a phrase, which a text must have at some word's start to contain it.
const measures = MEASURE_WORDS.map((m) => ({
  measure: m.measure,
  phrases: m.phrases.map(words).map((tokens) => ({ tokens, start: tokens.join("").slice(0, 2) })),
  exact: (m.exact ?? []).map(words),
}));

/** What a parent header over period labels measures ("ANGGARAN" → anggaran, "Rencana Aksi per Triwulan" → ambiguous). */
export function measureOf(text: string): Measure | undefined {
  const t = words(text);
  if (t.length === 0 || t.length > MAX_HEADER_WORDS) return undefined;
  const here = starts(t);
  for (const m of measures) {
    if (m.exact.some((p) => isPhrase(t, p))) return m.measure;
    if (m.phrases.some((p) => here.has(p.start) && containsPhrase(t, p.tokens))) return m.measure;
  }
  return undefined;
}

export type PeriodLabel =
  | { kind: "quarter"; quarter: Quarter }
  | { kind: "month"; month: Month }
  /** A bare number: a quarter or a month only where a parent says so (or a column number). */
  | { kind: "bare"; n: number }
  /** "Target Tahunan", "Tahunan": the annual line of a long layout block. */
  | { kind: "annual" };

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

function quarter(n: number): PeriodLabel | undefined {
  return n >= 1 && n <= 4 ? { kind: "quarter", quarter: `tw${n}` as Quarter } : undefined;
}

function month(n: number): PeriodLabel | undefined {
  return n >= 1 && n <= 12 ? { kind: "month", month: `b${n}` as Month } : undefined;
}

function numberWord(w: string): number | undefined {
  if (/^\d{1,2}$/.test(w)) return Number(w);
  return ROMAN[w];
}

/**
 * A period label: `I`, `TW I`, `TW 1 (B03)`, `Triwulan II`, `Q3`, `Januari`, `Bulan 4`, `B03`,
 * `Target Tahunan :`. Bare numbers stay bare: the context decides.
 */
export const periodLabelOf: (text: string) => PeriodLabel | undefined = perText(readPeriodLabel);

const ANNUAL_LABELS = [["target", "tahunan"], ["tahunan"], ["target", "tahun"], ["setahun"]];

function readPeriodLabel(text: string): PeriodLabel | undefined {
  const t = words(text);
  if (t.length === 0 || t.length > 4) return undefined;
  if (ANNUAL_LABELS.some((p) => isPhrase(t, p))) {
    return { kind: "annual" };
  }
  // "TW 1 (B03)": the month in brackets only says which month closes the quarter.
  const core = t.length > 1 && /^b\d{2}$/.test(t[t.length - 1]) ? t.slice(0, -1) : t;
  if (core.length === 1) {
    const w = core[0];
    if (w in ROMAN) return quarter(ROMAN[w]);
    if (/^\d{1,2}$/.test(w)) return { kind: "bare", n: Number(w) };
    const tw = /^(?:tw|trw|q)(\d|i{1,3}|iv)$/.exec(w);
    if (tw) return quarter(numberWord(tw[1]) ?? 0);
    const b = /^b(\d{1,2})$/.exec(w);
    if (b) return month(Number(b[1]));
    const m = MONTH_NAMES.findIndex((names) => names.includes(w));
    if (m >= 0) return month(m + 1);
    return undefined;
  }
  if (core.length === 2) {
    const [head, n] = core;
    const num = numberWord(n);
    if (num === undefined) return undefined;
    if (["tw", "trw", "triwulan", "tri", "kuartal", "q"].includes(head)) return quarter(num);
    if (["bulan", "bln", "b"].includes(head)) return month(num);
  }
  if (core.length === 3 && core[0] === "tri" && core[1] === "wulan") return quarter(numberWord(core[2]) ?? 0);
  return undefined;
}

function mentions(texts: readonly string[], phrases: readonly string[]): boolean {
  const ps = phrases.map(words);
  return texts.some((x) => {
    const t = words(x);
    return ps.some((p) => containsPhrase(t, p));
  });
}

/** A bare number below a parent that says months (or quarters) is that period. */
export function resolveBare(n: number, context: readonly string[]): PeriodLabel | undefined {
  if (mentions(context, MONTHLY_WORDS)) return month(n);
  if (mentions(context, QUARTERLY_WORDS)) return quarter(n);
  return undefined;
}

/** Multiplier a budget header states (`Rp. (juta)` → 1e6), if any. */
export function scaleOf(texts: readonly string[]): number | undefined {
  for (const s of SCALE_WORDS) if (mentions(texts, s.phrases)) return s.factor;
  return undefined;
}

/** The level a header names ("KEGIATAN & ANGGARAN" → kegiatan). */
export function levelOf(text: string): Level | undefined {
  const t = words(text);
  for (const l of LEVEL_WORDS) if (l.phrases.some((p) => startsWithPhrase(t, words(p)))) return l.level;
  for (const l of LEVEL_WORDS) if (l.phrases.some((p) => containsPhrase(t, words(p)))) return l.level;
  return undefined;
}

/** A header that names funding among other things ("Capaian Kinerja dan Kerangka Pendanaan"). */
export function namesFunding(text: string): boolean {
  return mentions([text], FUNDING_WORDS);
}

/** A program/kegiatan header that also holds the budget ("PROGRAM & ANGGARAN"). */
export function namesBudgetToo(text: string): boolean {
  return mentions([text], BUDGET_IN_NAME_WORDS);
}

/** A unit in brackets under a header: "(Rp)", "(%)", "(Rp. 000)". */
export function isUnitNote(text: string): boolean {
  return /^\(.{0,16}\)$/.test(text.trim());
}

/** A money unit under a budget header: "Rp", "Rp. (juta)", "(Rp. 000)", "Rp Ribu". */
export function isMoneyNote(text: string): boolean {
  return /^\(?\s*rp\.?\s*\(?\s*(juta|jt|ribu|ribuan|rb|000|miliar|milyar|m)?\s*\)?\s*\)?$/i.test(text.trim());
}

const units = UNIT_WORDS.map((u) => ({ unit: u.unit, phrases: u.phrases.map(words), exact: (u.exact ?? []).map(words) }));

/** The unit a header text states: `K` → kinerja, `Rp.`, `(Rp)`, `Rp. Juta` → money, `(%)`, `Persen` → percent. */
export function unitOf(text: string): Unit | undefined {
  const t = words(text);
  if (t.length === 0 || t.length > MAX_HEADER_WORDS) return undefined;
  for (const u of units) if (u.exact.some((p) => isPhrase(t, p))) return u.unit;
  for (const u of units) if (u.phrases.some((p) => t.some((w, i) => w === p[0] && containsPhrase(t.slice(i), p)))) return u.unit;
  return undefined;
}

/** The text is nothing but a unit: `K`, `Rp.`, `(Rp)`, `%`, `(Rp. Juta)`. */
export function isUnitOnly(text: string): boolean {
  const unit = unitOf(text);
  if (!unit) return false;
  return isUnitNote(text) || isMoneyNote(text) || words(text).every((w) => /^(k|kin|kinerja|vol|volume|rp|rupiah|%|persen|juta|jt|ribu|ribuan|rb|miliar|milyar|000)$/.test(w));
}

const YEAR = /^(?:tahun|th|thn|ta|tahun anggaran)?\s*((?:19|20)\d{2})$/;

/** A year heading a block of columns: `2021`, `Tahun 2021`, `Th. 2022` (not "Target 2024", which is a target). */
export function yearOf(text: string): number | undefined {
  const m = YEAR.exec(words(text).join(" "));
  return m ? Number(m[1]) : undefined;
}

const pairs = PAIR_HEADERS.map((p) => ({ all: p.all.map(words), roles: p.roles }));

/** A header over a K | Rp pair ("Target Kinerja dan Anggaran Renja Tahun Berjalan"): the roles of its units. */
export function pairRolesOf(text: string): PairRoles | undefined {
  const t = words(text);
  if (t.length === 0 || t.length > 24) return undefined;
  return pairs.find((p) => p.all.every((phrase) => containsPhrase(t, phrase)))?.roles;
}

const cumulative = CUMULATIVE_WORDS.map(words);

/** "s.d. Triwulan II", "s/d TW III", "Kumulatif TW 2": the period label without its running-total words, if it had any. */
export function stripCumulative(text: string): string | undefined {
  const t = words(text);
  for (const p of cumulative) {
    const end = phraseEnd(t, p, 0);
    if (end > 0 && end < t.length) return t.slice(end).join(" ");
  }
  return undefined;
}

/** The header says the column is a running total ("s.d.", "sampai dengan", "kumulatif"). */
export function isCumulativeText(text: string): boolean {
  const t = words(text);
  return cumulative.some((p) => containsPhrase(t, p));
}

/** Any header vocabulary: a role's head words, a measure, a period label or a unit note. */
export const isHeaderWord = (text: string): boolean => !GROUPED_DIGITS.test(text) && headerWordOf(text);

/**
 * Digits in groups (`45,865,000`, `11,76`): an amount, never a header word (its words are digits only,
 * none a one- or two-digit period label or a year). Most cells asked are these, each a new text.
 */
const GROUPED_DIGITS = /^\d+(?:[.,]\d+)+$/;

const headerWordOf = perText(readHeaderWord);

// Every row is asked this several times while the layout is read; data texts repeat too.
/** The whole reading behind {@link isHeaderWord}, without its shortcut or memory (exported for tests). */
export function readHeaderWord(text: string): boolean {
  return (
    headRoleOf(text) !== undefined ||
    measureOf(text) !== undefined ||
    periodLabelOf(text) !== undefined ||
    isUnitNote(text) ||
    isMoneyNote(text) ||
    isUnitOnly(text) ||
    yearOf(text) !== undefined ||
    pairRolesOf(text) !== undefined
  );
}
