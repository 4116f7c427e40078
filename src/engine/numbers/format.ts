/**
 * What an Excel number format tells the reader: whether the cell shows a percentage and how
 * many decimals it shows (`0.00%` → percent, 2; `#,##0` → 0; `"Rp"#,##0.00` → 2).
 */

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

export function isGeneralFormat(format: string | undefined): boolean {
  return format === undefined || format.trim() === "" || /^general$/i.test(format.trim()) || format.trim() === "@";
}

export function formatInfo(format: string | undefined): FormatInfo {
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
