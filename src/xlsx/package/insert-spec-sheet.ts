/**
 * A sheet described by a SheetSpec (a template, a prepared Pengukuran Kinerja) inserted into an
 * existing package as plain worksheet XML, so the person's workbook keeps its charts, printer
 * settings, comments and every other part byte for byte. It writes what `writeSheetSpec` makes
 * ExcelJS write (the tests compare the two sheets read back), with three differences that keep the
 * rest of the package untouched: strings are inline (the shared strings part stays as it was), the
 * cell formats are appended to the workbook's own styles.xml without moving any index, and nothing
 * of ExcelJS's theme or default styles comes along. Two ExcelJS slips are not copied: a column
 * width of exactly 9 is written (ExcelJS drops it as its default), and an apostrophe in the sheet
 * name is doubled in the print titles' reference.
 */
import { colLetter, toA1, type CellStyle, type Scalar, type SheetSpec, type SpecCell, type StyleName } from "../../engine/model";
import { BORDER_COLOR, listValidationFormula, PAPER_SIZE, PRINT_MARGINS } from "../print-setup";
import { addWorksheet } from "./sheet-registry";
import { relsPathOf } from "./workbook-parts";
import { appendStyleRecord, styleList } from "./style-lists";
import type { SheetEntry, WorkbookParts } from "./workbook-parts";
import { escapeXml, firstTag, tagsOf } from "./xml-text";
import type { XlsxPackage } from "./zip-package";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A cell as it ends up once the spec's cells and merges are applied, as ExcelJS would leave it. */
interface PlacedCell {
  value?: Scalar;
  formula?: string;
  format?: string;
  style?: StyleName;
  link?: SpecCell["link"];
}

/**
 * Inserts `spec` as a new last worksheet named `spec.name` (the caller has chosen a free name).
 * Writes the worksheet part, appends the formats it uses to styles.xml, adds the print titles as a
 * name scoped to the new sheet, and asks for a full recalculation on load, since the spec's cached
 * results are placeholders (as `writeSheetSpec` does).
 */
export function insertSheetSpec(pkg: XlsxPackage, parts: WorkbookParts, spec: SheetSpec): { parts: WorkbookParts; sheet: SheetEntry } {
  // Excel compares sheet names without regard to case; two equal names make a file it must repair.
  if (parts.sheets.some((s) => s.name.toLowerCase() === spec.name.toLowerCase())) {
    throw new Error(`Sheet "${spec.name}" already exists / Sheet "${spec.name}" sudah ada`);
  }
  const cells = placeCells(spec);
  const styles = new StyleAppender(pkg, parts);
  const external: string[] = [];
  const xml = worksheetXml(spec, cells, (cell) => styles.xfOf(spec, cell), external);
  styles.save();
  const added = addWorksheet(pkg, parts, spec.name, xml);
  const rels = externalLinksRels(external);
  if (rels && added.sheet.path) pkg.setText(relsPathOf(added.sheet.path), rels);
  let workbook = pkg.text(added.parts.workbookPath) ?? "";
  // The names below are scoped to the new sheet, the last one.
  const localSheetId = added.parts.sheets.length - 1;
  if (spec.print.repeatRows) {
    const [top, bottom] = spec.print.repeatRows;
    workbook = addDefinedName(workbook, "_xlnm.Print_Titles", localSheetId, `${quotedSheet(spec.name)}!$${top + 1}:$${bottom + 1}`);
  }
  const lastRow = [...cells.values()].reduce((last, c) => Math.max(last, c.row), 0);
  if (spec.print.columns) {
    const [left, right] = spec.print.columns;
    const area = `$${colLetter(left)}$1:$${colLetter(right)}$${lastRow + 1}`;
    workbook = addDefinedName(workbook, "_xlnm.Print_Area", localSheetId, `${quotedSheet(spec.name)}!${area}`);
  }
  if (spec.autoFilter) {
    // Excel keeps a filter's range in this hidden name; without it the filter buttons lose their range on save.
    const range = filterRange(spec.autoFilter, lastRow).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
    workbook = addDefinedName(workbook, "_xlnm._FilterDatabase", localSheetId, `${quotedSheet(spec.name)}!${range}`, true);
  }
  pkg.setText(added.parts.workbookPath, requestFullCalculation(workbook));
  return added;
}

/** `'Name'` with inner apostrophes doubled: always quoted, which Excel accepts for any name. */
function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

const key = (row: number, col: number): string => `${row},${col}`;

/**
 * Applies the spec's cells in order and then its merges the way ExcelJS does: a later write of the
 * same cell changes only what it gives, and each cell a merge covers takes the look of the merge's
 * top-left cell and loses its value.
 */
