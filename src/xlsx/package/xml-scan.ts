/**
 * A small streaming XML scanner over a part's text, for the parts the reader walks element by
 * element (worksheets, shared strings, styles, comments). On the bench's 10,000-row sheet (5.6 MB
 * of XML, 350,000 tags) it scans in 80–135 ms where saxes takes 165–200 ms with empty handlers,
 * because it decodes text only when the handler asks for it and builds no node objects beyond one
 * attribute record per start tag.
 *
 * Well-formedness is checked where a damaged part would otherwise be misread: tags must nest and
 * close, attribute values must be quoted, there is exactly one root. A DTD is refused outright:
 * OOXML parts never carry one, and refusing it rules out entity-expansion tricks.
 * Element and attribute names are reported by local name (`x:c` → `c`, `r:id` → `id`), since
 * writers differ in prefixes and strict OOXML differs only in namespace URIs.
 */
import { decodeXml } from "./xml-text";

export type XmlAttributes = Record<string, string>;

export interface XmlHandler {
  /** True while the handler wants the text between tags; text elsewhere is skipped undecoded. */
  readonly capturing: boolean;
  open(name: string, attributes: XmlAttributes, selfClosing: boolean): void;
  close(name: string): void;
  /** Decoded text (entities resolved, line ends normalised as XML says); may come in pieces. */
  text(text: string): void;
}

export class MalformedXmlError extends Error {
  constructor(message: string, at: number) {
    super(`${message} at character ${at}`);
    this.name = "MalformedXmlError";
  }
}

const enum Code {
  Tab = 9,
  LineFeed = 10,
  Return = 13,
  Space = 32,
  Bang = 33,
  DoubleQuote = 34,
  Quote = 39,
  Slash = 47,
  Colon = 58,
  Equals = 61,
  Greater = 62,
  Question = 63,
}

function isSpace(c: number): boolean {
  return c === Code.Space || c === Code.LineFeed || c === Code.Tab || c === Code.Return;
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Text content: `\r\n` and lone `\r` become `\n` before entities are decoded (so `&#13;` survives). */
export function decodeText(raw: string): string {
  const normalised = raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;
  return decodeXml(normalised);
}

export function scanXml(xml: string, handler: XmlHandler): void {
  const stack: string[] = [];
  const localNames: string[] = [];
  const n = xml.length;
  let sawRoot = false;
  let i = 0;
  // A UTF-8 byte order mark may precede the declaration.
  if (xml.charCodeAt(0) === 0xfeff) i = 1;
  while (i < n) {
    const lt = xml.indexOf("<", i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i && handler.capturing && stack.length > 0) handler.text(decodeText(xml.slice(i, textEnd)));
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === Code.Slash) {
      const gt = xml.indexOf(">", lt);
      if (gt < 0) throw new MalformedXmlError("Unterminated end tag", lt);
      const open = stack.pop();
      // Compared in place: slicing every end tag's name costs as much as the rest of the tag.
      if (open === undefined || !xml.startsWith(open, lt + 2) || (gt !== lt + 2 + open.length && xml.slice(lt + 2 + open.length, gt).trim() !== "")) {
        throw new MalformedXmlError(`</${xml.slice(lt + 2, gt)}> closes <${open ?? "nothing"}>`, lt);
      }
      handler.close(localNames.pop()!);
      i = gt + 1;
      continue;
    }
    if (next === Code.Question) {
      const end = xml.indexOf("?>", lt + 2);
      if (end < 0) throw new MalformedXmlError("Unterminated processing instruction", lt);
      i = end + 2;
      continue;
    }
    if (next === Code.Bang) {
      i = skipDeclaration(xml, lt, stack.length > 0, handler);
      continue;
    }
    i = startTag(xml, lt, stack, localNames, handler, sawRoot);
    sawRoot = true;
  }
  if (stack.length > 0) throw new MalformedXmlError(`<${stack[stack.length - 1]}> is never closed`, n);
  if (!sawRoot) throw new MalformedXmlError("No root element", 0);
}

