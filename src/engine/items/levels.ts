/**
 * Levels (program → kegiatan → sub kegiatan) as the sheet marks them: kode rekening depth,
 * uppercase `PROGRAM …`, numbering styles (`A.`, `1.`, `1)`, `a.`), indentation, bold.
 */
import type { Item, Level } from "../model";

export const BUDGET_LEVELS: readonly Level[] = ["urusan", "bidang", "program", "kegiatan", "subkegiatan"];

export type MarkSource = "kode" | "uppercase" | "words" | "numbering" | "indent" | "bold";

export interface Mark {
  level: Level;
  source: MarkSource;
}

const KODE = /^\s*([\dXx]+(?:\.[\dXx]+)+)(?=\s|$|[.:-])/;

/**
 * Kode shapes of Permendagri 90/2019 by segment widths (`X` stands for a digit; `X.XX.01` is how
 * programs common to every urusan are written): anything else (outline numbering `1.1.1`, an
 * organisation code `2.17.0.00.0.00.01.0000`) marks no level.
 */
const KODE_SHAPES: ReadonlyArray<{ widths: readonly number[]; level: Level }> = [
  { widths: [1, 2], level: "bidang" },
  { widths: [1, 2, 2], level: "program" },
  { widths: [1, 2, 2, 1, 2], level: "kegiatan" },
  // Permendagri 13/2006 kegiatan, still in older sheets: 1.20.05.01.
  { widths: [1, 2, 2, 2], level: "kegiatan" },
  { widths: [1, 2, 2, 1, 2, 4], level: "subkegiatan" },
];

function levelOfParts(parts: readonly string[]): Level | undefined {
  return KODE_SHAPES.find((s) => s.widths.length === parts.length && s.widths.every((w, i) => parts[i].length === w))?.level;
}

/** `3.30.02` program, `3.30.02.2.01` kegiatan, `3.30.02.2.01.0001` sub kegiatan, at the start of a text. */
export function levelOfKode(text: string): Level | undefined {
  const m = KODE.exec(text);
  if (!m) return undefined;
  const level = levelOfParts(m[1].split("."));
  // A bidang `X.XX` at the start of a name may as well be a number ("2.50 Ha"): only a kode cell says bidang.
  return level === "bidang" ? undefined : level;
}

/** A kode column's cell: the shapes above, and urusan (`3`) and bidang (`3.30`) which only a kode column marks. */
export function levelOfKodeCell(text: string): Level | undefined {
  const t = text.trim();
  if (/^[\dXx]$/.test(t)) return "urusan";
  const m = KODE.exec(t);
  return m ? levelOfParts(m[1].split(".")) : undefined;
}

/** `PROGRAM PELAYANAN …`, `KEGIATAN …`, `SUB KEGIATAN …` written in capitals. */
export function levelOfUppercase(text: string): Level | undefined {
  const t = text.trim().replace(/^[\d.\s)A-Za-z]{0,4}[.)]\s+/, "");
  if (t.length < 8 || t !== t.toUpperCase() || !/[A-Z]/.test(t)) return undefined;
  if (/^SUB\s*KEGIATAN\b/.test(t)) return "subkegiatan";
  if (/^KEGIATAN\b/.test(t)) return "kegiatan";
  if (/^PROGRAM\b/.test(t)) return "program";
  return undefined;
}

/** Nomenclature words that open a name, most specific first. */
const LEVEL_WORDS: ReadonlyArray<{ re: RegExp; level: Level }> = [
  { re: /^sub\s*-?\s*kegiatan\b/i, level: "subkegiatan" },
  { re: /^kegiatan\b/i, level: "kegiatan" },
  { re: /^program\b/i, level: "program" },
  { re: /^bidang\s+urusan\b/i, level: "bidang" },
  { re: /^urusan\b/i, level: "urusan" },
];
const NUMBER_PREFIX = /^(?:[IVX]{1,4}|[A-Za-z]|\d{1,2})[.)]\s+/;

