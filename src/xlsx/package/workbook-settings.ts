/**
 * The few workbook-wide settings Cermat changes: which tab is active and which cell selected
 * (workbook view and sheet views), and asking for a full recalculation when formulas were written.
 */
import { CONTENT_TYPES } from "./sheet-registry";
import { relationshipsOf, relsPathOf, type WorkbookParts } from "./workbook-parts";
import { firstTag, tagsOf, withAttribute } from "./xml-text";
import type { XlsxPackage } from "./zip-package";

/** Inserts `text` before the first of `later` elements found, else before the root's closing tag. */
function insertBefore(xml: string, prefix: string, later: readonly string[], root: string, text: string): string {
  for (const name of later) {
    const at = new RegExp(`<${prefix}${name}[\\s>/]`).exec(xml);
    if (at) return xml.slice(0, at.index) + text + xml.slice(at.index);
  }
  const close = xml.lastIndexOf(`</${prefix}${root}>`);
  return xml.slice(0, close) + text + xml.slice(close);
}

function rootPrefix(xml: string, root: string): string {
  return new RegExp(`<([\\w.-]+:)?${root}[\\s>]`).exec(xml)?.[1] ?? "";
}

/** Elements after `<calcPr>` in a workbook part (ECMA-376 CT_Workbook). */
const AFTER_CALC_PR = ["oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"];

/** Asks Excel and LibreOffice to compute every formula on open (`fullCalcOnLoad`). */
export function requestFullCalc(pkg: XlsxPackage, parts: WorkbookParts): void {
  const xml = pkg.text(parts.workbookPath) ?? "";
  const calc = firstTag(xml, "calcPr");
  if (calc) {
    pkg.setText(parts.workbookPath, xml.slice(0, calc.index) + withAttribute(calc.tag, "fullCalcOnLoad", "1") + xml.slice(calc.index + calc.tag.length));
    return;
  }
  const prefix = rootPrefix(xml, "workbook");
  pkg.setText(parts.workbookPath, insertBefore(xml, prefix, AFTER_CALC_PR, "workbook", `<${prefix}calcPr fullCalcOnLoad="1"/>`));
}

/**
 * Removes the calculation chain. Needed only when a formula cell stops being one: Excel reports a
 * damaged file when the chain names a cell without a formula, and an entry cannot be cut out
 * alone, since an entry without `i` inherits the sheet of the one before it.
 */
export function removeCalcChain(pkg: XlsxPackage, parts: WorkbookParts): void {
  const rel = relationshipsOf(pkg, parts.workbookPath).find((r) => r.type.endsWith("/calcChain"));
  if (!rel) return;
  const relsPath = relsPathOf(parts.workbookPath);
  const rels = pkg.text(relsPath) ?? "";
  const tag = [...tagsOf(rels, "Relationship")].find((t) => t.attributes.Id === rel.id);
  if (tag) pkg.setText(relsPath, rels.slice(0, tag.index) + rels.slice(tag.index + tag.tag.length));
  const types = pkg.text(CONTENT_TYPES) ?? "";
  const override = [...tagsOf(types, "Override")].find((t) => t.attributes.PartName === `/${rel.target}`);
  if (override) pkg.setText(CONTENT_TYPES, types.slice(0, override.index) + types.slice(override.index + override.tag.length));
  pkg.remove(rel.target);
}

/** Elements after `<sheetViews>` in a worksheet. */
const AFTER_SHEET_VIEWS = ["sheetFormatPr", "cols", "sheetData"];

/**
 * Makes `index` the active tab and `cell` its active cell. Only the active tab stays selected,
 * or Excel opens with the sheets grouped.
 */
export function selectCellIn(pkg: XlsxPackage, parts: WorkbookParts, index: number, cell: string): void {
  let workbook = pkg.text(parts.workbookPath) ?? "";
  const view = firstTag(workbook, "workbookView");
  const prefix = rootPrefix(workbook, "workbook");
  if (view) workbook = workbook.slice(0, view.index) + withAttribute(view.tag, "activeTab", String(index)) + workbook.slice(view.index + view.tag.length);
  else workbook = insertBefore(workbook, prefix, ["sheets"], "workbook", `<${prefix}bookViews><${prefix}workbookView activeTab="${index}"/></${prefix}bookViews>`);
  pkg.setText(parts.workbookPath, workbook);

  parts.sheets.forEach((sheet, i) => {
    if (!sheet.path) return;
    const xml = pkg.text(sheet.path) ?? "";
    if (i !== index) {
      const selected = [...tagsOf(xml, "sheetView")].filter((t) => t.attributes.tabSelected === "1" || t.attributes.tabSelected === "true");
      let out = xml;
      for (const t of selected.reverse()) out = out.slice(0, t.index) + withAttribute(t.tag, "tabSelected", null) + out.slice(t.index + t.tag.length);
      pkg.setText(sheet.path, out);
      return;
    }
    pkg.setText(sheet.path, selectIn(xml, cell));
  });
}

function selectIn(xml: string, cell: string): string {
  const prefix = rootPrefix(xml, "worksheet");
  const view = firstTag(xml, "sheetView");
  if (!view) {
    const views = `<${prefix}sheetViews><${prefix}sheetView tabSelected="1" workbookViewId="0"><${prefix}selection activeCell="${cell}" sqref="${cell}"/></${prefix}sheetView></${prefix}sheetViews>`;
    return insertBefore(xml, prefix, AFTER_SHEET_VIEWS, "worksheet", views);
  }
  const selfClosed = view.tag.endsWith("/>");
  const open = withAttribute(view.tag, "tabSelected", "1").replace(/\s*\/>$/, ">");
  const close = `</${prefix}sheetView>`;
  const bodyStart = view.index + view.tag.length;
  const bodyEnd = selfClosed ? bodyStart : xml.indexOf(close, bodyStart);
  let body = xml.slice(bodyStart, bodyEnd);
  // With frozen or split panes each pane has its selection; the active pane's is the one shown.
  const pane = firstTag(body, "pane")?.attributes.activePane ?? (firstTag(body, "pane") ? "bottomRight" : undefined);
  const selection = [...tagsOf(body, "selection")].find((t) => t.attributes.pane === pane || (pane === undefined && t.attributes.pane === undefined));
  if (selection) {
    const tag = withAttribute(withAttribute(withAttribute(selection.tag, "activeCell", cell), "sqref", cell), "activeCellId", null);
    body = body.slice(0, selection.index) + tag + body.slice(selection.index + selection.tag.length);
  } else {
    const paneAttr = pane ? ` pane="${pane}"` : "";
    const element = `<${prefix}selection${paneAttr} activeCell="${cell}" sqref="${cell}"/>`;
    const pivot = /<([\w.-]+:)?(pivotSelection|extLst)[\s>]/.exec(body);
    body = pivot ? body.slice(0, pivot.index) + element + body.slice(pivot.index) : body + element;
  }
  return xml.slice(0, view.index) + open + body + close + xml.slice(selfClosed ? bodyStart : bodyEnd + close.length);
}
