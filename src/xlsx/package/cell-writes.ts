/**
 * Writing values, formulas and number formats into a worksheet part, with the same refusals as
 * the ExcelJS adapter (a cell inside a merged area that is not its first cell), and what a write
 * means for the rest of the package: a formula asks for recalculation, a formula replaced by a
 * value invalidates the calculation chain, and a replaced master of a shared formula hands its
 * formula to the cells that shared it.
 */
import type { CellWrite, Scalar } from "../../engine/model";
import { WorkbookError } from "../../port/workbook-port";
import { withNumberFormat } from "./cell-styles";
import { cellElement, hasFormula, type CellContent } from "./cell-values";
import { appendInto, CONTENT_TYPES } from "./sheet-registry";
import { cellRef, findCell, parseRef, patchCells, sheetCells, type CellPatch, type CellXml } from "./sheet-cells";
import { translateFormula } from "./formula-shift";
import { REL, relsPathOf, type WorkbookParts } from "./workbook-parts";
import { decodeXml, escapeXml, tagsOf, withAttribute } from "./xml-text";
import type { XlsxPackage } from "./zip-package";

const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/** The styles part as text to derive from, written back only when it changed (created when the package has none). */
export function stylesOf(pkg: XlsxPackage, parts: WorkbookParts): { xml: string; current: () => string; save: (xml: string) => void } {
  const original = parts.stylesPath ? (pkg.text(parts.stylesPath) ?? MINIMAL_STYLES) : MINIMAL_STYLES;
  let text = original;
  return {
    xml: original,
    current: () => text,
    save: (xml: string) => {
      if (xml === text) return;
      text = xml;
      if (parts.stylesPath) pkg.setText(parts.stylesPath, xml);
      else parts.stylesPath = createStylesPart(pkg, parts, xml);
    },
  };
}

function createStylesPart(pkg: XlsxPackage, parts: WorkbookParts, xml: string): string {
  const path = "xl/styles.xml";
  pkg.setText(path, xml);
  const relsPath = relsPathOf(parts.workbookPath);
  const used = new Set([...tagsOf(pkg.text(relsPath) ?? "", "Relationship")].map((t) => t.attributes.Id));
  let n = 1;
  while (used.has(`rId${n}`)) n++;
  pkg.setText(relsPath, appendInto(pkg.text(relsPath) ?? "", "Relationships", `<Relationship Id="rId${n}" Type="${REL.styles}" Target="styles.xml"/>`));
  pkg.setText(CONTENT_TYPES, appendInto(pkg.text(CONTENT_TYPES) ?? "", "Types", `<Override PartName="/${path}" ContentType="${STYLES_TYPE}"/>`));
  return path;
}

interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
  ref: string;
}

function mergesOf(xml: string): Merge[] {
  const merges: Merge[] = [];
  for (const t of tagsOf(xml, "mergeCell")) {
    const [a, b = a] = (t.attributes.ref ?? "").split(":");
    const start = parseRef(a);
    const end = parseRef(b);
    if (start && end) merges.push({ top: Math.min(start.row, end.row), left: Math.min(start.col, end.col), bottom: Math.max(start.row, end.row), right: Math.max(start.col, end.col), ref: a });
  }
  return merges;
}

/** The cells' writes merged per cell (a later write to the same cell wins, field by field). */
function byCell(writes: readonly CellWrite[]): Map<number, Map<number, CellWrite>> {
  const out = new Map<number, Map<number, CellWrite>>();
  for (const w of writes) {
    const row = out.get(w.row) ?? new Map<number, CellWrite>();
    out.set(w.row, row);
    row.set(w.col, { ...row.get(w.col), ...w });
  }
  return out;
}

function contentOf(write: CellWrite): CellContent | undefined {
  if (write.formula !== undefined) return { formula: write.formula.replace(/^=/, ""), result: write.result };
  if (write.value !== undefined) return { value: write.value };
  return undefined;
}

/** The sheet and styles after the writes. Throws WorkbookError for a cell inside a merged area. */
export function writeCellsXml(sheetName: string, xml: string, styles: string, writes: readonly CellWrite[]): { sheet: string; styles: string } {
  const merges = mergesOf(xml);
  for (const w of writes) {
    const merge = merges.find((m) => w.row >= m.top && w.row <= m.bottom && w.col >= m.left && w.col <= m.right && (w.row !== m.top || w.col !== m.left));
    // ExcelJS would silently write into the merged area's first cell instead; Excel refuses.
    if (merge) throw new WorkbookError("UNKNOWN", `${sheetName}!${cellRef(w.row, w.col)} is inside a merged area; write to ${merge.ref.replace(/\$/g, "")}`, cellRef(w.row, w.col));
  }
  const prefix = /<([\w.-]+:)?worksheet[\s>]/.exec(xml)?.[1] ?? "";
  let stylesXml = styles;
  const formats = new Map<string, string>();
  const patches = new Map<number, Map<number, CellPatch>>();
  for (const [row, cols] of byCell(writes)) {
    const rowPatches = new Map<number, CellPatch>();
    patches.set(row, rowPatches);
    for (const [col, write] of cols) {
      rowPatches.set(col, (existing, ref) => {
        let s: string | undefined;
        if (write.format !== undefined) {
          const key = `${existing?.attributes.s ?? ""}|${write.format}`;
          s = formats.get(key);
          if (s === undefined) {
            const derived = withNumberFormat(stylesXml, existing?.attributes.s, write.format);
            stylesXml = derived.styles;
            s = derived.s;
            formats.set(key, s);
          }
        }
        return cellElement(existing, ref, prefix, contentOf(write), s);
      });
    }
  }
  addShareHandOver(xml, writes, patches);
  const sheet = widenDimension(patchCells(xml, patches), writes);
  return { sheet, styles: stylesXml };
}

