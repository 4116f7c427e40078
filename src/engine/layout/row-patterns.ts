/** Rows that are not table rows: signature blocks; and total rows, which are table rows of their own kind. */
import { words } from "./header-text";
import { MONTH_NAMES } from "./synonyms";

const MONTHS = MONTH_NAMES.map((names) => names[0]).join("|");
/** Dots or underscores left for a hand-written value ("……………", "........", "____"). */
const BLANK = "[.…_\\s]{3,}";
const PLACE = `([A-Za-z][A-Za-z .'-]{1,40}|${BLANK})`;
const DATE = `((\\d{1,2}\\s+)?(${MONTHS})|${BLANK})`;
/** "Praya, Maret 2022", "Singaraja, 29 Oktober 2021", "Watampone,   Januari 2021", "Praya, ………… 2022", "……, …… 2024". */
const PLACE_DATE = new RegExp(`^${PLACE},\\s*${DATE}\\s*\\d{4}$`, "i");
const DATE_ONLY = new RegExp(`^(\\d{1,2}\\s+)?(${MONTHS})\\s+\\d{4}$`, "i");
/** "NIP. 19700101 199003 1 001", and the blank "NIP. ……………" of a form. */
const NIP = /^(nip|nrp|nik)\b\s*[.:]?\s*(\d|[.…_]{3,}|$)/i;
const SIGN_WORDS = /^(mengetahui|menyetujui|ditetapkan di|dibuat oleh|disahkan)\b/i;

/** A line of a signature block: place and date, "Mengetahui", "NIP. …". */
export function isSignatureText(text: string): boolean {
  const t = text.trim().replace(/\s+/g, " ");
  return PLACE_DATE.test(t) || DATE_ONLY.test(t) || NIP.test(t) || SIGN_WORDS.test(t);
}

const TOTAL_LABELS = [
  "jumlah",
  "total",
  "jumlah total",
  "total jumlah",
  "sub total",
  "jumlah keseluruhan",
  "total keseluruhan",
  "jumlah seluruhnya",
  "grand total",
  "jumlah anggaran",
  "total anggaran",
  "jumlah total anggaran",
  "jumlah sub total",
  "jumlah belanja",
  "total belanja",
  "jumlah total belanja",
  "jumlah pagu",
  "total pagu",
  "jumlah pagu anggaran",
];
/** Unit words a total's label may carry: "Jumlah (Rp)", "TOTAL (Rp. Juta)". */
const UNIT_WORDS = new Set(["rp", "rupiah", "juta", "ribu", "miliar", "milyar"]);

const DIGIT_OR_PERCENT = /[0-9%]/;

/** Labels compared without spaces, so letter-spaced "J U M L A H" and "Subtotal" read as written. */
const TOTALS = new Set(TOTAL_LABELS.map((label) => label.replace(/ /g, "")));

/**
 * A total row's label: `Jumlah`, `Total`, `J U M L A H`, `JUMLAH TOTAL`, `Sub Total`, `TOTAL BELANJA`,
 * `Jumlah (Rp)`. The whole label must be one of these: "Jumlah koperasi yang …" is an indicator.
 */
export function isTotalLabel(text: string): boolean {
  // No label or unit word holds a digit or `%`, and words() keeps both: a number, a kode or an
  // amount (what most rows start with) is turned down without being split into words.
  if (DIGIT_OR_PERCENT.test(text)) return false;
  const w = [...words(text)];
  while (w.length > 1 && UNIT_WORDS.has(w[w.length - 1])) w.pop();
  return w.length > 0 && TOTALS.has(w.join(""));
}
