/**
 * Formulas as a tree, with Excel's precedence: comparison < `&` < `+ -` < `* /` < `^` < unary
 * minus < `%` < `:` (so `-2^2` is 4, as in Excel). Anything the engine does not compute (another
 * sheet, a whole column, a defined name, a function outside {@link SUPPORTED_FUNCTIONS}) stops the
 * parse with the reason, so the person is told exactly what was not calculated.
 */
import { fromA1, type UncalculatedReason } from "../model";
import { FormulaSyntaxError, tokenize, type Token } from "./tokens";

export type BinaryOp = "+" | "-" | "*" | "/" | "^" | "&" | "=" | "<>" | "<" | ">" | "<=" | ">=";

export type Node =
  | { kind: "number"; value: number }
  | { kind: "string"; value: string }
  | { kind: "bool"; value: boolean }
  | { kind: "error"; code: string }
  | { kind: "ref"; row: number; col: number }
  | { kind: "range"; top: number; left: number; bottom: number; right: number }
  | { kind: "negate"; arg: Node }
  | { kind: "percent"; arg: Node }
  | { kind: "binary"; op: BinaryOp; left: Node; right: Node }
  /** `args` holds null for an argument left out (`IF(A1>0,,1)`). */
  | { kind: "call"; name: SupportedFunction; args: Array<Node | null> };

/**
 * What staff sheets use, and what Cermat's own templates write (their capaian and predikat
 * formulas, saved without a result while the rows are empty); everything else is left to Excel.
 */
export const SUPPORTED_FUNCTIONS = ["SUM", "AVERAGE", "ROUND", "ROUNDUP", "ROUNDDOWN", "IF", "AND", "OR", "ISNUMBER", "MAX", "MIN", "COUNT"] as const;
export type SupportedFunction = (typeof SUPPORTED_FUNCTIONS)[number];

/** A formula the engine reads but does not compute, and why. */
export class FormulaUnsupported extends Error {
  constructor(readonly reason: UncalculatedReason) {
    super(reason.kind);
  }
}

const CELL = /^\$?[A-Za-z]{1,3}\$?\d+$/;
const COMPARISONS = new Set(["=", "<>", "<", ">", "<=", ">="]);

function isSupported(name: string): name is SupportedFunction {
  return (SUPPORTED_FUNCTIONS as readonly string[]).includes(name);
}

class Parser {
  private at = 0;

  constructor(private readonly tokens: Token[]) {}

  parse(): Node {
    const node = this.comparison();
    if (this.peek().kind !== "end") throw new FormulaSyntaxError("unexpected token after the formula");
    return node;
  }

  private peek(): Token {
    return this.tokens[this.at];
  }

  private next(): Token {
    return this.tokens[this.at++];
  }

  private isOp(...ops: string[]): string | undefined {
    const t = this.peek();
    return t.kind === "op" && ops.includes(t.op) ? t.op : undefined;
  }

  private expect(op: string): void {
    if (!this.isOp(op)) throw new FormulaSyntaxError(`expected ${op}`);
    this.at++;
  }

  private binaryLevel(ops: string[], operand: () => Node): Node {
    let left = operand();
    for (let op = this.isOp(...ops); op; op = this.isOp(...ops)) {
      this.at++;
      left = { kind: "binary", op: op as BinaryOp, left, right: operand() };
    }
    return left;
  }

  private comparison(): Node {
    return this.binaryLevel([...COMPARISONS], () => this.concat());
  }

  private concat(): Node {
    return this.binaryLevel(["&"], () => this.additive());
  }

  private additive(): Node {
    return this.binaryLevel(["+", "-"], () => this.multiplicative());
  }

  private multiplicative(): Node {
    return this.binaryLevel(["*", "/"], () => this.power());
  }

  private power(): Node {
    return this.binaryLevel(["^"], () => this.unary());
  }

  private unary(): Node {
    const op = this.isOp("-", "+");
    if (op) {
      this.at++;
      const arg = this.unary();
      return op === "-" ? { kind: "negate", arg } : arg;
    }
    return this.postfix();
  }

  private postfix(): Node {
    let node = this.primary();
    while (this.isOp("%")) {
      this.at++;
      node = { kind: "percent", arg: node };
    }
    return node;
  }

  private primary(): Node {
    const t = this.next();
    switch (t.kind) {
      case "number":
        return { kind: "number", value: t.value };
      case "string":
        return { kind: "string", value: t.value };
      case "error":
        return { kind: "error", code: t.code };
      case "sheet":
        throw new FormulaUnsupported({ kind: "other-sheet" });
      case "word":
        return this.word(t.text);
      case "op":
        if (t.op === "(") {
          const inner = this.comparison();
          this.expect(")");
          return inner;
        }
        throw new FormulaSyntaxError(`unexpected ${t.op}`);
      default:
        throw new FormulaSyntaxError("formula ends too early");
    }
  }

  private word(text: string): Node {
    if (this.isOp("(")) return this.call(text.toUpperCase());
    if (CELL.test(text)) {
      const start = fromA1(text);
      if (!this.isOp(":")) return { kind: "ref", ...start };
      this.at++;
      const end = this.next();
      if (end.kind !== "word" || !CELL.test(end.text)) throw new FormulaUnsupported({ kind: "unsupported-reference", reference: `${text}:${end.kind === "word" ? end.text : "…"}` });
      const stop = fromA1(end.text);
      return { kind: "range", top: Math.min(start.row, stop.row), left: Math.min(start.col, stop.col), bottom: Math.max(start.row, stop.row), right: Math.max(start.col, stop.col) };
    }
    const upper = text.toUpperCase();
    if (upper === "TRUE" || upper === "FALSE") return { kind: "bool", value: upper === "TRUE" };
    // A whole column (`K:K`), a defined name (`Pagu2024`), a structured reference: Excel's to compute.
    throw new FormulaUnsupported({ kind: "unsupported-reference", reference: this.isOp(":") ? `${text}:…` : text });
  }

  private call(name: string): Node {
    // Excel writes newer functions with a prefix in files (`_xlfn.IFS`); the name is what the person typed.
    const shown = name.replace(/^_XLFN\./, "").replace(/^_XLWS\./, "");
    if (!isSupported(shown)) throw new FormulaUnsupported({ kind: "function", name: shown });
    this.expect("(");
    const args: Array<Node | null> = [];
    if (this.isOp(")")) {
      this.at++;
      return { kind: "call", name: shown, args };
    }
    for (;;) {
      args.push(this.isOp(",", ")") ? null : this.comparison());
      if (this.isOp(")")) {
        this.at++;
        return { kind: "call", name: shown, args };
      }
      this.expect(",");
    }
  }
}

/** The tree of a formula (with or without `=`); throws FormulaUnsupported or FormulaSyntaxError. */
export function parseFormula(formula: string): Node {
  return new Parser(tokenize(formula)).parse();
}
