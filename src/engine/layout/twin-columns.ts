/**
 * A name header merged over several columns ("SASARAN STRATEGIS" over a `1.` column and the
 * text, "PROGRAM & ANGGARAN" over the name and the amount): which column holds what is decided
 * from the data under it, since the header says the same thing over all of them.
 */
import type { Role } from "../model";
import type { DraftGroup } from "./column-groups";
import { ownText, type SheetView } from "./grid-reading";

/** Roles whose cells are names or words, never measures. */
const NAME_ROLES: readonly Role[] = ["sasaran", "indikator", "program", "satuan", "penanggung_jawab", "keterangan"];

type Content = "numbering" | "kode" | "money" | "words";

const NUMBERING = /^\(?(\d{1,3}|[a-z]|[ivx]{1,5})[.)]?\)?$/i;
const KODE = /^\d+(\.\d+){2,}$/;
const MONEY = /^(rp\.?\s*)?\d{1,3}([.,\s]\d{3})+([.,]\d{1,2})?\s*(,-)?$|^rp\.?\s*\d/i;
const WORDS = /\p{L}{3,}/u;

function contentOf(text: string, value: unknown): Content | undefined {
  if (typeof value === "number") return value >= 1000 ? "money" : "numbering";
  const t = text.trim();
  if (KODE.test(t)) return "kode";
  if (NUMBERING.test(t)) return "numbering";
  if (MONEY.test(t)) return "money";
  if (WORDS.test(t)) return "words";
  return undefined;
}

/** How many data cells of a column hold each kind of content. */
function profile(view: SheetView, col: number, first: number, last: number, skip: ReadonlySet<number>): Record<Content, number> {
  const counts: Record<Content, number> = { numbering: 0, kode: 0, money: 0, words: 0 };
  for (let r = first; r <= Math.min(last, first + 300); r++) {
    if (skip.has(r)) continue;
    const text = ownText(view, r, col);
    if (text === "") continue;
    const kind = contentOf(text, view.grid.rows[r]?.[col]?.value);
    if (kind) counts[kind]++;
  }
  return counts;
}

function best(cols: readonly number[], score: (col: number) => number): number | undefined {
  let top: number | undefined;
  let topScore = 0;
  for (const c of cols) {
    const s = score(c);
    if (s > topScore) [top, topScore] = [c, s];
  }
  return top;
}

/**
 * Points each name role at the column under its merged header that holds the words; a column
 * of kode becomes `kode`; under a "… & Anggaran" header the column of amounts becomes `anggaran`.
 */
export function settleTwins(view: SheetView, group: DraftGroup, first: number, last: number, skip: ReadonlySet<number>): void {
  const budgetInName = group.claims.some((c) => c.role === "program" && c.budgetToo);
  for (const role of NAME_ROLES) {
    const main = group.columns[role];
    const twins = group.twins.get(role);
    if (main === undefined || !twins || twins.length === 0) continue;
    const cols = [main, ...twins];
    const profiles = new Map(cols.map((c) => [c, profile(view, c, first, last, skip)]));
    const named = best(cols, (c) => profiles.get(c)!.words);
    if (named === undefined) continue;
    group.columns[role] = named;
    group.twins.set(role, cols.filter((c) => c !== named));
    const kode = best(cols, (c) => (c === named ? 0 : profiles.get(c)!.kode));
    if (kode !== undefined && group.columns.kode === undefined) group.columns.kode = kode;
    if (role === "program" && budgetInName && (group.columns.anggaran === undefined || group.columns.anggaran === main || group.columns.anggaran === named)) {
      const amounts = best(cols, (c) => (c === named ? 0 : profiles.get(c)!.money));
      if (amounts !== undefined) group.columns.anggaran = amounts;
    }
  }
}
