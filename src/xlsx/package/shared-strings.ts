/** The shared string table (sharedStrings.xml): each item's text, and whether it is all-bold rich text. */
import { StringItem } from "./string-item";
import type { XlsxPackage } from "./zip-package";
import { scanXml, type XmlAttributes, type XmlHandler } from "./xml-scan";

export interface SharedStrings {
  texts: string[];
  /** Indexes of rich-text items whose every non-blank run is bold. */
  bold: Set<number>;
}

class SharedStringsHandler implements XmlHandler {
  readonly texts: string[] = [];
  readonly bold = new Set<number>();
  private item: StringItem | undefined;

  get capturing(): boolean {
    return this.item?.capturing === true;
  }

  open(name: string, attributes: XmlAttributes): void {
    if (name === "si") this.item = new StringItem();
    else this.item?.open(name, attributes);
  }

  close(name: string): void {
    if (name !== "si") {
      this.item?.close(name);
      return;
    }
    if (!this.item) return;
    if (this.item.allRunsBold) this.bold.add(this.texts.length);
    this.texts.push(this.item.value);
    this.item = undefined;
  }

  text(text: string): void {
    this.item?.text(text);
  }
}

export function readSharedStrings(pkg: XlsxPackage, path: string | undefined): SharedStrings {
  const xml = path ? pkg.text(path) : undefined;
  if (!xml) return { texts: [], bold: new Set() };
  const h = new SharedStringsHandler();
  scanXml(xml, h);
  return { texts: h.texts, bold: h.bold };
}
