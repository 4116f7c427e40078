/**
 * One `<c>` element, once read, as the engine's GridCell: the same value, text, format, formula,
 * bold and indent that read-grid.ts derives from ExcelJS for the same cell.
 */
import type { GridCell, Scalar } from "../../engine/model";
import { cellText, dateToSerial } from "../display-text";
import type { SharedStrings } from "./shared-strings";
import type { StringItem } from "./string-item";
import type { CellStyle } from "./styles-read";

export interface RawCell {
  /** The `t` attribute: s, str, inlineStr, b, e, d, n (or none, a number). */
  type: string | undefined;
  style: CellStyle;
  /** Text of `<v>`; undefined when absent or empty. */
  value: string | undefined;
  inline: StringItem | undefined;
  isFormula: boolean;
  /** The formula's text (a shared formula already moved to this cell), without `=`. */
  formula: string | undefined;
}

interface Read {
  value: Scalar;
  isDate: boolean;
  richBold: boolean;
}

const EMPTY: Read = { value: null, isDate: false, richBold: false };

/**
 * A serial under a date format, as ExcelJS returns it: turned into a Date rounded to the
 * millisecond and back, so a time of day compares equal between the two readers.
 */
function dateSerial(serial: number, date1904: boolean): number {
  return dateToSerial(new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86400000)), date1904);
}

/** `t="d"` holds an ISO 8601 date; without a zone it means the sheet's own (UTC) clock. */
function isoSerial(text: string, date1904: boolean): number {
  const zoned = /[zZ]|[+-]\d\d:?\d\d$/.test(text) || !text.includes("T") ? text : `${text}Z`;
  return dateToSerial(new Date(zoned), date1904);
}

function number(text: string, style: CellStyle, date1904: boolean): Read {
  const n = parseFloat(text);
  return style.isDate ? { value: dateSerial(n, date1904), isDate: true, richBold: false } : { value: n, isDate: false, richBold: false };
}

function plain(value: Scalar): Read {
  return { value, isDate: false, richBold: false };
}

/** A `<v>` read by the cell's `t`; also a formula's cached result, whose type `t` gives too. */
function typed(raw: RawCell, text: string, date1904: boolean): Read {
  switch (raw.type) {
    case "str":
    case "inlineStr":
    case "e":
      return plain(text);
    case "b":
      return plain(parseInt(text, 10) !== 0);
    case "d":
      return { value: isoSerial(text, date1904), isDate: true, richBold: false };
    default:
      return number(text, raw.style, date1904);
  }
}

function stored(raw: RawCell, strings: SharedStrings, date1904: boolean): Read {
  const inline = raw.inline?.hasContent ? raw.inline : undefined;
  if (inline && (raw.type === "inlineStr" || raw.type === undefined)) return { value: inline.value, isDate: false, richBold: inline.allRunsBold };
  const text = raw.value;
  if (text === undefined) return EMPTY;
  if (raw.type !== "s") return typed(raw, text, date1904);
  const index = parseInt(text, 10);
  const value = strings.texts[index];
  // An index past the table is a damaged cell; Excel repairs it to empty.
  return value === undefined ? EMPTY : { value, isDate: false, richBold: strings.bold.has(index) };
}

/** The grid cell, or null for an empty one. */
export function gridCellOf(raw: RawCell, strings: SharedStrings, date1904: boolean): GridCell | null {
  const read = raw.isFormula ? (raw.value === undefined ? EMPTY : typed(raw, raw.value, date1904)) : stored(raw, strings, date1904);
  const formula = raw.isFormula && raw.formula ? `=${raw.formula.replace(/^=/, "")}` : undefined;
  if (read.value === null && formula === undefined) return null;
  const { style } = raw;
  const out: GridCell = { value: read.value };
  if (formula !== undefined) out.formula = formula;
  if (style.format && style.format !== "General") out.format = style.format;
  const text = cellText(read.value, style.format, read.isDate, date1904);
  if (text !== undefined) out.text = text;
  if (style.bold || read.richBold) out.bold = true;
  if (style.indent > 0) out.indent = style.indent;
  return out;
}
