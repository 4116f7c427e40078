/**
 * One string item as the three places that hold text spell it: a shared string (`<si>`), an
 * inline string (`<is>`) and a comment's `<text>`. Each holds either one plain `<t>` or rich-text
 * runs (`<r><rPr><b/></rPr><t>…</t></r>`); phonetic guides (`<rPh>`) are not part of the text.
 */
import { boldOf } from "./styles-read";
import type { XmlAttributes } from "./xml-scan";

/** `_x000D_`-style escapes for characters XML cannot hold (ECMA-376 22.9.2.19), as ExcelJS decodes them. */
function unescapeOoxml(text: string): string {
  return text.includes("_x") ? text.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

interface Run {
  text: string;
  bold: boolean;
}

export class StringItem {
  private plain = "";
  private hasPlain = false;
  private readonly runs: Run[] = [];
  private run: Run | undefined;
  private inRunProperties = false;
  private phonetic = 0;
  private piece: string | undefined;

  get capturing(): boolean {
    return this.piece !== undefined;
  }

  /** An element inside the item (the item's own tag is not passed). */
  open(name: string, attributes: XmlAttributes): void {
    if (name === "rPh") this.phonetic++;
    if (this.phonetic > 0) return;
    if (name === "r") this.runs.push((this.run = { text: "", bold: false }));
    else if (name === "rPr") this.inRunProperties = true;
    else if (name === "b" && this.inRunProperties && this.run) this.run.bold = boldOf(attributes);
    else if (name === "t") this.piece = "";
  }

  close(name: string): void {
    if (name === "rPh") {
      this.phonetic--;
      return;
    }
    if (this.phonetic > 0) return;
    if (name === "rPr") this.inRunProperties = false;
    else if (name === "r") this.run = undefined;
    else if (name === "t" && this.piece !== undefined) {
      const text = unescapeOoxml(this.piece);
      this.piece = undefined;
      if (this.run) this.run.text += text;
      else {
        this.plain += text;
        this.hasPlain = true;
      }
    }
  }

  text(text: string): void {
    if (this.piece !== undefined) this.piece += text;
  }

  get value(): string {
    return this.runs.length === 0 ? this.plain : this.plain + this.runs.map((r) => r.text).join("");
  }

  /** Runs, or a plain text that is not empty: an inline string without either is an empty cell. */
  get hasContent(): boolean {
    return this.runs.length > 0 || (this.hasPlain && this.plain !== "");
  }

  /** Rich text whose every non-blank run is bold reads as bold to a person, whatever the cell font. */
  get allRunsBold(): boolean {
    const shown = this.runs.filter((r) => r.text.trim() !== "");
    return shown.length > 0 && shown.every((r) => r.bold);
  }
}
