/**
 * The text Excel would display for a number under a number format. An .xlsx file stores only
 * the value and the format code, and ExcelJS's `cell.text` ignores the format (0.25 under
 * `0.00%` comes out as "0.25"), so the adapter renders the common formats itself.
 *
 * Separators follow the format code's own convention (`,` thousands, `.` decimals), i.e. what
 * Excel shows in an English locale; an Indonesian Excel swaps them on screen. The engine reads
 * numbers from `value` and uses this text for messages, so either convention is safe.
 * Formats it does not understand fall back to Excel's "General" rendering.
 */
export function displayText(value: number, format: string | undefined, date1904 = false): string {
  if (!Number.isFinite(value)) return String(value);
  if (!format || /^general$/i.test(format) || format === "@") return general(value);
  const sections = sectionsOf(format);
  let section = sections[0];
  let v = value;
  if (value < 0 && sections.length >= 2 && sections[1].present) {
    section = sections[1];
    v = -value;
  } else if (value === 0 && sections.length >= 3 && sections[2].present) {
    section = sections[2];
  }
  if (section.isDate) return formatDate(v, section.cleaned, date1904);
  return formatNumberSection(v, section.cleaned) ?? general(value);
}

interface Section {
  /** Not blank: a blank second or third section falls back to the first. */
  present: boolean;
  /** Without [colour], [condition] and locale tags; a currency tag kept as its quoted symbol. */
  cleaned: string;
  isDate: boolean;
}

/**
 * A format code read once: a sheet has a handful of formats and thousands of cells, and reading
 * the code again for every cell was a visible part of reading a large sheet. Bounded, so a file
 * with a runaway number of formats cannot grow it without end.
 */
const SECTIONS = new Map<string, Section[]>();
const MAX_FORMATS = 2_000;

function sectionsOf(format: string): Section[] {
  let sections = SECTIONS.get(format);
  if (!sections) {
    sections = splitSections(format).map((section) => {
      const cleaned = section.replace(/\[(?:\$([^\]-]*)(?:-[0-9A-Fa-f]+)?|[^\]]*)\]/g, (_m, currency: string | undefined) => (currency ? `"${currency}"` : ""));
      return { present: section.trim() !== "", cleaned, isDate: isDateFormat(cleaned) };
    });
    if (SECTIONS.size >= MAX_FORMATS) SECTIONS.clear();
    SECTIONS.set(format, sections);
  }
  return sections;
}

/**
 * A cell's text from its value: strings as they are, booleans as Excel shows them, numbers
 * through the format (a date under General as ISO). The same as read-grid's textOf, which can
 * use this once ExcelJS reading is retired.
 */
export function cellText(value: string | number | boolean | null, format: string | undefined, isDate: boolean, date1904: boolean): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value !== "number") return undefined;
  if (isDate && (!format || /^general$/i.test(format))) return isoDateText(value, date1904);
  return displayText(value, format, date1904);
}

/** Excel's General: up to 10 significant decimals, no trailing zeros. */
export function general(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  const rounded = Number(value.toPrecision(10));
  return String(rounded);
}

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    if (ch === "\\" && !quoted) {
      current += ch + (format[i + 1] ?? "");
      i++;
      continue;
    }
    if (ch === ";" && !quoted) {
      sections.push(current);
      current = "";
      continue;
    }
    current += ch;
  }
  sections.push(current);
  return sections;
}

/** The format with its literal text removed, to look at the codes only. */
function codesOnly(section: string): string {
  return section.replace(/"[^"]*"/g, "").replace(/\\./g, "").replace(/[_*]./g, "");
}

function isDateFormat(section: string): boolean {
  return /[yd]|h|s|m/i.test(codesOnly(section).replace(/E[+-]/gi, "")) && !/[0#?]/.test(codesOnly(section));
}

interface Token {
  literal: boolean;
  text: string;
}

/** Splits a section into literal text and code runs. */
function tokenize(section: string): Token[] {
  const tokens: Token[] = [];
  const push = (literal: boolean, text: string) => {
    const last = tokens[tokens.length - 1];
    if (last && last.literal === literal) last.text += text;
    else tokens.push({ literal, text });
  };
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end === -1 ? section.length : end;
      push(true, section.slice(i + 1, stop));
      i = stop;
    } else if (ch === "\\") {
      push(true, section[i + 1] ?? "");
      i++;
    } else if (ch === "_") {
      push(true, " ");
      i++;
    } else if (ch === "*") {
      i++;
    } else if ("0#?.,%Ee+".includes(ch) && !(ch === "+" && !/E$/i.test(tokens[tokens.length - 1]?.text ?? ""))) {
      push(false, ch);
    } else {
      push(true, ch);
    }
  }
  return tokens;
}

const TOKENS = new Map<string, Token[]>();

function tokensOf(section: string): Token[] {
  let tokens = TOKENS.get(section);
  if (!tokens) {
    tokens = tokenize(section);
    if (TOKENS.size >= MAX_FORMATS) TOKENS.clear();
    TOKENS.set(section, tokens);
  }
  return tokens;
}

