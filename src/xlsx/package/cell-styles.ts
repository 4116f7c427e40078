/**
 * A cell's style as styles.xml records: the `xf` its `s` points at, a new `xf` derived from it
 * with another number format or fill (appended, so no other cell changes), and its fill in the
 * marks ledger's neutral shape. A cell without `s` uses `xf` 0.
 */
import type { FillPattern, FillSnapshot } from "../../port/marks-ledger";
import { FILL_PATTERNS } from "../../port/marks-ledger";
import { appendStyleRecord, styleList } from "./style-lists";
import { attributesOf, escapeXml, withAttribute } from "./xml-text";

/** The adapter name this layer writes in the ledger's `native` fields. */
export const PACKAGE_ADAPTER = "xlsx-package";

/** Number formats every reader knows by id (ECMA-376 §18.8.30); others get a `<numFmt>`. */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "# ?/?": 12,
  "# ??/??": 13,
  "mm-dd-yy": 14,
  "d-mmm-yy": 15,
  "d-mmm": 16,
  "mmm-yy": 17,
  "h:mm AM/PM": 18,
  "h:mm:ss AM/PM": 19,
  "h:mm": 20,
  "h:mm:ss": 21,
  "m/d/yy h:mm": 22,
  "mm:ss": 45,
  "[h]:mm:ss": 46,
  "mmss.0": 47,
  "##0.0E+0": 48,
  "@": 49,
};

/** The first custom number format id Excel uses. */
const FIRST_CUSTOM_FORMAT = 164;

/** The `xf` record a cell's `s` points at (xf 0 when the cell has none). */
export function xfRecord(styles: string, s: string | undefined): string {
  const records = styleList(styles, "cellXfs").records;
  return records[Number(s ?? 0)] ?? records[0] ?? "<xf/>";
}

/** Changes attributes of a record's start tag. */
function withAttributes(record: string, changes: Record<string, string | null>): string {
  const tagEnd = record.indexOf(">") + 1;
  let tag = record.slice(0, tagEnd);
  for (const [name, value] of Object.entries(changes)) tag = withAttribute(tag, name, value);
  return tag + record.slice(tagEnd);
}

function appendXf(styles: string, record: string): { styles: string; s: string } {
  const { xml, index } = appendStyleRecord(styles, "cellXfs", record);
  return { styles: xml, s: String(index) };
}

/** A style like the cell's with another number format. */
export function withNumberFormat(styles: string, s: string | undefined, format: string): { styles: string; s: string } {
  let xml = styles;
  let id = BUILT_IN_FORMATS[format];
  if (id === undefined) {
    const formats = styleList(xml, "numFmts").records.map((r) => attributesOf(r.slice(0, r.indexOf(">") + 1)));
    const same = formats.find((f) => f.formatCode === format);
    if (same) id = Number(same.numFmtId);
    else {
      id = Math.max(FIRST_CUSTOM_FORMAT - 1, ...formats.map((f) => Number(f.numFmtId) || 0)) + 1;
      const prefix = styleList(xml, "numFmts").prefix || styleList(xml, "cellXfs").prefix;
      xml = appendStyleRecord(xml, "numFmts", `<${prefix}numFmt numFmtId="${id}" formatCode="${escapeXml(format)}"/>`).xml;
    }
  }
  return appendXf(xml, withAttributes(xfRecord(xml, s), { numFmtId: String(id), applyNumberFormat: "1" }));
}

/** A style like the cell's with another fill (`null`: the no-fill record 0). */
export function withFill(styles: string, s: string | undefined, fill: FillSnapshot | null): { styles: string; s: string } {
  let xml = styles;
  let fillId = "0";
  if (fill) {
    const added = appendStyleRecord(xml, "fills", fillXml(fill, styleList(xml, "fills").prefix));
    xml = added.xml;
    fillId = String(added.index);
  }
  return appendXf(xml, withAttributes(xfRecord(xml, s), { fillId, applyFill: fill ? "1" : null }));
}

/**
 * The style to give back to a cell when its mark is cleared: the original `s` itself when the
 * cell still has exactly the marked style (so the part returns to its bytes), otherwise its
 * current style with the original's fill (a number format written since is kept).
 */
export function restoredStyle(styles: string, current: string | undefined, original: string | null): { styles: string; s: string | null } {
  const originalXf = xfRecord(styles, original ?? undefined);
  const originalAttributes = attributesOf(originalXf.slice(0, originalXf.indexOf(">") + 1));
  const back = withAttributes(xfRecord(styles, current), { fillId: originalAttributes.fillId ?? null, applyFill: originalAttributes.applyFill ?? null });
  if (back === originalXf) return { styles, s: original };
  return appendXf(styles, back);
}

