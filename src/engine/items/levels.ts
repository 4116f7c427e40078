/**
 * Levels (program → kegiatan → sub kegiatan) as the sheet marks them: kode rekening depth,
 * uppercase `PROGRAM …`, numbering styles (`A.`, `1.`, `1)`, `a.`), indentation, bold.
 */
import type { Item, Level } from "../model";

export const BUDGET_LEVELS: readonly Level[] = ["program", "kegiatan", "subkegiatan"];

export type MarkSource = "kode" | "uppercase" | "numbering" | "indent" | "bold";

export interface Mark {
  level: Level;
  source: MarkSource;
}

const KODE = /^\s*(\d+(?:\.\d+)+)(?=\s|$|[.:-])/;

/** `3.30.02` program, `3.30.02.2.01` kegiatan, `3.30.02.2.01.0001` sub kegiatan (older 4-part kegiatan too). */
export function levelOfKode(text: string): Level | undefined {
  const m = KODE.exec(text);
  if (!m) return undefined;
  const parts = m[1].split(".").length;
  if (parts <= 2) return undefined;
  if (parts === 3) return "program";
  if (parts <= 5) return "kegiatan";
  return "subkegiatan";
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
  const start = Math.max(0, BUDGET_LEVELS.indexOf(top));
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
 * ("Kegiatan/Sub Kegiatan" starts at kegiatan).
 */
export function markLevels(names: readonly NameCell[], top: Level): Map<number, Mark> {
  const marks = new Map<number, Mark>();
  const styles: string[] = [];
  for (const n of names) {
    const s = numberingStyle(n.text);
    if (s && !styles.includes(s)) styles.push(s);
  }
  const indents = [...new Set(names.map((n) => n.indent ?? 0))].sort((a, b) => a - b);
  const boldMix = names.some((n) => n.bold) && names.some((n) => !n.bold);
  for (const n of names) {
    const byKode = levelOfKode(n.kode ?? "") ?? levelOfKode(n.text);
    if (byKode) {
      marks.set(n.item.index, { level: byKode, source: "kode" });
      continue;
    }
    const upper = levelOfUppercase(n.text);
    if (upper) {
      marks.set(n.item.index, { level: upper, source: "uppercase" });
      continue;
    }
    const style = numberingStyle(n.text);
    if (style && styles.length > 1) {
      marks.set(n.item.index, { level: levelAt(top, styles.indexOf(style)), source: "numbering" });
      continue;
    }
    if (indents.length > 1) {
      marks.set(n.item.index, { level: levelAt(top, indents.indexOf(n.indent ?? 0)), source: "indent" });
      continue;
    }
    if (boldMix && n.bold) marks.set(n.item.index, { level: top, source: "bold" });
  }
  return marks;
}