/** `Program Penunjang …`, `1. Program …`, `A. Kegiatan …`, `Sub Kegiatan …`, `Bidang Urusan …`, in any case. */
export function levelOfWords(text: string): Level | undefined {
  const t = text.trim().replace(NUMBER_PREFIX, "");
  return LEVEL_WORDS.find((w) => w.re.test(t))?.level;
}

const NUMBERING: ReadonlyArray<{ style: string; re: RegExp }> = [
  { style: "roman.", re: /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X)\.\s+/ },
  { style: "A.", re: /^[A-Z]\.\s+/ },
  { style: "1.", re: /^\d{1,2}\.\s+/ },
  { style: "1)", re: /^\d{1,2}\)\s+/ },
  { style: "a.", re: /^[a-z]\.\s+/ },
  { style: "a)", re: /^[a-z]\)\s+/ },
  { style: "-", re: /^[-•]\s+/ },
];

export function numberingStyle(text: string): string | undefined {
  const t = text.trim();
  if (KODE.test(t)) return undefined;
  return NUMBERING.find((n) => n.re.test(t))?.style;
}

export function levelAt(top: Level, depth: number): Level {
  const at = BUDGET_LEVELS.indexOf(top);
  const start = at < 0 ? BUDGET_LEVELS.indexOf("program") : at;
  return BUDGET_LEVELS[Math.min(BUDGET_LEVELS.length - 1, start + depth)];
}

export interface NameCell {
  item: Item;
  text: string;
  kode?: string;
  bold?: boolean;
  indent?: number;
}

/**
 * Marks levels on items that carry a program/kegiatan name. Numbering styles, indents and bold
 * rank by the order the table uses them; `top` is the level the name column starts at
 * ("Kegiatan/Sub Kegiatan" starts at kegiatan). Marks go into `marks` (one map for a table's
 * groups), by item index.
 */
export function markLevels(names: readonly NameCell[], top: Level, marks = new Map<number, Mark>()): Map<number, Mark> {
  const styles: string[] = [];
  for (const n of names) {
    const s = numberingStyle(n.text);
    if (s && !styles.includes(s)) styles.push(s);
  }
  const indents = [...new Set(names.map((n) => n.indent ?? 0))].sort((a, b) => a - b);
  const boldMix = names.some((n) => n.bold) && names.some((n) => !n.bold);
  for (const n of names) {
    const byKode = levelOfKodeCell(n.kode ?? "") ?? levelOfKode(n.text);
    if (byKode) {
      marks.set(n.item.index, markOf(byKode, "kode"));
      continue;
    }
    const upper = levelOfUppercase(n.text);
    if (upper) {
      marks.set(n.item.index, markOf(upper, "uppercase"));
      continue;
    }
    const named = levelOfWords(n.text);
    if (named) {
      marks.set(n.item.index, markOf(named, "words"));
      continue;
    }
    const style = numberingStyle(n.text);
    if (style && styles.length > 1) {
      marks.set(n.item.index, markOf(levelAt(top, styles.indexOf(style)), "numbering"));
      continue;
    }
    if (indents.length > 1) {
      marks.set(n.item.index, markOf(levelAt(top, indents.indexOf(n.indent ?? 0)), "indent"));
      continue;
    }
    if (boldMix && n.bold) marks.set(n.item.index, markOf(top, "bold"));
  }
  return marks;
}

/** One mark per level and source, shared by the rows marked so (a table marks most of its rows). */
const MARKS = new Map<Level, Map<MarkSource, Mark>>();

function markOf(level: Level, source: MarkSource): Mark {
  let bySource = MARKS.get(level);
  if (bySource === undefined) MARKS.set(level, (bySource = new Map()));
  let mark = bySource.get(source);
  if (mark === undefined) bySource.set(source, (mark = Object.freeze({ level, source })));
  return mark;
}
