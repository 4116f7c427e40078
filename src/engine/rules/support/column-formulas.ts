/**
 * The formulas a column-number row states (the Permendagri 86/2017 evaluation form: `13 = 9 + 10 +
 * 11 + 12`, `14 = 7 + 13`, `15 = 14 / 6 x 100`, also written `13=9+10+11+12`, `(15)=(14)/(6)x100`,
 * with `×`, `:` or `/`). Numbers name columns through that row; `100` after × or ÷ is the percent
 * factor. Pure parsing and arithmetic; the rule that checks rows against them is column-rule-mismatch.ts.
 */

export type Expr = { kind: "column"; n: number } | { kind: "constant"; value: number } | { kind: "op"; op: "+" | "-" | "*" | "/"; left: Expr; right: Expr };

export interface ColumnFormula {
  /** The column number the formula defines (13 in `13 = 9 + 10 + 11 + 12`). */
  target: number;
  expr: Expr;
  /** The formula as the sheet writes it, spaces tidied. */
  text: string;
}

type Token = { kind: "number"; value: number } | { kind: "symbol"; value: string };

/** Multiplication and division as staff type them. */
const OPERATOR_WORDS: Record<string, string> = { x: "*", X: "*", "×": "*", "*": "*", "/": "/", ":": "/", "÷": "/", "+": "+", "-": "-", "–": "-", "−": "-" };

/** Factors that turn a ratio into a percentage, not column numbers. */
const PERCENT_FACTOR = 100;

function tokenize(text: string): Token[] | undefined {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const digits = /^\d+/.exec(text.slice(i));
    if (digits) {
      tokens.push({ kind: "number", value: Number(digits[0]) });
      i += digits[0].length;
      continue;
    }
    const op = OPERATOR_WORDS[ch];
    if (op !== undefined || ch === "(" || ch === ")") {
      tokens.push({ kind: "symbol", value: op ?? ch });
      i++;
      continue;
    }
    return undefined;
  }
  return tokens;
}

/** Recursive descent over + − (lowest), × ÷, and numbers or brackets. */
function parseExpr(tokens: Token[]): Expr | undefined {
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const isSymbol = (value: string): boolean => peek()?.kind === "symbol" && peek()?.value === value;
  const factor = (afterTimes: boolean): Expr | undefined => {
    const t = peek();
    if (!t) return undefined;
    if (t.kind === "number") {
      pos++;
      return afterTimes && t.value === PERCENT_FACTOR ? { kind: "constant", value: t.value } : { kind: "column", n: t.value };
    }
    if (t.value !== "(") return undefined;
    pos++;
    const inner = sum();
    if (!inner || !isSymbol(")")) return undefined;
    pos++;
    return inner;
  };
  const product = (): Expr | undefined => {
    let left = factor(false);
    while (left && (isSymbol("*") || isSymbol("/"))) {
      const op = (peek() as Token).value as "*" | "/";
      pos++;
      const right = factor(true);
      if (!right) return undefined;
      left = { kind: "op", op, left, right };
    }
    return left;
  };
  const sum = (): Expr | undefined => {
    let left = product();
    while (left && (isSymbol("+") || isSymbol("-"))) {
      const op = (peek() as Token).value as "+" | "-";
      pos++;
      const right = product();
      if (!right) return undefined;
      left = { kind: "op", op, left, right };
    }
    return left;
  };
  const expr = sum();
  return expr && pos === tokens.length ? expr : undefined;
}

/** The formula a column-number cell states, or undefined for a plain number or anything else. */
export function parseColumnFormula(text: string): ColumnFormula | undefined {
  const m = /^\s*\(?\s*(\d{1,3})\s*\)?\s*=\s*(.+)$/.exec(text);
  if (!m) return undefined;
  const tokens = tokenize(m[2]);
  const expr = tokens && parseExpr(tokens);
  if (!expr || expr.kind === "constant") return undefined;
  return { target: Number(m[1]), expr, text: text.replace(/\s+/g, " ").trim() };
}

/** Column numbers the formula reads, in order of appearance. */
export function operandsOf(expr: Expr): number[] {
  if (expr.kind === "column") return [expr.n];
  if (expr.kind === "constant") return [];
  return [...operandsOf(expr.left), ...operandsOf(expr.right)];
}

/** Whether the formula multiplies by 100 somewhere (its result is in percent points). */
export function isPercentFormula(expr: Expr): boolean {
  if (expr.kind === "constant") return expr.value === PERCENT_FACTOR;
  if (expr.kind === "column") return false;
  return isPercentFormula(expr.left) || isPercentFormula(expr.right);
}

/** The formula's value for the operands given, or undefined when it divides by zero. */
export function evaluate(expr: Expr, value: (n: number) => number): number | undefined {
  if (expr.kind === "column") return value(expr.n);
  if (expr.kind === "constant") return expr.value;
  const a = evaluate(expr.left, value);
  const b = evaluate(expr.right, value);
  if (a === undefined || b === undefined) return undefined;
  switch (expr.op) {
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "/":
      return b === 0 ? undefined : a / b;
  }
}