/** A comment or CDATA section (CDATA text goes to the handler as is); a DTD is refused. */
function skipDeclaration(xml: string, lt: number, inElement: boolean, handler: XmlHandler): number {
  if (xml.startsWith("<!--", lt)) {
    const end = xml.indexOf("-->", lt + 4);
    if (end < 0) throw new MalformedXmlError("Unterminated comment", lt);
    return end + 3;
  }
  if (xml.startsWith("<![CDATA[", lt)) {
    const end = xml.indexOf("]]>", lt + 9);
    if (end < 0 || !inElement) throw new MalformedXmlError("Misplaced or unterminated CDATA section", lt);
    if (handler.capturing) handler.text(xml.slice(lt + 9, end));
    return end + 3;
  }
  throw new MalformedXmlError("A DTD or unknown declaration", lt);
}

/** Reads one start tag at `lt`, reports it, and returns where scanning goes on. */
function startTag(xml: string, lt: number, stack: string[], localNames: string[], handler: XmlHandler, sawRoot: boolean): number {
  const n = xml.length;
  if (stack.length === 0 && sawRoot) throw new MalformedXmlError("Content after the root element", lt);
  let j = lt + 1;
  while (j < n) {
    const c = xml.charCodeAt(j);
    if (isSpace(c) || c === Code.Greater || c === Code.Slash) break;
    j++;
  }
  const name = xml.slice(lt + 1, j);
  if (name === "" || name.charCodeAt(0) === Code.Colon) throw new MalformedXmlError("A tag without a name", lt);
  const attributes: XmlAttributes = {};
  for (;;) {
    while (j < n && isSpace(xml.charCodeAt(j))) j++;
    if (j >= n) throw new MalformedXmlError(`Unterminated <${name}>`, lt);
    const c = xml.charCodeAt(j);
    if (c === Code.Greater) {
      const local = localName(name);
      stack.push(name);
      localNames.push(local);
      handler.open(local, attributes, false);
      return j + 1;
    }
    if (c === Code.Slash) {
      if (xml.charCodeAt(j + 1) !== Code.Greater) throw new MalformedXmlError(`Stray "/" in <${name}>`, j);
      const local = localName(name);
      handler.open(local, attributes, true);
      handler.close(local);
      return j + 2;
    }
    j = attribute(xml, j, name, attributes);
  }
}

/** One `name="value"` at `j` into `attributes` (namespace declarations skipped); returns the index after it. */
function attribute(xml: string, start: number, tag: string, attributes: XmlAttributes): number {
  const n = xml.length;
  let j = start;
  while (j < n) {
    const c = xml.charCodeAt(j);
    if (c === Code.Equals || isSpace(c) || c === Code.Greater || c === Code.Slash) break;
    j++;
  }
  const name = xml.slice(start, j);
  while (j < n && isSpace(xml.charCodeAt(j))) j++;
  if (xml.charCodeAt(j) !== Code.Equals || name === "") throw new MalformedXmlError(`An attribute without a value in <${tag}>`, j);
  j++;
  while (j < n && isSpace(xml.charCodeAt(j))) j++;
  const quote = xml.charCodeAt(j);
  if (quote !== Code.DoubleQuote && quote !== Code.Quote) throw new MalformedXmlError(`An unquoted attribute in <${tag}>`, j);
  const end = xml.indexOf(quote === Code.DoubleQuote ? '"' : "'", j + 1);
  if (end < 0) throw new MalformedXmlError(`An unterminated attribute in <${tag}>`, j);
  const raw = xml.slice(j + 1, end);
  if (raw.includes("<")) throw new MalformedXmlError(`A "<" inside an attribute of <${tag}>`, j);
  if (!name.startsWith("xmlns")) attributes[localName(name)] = raw.includes("&") ? decodeXml(raw) : raw;
  return end + 1;
}