/**
 * A value or formula written over the master of a shared formula (`<f t="shared" ref=… si=…>`)
 * would leave the cells sharing it without a formula: they get the master's formula, moved to
 * their own position, as their own.
 */
function addShareHandOver(xml: string, writes: readonly CellWrite[], patches: Map<number, Map<number, CellPatch>>): void {
  const masters = new Map<string, { row: number; col: number; formula: string }>();
  for (const w of writes) {
    if (contentOf(w) === undefined) continue;
    const cell = findCell(xml, w.row, w.col);
    const f = cell && /<([\w.-]+:)?f\b([^>]*)>([\s\S]*?)<\/\1?f>/.exec(cell.xml);
    if (!f || !/\st="shared"/.test(f[2])) continue;
    const si = /\ssi="(\d+)"/.exec(f[2])?.[1];
    if (si !== undefined) masters.set(si, { row: w.row, col: w.col, formula: decodeXml(f[3]) });
  }
  if (masters.size === 0) return;
  for (const cell of sheetCells(xml)) {
    const f = /<([\w.-]+:)?f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1?f>)/.exec(cell.xml);
    const si = f && /\st="shared"/.test(f[2]) ? /\ssi="(\d+)"/.exec(f[2])?.[1] : undefined;
    const master = si === undefined ? undefined : masters.get(si);
    if (!f || !master || (cell.row === master.row && cell.col === master.col) || patches.get(cell.row)?.has(cell.col)) continue;
    const own = translateFormula(master.formula, cell.row - master.row, cell.col - master.col);
    const element = `<${f[1] ?? ""}f>${escapeXml(own)}</${f[1] ?? ""}f>`;
    const rowPatches = patches.get(cell.row) ?? new Map<number, CellPatch>();
    patches.set(cell.row, rowPatches);
    rowPatches.set(cell.col, (existing: CellXml | undefined) => (existing ? existing.xml.replace(f[0], element) : null));
  }
}

/** `<dimension ref>` is what some readers size the sheet by: it grows to cover written cells. */
function widenDimension(xml: string, writes: readonly CellWrite[]): string {
  const tag = /<([\w.-]+:)?dimension\b[^>]*>/.exec(xml);
  if (!tag || writes.length === 0) return xml;
  const ref = /\sref="([^"]*)"/.exec(tag[0])?.[1] ?? "";
  const [a, b = a] = ref.split(":");
  const start = parseRef(a);
  const end = parseRef(b);
  if (!start || !end) return xml;
  const top = Math.min(start.row, ...writes.map((w) => w.row));
  const left = Math.min(start.col, ...writes.map((w) => w.col));
  const bottom = Math.max(end.row, ...writes.map((w) => w.row));
  const right = Math.max(end.col, ...writes.map((w) => w.col));
  const wider = top === bottom && left === right ? cellRef(top, left) : `${cellRef(top, left)}:${cellRef(bottom, right)}`;
  if (wider === ref) return xml;
  return xml.slice(0, tag.index) + withAttribute(tag[0], "ref", wider) + xml.slice(tag.index + tag[0].length);
}

/** Whether the writes put a formula in, and whether one takes a formula out (which outdates calcChain). */
export function shareAndCalcEffects(xml: string, writes: readonly CellWrite[]): { wroteFormula: boolean; droppedFormula: boolean } {
  const wroteFormula = writes.some((w) => w.formula !== undefined);
  const droppedFormula = writes.some((w) => w.formula === undefined && w.value !== undefined && hasFormula(findCell(xml, w.row, w.col)));
  return { wroteFormula, droppedFormula };
}

/** A very hidden sheet of plain values (Cermat's ledger and column choices), strings inline. */
export function hiddenSheetXml(rows: readonly Scalar[][]): string {
  const body = rows
    .map((values, r) => {
      const cells = values.map((value, c) => (value === null || value === undefined ? null : cellElement(undefined, cellRef(r, c), "", { value }, undefined))).filter((c) => c !== null);
      return cells.length === 0 ? "" : `<row r="${r + 1}">${cells.join("")}</row>`;
    })
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
}

/** Every style index a cell, row or column of any worksheet uses. */
export function usedStyleIndexes(pkg: XlsxPackage, parts: WorkbookParts): Set<number> {
  const used = new Set<number>([0]);
  for (const sheet of parts.sheets) {
    const xml = sheet.path ? pkg.text(sheet.path) : undefined;
    if (!xml) continue;
    for (const m of xml.matchAll(/<(?:[\w.-]+:)?(?:c|row)\s[^>]*?\ss="(\d+)"/g)) used.add(Number(m[1]));
    for (const m of xml.matchAll(/<(?:[\w.-]+:)?col\s[^>]*?\sstyle="(\d+)"/g)) used.add(Number(m[1]));
  }
  return used;
}