function placeCells(spec: SheetSpec): Map<string, PlacedCell & { row: number; col: number }> {
  const cells = new Map<string, PlacedCell & { row: number; col: number }>();
  const at = (row: number, col: number) => {
    let cell = cells.get(key(row, col));
    if (!cell) cells.set(key(row, col), (cell = { row, col }));
    return cell;
  };
  for (const c of spec.cells) {
    const cell = at(c.row, c.col);
    if (c.formula) Object.assign(cell, { formula: c.formula, value: c.value });
    else if (c.value !== undefined) Object.assign(cell, { formula: undefined, value: c.value });
    if (c.format) cell.format = c.format;
    if (c.style) cell.style = c.style;
    if (c.link) cell.link = c.link;
  }
  for (const m of spec.merges) {
    const master = cells.get(key(m.top, m.left));
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if (r === m.top && c === m.left) continue;
        cells.delete(key(r, c));
        if (master?.style || master?.format) cells.set(key(r, c), { row: r, col: c, style: master.style, format: master.format });
      }
    }
  }
  return cells;
}

/** The cell's XML; undefined for a cell with neither value nor look. */
function cellXml(row: number, col: number, cell: PlacedCell, xf: number | undefined): string | undefined {
  const s = xf === undefined ? "" : ` s="${xf}"`;
  const r = `r="${toA1(row, col)}"`;
  if (cell.formula) {
    const f = `<f>${escapeXml(cell.formula.replace(/^=/, ""))}</f>`;
    const result = cell.value;
    // The same cached results ExcelJS writes: none for an empty one, `str` for text.
    if (result === undefined || result === null || result === "") return `<c ${r}${s}>${f}</c>`;
    if (typeof result === "number") return `<c ${r}${s}>${f}<v>${result}</v></c>`;
    if (typeof result === "boolean") return `<c ${r}${s} t="b">${f}<v>${result ? 1 : 0}</v></c>`;
    return `<c ${r}${s} t="str">${f}<v>${escapeXml(result)}</v></c>`;
  }
  const value = cell.value;
  if (typeof value === "number") return `<c ${r}${s}><v>${value}</v></c>`;
  if (typeof value === "boolean") return `<c ${r}${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (typeof value === "string") {
    const space = /^\s|\s$|\n/.test(value) ? ' xml:space="preserve"' : "";
    return `<c ${r}${s} t="inlineStr"><is><t${space}>${escapeXml(value)}</t></is></c>`;
  }
  return xf === undefined ? undefined : `<c ${r}${s}/>`;
}

function worksheetXml(spec: SheetSpec, cells: Map<string, PlacedCell & { row: number; col: number }>, xfOf: (cell: PlacedCell) => number | undefined, external: string[]): string {
  const sorted = [...cells.values()].sort((a, b) => a.row - b.row || a.col - b.col);
  const rows: string[] = [];
  let open = -1;
  let maxRow = 0;
  let maxCol = 0;
  for (const cell of sorted) {
    const xml = cellXml(cell.row, cell.col, cell, xfOf(cell));
    if (!xml) continue;
    if (cell.row !== open) {
      if (open >= 0) rows.push("</row>");
      rows.push(`<row r="${cell.row + 1}">`);
      open = cell.row;
    }
    rows.push(xml);
    maxRow = Math.max(maxRow, cell.row);
    maxCol = Math.max(maxCol, cell.col);
  }
  if (open >= 0) rows.push("</row>");

  const { print } = spec;
  const parts = [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`,
    print.fitToWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : "",
    `<dimension ref="A1:${toA1(maxRow, maxCol)}"/>`,
    `<sheetViews><sheetView workbookViewId="0">${freezeXml(spec.freeze)}</sheetView></sheetViews>`,
    '<sheetFormatPr defaultRowHeight="15"/>',
    colsXml(spec.columnWidths),
    `<sheetData>${rows.join("")}</sheetData>`,
    spec.autoFilter ? `<autoFilter ref="${filterRange(spec.autoFilter, maxRow)}"/>` : "",
    spec.merges.length > 0 ? `<mergeCells count="${spec.merges.length}">${spec.merges.map((m) => `<mergeCell ref="${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}"/>`).join("")}</mergeCells>` : "",
    validationsXml(spec),
    hyperlinksXml(sorted, external),
    `<pageMargins ${Object.entries(PRINT_MARGINS).map(([k, v]) => `${k}="${v}"`).join(" ")}/>`,
    `<pageSetup paperSize="${PAPER_SIZE[print.paper]}" orientation="${print.orientation}"${print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ""}/>`,
    "</worksheet>",
  ];
  return parts.join("");
}

