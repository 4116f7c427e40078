/**
 * Numbers, amounts, percentages and period names the way each language writes them:
 * Indonesian `Rp 1.250.000`, `87,5%`, `TW III`, `Maret`; English `Rp 1,250,000`, `87.5%`, `TW III`, `March`.
 * Written out by hand rather than through Intl so that Node, Excel's webview and the browser all
 * print exactly the same text.
 */
import { MONTHS, QUARTERS, type Period } from "../engine/model";

export type Lang = "id" | "en";

const SEPARATORS: Record<Lang, { thousands: string; decimal: string }> = {
  id: { thousands: ".", decimal: "," },
  en: { thousands: ",", decimal: "." },
};

/**
 * A number with thousands grouped and at most `maxDecimals` decimals (trailing zeros dropped):
 * id `1.234,5`, en `1,234.5`. Negative numbers keep a plain minus sign.
 */
export function formatNumber(value: number, lang: Lang, maxDecimals = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const { thousands, decimal } = SEPARATORS[lang];
  const negative = value < 0;
  const fixed = Math.abs(value).toFixed(maxDecimals);
  const [whole, fraction = ""] = fixed.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  const trimmed = fraction.replace(/0+$/, "");
  const body = trimmed ? `${grouped}${decimal}${trimmed}` : grouped;
  return negative && /[1-9]/.test(body) ? `-${body}` : body;
}

/** Rupiah: id `Rp 1.250.000`, en `Rp 1,250,000`; sen shown only when there are any. */
export function formatRupiah(value: number, lang: Lang): string {
  const body = formatNumber(Math.abs(value), lang, 2);
  return value < 0 && body !== "0" ? `-Rp ${body}` : `Rp ${body}`;
}

/** A capaian or serapan in percent points: id `87,5%`, en `87.5%`. */
export function formatPercent(value: number, lang: Lang, maxDecimals = 2): string {
  return `${formatNumber(value, lang, maxDecimals)}%`;
}

const ROMAN = ["I", "II", "III", "IV"];

const MONTH_NAMES: Record<Lang, string[]> = {
  id: ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

/** `tw3` → `TW III`; `b3` → `Maret` / `March`. Triwulan are written TW in both languages, as on the sheets. */
export function periodName(period: Period, lang: Lang): string {
  const q = QUARTERS.indexOf(period as (typeof QUARTERS)[number]);
  if (q >= 0) return `TW ${ROMAN[q]}`;
  const m = MONTHS.indexOf(period as (typeof MONTHS)[number]);
  if (m >= 0) return MONTH_NAMES[lang][m];
  return period;
}

/** All periods of a family at once: `TW I–IV`, `Januari–Desember`. */
export function periodRangeName(family: "quarterly" | "monthly", lang: Lang): string {
  return family === "monthly" ? `${MONTH_NAMES[lang][0]}–${MONTH_NAMES[lang][11]}` : "TW I–IV";
}

/** Whether a string names a period key (`tw1`…`tw4`, `b1`…`b12`). */
export function isPeriod(value: string): value is Period {
  return (QUARTERS as readonly string[]).includes(value) || (MONTHS as readonly string[]).includes(value);
}

/** Long text (an indikator, a kegiatan) cut to a length a message can carry. */
export function shorten(text: string, max = 80): string {
  const clean = text.replace(/\s+/g, " ").trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}

/** A duration as a clock shows it: "0:42", "12:05", "1:02:03" (rounded up to the second). */
export function clock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  const two = (n: number) => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/** "4 Desember 2026" / "4 December 2026", as a letter dates itself (the local calendar day). */
export function longDate(date: Date, lang: Lang): string {
  return `${date.getDate()} ${MONTH_NAMES[lang][date.getMonth()]} ${date.getFullYear()}`;
}
