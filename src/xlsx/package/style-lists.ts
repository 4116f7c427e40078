/**
 * The indexed lists of styles.xml (`fonts`, `fills`, `borders`, `cellXfs`, `numFmts` …) read as
 * their records' XML and appended to without rewriting what is there: a cell's `s="7"` and every
 * other index keep meaning what they meant. Records are found by depth so a `<fill>` holding a
 * `<patternFill>` or a `<gradientFill>` with `<stop>`s counts as one.
 */
import { withAttribute } from "./xml-text";

export interface StyleList {
  /** Each record's XML, in index order. */
  records: string[];
  /** Where the list's content ends in the XML (before its closing tag); -1 when the list is absent. */
  end: number;
  prefix: string;
}

/** The record element of each list. */
const RECORD: Record<string, string> = {
  numFmts: "numFmt",
  fonts: "font",
  fills: "fill",
  borders: "border",
  cellStyleXfs: "xf",
  cellXfs: "xf",
  cellStyles: "cellStyle",
  dxfs: "dxf",
};

/** Order of the lists inside `<styleSheet>` (ECMA-376 §18.8.39): a missing list is created in its place. */
const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

export function styleList(xml: string, list: string): StyleList {
  const open = new RegExp(`<([\\w.-]+:)?${list}(\\s[^>]*)?(/?)>`).exec(xml);
  if (!open) return { records: [], end: -1, prefix: "" };
  const prefix = open[1] ?? "";
  if (open[3] === "/") return { records: [], end: -1, prefix };
  const start = open.index + open[0].length;
  const close = xml.indexOf(`</${prefix}${list}>`, start);
  const body = xml.slice(start, close);
  const record = `${prefix}${RECORD[list] ?? list}`;
  const records: string[] = [];
  // Split the body into top-level records by tag depth.
  const tag = /<(\/?)([\w.:-]+)[^>]*?(\/?)>/g;
  let depth = 0;
  let from = -1;
  for (const m of body.matchAll(tag)) {
    const [whole, closing, name, selfClosing] = m;
    const at = m.index ?? 0;
    if (!closing && depth === 0 && name === record) from = at;
    if (closing) depth--;
    else if (!selfClosing) depth++;
    if (depth === 0 && from >= 0) {
      records.push(body.slice(from, at + whole.length));
      from = -1;
    }
  }
  return { records, end: close, prefix };
}

/**
 * Appends a record to a list and returns the new XML and the record's index. A record equal to one
 * already there is not added again (its index is returned), so repeated marks do not grow the file.
 */
export function appendStyleRecord(xml: string, list: string, record: string): { xml: string; index: number } {
  const found = styleList(xml, list);
  const same = found.records.indexOf(record);
  if (same >= 0) return { xml, index: same };
  if (found.end < 0) {
    const withList = createList(xml, list, found.prefix || prefixOf(xml));
    return appendStyleRecord(withList, list, record);
  }
  const count = found.records.length + 1;
  let out = xml.slice(0, found.end) + record + xml.slice(found.end);
  // The count is set where it stands, so removing the record again gives back the same start tag.
  out = out.replace(new RegExp(`<${found.prefix}${list}(\\s[^>]*)?>`), (tag) => withAttribute(tag, "count", String(count)));
  return { xml: out, index: count - 1 };
}

function prefixOf(xml: string): string {
  return /<([\w.-]+:)?styleSheet[\s>]/.exec(xml)?.[1] ?? "";
}

/** Creates an empty list (`<numFmts count="0"></numFmts>`) where the schema puts it. */
function createList(xml: string, list: string, prefix: string): string {
  const selfClosed = new RegExp(`<${prefix}${list}(\\s[^>]*)?/>`).exec(xml);
  if (selfClosed) return xml.slice(0, selfClosed.index) + `<${prefix}${list}${selfClosed[1] ?? ""}></${prefix}${list}>` + xml.slice(selfClosed.index + selfClosed[0].length);
  const later = ORDER.slice(ORDER.indexOf(list) + 1);
  const empty = `<${prefix}${list} count="0"></${prefix}${list}>`;
  for (const next of later) {
    const at = new RegExp(`<${prefix}${next}[\\s>/]`).exec(xml);
    if (at) return xml.slice(0, at.index) + empty + xml.slice(at.index);
  }
  const close = xml.lastIndexOf(`</${prefix}styleSheet>`);
  return xml.slice(0, close) + empty + xml.slice(close);
}