/** The filter's range: its header row down to the last row written. */
function filterRange(filter: NonNullable<SheetSpec["autoFilter"]>, lastRow: number): string {
  return `${toA1(filter.row, filter.left)}:${toA1(Math.max(lastRow, filter.row), filter.right)}`;
}

/**
 * The sheet's links. One to a cell of this workbook is a `location` alone; one into another
 * workbook also names that file through a relationship of the sheet (`r:id`, listed in `external`
 * for the sheet's rels part), as Excel writes a link to a place in another file.
 */
function hyperlinksXml(cells: ReadonlyArray<PlacedCell & { row: number; col: number }>, external: string[]): string {
  const links = cells
    .filter((c) => c.link)
    .map((c) => {
      const { sheet, cell, file } = c.link as NonNullable<PlacedCell["link"]>;
      const display = typeof c.value === "string" || typeof c.value === "number" ? ` display="${escapeXml(String(c.value))}"` : "";
      let id = "";
      if (file !== undefined) {
        external.push(file);
        id = ` r:id="rIdLink${external.length}"`;
      }
      return `<hyperlink ref="${toA1(c.row, c.col)}"${id} location="${escapeXml(`${quotedSheet(sheet)}!${cell}`)}"${display}/>`;
    });
  return links.length > 0 ? `<hyperlinks>${links.join("")}</hyperlinks>` : "";
}

/** The new sheet's relationships to the other workbooks its links open (none: no part). */
function externalLinksRels(files: readonly string[]): string | undefined {
  if (files.length === 0) return undefined;
  const target = (file: string) => file.split(/[\\/]/).map(encodeURIComponent).join("/");
  const rels = files.map((file, i) => `<Relationship Id="rIdLink${i + 1}" Type="${REL_NS}/hyperlink" Target="${escapeXml(target(file))}" TargetMode="External"/>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`;
}

/** A frozen pane; the new sheet's view is never `tabSelected`, or Excel would open it grouped with the active sheet. */
function freezeXml(freeze: SheetSpec["freeze"]): string {
  if (!freeze || (freeze.rows === 0 && freeze.cols === 0)) return "";
  const pane = freeze.rows > 0 && freeze.cols > 0 ? "bottomRight" : freeze.rows > 0 ? "bottomLeft" : "topRight";
  const split = `${freeze.cols > 0 ? ` xSplit="${freeze.cols}"` : ""}${freeze.rows > 0 ? ` ySplit="${freeze.rows}"` : ""}`;
  return `<pane${split} topLeftCell="${toA1(freeze.rows, freeze.cols)}" activePane="${pane}" state="frozen"/><selection pane="${pane}"/>`;
}

/** Column widths, neighbours of equal width in one `<col>` as Excel writes them. */
function colsXml(widths: readonly number[]): string {
  const cols: string[] = [];
  for (let c = 0; c < widths.length; ) {
    let end = c;
    while (end + 1 < widths.length && widths[end + 1] === widths[c]) end++;
    if (widths[c] > 0) cols.push(`<col min="${c + 1}" max="${end + 1}" width="${widths[c]}" customWidth="1"/>`);
    c = end + 1;
  }
  return cols.length > 0 ? `<cols>${cols.join("")}</cols>` : "";
}

/**
 * The drop-downs, one `<dataValidation>` per list. ExcelJS sets them cell by cell, so where two
 * of the spec's ranges overlap the later one wins; the cells are gathered the same way and written
 * as non-overlapping rectangles (overlapping sqrefs are a repair prompt waiting to happen).
 */
function validationsXml(spec: SheetSpec): string {
  const formulaAt = new Map<string, string>();
  for (const v of spec.validations) {
    const formula = listValidationFormula(v.list);
    for (let r = v.top; r <= v.bottom; r++) for (let c = v.left; c <= v.right; c++) formulaAt.set(key(r, c), formula);
  }
  const byFormula = new Map<string, Array<[number, number]>>();
  for (const [at, formula] of formulaAt) {
    const [r, c] = at.split(",").map(Number);
    byFormula.set(formula, [...(byFormula.get(formula) ?? []), [r, c]]);
  }
  const items = [...byFormula].map(
    ([formula, cells]) =>
      `<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorStyle="warning" sqref="${rectangles(cells).join(" ")}"><formula1>${escapeXml(formula)}</formula1></dataValidation>`,
  );
  return items.length > 0 ? `<dataValidations count="${items.length}">${items.join("")}</dataValidations>` : "";
}

/** Cells as ranges: runs down each column, then equal runs in neighbouring columns joined. */
function rectangles(cells: Array<[number, number]>): string[] {
  const sorted = [...cells].sort((a, b) => a[1] - b[1] || a[0] - b[0]);
  const runs: Array<{ top: number; bottom: number; left: number; right: number }> = [];
  for (const [r, c] of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.left === c && last.bottom === r - 1) last.bottom = r;
    else runs.push({ top: r, bottom: r, left: c, right: c });
  }
  const joined: typeof runs = [];
  for (const run of runs) {
    const same = joined.find((j) => j.top === run.top && j.bottom === run.bottom && j.right === run.left - 1);
    if (same) same.right = run.right;
    else joined.push(run);
  }
  return joined.map((j) => (j.top === j.bottom && j.left === j.right ? toA1(j.top, j.left) : `${toA1(j.top, j.left)}:${toA1(j.bottom, j.right)}`));
}