/** The fill of a style in the neutral shape (this adapter keeps the exact `s` in the ledger's nativeNote). */
export function fillOfStyle(styles: string, s: string | undefined): FillSnapshot | null {
  const fillId = attributesOf(xfRecord(styles, s).replace(/>[\s\S]*$/, ">")).fillId ?? "0";
  const record = styleList(styles, "fills").records[Number(fillId)];
  return record ? parseFill(record) : null;
}

/** How many records a list holds (the ledger keeps the counts before marking, to trim what marks added). */
export function styleCount(styles: string, list: string): number {
  return styleList(styles, list).records.length;
}

/**
 * Removes records appended after `floor` that nothing uses any more, last first, so a workbook
 * whose marks are all cleared gets its styles part back. `usedXfs` are the `s` of every cell, row
 * and column of every worksheet.
 */
export function trimStyles(styles: string, floor: { xfs: number; fills: number }, usedXfs: ReadonlySet<number>): string {
  let xml = trimTail(styles, "cellXfs", floor.xfs, (i) => usedXfs.has(i));
  const xfFills = (list: string) => styleList(xml, list).records.map((r) => Number(attributesOf(r.slice(0, r.indexOf(">") + 1)).fillId ?? 0));
  const usedFills = new Set([...xfFills("cellXfs"), ...xfFills("cellStyleXfs")]);
  xml = trimTail(xml, "fills", floor.fills, (i) => usedFills.has(i));
  return xml;
}

function trimTail(styles: string, list: string, floor: number, used: (index: number) => boolean): string {
  let xml = styles;
  for (;;) {
    const { records, end, prefix } = styleList(xml, list);
    const last = records.length - 1;
    if (last < floor || used(last) || xml.slice(end - records[last].length, end) !== records[last]) return xml;
    xml = xml.slice(0, end - records[last].length) + xml.slice(end);
    xml = xml.replace(new RegExp(`<${prefix}${list}(\\s[^>]*)?>`), (tag) => withAttribute(tag, "count", String(last)));
  }
}

function parseFill(record: string): FillSnapshot | null {
  const pattern = /<([\w.-]+:)?patternFill\b([^>]*?)(\/?)>([\s\S]*?)(?:<\/\1?patternFill>|$)/.exec(record);
  if (pattern) {
    const type = attributesOf(pattern[2]).patternType ?? "none";
    if (type === "none") return null;
    const snapshot: FillSnapshot = { pattern: FILL_PATTERNS.includes(type as FillPattern) ? (type as FillPattern) : "solid" };
    const body = pattern[3] === "/" ? "" : pattern[4];
    colorInto(snapshot, "fg", /<([\w.-]+:)?fgColor\b[^>]*>/.exec(body)?.[0]);
    colorInto(snapshot, "bg", /<([\w.-]+:)?bgColor\b[^>]*>/.exec(body)?.[0]);
    return snapshot;
  }
  // A gradient has no neutral form: the other adapters see its first colour as a solid fill.
  const snapshot: FillSnapshot = { pattern: "solid" };
  colorInto(snapshot, "fg", /<([\w.-]+:)?stop\b[\s\S]*?(<([\w.-]+:)?color\b[^>]*>)/.exec(record)?.[2]);
  return snapshot;
}

function colorInto(snapshot: FillSnapshot, which: "fg" | "bg", tag: string | undefined): void {
  if (!tag) return;
  const a = attributesOf(tag);
  if (a.rgb && /^([0-9A-F]{2})?[0-9A-F]{6}$/i.test(a.rgb)) snapshot[`${which}Color`] = a.rgb.slice(-6).toUpperCase();
  if (a.theme !== undefined && /^\d+$/.test(a.theme)) {
    snapshot[`${which}Theme`] = Number(a.theme);
    if (a.tint !== undefined && Number.isFinite(Number(a.tint))) snapshot[`${which}Tint`] = Number(a.tint);
  }
}

/** A neutral fill as a `<fill>` record (the mark's, or an original another adapter recorded). */
export function fillXml(fill: FillSnapshot, prefix = ""): string {
  const color = (name: string, rgb?: string, theme?: number, tint?: number) => {
    if (rgb) return `<${prefix}${name} rgb="FF${rgb}"/>`;
    if (theme === undefined) return "";
    return `<${prefix}${name} theme="${theme}"${tint === undefined ? "" : ` tint="${tint}"`}/>`;
  };
  const colors = color("fgColor", fill.fgColor, fill.fgTheme, fill.fgTint) + color("bgColor", fill.bgColor, fill.bgTheme, fill.bgTint);
  return `<${prefix}fill><${prefix}patternFill patternType="${fill.pattern}">${colors}</${prefix}patternFill></${prefix}fill>`;
}
