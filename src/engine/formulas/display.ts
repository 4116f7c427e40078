/**
 * The text a computed number shows under its number format, for the messages that quote a cell.
 * The number reader takes the amount from the value, so this only needs the common formats:
 * percent, decimals, thousands grouping, dates. Separators are written as in the format code
 * (`,` thousands, `.` decimals), as the file adapter renders stored cells.
 */
import { isDateFormat, serialDateText } from "../numbers/dates";
import { formatInfo, isGeneralFormat } from "../numbers/format";

function grouped(whole: string): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

export function displayOf(value: number, format: string | undefined): string {
  if (isGeneralFormat(format)) return String(Number(value.toPrecision(10)));
  if (isDateFormat(format)) return serialDateText(value);
  const info = formatInfo(format);
  const shown = info.percent ? value * 100 : value;
  const fixed = Math.abs(shown).toFixed(info.decimals ?? 0);
  const [whole, fraction] = fixed.split(".");
  const groups = /[#0],[#0]/.test((format ?? "").split(";")[0] ?? "");
  const sign = shown < 0 && Number(fixed) !== 0 ? "-" : "";
  return `${sign}${groups ? grouped(whole) : whole}${fraction ? `.${fraction}` : ""}${info.percent ? "%" : ""}`;
}
