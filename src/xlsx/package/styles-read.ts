/**
 * What the reader needs from styles.xml, per cell format (`cellXfs`, the index in a cell's `s`):
 * the number format code, whether it is a date format, bold, indent. Built-in format ids map to
 * the codes ExcelJS uses, so the grid reads the same whichever reader made it.
 */
import type { XlsxPackage } from "./zip-package";
import { scanXml, type XmlAttributes, type XmlHandler } from "./xml-scan";

export interface CellStyle {
  /** The number format code; undefined for General or an unknown id. */
  format?: string;
  /** Numbers under this style are dates (Excel serials). */
  isDate: boolean;
  bold: boolean;
  indent: number;
}

/** Built-in number formats (ECMA-376 18.8.30, en-US), as ExcelJS's defaultnumformats spells them. */
const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/**
 * Ids whose code depends on the locale (East Asian dates) and that have no en-US code: the cell
 * is a date even though its code is unknown, so it reads as an ISO date rather than a bare serial.
 */
function isLocaleDateId(id: number): boolean {
  return (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

/**
 * A format code shows a date or time when it has date or time codes outside quoted text,
 * escapes, fill/pad characters and bracketed colours or locales (elapsed `[h]`, `[mm]`, `[ss]`
 * count). ExcelJS tests the same letters; it also strips backslashes first, which turns an
 * escaped literal `\h` into a code, and it looks only at lowercase codes.
 */
export function isDateFormat(code: string): boolean {
  const codes = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "")
    .replace(/\[(h+|m+|s+)\]/gi, "$1")
    .replace(/\[[^\]]*\]/g, "");
  return /[ymdhsb]/i.test(codes);
}

const DEFAULT_STYLE: CellStyle = { isDate: false, bold: false, indent: 0 };

/** Style for a cell's `s`: the default when styles.xml is missing or the index points nowhere. */
export function styleAt(styles: readonly CellStyle[], index: number): CellStyle {
  return styles[index] ?? DEFAULT_STYLE;
}

function truthy(value: string | undefined): boolean {
  return value === "1" || value === "true";
}

/** `<b/>` is bold; `<b val="0"/>` (LibreOffice writes it) is not. */
export function boldOf(attributes: XmlAttributes): boolean {
  const val = attributes.val;
  return val === undefined || truthy(val) || val === "on";
}

interface RawXf {
  numFmtId: number;
  fontId: number;
  indent: number;
}

class StylesHandler implements XmlHandler {
  readonly capturing = false;
  readonly numFmts = new Map<number, string>();
  readonly fontBold: boolean[] = [];
  readonly xfs: RawXf[] = [];
  private section = "";

  open(name: string, a: XmlAttributes): void {
    switch (name) {
      case "numFmts":
      case "fonts":
      case "cellXfs":
      case "cellStyleXfs":
      case "dxfs":
        this.section = name;
        return;
      case "numFmt":
        if (this.section === "numFmts" && a.formatCode !== undefined) this.numFmts.set(parseInt(a.numFmtId ?? "", 10), a.formatCode);
        return;
      case "font":
        if (this.section === "fonts") this.fontBold.push(false);
        return;
      case "b":
        if (this.section === "fonts" && this.fontBold.length > 0) this.fontBold[this.fontBold.length - 1] = boldOf(a);
        return;
      case "xf":
        if (this.section === "cellXfs") this.xfs.push({ numFmtId: parseInt(a.numFmtId ?? "", 10), fontId: parseInt(a.fontId ?? "", 10), indent: 0 });
        return;
      case "alignment":
        if (this.section === "cellXfs" && this.xfs.length > 0) this.xfs[this.xfs.length - 1].indent = parseInt(a.indent ?? "", 10) || 0;
        return;
    }
  }

  close(name: string): void {
    if (name === this.section) this.section = "";
  }

  text(): void {}
}

/** The cell styles of a workbook, by `cellXfs` index (empty when it has no styles part). */
export function readCellStyles(pkg: XlsxPackage, path: string | undefined): CellStyle[] {
  const xml = path ? pkg.text(path) : undefined;
  if (!xml) return [];
  const h = new StylesHandler();
  scanXml(xml, h);
  return h.xfs.map(({ numFmtId, fontId, indent }) => {
    const format = numFmtId ? (h.numFmts.get(numFmtId) ?? BUILT_IN_FORMATS[numFmtId]) : undefined;
    return {
      format,
      isDate: format !== undefined ? isDateFormat(format) : isLocaleDateId(numFmtId),
      bold: h.fontBold[fontId] === true,
      indent,
    };
  });
}