/** Excel's built-in number formats: a spec format among them is referred to by its id, as ExcelJS does. */
const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10, "0.00E+00": 11, "# ?/?": 12, "# ??/??": 13,
  "mm-dd-yy": 14, "d-mmm-yy": 15, "d-mmm": 16, "mmm-yy": 17, "h:mm AM/PM": 18, "h:mm:ss AM/PM": 19, "h:mm": 20, "h:mm:ss": 21,
  'm/d/yy "h":mm': 22, "#,##0 ;(#,##0)": 37, "#,##0 ;[Red](#,##0)": 38, "#,##0.00 ;(#,##0.00)": 39, "#,##0.00 ;[Red](#,##0.00)": 40,
  "mm:ss": 45, "[h]:mm:ss": 46, "mmss.0": 47, "##0.0E+0": 48, "@": 49,
};

/**
 * Appends to the workbook's styles.xml the fonts, fills, borders, number formats and cell formats
 * the new sheet uses, the same records ExcelJS writes for `writeSheetSpec`'s styles. Records are
 * only ever appended (an equal one already there is reused), so every existing `s="…"` keeps its look.
 */
class StyleAppender {
  private xml: string;
  private readonly path: string;
  private readonly xfs = new Map<string, number>();

  constructor(
    private readonly pkg: XlsxPackage,
    parts: WorkbookParts,
  ) {
    if (!parts.stylesPath) throw new Error("The workbook has no styles part to add the sheet's formats to");
    this.path = parts.stylesPath;
    this.xml = pkg.text(parts.stylesPath) ?? "";
  }

  save(): void {
    this.pkg.setText(this.path, this.xml);
  }

  /** The cellXfs index for a cell's look; undefined for a cell without style or format (the workbook's default). */
  xfOf(spec: SheetSpec, cell: PlacedCell): number | undefined {
    if (!cell.style && !cell.format) return undefined;
    const id = `${cell.style ?? ""}\u0000${cell.format ?? ""}`;
    const known = this.xfs.get(id);
    if (known !== undefined) return known;
    const style = cell.style ? spec.styles[cell.style] : undefined;
    const numFmtId = cell.format ? this.numFmtId(cell.format) : 0;
    const fontId = style ? this.append("fonts", fontXml(style)) : 0;
    const fillId = style?.fill ? this.append("fills", `<fill><patternFill patternType="solid"><fgColor rgb="FF${style.fill.toUpperCase()}"/></patternFill></fill>`) : 0;
    const borderId = style?.border ? this.append("borders", BORDER_THIN) : this.emptyBorder();
    const alignment = [
      style?.hAlign ? ` horizontal="${style.hAlign}"` : "",
      style?.vAlign ? ` vertical="${style.vAlign === "middle" ? "center" : style.vAlign}"` : "",
      style?.wrap ? ' wrapText="1"' : "",
      style?.indent ? ` indent="${style.indent}"` : "",
    ].join("");
    const applies = [numFmtId ? ' applyNumberFormat="1"' : "", style ? ' applyFont="1"' : "", fillId ? ' applyFill="1"' : "", style?.border ? ' applyBorder="1"' : "", alignment ? ' applyAlignment="1"' : ""].join("");
    // xfId points at the Normal cell style; a stylesheet without cellStyleXfs has none to point at.
    const xfId = styleList(this.xml, "cellStyleXfs").records.length > 0 ? ' xfId="0"' : "";
    const xf = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}"${xfId}${applies}${alignment ? `><alignment${alignment}/></xf>` : "/>"}`;
    const index = this.append("cellXfs", xf);
    this.xfs.set(id, index);
    return index;
  }

  private append(list: string, record: string): number {
    const { xml, index } = appendStyleRecord(this.xml, list, record);
    this.xml = xml;
    return index;
  }

  /** Border 0 is empty in every file Excel writes, but nothing guarantees it: check before relying on it. */
  private emptyBorder(): number {
    const first = styleList(this.xml, "borders").records[0];
    return first !== undefined && !/\sstyle=/.test(first) ? 0 : this.append("borders", "<border><left/><right/><top/><bottom/><diagonal/></border>");
  }

  /** A built-in id, the id of an equal custom format already there, or a new id from 164 up. */
  private numFmtId(format: string): number {
    const builtIn = BUILT_IN_FORMATS[format];
    if (builtIn !== undefined) return builtIn;
    const existing = [...tagsOf(this.xml, "numFmt")].map((t) => ({ id: Number(t.attributes.numFmtId), code: t.attributes.formatCode }));
    const same = existing.find((f) => f.code === format);
    if (same) return same.id;
    const id = Math.max(163, ...existing.map((f) => f.id).filter(Number.isFinite)) + 1;
    this.append("numFmts", `<numFmt numFmtId="${id}" formatCode="${escapeXml(format)}"/>`);
    return id;
  }
}

