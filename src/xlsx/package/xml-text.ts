/**
 * The little XML reading the package parts need besides the streaming parser: attributes of one
 * start tag, entity decoding and escaping. Element names are matched without their namespace
 * prefix, since writers differ (`<sheet>` from Excel, `<x:sheet>` from some .NET libraries).
 */

const ATTRIBUTE = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Attributes of a start tag's text, keyed by local name (`r:id` → `id`), values decoded. */
export function attributesOf(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(ATTRIBUTE)) {
    const local = m[1].includes(":") && !m[1].startsWith("xmlns") ? m[1].slice(m[1].indexOf(":") + 1) : m[1];
    out[local] = decodeXml(m[2] ?? m[3] ?? "");
  }
  return out;
}

/** Every start (or empty) tag of an element with this local name: its whole text and attributes. */
export function* tagsOf(xml: string, localName: string): Generator<{ tag: string; index: number; attributes: Record<string, string> }> {
  const re = new RegExp(`<(?:[\\w.-]+:)?${localName}(?=[\\s/>])[^>]*>`, "g");
  for (const m of xml.matchAll(re)) yield { tag: m[0], index: m.index ?? 0, attributes: attributesOf(m[0]) };
}

export function firstTag(xml: string, localName: string): { tag: string; index: number; attributes: Record<string, string> } | undefined {
  for (const t of tagsOf(xml, localName)) return t;
  return undefined;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, name: string) => {
    if (name.startsWith("#x")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

/** Escapes text for element content and attribute values, and drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex -- XML 1.0 forbids exactly these characters
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/**
 * Sets (or with null removes) one attribute of a start tag, in place when present so the other
 * attributes keep their order; a new one goes at the end.
 */
export function withAttribute(tag: string, name: string, value: string | null): string {
  const re = new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*("[^"]*"|'[^']*')`);
  const m = re.exec(tag);
  if (m) return value === null ? tag.slice(0, m.index) + tag.slice(m.index + m[0].length) : tag.slice(0, m.index) + ` ${name}="${value}"` + tag.slice(m.index + m[0].length);
  if (value === null) return tag;
  const close = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  const head = tag.slice(0, close).replace(/\s+$/, "");
  return `${head} ${name}="${value}"${tag.slice(close)}`;
}
