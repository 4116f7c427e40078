/**
 * What an Excel number format tells the reader: whether the cell shows a percentage and how
 * many decimals it shows (`0.00%` → percent, 2; `#,##0` → 0; `"Rp"#,##0.00` → 2).
 */
import { remembered } from "../remembered";

export interface FormatInfo {
  percent: boolean;
  /** Decimals shown, or undefined for General (or no format): the value decides. */
  decimals?: number;
}

/** The positive section, without quoted text, escapes, `[Red]`/`[$Rp-421]` blocks and padding. */
export function positiveSection(format: string): string {
  const stripped = format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/[_*]./g, "");
  return stripped.split(";")[0] ?? "";
}

/** Whether a format shows numbers as General does (asked several times for every number cell). */
export const isGeneralFormat: (format: string | undefined) => boolean = perFormat(readIsGeneral);

function readIsGeneral(format: string | undefined): boolean {
  if (format === undefined || format === "General") return true;
  const t = format.trim();
  return t === "" || /^general$/i.test(t) || t === "@";
}

/**
 * `read` remembered per format string: a sheet has a handful of formats and thousands of cells, and
 * tokenising the format for every cell was a large share of reading a column. Callers never mutate
 * what it returns.
 */
export function perFormat<T>(read: (format: string | undefined) => T): (format: string | undefined) => T {
  // Formats come from the workbook's styles, so few; a bound all the same.
  return remembered(read, 1_000);
}

export const formatInfo: (format: string | undefined) => Readonly<FormatInfo> = perFormat(readFormatInfo);

function readFormatInfo(format: string | undefined): FormatInfo {
  if (isGeneralFormat(format)) return { percent: false };
  const section = positiveSection(format as string);
  const percent = section.includes("%");
  const point = section.indexOf(".");
  const decimals = point < 0 ? 0 : (/^[0#?]*/.exec(section.slice(point + 1))?.[0].length ?? 0);
  return { percent, decimals };
}

/** Decimals a number shows in General format (Excel shows up to about ten significant digits). */
export function generalDecimals(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  const shown = Number(value.toPrecision(10)).toString();
  if (shown.includes("e")) return 0;
  const point = shown.indexOf(".");
  return point < 0 ? 0 : shown.length - point - 1;
}
