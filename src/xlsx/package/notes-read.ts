/**
 * A sheet's notes (legacy comments, `xl/commentsN.xml` found through the sheet's rels) as plain
 * text by A1 address. The text is every `<t>` of the comment in order: Excel writes runs (the
 * author's name in bold first), openpyxl and LibreOffice a plain `<t>`; both read the same.
 */
import { guarded } from "./read-error";
import { StringItem } from "./string-item";
import { relationshipsOf, type SheetEntry } from "./workbook-parts";
import type { XlsxPackage } from "./zip-package";
import { scanXml, type XmlAttributes, type XmlHandler } from "./xml-scan";

class CommentsHandler implements XmlHandler {
  readonly notes = new Map<string, string>();
  private ref: string | undefined;
  private item: StringItem | undefined;

  get capturing(): boolean {
    return this.item?.capturing === true;
  }

  open(name: string, attributes: XmlAttributes): void {
    if (name === "comment") this.ref = attributes.ref?.replace(/\$/g, "").toUpperCase();
    else if (name === "text" && this.ref) this.item = new StringItem();
    else this.item?.open(name, attributes);
  }

  close(name: string): void {
    if (name === "text" && this.item && this.ref) {
      this.notes.set(this.ref, this.item.value);
      this.item = undefined;
    } else if (name === "comment") {
      this.ref = undefined;
    } else {
      this.item?.close(name);
    }
  }

  text(text: string): void {
    this.item?.text(text);
  }
}

/** Notes of one sheet by A1 address (`B7`); empty when it has none. Throws only XlsxReadError. */
export function readNotes(pkg: XlsxPackage, sheet: SheetEntry): Map<string, string> {
  return guarded(`The notes of sheet "${sheet.name}" cannot be read`, () => (sheet.path ? noteTexts(pkg, sheet.path) : new Map<string, string>()));
}

/** The notes of the worksheet part at `sheetPath` as plain text by A1 address; the one reading of note text (the writer uses it too). */
export function noteTexts(pkg: XlsxPackage, sheetPath: string): Map<string, string> {
  const notes = new Map<string, string>();
  for (const rel of relationshipsOf(pkg, sheetPath)) {
    if (rel.external || !rel.type.endsWith("/comments")) continue;
    const xml = pkg.text(rel.target);
    if (!xml) continue;
    const h = new CommentsHandler();
    scanXml(xml, h);
    for (const [ref, text] of h.notes) notes.set(ref, text);
  }
  return notes;
}
