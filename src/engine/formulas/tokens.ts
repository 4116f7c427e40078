/**
 * Splitting a formula into tokens. Only what the parser needs to tell apart: numbers, text,
 * cell references, names (functions, TRUE/FALSE, defined names), sheet prefixes, error literals
 * and operators. Formulas reach the engine in Excel's English form (Office.js `formulas`, the
 * file's own XML), so `,` separates arguments and `.` is the decimal point.
 */

export type Token =
  | { kind: "number"; value: number }
  | { kind: "string"; value: string }
  | { kind: "error"; code: string }
  /** A word: a cell reference (`$K$12`), a function or a name; the parser decides from what follows. */
  | { kind: "word"; text: string }
  /** `Sheet2!` or `'Renaksi 2024'!`: a reference to another sheet. */
  | { kind: "sheet"; name: string }
  | { kind: "op"; op: string }
  | { kind: "end" };

/** A formula the tokenizer or parser cannot read. */
export class FormulaSyntaxError extends Error {}

const OPERATORS = ["<=", ">=", "<>", "+", "-", "*", "/", "^", "&", "=", "<", ">", "%", "(", ")", ",", ":", ";"];
const ERROR_LITERAL = /^#(?:DIV\/0!|N\/A|NAME\?|NULL!|NUM!|REF!|VALUE!)/i;

/** Tokens of a formula, with or without its leading `=`. */
export function tokenize(formula: string): Token[] {
  const src = formula.replace(/^\s*=/, "");
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const rest = src.slice(i);
    const number = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/.exec(rest);
    if (number) {
      out.push({ kind: "number", value: Number(number[0]) });
      i += number[0].length;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let text = "";
      for (;;) {
        if (j >= src.length) throw new FormulaSyntaxError("unterminated text");
        if (src[j] === '"') {
          if (src[j + 1] === '"') {
            text += '"';
            j += 2;
            continue;
          }
          break;
        }
        text += src[j++];
      }
      out.push({ kind: "string", value: text });
      i = j + 1;
      continue;
    }
    if (ch === "'") {
      const end = src.indexOf("'!", i + 1);
      if (end < 0) throw new FormulaSyntaxError("unterminated sheet name");
      out.push({ kind: "sheet", name: src.slice(i + 1, end).replace(/''/g, "'") });
      i = end + 2;
      continue;
    }
    const error = ERROR_LITERAL.exec(rest);
    if (error) {
      out.push({ kind: "error", code: error[0].toUpperCase() });
      i += error[0].length;
      continue;
    }
    const word = /^[A-Za-z_$\\][A-Za-z0-9_.$]*/.exec(rest);
    if (word) {
      i += word[0].length;
      if (src[i] === "!") {
        out.push({ kind: "sheet", name: word[0] });
        i++;
      } else {
        out.push({ kind: "word", text: word[0] });
      }
      continue;
    }
    const op = OPERATORS.find((o) => rest.startsWith(o));
    if (!op) throw new FormulaSyntaxError(`unexpected ${ch}`);
    out.push({ kind: "op", op });
    i += op.length;
  }
  out.push({ kind: "end" });
  return out;
}
