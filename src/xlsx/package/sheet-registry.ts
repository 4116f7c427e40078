/**
 * Adding and removing a worksheet part in an existing package: the `<sheet>` entry in the workbook
 * part, its relationship and its content type. Nothing else is touched, so charts, pivot tables,
 * defined names and every other sheet stay as they were; only the sheet-scoped names and the tab
 * indexes after a removed sheet are renumbered, since they count sheets by position.
 */
import { escapeXml, tagsOf } from "./xml-text";
import { readWorkbookParts, relationshipsOf, relsPathOf, REL, type SheetEntry, type SheetState, type WorkbookParts } from "./workbook-parts";
import type { XlsxPackage } from "./zip-package";

const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
export const CONTENT_TYPES = "[Content_Types].xml";
export const RELS_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;

/** The element name with the prefix the part already uses for `local` (`x:sheet` when it writes `<x:sheets>`). */
function prefixed(xml: string, container: string, local: string): string {
  const m = new RegExp(`<([\\w.-]+:)?${container}[\\s>/]`).exec(xml);
  return `${m?.[1] ?? ""}${local}`;
}

/** Inserts `text` just before the closing tag of `container` (or replaces its empty form). */
export function appendInto(xml: string, container: string, text: string): string {
  const close = new RegExp(`</([\\w.-]+:)?${container}>`).exec(xml);
  if (close) return xml.slice(0, close.index) + text + xml.slice(close.index);
  const empty = new RegExp(`<([\\w.-]+:)?${container}(\\s[^>]*)?/>`).exec(xml);
  if (!empty) throw new Error(`No <${container}> element to add to`);
  const name = `${empty[1] ?? ""}${container}`;
  return xml.slice(0, empty.index) + `<${name}${empty[2] ?? ""}>${text}</${name}>` + xml.slice(empty.index + empty[0].length);
}

function unusedPath(pkg: XlsxPackage): string {
  for (let n = 1; ; n++) {
    const path = `xl/worksheets/sheet${n}.xml`;
    if (!pkg.has(path)) return path;
  }
}

export function unusedRelId(pkg: XlsxPackage, of: string): string {
  const used = new Set(relationshipsOf(pkg, of).map((r) => r.id));
  for (let n = 1; ; n++) if (!used.has(`rId${n}`)) return `rId${n}`;
}

/** A target relative to the workbook part's folder, as Excel writes it. */
function relativeTarget(from: string, to: string): string {
  const folder = from.slice(0, from.lastIndexOf("/") + 1);
  return to.startsWith(folder) ? to.slice(folder.length) : `/${to}`;
}

/** Adds a worksheet part holding `sheetXml` as the last tab. Returns the refreshed workbook parts and the new entry. */
export function addWorksheet(pkg: XlsxPackage, parts: WorkbookParts, name: string, sheetXml: string, state: SheetState = "visible"): { parts: WorkbookParts; sheet: SheetEntry } {
  const path = unusedPath(pkg);
  const relId = unusedRelId(pkg, parts.workbookPath);
  const sheetId = String(Math.max(0, ...parts.sheets.map((s) => Number(s.sheetId) || 0)) + 1);
  pkg.setText(path, sheetXml);

  const relsPath = relsPathOf(parts.workbookPath);
  const rel = `<Relationship Id="${relId}" Type="${REL.worksheet}" Target="${escapeXml(relativeTarget(parts.workbookPath, path))}"/>`;
  pkg.setText(relsPath, appendInto(pkg.text(relsPath) ?? RELS_XML, "Relationships", rel));

  const types = pkg.text(CONTENT_TYPES) ?? "";
  pkg.setText(CONTENT_TYPES, appendInto(types, "Types", `<Override PartName="/${escapeXml(path)}" ContentType="${WORKSHEET_TYPE}"/>`));

  const workbook = pkg.text(parts.workbookPath) ?? "";
  const stateAttr = state === "visible" ? "" : ` state="${state}"`;
  // Only a prefix the root declares counts: openpyxl declares `r` on each <sheet>, where a new sheet cannot see it.
  const root = /<([\w.-]+:)?workbook\b[^>]*>/.exec(workbook)?.[0] ?? "";
  const rPrefix = /xmlns:(\w+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(root)?.[1];
  const relAttr = rPrefix ? `${rPrefix}:id` : `xmlns:r="${"http://schemas.openxmlformats.org/officeDocument/2006/relationships"}" r:id`;
  const entry = `<${prefixed(workbook, "sheets", "sheet")} name="${escapeXml(name)}" sheetId="${sheetId}"${stateAttr} ${relAttr}="${relId}"/>`;
  pkg.setText(parts.workbookPath, appendInto(workbook, "sheets", entry));

  const refreshed = readWorkbookParts(pkg);
  return { parts: refreshed, sheet: refreshed.sheets[refreshed.sheets.length - 1] };
}

/** Removes a worksheet, its rels and content type; renumbers sheet-scoped names and tab indexes after it. */
export function removeWorksheet(pkg: XlsxPackage, parts: WorkbookParts, name: string): WorkbookParts {
  const index = parts.sheets.findIndex((s) => s.name === name);
  if (index < 0) return parts;
  const sheet = parts.sheets[index];
  let workbook = pkg.text(parts.workbookPath) ?? "";
  for (const t of tagsOf(workbook, "sheet")) {
    if (t.attributes.name === name) {
      workbook = workbook.slice(0, t.index) + workbook.slice(t.index + t.tag.length);
      break;
    }
  }
  workbook = renumberAfter(workbook, index);
  pkg.setText(parts.workbookPath, workbook);

  const relsPath = relsPathOf(parts.workbookPath);
  const rels = pkg.text(relsPath);
  if (rels) {
    const match = [...tagsOf(rels, "Relationship")].find((t) => t.attributes.Id === sheet.relId);
    if (match) pkg.setText(relsPath, rels.slice(0, match.index) + rels.slice(match.index + match.tag.length));
  }
  if (sheet.path) {
    const types = pkg.text(CONTENT_TYPES) ?? "";
    const override = [...tagsOf(types, "Override")].find((t) => t.attributes.PartName === `/${sheet.path}`);
    if (override) pkg.setText(CONTENT_TYPES, types.slice(0, override.index) + types.slice(override.index + override.tag.length));
    pkg.remove(sheet.path);
    pkg.remove(relsPathOf(sheet.path));
  }
  return readWorkbookParts(pkg);
}

/**
 * Sheet positions after `removed` move down by one: `localSheetId` of defined names (a name
 * scoped to the removed sheet goes with it) and the workbook view's `activeTab` and `firstSheet`.
 */
function renumberAfter(workbook: string, removed: number): string {
  let out = workbook.replace(/<([\w.-]+:)?definedName\b[^>]*?(?:\/>|>[\s\S]*?<\/\1?definedName>)/g, (whole) => {
    const m = /localSheetId="(\d+)"/.exec(whole);
    if (!m) return whole;
    const id = Number(m[1]);
    if (id === removed) return "";
    return id > removed ? whole.replace(m[0], `localSheetId="${id - 1}"`) : whole;
  });
  out = out.replace(/<([\w.-]+:)?definedNames>\s*<\/\1?definedNames>/, "");
  return out.replace(/<([\w.-]+:)?workbookView\b[^>]*>/, (tag) =>
    tag.replace(/(activeTab|firstSheet)="(\d+)"/g, (attr, key: string, value: string) => {
      const n = Number(value);
      return n > removed ? `${key}="${n - 1}"` : n === removed && n > 0 && key === "activeTab" ? `${key}="${n - 1}"` : attr;
    }),
  );
}
