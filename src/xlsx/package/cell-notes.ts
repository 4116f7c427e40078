/**
 * A worksheet's notes ("comments" in the file): the text in its legacy comments part and the
 * hidden VML shape Excel needs to show each one. Notes are put in and taken out by splicing, so a
 * note added and removed again leaves both parts as they were; parts made for the first note of
 * a sheet (comments, VML drawing, the sheet's rels, `<legacyDrawing>`, their content types) are
 * removed again when the sheet has no note left.
 */
import { appendInto, CONTENT_TYPES, RELS_XML, unusedRelId } from "./sheet-registry";
import { cellRef } from "./sheet-cells";
import { noteTexts } from "./notes-read";
import { relationshipsOf, relsPathOf, REL } from "./workbook-parts";
import { escapeXml, firstTag, tagsOf } from "./xml-text";
import type { XlsxPackage } from "./zip-package";

const COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
const VML_TYPE = "application/vnd.openxmlformats-officedocument.vmlDrawing";
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** The author Cermat's notes are written under. */
export const NOTE_AUTHOR = "Cermat";

export interface StoredNote {
  /** The `<comment>` element exactly as stored. */
  xml: string;
  text: string;
}

/** One note to set (`text`) or remove (`text: null`); `xml` restores an exact stored element. */
export interface NoteChange {
  row: number;
  col: number;
  text: string | null;
  xml?: string;
}

function commentsPathOf(pkg: XlsxPackage, sheetPath: string): string | undefined {
  return relationshipsOf(pkg, sheetPath).find((r) => r.type.endsWith("/comments") && !r.external && pkg.has(r.target))?.target;
}

function legacyDrawingOf(pkg: XlsxPackage, sheetPath: string): { path: string; relId: string } | undefined {
  const tag = firstTag(pkg.text(sheetPath) ?? "", "legacyDrawing");
  const relId = tag?.attributes.id;
  const rel = relationshipsOf(pkg, sheetPath).find((r) => r.id === relId);
  return rel && relId && !rel.external && pkg.has(rel.target) ? { path: rel.target, relId } : undefined;
}

const COMMENT = /<([\w.-]+:)?comment(?=[\s/>])[^>]*?(?:\/>|>[\s\S]*?<\/\1?comment>)/g;

