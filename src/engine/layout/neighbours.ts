/**
 * Roles read from a column's neighbours and from its cells, where the header alone is weak:
 * `Realisasi` beside `Anggaran` is the realised budget and `%` after it the serapan (LKjIP:
 * Anggaran (Rp) | Realisasi (Rp) | Capaian (%)); a column of rupiah amounts under a header the
 * vocabulary lacks is the anggaran when the table has none.
 */
import type { Role } from "../model";
import type { ColumnClaim } from "./column-claims";
import { ownText, type SheetView } from "./grid-reading";

function open(claim: ColumnClaim): boolean {
  return !claim.chosen && !claim.ignored;
}

/** Realisasi right of an anggaran, and a percentage right of a realised budget. */
export function settleNeighbours(claims: readonly ColumnClaim[]): void {
  const mapped = claims.filter((c) => c.role !== undefined).sort((a, b) => a.col - b.col);
  for (let i = 1; i < mapped.length; i++) {
    const claim = mapped[i];
    const before = mapped[i - 1].role;
    if (!open(claim)) continue;
    if (claim.role === "realisasi" && claim.unit !== "kinerja" && claim.unit !== "percent" && before === "anggaran") set(claim, "realisasi_anggaran", "neighbour");
    else if ((claim.role === "capaian" || (claim.role === "realisasi" && claim.unit === "percent")) && before === "realisasi_anggaran") set(claim, "serapan", "neighbour");
    // Target | Realisasi | % under one parent ("Kriteria Keberhasilan Sasaran"): the % is the capaian, not a target in percent.
    else if (claim.unit === "percent" && claim.source === "unit" && claim.role !== "capaian" && before === "realisasi") set(claim, "capaian", "neighbour");
  }
}

function set(claim: ColumnClaim, role: Role, source: ColumnClaim["source"]): void {
  claim.role = role;
  claim.source = source;
}

/** "7.023.180.935", "Rp. 45.865.000,-", "11,566,246,594", 250000000: a rupiah amount (at least Rp 100.000). */
const MONEY_TEXT = /^(rp\.?\s*)?\d{1,3}([.,]\d{3})+([.,]\d{1,2})?\s*(,-)?$/i;
const MIN_AMOUNT = 100_000;

function isMoney(text: string, value: unknown): boolean {
  if (typeof value === "number") return Math.abs(value) >= MIN_AMOUNT;
  const t = text.trim();
  if (/^rp\.?\s*\d/i.test(t)) return true;
  if (!MONEY_TEXT.test(t)) return false;
  return Number(t.replace(/^rp\.?\s*/i, "").replace(/[^\d]/g, "")) >= MIN_AMOUNT;
}

/** Dashes and zeros say nothing about a column's content. */
function isBlankish(text: string): boolean {
  return /^[\s\-–—0]*$/.test(text);
}

/** A column's data rows to judge by: the first 300 are enough to know what it holds. */
interface Rows {
  first: number;
  last: number;
  skip: ReadonlySet<number>;
}

/** Share of a column's filled data cells (dashes and zeros aside) that pass a test, and how many were filled. */
function shareOf(view: SheetView, col: number, rows: Rows, test: (text: string, value: unknown) => boolean): { share: number; filled: number } {
  let filled = 0;
  let passed = 0;
  for (let r = rows.first; r <= Math.min(rows.last, rows.first + 300); r++) {
    if (rows.skip.has(r)) continue;
    const text = ownText(view, r, col);
    if (text === "" || isBlankish(text)) continue;
    filled++;
    if (test(text, view.grid.rows[r]?.[col]?.value)) passed++;
  }
  return { share: filled === 0 ? 0 : passed / filled, filled };
}

/** Words and no digits: "APBD", "DAK Fisik". */
function isWords(text: string): boolean {
  return !/\d/.test(text) && /\p{L}{2,}/u.test(text);
}

/**
 * What the cells say where the header is weak: a `Realisasi` of rupiah amounts (annual or per
 * period) is the realised budget; an anggaran column of words ("Sumber Dana": APBD, DAK) is none;
 * a column of amounts with no role is the anggaran when the table has none. Returns whether a role changed.
 */
export function settleByContent(view: SheetView, claims: readonly ColumnClaim[], first: number, last: number, skip: ReadonlySet<number>): boolean {
  let changed = false;
  const rows: Rows = { first, last, skip };
  const amounts = (c: ColumnClaim): boolean => {
    const { share, filled } = shareOf(view, c.col, rows, isMoney);
    return filled >= 2 && share >= 0.8;
  };
  // "Realisasi" and "Realisasi / TW I … TW IV" holding rupiah amounts: the realised budget. A
  // series turns as a whole when its filled periods all hold amounts (TW III and IV still empty).
  // Unless the indicator itself is measured in rupiah ("Nilai investasi", satuan Rupiah, a target of 248.710.000.000).
  const rupiahIndicator = claims.some(
    (c) => (c.role === "satuan" && shareOf(view, c.col, rows, (t) => /^(rp\.?|rupiah)\b/i.test(t.trim())).share > 0) || (/^target/.test(c.role ?? "") && shareOf(view, c.col, rows, isMoney).share > 0),
  );
  const realised = rupiahIndicator ? [] : claims.filter((c) => open(c) && !c.pendingPeriod && c.unit === undefined && /^realisasi(_(tw\d|b\d{1,2}|y\d{4}))?$/.test(c.role ?? ""));
  for (const family of [realised.filter((c) => c.role === "realisasi"), realised.filter((c) => c.role !== "realisasi")]) {
    const shares = family.map((c) => shareOf(view, c.col, rows, isMoney));
    const filled = shares.filter((s) => s.filled > 0);
    if (filled.length === 0 || !filled.every((s) => s.share >= 0.8) || filled.reduce((n, s) => n + s.filled, 0) < 2) continue;
    for (const claim of family) set(claim, (claim.role as string).replace(/^realisasi/, "realisasi_anggaran") as Role, "content");
    changed = true;
  }
  // "Sumber Dana" over APBD, DAK, BLUD: words where amounts belong, so not the anggaran after all.
  for (const claim of claims) {
    if (!open(claim) || claim.role !== "anggaran" || claim.source !== "header" || claim.budgetToo) continue;
    const { share, filled } = shareOf(view, claim.col, rows, isWords);
    if (filled >= 2 && share >= 0.8) {
      claim.role = undefined;
      claim.source = undefined;
      changed = true;
    }
  }
  if (!claims.some((c) => c.role === "anggaran")) {
    // A hidden column is the staff's own working (Lombok Tengah's "cek"), never the anggaran itself.
    const unnamed = claims.find((c) => open(c) && !c.pendingPeriod && c.role === undefined && c.path.length > 0 && !view.grid.hiddenCols.includes(c.col) && amounts(c));
    if (unnamed) {
      set(unnamed, "anggaran", "content");
      changed = true;
    }
  }
  return changed;
}