/** A font record, its children in the schema's order (b, i, u, sz, color, name). */
function fontXml(style: CellStyle): string {
  const color = style.color ? `<color rgb="FF${style.color.toUpperCase()}"/>` : "";
  return `<font>${style.bold ? "<b/>" : ""}${style.italic ? "<i/>" : ""}${style.underline ? "<u/>" : ""}<sz val="${style.fontSize ?? 10}"/>${color}<name val="Arial"/></font>`;
}

const THIN = `style="thin"><color rgb="${BORDER_COLOR}"/>`;
const BORDER_THIN = `<border><left ${THIN}</left><right ${THIN}</right><top ${THIN}</top><bottom ${THIN}</bottom><diagonal/></border>`;

/** Where a new element goes among the workbook part's children (ECMA-376 §18.2.27): before the first of these present. */
const AFTER_DEFINED_NAMES = ["calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"];

/** Inserts `element` before the first of `before` present, else before the root's closing tag. */
function insertBefore(xml: string, before: readonly string[], element: string): string {
  for (const name of before) {
    const at = new RegExp(`<([\\w.-]+:)?${name}[\\s/>]`).exec(xml);
    if (at) return xml.slice(0, at.index) + element + xml.slice(at.index);
  }
  const close = /<\/([\w.-]+:)?workbook>\s*$/.exec(xml);
  if (!close) throw new Error("The workbook part has no closing </workbook>");
  return xml.slice(0, close.index) + element + xml.slice(close.index);
}

function workbookPrefix(xml: string): string {
  return /<([\w.-]+:)?workbook[\s>]/.exec(xml)?.[1] ?? "";
}

/** Adds a sheet-scoped defined name (a print title or area) to the workbook part. */
function addDefinedName(xml: string, name: string, localSheetId: number, formula: string, hidden = false): string {
  const p = workbookPrefix(xml);
  const element = `<${p}definedName name="${name}" localSheetId="${localSheetId}"${hidden ? ' hidden="1"' : ""}>${escapeXml(formula)}</${p}definedName>`;
  const close = new RegExp(`</${p}definedNames>`).exec(xml);
  if (close) return xml.slice(0, close.index) + element + xml.slice(close.index);
  const empty = new RegExp(`<${p}definedNames\\s*/>`).exec(xml);
  if (empty) return xml.slice(0, empty.index) + `<${p}definedNames>${element}</${p}definedNames>` + xml.slice(empty.index + empty[0].length);
  return insertBefore(xml, AFTER_DEFINED_NAMES, `<${p}definedNames>${element}</${p}definedNames>`);
}

/** Sets `fullCalcOnLoad` so Excel and LibreOffice compute the new sheet's formulas when the file is opened. */
function requestFullCalculation(xml: string): string {
  const calcPr = firstTag(xml, "calcPr");
  if (calcPr) {
    const tag = calcPr.tag.replace(/\sfullCalcOnLoad="[^"]*"/, "").replace(/\s*(\/?)>$/, ' fullCalcOnLoad="1"$1>');
    return xml.slice(0, calcPr.index) + tag + xml.slice(calcPr.index + calcPr.tag.length);
  }
  const p = workbookPrefix(xml);
  return insertBefore(xml, AFTER_DEFINED_NAMES.slice(1), `<${p}calcPr fullCalcOnLoad="1"/>`);
}