function commentElements(xml: string): Array<{ ref: string; xml: string; index: number }> {
  return [...xml.matchAll(COMMENT)].map((m) => ({ ref: (/\sref="([^"]*)"/.exec(m[0])?.[1] ?? "").toUpperCase(), xml: m[0], index: m.index ?? 0 }));
}

/** The sheet's notes by cell address (`M8`). */
export function readNotes(pkg: XlsxPackage, sheetPath: string): Map<string, StoredNote> {
  const path = commentsPathOf(pkg, sheetPath);
  const notes = new Map<string, StoredNote>();
  if (!path) return notes;
  // The text as the reader reads it; the element itself is kept so Hapus tanda restores it exactly.
  const texts = noteTexts(pkg, sheetPath);
  for (const c of commentElements(pkg.text(path) ?? "")) notes.set(c.ref, { xml: c.xml, text: texts.get(c.ref.replace(/\$/g, "")) ?? "" });
  return notes;
}

/** Sets and removes notes; creates the parts a first note needs and removes them when none is left. */
export function writeNotes(pkg: XlsxPackage, sheetPath: string, changes: readonly NoteChange[]): void {
  if (changes.length === 0) return;
  if (changes.some((c) => c.text !== null)) ensureParts(pkg, sheetPath);
  const commentsPath = commentsPathOf(pkg, sheetPath);
  const vml = legacyDrawingOf(pkg, sheetPath);
  if (commentsPath) {
    let xml = pkg.text(commentsPath) ?? "";
    const prefix = /<([\w.-]+:)?comments[\s>]/.exec(xml)?.[1] ?? "";
    for (const change of changes) {
      const ref = cellRef(change.row, change.col);
      let element = change.xml;
      if (element === undefined && change.text !== null) {
        const authored = withAuthor(xml, prefix);
        xml = authored.xml;
        element = commentXml(prefix, ref, authored.id, change.text);
      }
      const existing = commentElements(xml).find((c) => c.ref === ref);
      if (element === undefined) {
        if (existing) xml = xml.slice(0, existing.index) + xml.slice(existing.index + existing.xml.length);
        continue;
      }
      if (existing) xml = xml.slice(0, existing.index) + element + xml.slice(existing.index + existing.xml.length);
      else xml = appendInto(xml, "commentList", element);
    }
    pkg.setText(commentsPath, dropUnusedAuthor(xml, prefix));
  }
  if (vml) {
    let xml = pkg.text(vml.path) ?? "";
    for (const change of changes) {
      const shape = noteShapes(xml).find((s) => s.row === change.row && s.col === change.col);
      if (change.text === null && shape) xml = xml.slice(0, shape.index) + xml.slice(shape.index + shape.xml.length);
      if (change.text !== null && !shape) xml = addShape(pkg, xml, change.row, change.col);
    }
    pkg.setText(vml.path, xml);
  }
  removeEmptyParts(pkg, sheetPath);
}

function commentXml(prefix: string, ref: string, authorId: number, text: string): string {
  // One run without properties: what Excel writes for plain text, and what ExcelJS reads as a plain note.
  return `<${prefix}comment ref="${ref}" authorId="${authorId}"><${prefix}text><${prefix}r><${prefix}t xml:space="preserve">${escapeXml(text)}</${prefix}t></${prefix}r></${prefix}text></${prefix}comment>`;
}

/** The index of Cermat's author, appended last when missing (earlier authors keep their index). */
function withAuthor(xml: string, prefix: string): { xml: string; id: number } {
  const authors = [...xml.matchAll(/<([\w.-]+:)?author(?:\s[^>]*)?>([\s\S]*?)<\/\1?author>|<([\w.-]+:)?author\s*\/>/g)].map((m) => m[2] ?? "");
  const id = authors.indexOf(NOTE_AUTHOR);
  if (id >= 0) return { xml, id };
  const element = `<${prefix}author>${NOTE_AUTHOR}</${prefix}author>`;
  if (!/<([\w.-]+:)?authors[\s>/]/.test(xml)) {
    const list = /<([\w.-]+:)?commentList[\s>/]/.exec(xml);
    const at = list ? list.index : xml.lastIndexOf("</");
    return { xml: xml.slice(0, at) + `<${prefix}authors>${element}</${prefix}authors>` + xml.slice(at), id: 0 };
  }
  return { xml: appendInto(xml, "authors", element), id: authors.length };
}

/** Cermat's author goes again when it is the last one and no note uses it, so the part returns to its bytes. */
function dropUnusedAuthor(xml: string, prefix: string): string {
  const element = `<${prefix}author>${NOTE_AUTHOR}</${prefix}author>`;
  const close = `</${prefix}authors>`;
  const at = xml.indexOf(element + close);
  if (at < 0) return xml;
  const id = (xml.slice(0, at).match(/<([\w.-]+:)?author[\s>/]/g) ?? []).length;
  if (commentElements(xml).some((c) => new RegExp(`\\sauthorId="${id}"`).test(c.xml))) return xml;
  return xml.slice(0, at) + xml.slice(at + element.length);
}

/** The VML shapes of notes, with the cell each belongs to. */
function noteShapes(xml: string): Array<{ row: number; col: number; xml: string; index: number }> {
  const out: Array<{ row: number; col: number; xml: string; index: number }> = [];
  // Writers name the VML namespaces as they like (openpyxl: `ns0:shape`), so prefixes are not trusted.
  for (const m of xml.matchAll(/<([\w.-]+:)?shape(?=[\s>])[\s\S]*?<\/\1?shape>/g)) {
    if (!/ObjectType="Note"/.test(m[0])) continue;
    const row = /<(?:[\w.-]+:)?Row>\s*(\d+)\s*<\/(?:[\w.-]+:)?Row>/.exec(m[0]);
    const col = /<(?:[\w.-]+:)?Column>\s*(\d+)\s*<\/(?:[\w.-]+:)?Column>/.exec(m[0]);
    if (row && col) out.push({ row: Number(row[1]), col: Number(col[1]), xml: m[0], index: m.index ?? 0 });
  }
  return out;
}

/** Each element declares its namespaces itself: the drawing's root may declare none, or others (openpyxl). */
const VML_NAMESPACES = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"';
const NOTE_SHAPETYPE =
  `<v:shapetype ${VML_NAMESPACES} id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>`;

/** Appends a hidden note shape for a cell, as Excel draws one (shape ids unique in the drawing's block). */
function addShape(pkg: XlsxPackage, xml: string, row: number, col: number): string {
  let out = xml;
  if (!out.includes('id="_x0000_t202"')) out = insertBeforeClose(out, NOTE_SHAPETYPE);
  const ids = [...out.matchAll(/_x0000_s(\d+)/g)].map((m) => Number(m[1]));
  const block = Number(/<(?:[\w.-]+:)?idmap[^>]*\sdata="(\d+)/.exec(out)?.[1] ?? nextIdBlock(pkg));
  const id = Math.max(block * 1024, ...ids) + 1;
  const anchor = `${col + 1}, 15, ${Math.max(0, row - 1)}, 10, ${col + 3}, 15, ${row + 3}, 4`;
  const shape =
    `<v:shape ${VML_NAMESPACES} id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:144pt;height:79pt;z-index:${ids.length + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`;
  return insertBeforeClose(out, shape);
}

function insertBeforeClose(xml: string, text: string): string {
  const close = xml.lastIndexOf("</xml>");
  return close < 0 ? xml + text : xml.slice(0, close) + text + xml.slice(close);
}

/** A shape id block no other VML drawing of the package uses (Excel gives each drawing 1024 ids). */
function nextIdBlock(pkg: XlsxPackage): number {
  let max = 0;
  for (const path of pkg.paths()) {
    if (!path.endsWith(".vml")) continue;
    for (const m of (pkg.text(path) ?? "").matchAll(/<(?:[\w.-]+:)?idmap[^>]*\sdata="([\d,]+)"/g)) max = Math.max(max, ...m[1].split(",").map(Number));
  }
  return max + 1;
}

/** The first free `xl/<stem>N.<ext>` (ExcelJS finds notes only under these names). */
function unusedPart(pkg: XlsxPackage, folder: string, stem: string, ext: string): string {
  for (let n = 1; ; n++) if (!pkg.has(`${folder}${stem}${n}.${ext}`)) return `${folder}${stem}${n}.${ext}`;
}

function ensureParts(pkg: XlsxPackage, sheetPath: string): void {
  const relsPath = relsPathOf(sheetPath);
  const addRel = (type: string, target: string): string => {
    const id = unusedRelId(pkg, sheetPath);
    pkg.setText(relsPath, appendInto(pkg.text(relsPath) ?? RELS_XML, "Relationships", `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`));
    return id;
  };
  if (!commentsPathOf(pkg, sheetPath)) {
    const path = unusedPart(pkg, "xl/", "comments", "xml");
    pkg.setText(path, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN_NS}"><authors><author>${NOTE_AUTHOR}</author></authors><commentList></commentList></comments>`);
    addRel(REL.comments, relativeTo(sheetPath, path));
    addOverride(pkg, path, COMMENTS_TYPE);
  }
  if (!legacyDrawingOf(pkg, sheetPath)) {
    const path = unusedPart(pkg, "xl/drawings/", "vmlDrawing", "vml");
    const block = nextIdBlock(pkg);
    pkg.setText(
      path,
      `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>${NOTE_SHAPETYPE}</xml>`,
    );
    const id = addRel(REL.vmlDrawing, relativeTo(sheetPath, path));
    // Without a Default for .vml the drawing gets its own Override, which goes with it.
    const types = pkg.text(CONTENT_TYPES) ?? "";
    if (![...tagsOf(types, "Default")].some((t) => t.attributes.Extension?.toLowerCase() === "vml")) addOverride(pkg, path, VML_TYPE);
    pkg.setText(sheetPath, insertLegacyDrawing(pkg.text(sheetPath) ?? "", id));
  }
}

function addOverride(pkg: XlsxPackage, path: string, type: string): void {
  pkg.setText(CONTENT_TYPES, appendInto(pkg.text(CONTENT_TYPES) ?? "", "Types", `<Override PartName="/${path}" ContentType="${type}"/>`));
}

function relativeTo(from: string, to: string): string {
  const up = from.split("/").length - 1;
  return "../".repeat(up - 1) + to.split("/").slice(1).join("/");
}

/** Elements that follow `<legacyDrawing>` in a worksheet (ECMA-376 CT_Worksheet). */
const AFTER_LEGACY_DRAWING = ["legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

function insertLegacyDrawing(sheet: string, relId: string): string {
  const prefix = /<([\w.-]+:)?worksheet[\s>]/.exec(sheet)?.[1] ?? "";
  const rPrefix = new RegExp(`xmlns:(\\w+)="${R_NS}"`).exec(sheet)?.[1];
  const attribute = rPrefix ? `${rPrefix}:id="${relId}"` : `xmlns:r="${R_NS}" r:id="${relId}"`;
  const element = `<${prefix}legacyDrawing ${attribute}/>`;
  for (const name of AFTER_LEGACY_DRAWING) {
    const at = new RegExp(`<${prefix}${name}[\\s>/]`).exec(sheet);
    if (at) return sheet.slice(0, at.index) + element + sheet.slice(at.index);
  }
  const close = sheet.lastIndexOf(`</${prefix}worksheet>`);
  return sheet.slice(0, close) + element + sheet.slice(close);
}

/** Removes a relationship of `from` (and the rels part when it holds no other). */
function removeRel(pkg: XlsxPackage, from: string, id: string): void {
  const relsPath = relsPathOf(from);
  const xml = pkg.text(relsPath);
  if (!xml) return;
  const rel = [...tagsOf(xml, "Relationship")].find((t) => t.attributes.Id === id);
  if (!rel) return;
  const out = xml.slice(0, rel.index) + xml.slice(rel.index + rel.tag.length);
  if ([...tagsOf(out, "Relationship")].length === 0) pkg.remove(relsPath);
  else pkg.setText(relsPath, out);
}

function removeOverride(pkg: XlsxPackage, path: string): void {
  const types = pkg.text(CONTENT_TYPES) ?? "";
  const override = [...tagsOf(types, "Override")].find((t) => t.attributes.PartName === `/${path}`);
  if (override) pkg.setText(CONTENT_TYPES, types.slice(0, override.index) + types.slice(override.index + override.tag.length));
}

/** A sheet whose last note went loses the comments part, and the VML drawing when nothing else is drawn in it. */
function removeEmptyParts(pkg: XlsxPackage, sheetPath: string): void {
  const commentsPath = commentsPathOf(pkg, sheetPath);
  if (commentsPath && commentElements(pkg.text(commentsPath) ?? "").length === 0) {
    const rel = relationshipsOf(pkg, sheetPath).find((r) => r.target === commentsPath && r.type.endsWith("/comments"));
    if (rel) removeRel(pkg, sheetPath, rel.id);
    removeOverride(pkg, commentsPath);
    pkg.remove(commentsPath);
  }
  const vml = legacyDrawingOf(pkg, sheetPath);
  if (vml && !/<([\w.-]+:)?shape(?=[\s>])/.test(pkg.text(vml.path) ?? "")) {
    const sheet = pkg.text(sheetPath) ?? "";
    const tag = firstTag(sheet, "legacyDrawing");
    if (tag) pkg.setText(sheetPath, sheet.slice(0, tag.index) + sheet.slice(tag.index + tag.tag.length));
    removeRel(pkg, sheetPath, vml.relId);
    removeOverride(pkg, vml.path);
    pkg.remove(vml.path);
  }
}
