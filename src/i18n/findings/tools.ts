/** What a message function gets besides the finding: formatting in its own language. */
import type { Finding, Period } from "../../engine/model";
import { formatNumber, formatPercent, formatRupiah, isPeriod, periodName, periodRangeName, shorten, type Lang } from "../format";

export interface MessageTools {
  lang: Lang;
  rupiah(value: number | undefined): string;
  number(value: number | undefined): string;
  percent(value: number | undefined): string;
  /** A period key to its name; anything else (e.g. "annual") comes back unchanged. */
  period(key: string): string;
  periods(family: string): string;
  /** Cells as a list: `K48, K61 dan K96` / `K48, K61 and K96`. */
  cells(cells: readonly string[] | undefined): string;
  shorten(text: string): string;
  /** A column role as users name it: `target_tw4` → `target TW IV`, `realisasi_anggaran` → `realisasi anggaran`. */
  role(role: string): string;
  /** A text param ("" when absent). */
  text(f: Finding, key: string): string;
  /** A numeric param (undefined when absent or not a number). */
  num(f: Finding, key: string): number | undefined;
}

export type FindingMessage = (f: Finding, t: MessageTools) => string;

export function toolsFor(lang: Lang): MessageTools {
  const and = lang === "id" ? "dan" : "and";
  return {
    lang,
    rupiah: (v) => formatRupiah(v ?? 0, lang),
    number: (v) => formatNumber(v ?? 0, lang),
    percent: (v) => formatPercent(v ?? 0, lang),
    // Year periods (`y2021`, per-year Renstra amounts) are written as the year.
    period: (key) => (isPeriod(key) ? periodName(key as Period, lang) : (/^y(\d{4})$/.exec(key)?.[1] ?? key)),
    periods: (family) => periodRangeName(family === "monthly" ? "monthly" : "quarterly", lang),
    cells: (cells) => {
      const list = [...(cells ?? [])];
      if (list.length <= 1) return list.join("");
      return `${list.slice(0, -1).join(", ")} ${and} ${list[list.length - 1]}`;
    },
    shorten: (text) => shorten(text),
    role: (role) => {
      const m = /^(.*)_(tw\d|b\d{1,2})$/.exec(role);
      const base = (m ? m[1] : role).replace(/_/g, " ");
      return m && isPeriod(m[2]) ? `${base} ${periodName(m[2] as Period, lang)}` : base;
    },
    text: (f, key) => {
      const v = f.params[key];
      return v === undefined ? "" : String(v);
    },
    num: (f, key) => {
      const v = f.params[key];
      return typeof v === "number" ? v : undefined;
    },
  };
}