function formatNumberSection(value: number, section: string): string | null {
  const tokens = tokensOf(section);
  const codeIndex = tokens.findIndex((t) => !t.literal && /[0#?]/.test(t.text));
  if (codeIndex === -1) {
    // Only literals (and perhaps %): Excel shows the literals.
    return tokens.map((t) => (t.literal ? t.text : "")).join("") || null;
  }
  const code = tokens[codeIndex].text;
  const percents = (tokens.filter((t) => !t.literal).map((t) => t.text).join("").match(/%/g) ?? []).length;
  if (/E/i.test(code)) {
    const decimals = (code.split(/E/i)[0].split(".")[1] ?? "").length;
    return literalsAround(tokens, codeIndex, value.toExponential(decimals).toUpperCase().replace(/E([+-])(\d)$/, "E$10$2"));
  }
  const trailingCommas = /,+$/.exec(code.replace(/%+$/, ""))?.[0].length ?? 0;
  const numericCode = code.replace(/,+(?=%*$)/, "");
  const [intPart, fracPart = ""] = numericCode.replace(/%/g, "").split(".");
  const decimals = (fracPart.match(/[0#?]/g) ?? []).length;
  const minDecimals = (fracPart.match(/0/g) ?? []).length;
  const grouping = intPart.includes(",");
  const minIntDigits = (intPart.match(/0/g) ?? []).length;
  const scaled = (Math.abs(value) * 100 ** percents) / 1000 ** trailingCommas;
  let [whole, frac = ""] = roundHalfUp(scaled, decimals).split(".");
  frac = frac.replace(/0+$/, "").padEnd(minDecimals, "0");
  if (whole === "0" && minIntDigits === 0) whole = "";
  whole = whole.padStart(minIntDigits, "0");
  if (grouping) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  let number = frac ? `${whole}.${frac}` : whole;
  if (decimals > 0 && !frac && /\./.test(numericCode) && minDecimals === 0) number = `${whole}.`;
  if (number === "" || number === ".") number = "0";
  const sign = value < 0 && Number(roundHalfUp(scaled, decimals)) !== 0 ? "-" : "";
  return sign + literalsAround(tokens, codeIndex, number);
}

function literalsAround(tokens: Token[], codeIndex: number, number: string): string {
  return tokens
    .map((t, i) => {
      if (i === codeIndex) return number + t.text.replace(/[^%]/g, "");
      if (t.literal) return t.text;
      return t.text.replace(/[^%]/g, "");
    })
    .join("");
}

/** Rounds half away from zero like Excel (toFixed rounds 1.005 down because of binary floats). */
function roundHalfUp(value: number, decimals: number): string {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor + Math.sign(value) * 1e-9) / factor;
  return rounded.toFixed(decimals);
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** A serial number (days since 1899-12-30, or 1904-01-01 in 1904 workbooks) to a UTC Date. */
export function serialToDate(serial: number, date1904 = false): Date {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return new Date(epoch + Math.round(serial * 86400000));
}

/** A UTC Date (as ExcelJS returns dates) to Excel's serial number. */
export function dateToSerial(date: Date, date1904 = false): number {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return (date.getTime() - epoch) / 86400000;
}

/** ISO text of a date serial: `2024-01-15`, with the time when there is one. */
export function isoDateText(serial: number, date1904 = false): string {
  const iso = serialToDate(serial, date1904).toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 19).replace("T", " ");
}

function formatDate(serial: number, section: string, date1904: boolean): string {
  const d = serialToDate(serial, date1904);
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  const tokens = tokenize(section);
  let out = "";
  let lastWasHour = false;
  for (const token of tokens) {
    if (token.literal) {
      // Date codes are letters, which tokenize() keeps as literals: read them here.
      out += token.text.replace(/yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|AM\/PM|am\/pm/gi, (code) => {
        const lower = code.toLowerCase();
        let text: string;
        switch (lower) {
          case "yyyy":
            text = String(d.getUTCFullYear());
            break;
          case "yy":
            text = pad(d.getUTCFullYear() % 100);
            break;
          case "mmmm":
            text = MONTHS[d.getUTCMonth()];
            break;
          case "mmm":
            text = MONTHS[d.getUTCMonth()].slice(0, 3);
            break;
          case "mm":
            text = lastWasHour ? pad(d.getUTCMinutes()) : pad(d.getUTCMonth() + 1);
            break;
          case "m":
            text = lastWasHour ? String(d.getUTCMinutes()) : String(d.getUTCMonth() + 1);
            break;
          case "dddd":
            text = DAYS[d.getUTCDay()];
            break;
          case "ddd":
            text = DAYS[d.getUTCDay()].slice(0, 3);
            break;
          case "dd":
            text = pad(d.getUTCDate());
            break;
          case "d":
            text = String(d.getUTCDate());
            break;
          case "hh":
            text = pad(d.getUTCHours());
            break;
          case "h":
            text = String(d.getUTCHours());
            break;
          case "ss":
            text = pad(d.getUTCSeconds());
            break;
          case "s":
            text = String(d.getUTCSeconds());
            break;
          default:
            text = d.getUTCHours() < 12 ? "AM" : "PM";
        }
        lastWasHour = lower.startsWith("h");
        return text;
      });
    } else {
      out += token.text;
    }
  }
  return out;
}
