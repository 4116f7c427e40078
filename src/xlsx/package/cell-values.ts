/**
 * A cell's value as `<c>` XML, both ways: the element for a number, text, boolean or formula (text
 * as an inline string, so the shared strings part is not rewritten), and the plain value of a
 * stored cell (for Cermat's hidden sheets, which a person or another adapter may have saved with
 * shared strings).
 */
import type { Scalar } from "../../engine/model";
import type { CellXml } from "./sheet-cells";
import { decodeXml, escapeXml, withAttribute } from "./xml-text";

/** What to put in a cell. */
export interface CellContent {
  value?: Scalar;
  /** Without the leading `=`. */
  formula?: string;
  result?: Scalar;
}

/** Attributes that describe the old value (type, cell metadata) and go when the value is replaced. */
const VALUE_ATTRIBUTES = ["t", "cm", "vm"];

/**
 * The new element for a cell: its start tag keeps the existing attributes (style, phonetic flag)
 * except those describing the old value. `content` undefined keeps the value (a format change).
 */
export function cellElement(existing: CellXml | undefined, ref: string, prefix: string, content: CellContent | undefined, style: string | null | undefined): string | null {
  let tag = existing ? existing.xml.slice(0, existing.xml.indexOf(">") + 1) : `<${prefix}c r="${ref}"/>`;
  if (!/\sr\s*=/.test(tag)) tag = withAttribute(tag, "r", ref);
  // `null` removes the style; xf 0 is what a cell without `s` has, so it is not written on a cell that had none.
  if (style !== undefined) tag = withAttribute(tag, "s", style === "0" && !existing?.attributes.s ? null : style);
  if (content === undefined) {
    const rest = existing ? existing.xml.slice(existing.xml.indexOf(">") + 1) : "";
    // A cell left with nothing but its address (a mark cleared from an empty cell) is not kept.
    if (/^<[\w.:-]+\s+r="[^"]*"\s*\/>$/.test(tag) && rest === "") return null;
    return tag + rest;
  }
  for (const name of VALUE_ATTRIBUTES) tag = withAttribute(tag, name, null);
  const open = tag.replace(/\s*\/>$/, ">");
  const name = /^<([\w.:-]+)/.exec(tag)?.[1] ?? `${prefix}c`;
  const child = (local: string, text: string, attrs = "") => `<${prefix}${local}${attrs}>${text}</${prefix}${local}>`;
  if (content.formula !== undefined) {
    const result = content.result ?? null;
    const typed = result === null ? open : withAttribute(open, "t", typeof result === "string" ? "str" : typeof result === "boolean" ? "b" : null);
    return `${typed}${child("f", escapeXml(content.formula))}${result === null ? "" : child("v", scalarText(result))}</${name}>`;
  }
  const value = content.value ?? null;
  if (value === null) {
    // An empty cell keeps its style, as Excel does when a value is deleted; with no style it goes.
    if (!/\ss\s*=/.test(tag)) return null;
    return tag.endsWith("/>") ? tag : tag.replace(/\s*>$/, "/>");
  }
  if (typeof value === "string") {
    const space = value !== value.trim() || value.includes("\n") ? ' xml:space="preserve"' : "";
    return `${withAttribute(open, "t", "inlineStr")}${child("is", child("t", escapeXml(value), space))}</${name}>`;
  }
  if (typeof value === "boolean") return `${withAttribute(open, "t", "b")}${child("v", value ? "1" : "0")}</${name}>`;
  return `${open}${child("v", scalarText(value))}</${name}>`;
}

function scalarText(value: Scalar): string {
  if (typeof value === "boolean") return value ? "1" : "0";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "0";
  return escapeXml(String(value ?? ""));
}

/** Whether the stored cell holds a formula (its own or a share of one). */
export function hasFormula(cell: CellXml | undefined): boolean {
  return cell !== undefined && /<([\w.-]+:)?f[\s>/]/.test(cell.xml);
}

/** The texts of `<t>` runs, leaving out phonetic runs (`<rPh>`), as Excel shows the string. */
export function runsText(xml: string): string {
  const withoutPhonetic = xml.replace(/<([\w.-]+:)?rPh\b[\s\S]*?<\/\1?rPh>/g, "");
  let out = "";
  for (const m of withoutPhonetic.matchAll(/<([\w.-]+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/\1?t>/g)) out += decodeXml(m[2]);
  return out;
}

/** The shared strings as plain text, in index order. */
export function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  return [...xml.matchAll(/<([\w.-]+:)?si(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/\1?si>)/g)].map((m) => runsText(m[2] ?? ""));
}

/** The plain value a stored cell shows: a formula's cached result, text, number or boolean. */
export function cellScalar(cell: CellXml, strings: readonly string[]): Scalar {
  const type = cell.attributes.t ?? "n";
  if (type === "inlineStr") {
    const is = /<([\w.-]+:)?is(?:\s[^>]*)?>([\s\S]*?)<\/\1?is>/.exec(cell.xml);
    return is ? runsText(is[2]) : null;
  }
  const v = /<([\w.-]+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/\1?v>/.exec(cell.xml);
  if (!v) return null;
  const text = decodeXml(v[2]);
  if (type === "s") return strings[Number(text)] ?? null;
  if (type === "b") return text === "1" || text.toLowerCase() === "true";
  if (type === "str" || type === "e") return text;
  const n = Number(text);
  return Number.isFinite(n) ? n : text;
}
