/**
 * Evaluating a formula tree the way Excel does for the functions staff (and Cermat's templates) use: empty cells are 0 in
 * arithmetic and skipped by SUM and AVERAGE over a range, text in a range is skipped, text typed as
 * an argument or operand is read as a number when it is one (`"5"`) and is #VALUE! otherwise,
 * errors travel up, ROUND rounds half away from zero on the decimal digits shown.
 */
import type { BinaryOp, Node } from "./parse";

/** A spreadsheet error value (`#DIV/0!`), as Excel would show it in the cell. */
export interface FormulaError {
  error: string;
}

/** A value while evaluating: null is an empty cell. */
export type FormulaValue = number | string | boolean | null | FormulaError;

/** Reads a cell (0-based) for the evaluator; may throw to stop the evaluation (a cell not computable). */
export interface CellSource {
  value(row: number, col: number): FormulaValue;
  /** The last row and the last column holding anything: ranges are read only that far. */
  extent(): { rows: number; cols: number };
}

export function isError(v: unknown): v is FormulaError {
  return typeof v === "object" && v !== null && !Array.isArray(v) && "error" in v;
}

const err = (code: string): FormulaError => ({ error: code });
const VALUE = err("#VALUE!");
const DIV0 = err("#DIV/0!");
const NUM = err("#NUM!");

/** A scalar read as a number (empty → 0, TRUE → 1, `"5"` → 5), or an error. */
function toNumber(v: FormulaValue): number | FormulaError {
  if (isError(v)) return v;
  if (v === null) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const trimmed = v.trim();
  const n = Number(trimmed);
  return trimmed !== "" && Number.isFinite(n) ? n : VALUE;
}

function finite(n: number): number | FormulaError {
  return Number.isFinite(n) ? n : NUM;
}

/** Every cell of a range, within what the sheet holds. */
function rangeValues(node: Extract<Node, { kind: "range" }>, cells: CellSource): FormulaValue[] {
  const { rows, cols } = cells.extent();
  const out: FormulaValue[] = [];
  for (let r = node.top; r <= Math.min(node.bottom, rows - 1); r++) {
    for (let c = node.left; c <= Math.min(node.right, cols - 1); c++) out.push(cells.value(r, c));
  }
  return out;
}

/** Numbers an aggregate counts: from ranges and references only numbers; typed arguments are coerced. */
function numbersOf(args: Array<Node | null>, cells: CellSource): number[] | FormulaError {
  const out: number[] = [];
  for (const arg of args) {
    if (arg === null) {
      out.push(0);
      continue;
    }
    if (arg.kind === "range" || arg.kind === "ref") {
      const values = arg.kind === "range" ? rangeValues(arg, cells) : [cells.value(arg.row, arg.col)];
      for (const v of values) {
        if (isError(v)) return v;
        if (typeof v === "number") out.push(v);
      }
      continue;
    }
    const n = toNumber(evaluate(arg, cells));
    if (isError(n)) return n;
    out.push(n);
  }
  return out;
}

/** Excel's ROUND family: on the decimal digits (1,005 → 1,01), half away from zero. */
function roundTo(x: number, digits: number, mode: "round" | "up" | "down"): number {
  const places = Math.trunc(digits);
  const sign = Math.sign(x);
  const scaled = places >= 0 ? Math.abs(x) * 10 ** places : Math.abs(x) / 10 ** -places;
  // Dust below 15 significant digits is binary noise, not a digit the person typed.
  const clean = Number(scaled.toPrecision(15));
  const whole = mode === "round" ? Math.round(clean) : mode === "up" ? Math.ceil(clean) : Math.floor(clean);
  const back = places >= 0 ? whole / 10 ** places : whole * 10 ** -places;
  return sign * back;
}

function truthy(v: FormulaValue): boolean | FormulaError {
  if (isError(v)) return v;
  if (v === null) return false;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  const upper = v.trim().toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return upper === "TRUE";
  return VALUE;
}

/** Values an argument stands for: every cell of a range or a reference, else its one value. */
function argValues(arg: Node, cells: CellSource): { values: FormulaValue[]; fromCells: boolean } {
  if (arg.kind === "range") return { values: rangeValues(arg, cells), fromCells: true };
  if (arg.kind === "ref") return { values: [cells.value(arg.row, arg.col)], fromCells: true };
  return { values: [evaluate(arg, cells)], fromCells: false };
}

/** AND / OR: logicals and numbers count; text and empty cells in a range are skipped. */
function logical(args: Array<Node | null>, cells: CellSource, all: boolean): FormulaValue {
  const seen: boolean[] = [];
  for (const arg of args) {
    if (arg === null) continue;
    const { values, fromCells } = argValues(arg, cells);
    for (const v of values) {
      if (isError(v)) return v;
      if (v === null || (fromCells && typeof v === "string")) continue;
      const t = truthy(v);
      if (isError(t)) return t;
      seen.push(t);
    }
  }
  if (seen.length === 0) return VALUE;
  return all ? seen.every(Boolean) : seen.some(Boolean);
}

/** COUNT: numbers in ranges and references; a typed argument counts when it reads as a number. */
function count(args: Array<Node | null>, cells: CellSource): number {
  let n = 0;
  for (const arg of args) {
    if (arg === null) continue;
    const { values, fromCells } = argValues(arg, cells);
    for (const v of values) if (typeof v === "number" || (!fromCells && !isError(v) && v !== null && !isError(toNumber(v)))) n++;
  }
  return n;
}

function call(node: Extract<Node, { kind: "call" }>, cells: CellSource): FormulaValue {
  const { args } = node;
  switch (node.name) {
    case "AND":
    case "OR":
      return logical(args, cells, node.name === "AND");
    case "ISNUMBER": {
      if (args.length !== 1 || args[0] === null) return VALUE;
      const { values, fromCells } = argValues(args[0], cells);
      return !fromCells || values.length === 1 ? typeof values[0] === "number" : VALUE;
    }
    case "MAX":
    case "MIN": {
      const ns = numbersOf(args, cells);
      if (isError(ns)) return ns;
      if (ns.length === 0) return 0;
      return ns.reduce((a, b) => (node.name === "MAX" ? Math.max(a, b) : Math.min(a, b)));
    }
    case "COUNT":
      return count(args, cells);
    case "SUM": {
      const ns = numbersOf(args, cells);
      return isError(ns) ? ns : finite(ns.reduce((a, b) => a + b, 0));
    }
    case "AVERAGE": {
      const ns = numbersOf(args, cells);
      if (isError(ns)) return ns;
      return ns.length === 0 ? DIV0 : finite(ns.reduce((a, b) => a + b, 0) / ns.length);
    }
    case "ROUND":
    case "ROUNDUP":
    case "ROUNDDOWN": {
      if (args.length < 1 || args.length > 2 || args[0] === null) return VALUE;
      const x = toNumber(evaluate(args[0], cells));
      const digits = args[1] ? toNumber(evaluate(args[1], cells)) : 0;
      if (isError(x)) return x;
      if (isError(digits)) return digits;
      return roundTo(x, digits, node.name === "ROUND" ? "round" : node.name === "ROUNDUP" ? "up" : "down");
    }
    case "IF": {
      if (args.length < 1 || args.length > 3) return VALUE;
      const condition = truthy(args[0] ? evaluate(args[0], cells) : null);
      if (isError(condition)) return condition;
      const branch = condition ? args[1] : args[2];
      // IF(x, a) with x false is FALSE; an argument left empty (IF(x,,b)) is 0.
      if (branch === undefined) return condition ? 0 : false;
      return branch === null ? 0 : evaluate(branch, cells);
    }
  }
}

/** Excel orders mixed types as numbers < text < logicals; text compares without case. */
function compare(a: FormulaValue, b: FormulaValue): number {
  const rank = (v: FormulaValue): number => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  // An empty cell is 0 against a number, "" against text, FALSE against a logical.
  const norm = (v: FormulaValue, other: FormulaValue): FormulaValue =>
    v !== null ? v : typeof other === "string" ? "" : typeof other === "boolean" ? false : 0;
  const x = norm(a, b);
  const y = norm(b, a);
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === "string" && typeof y === "string") {
    const [p, q] = [x.toLowerCase(), y.toLowerCase()];
    return p < q ? -1 : p > q ? 1 : 0;
  }
  return Number(x) - Number(y);
}

function binary(op: BinaryOp, left: FormulaValue, right: FormulaValue): FormulaValue {
  if (isError(left)) return left;
  if (isError(right)) return right;
  if (op === "&") return `${left === null ? "" : typeof left === "boolean" ? String(left).toUpperCase() : left}${right === null ? "" : typeof right === "boolean" ? String(right).toUpperCase() : right}`;
  if (op === "=" || op === "<>" || op === "<" || op === ">" || op === "<=" || op === ">=") {
    const c = compare(left, right);
    return { "=": c === 0, "<>": c !== 0, "<": c < 0, ">": c > 0, "<=": c <= 0, ">=": c >= 0 }[op];
  }
  const a = toNumber(left);
  const b = toNumber(right);
  if (isError(a)) return a;
  if (isError(b)) return b;
  switch (op) {
    case "+":
      return finite(a + b);
    case "-":
      return finite(a - b);
    case "*":
      return finite(a * b);
    case "/":
      return b === 0 ? DIV0 : finite(a / b);
    case "^":
      return finite(a ** b);
  }
}

/** The value of a formula tree over the sheet's cells. */
export function evaluate(node: Node, cells: CellSource): FormulaValue {
  switch (node.kind) {
    case "number":
    case "string":
    case "bool":
      return node.value;
    case "error":
      return err(node.code);
    case "ref":
      return cells.value(node.row, node.col);
    case "range":
      // A range where one value is wanted (`=K6:K9+1`): Excel's implicit intersection, not computed here.
      return VALUE;
    case "negate": {
      const n = toNumber(evaluate(node.arg, cells));
      return isError(n) ? n : -n;
    }
    case "percent": {
      const n = toNumber(evaluate(node.arg, cells));
      return isError(n) ? n : n / 100;
    }
    case "binary":
      return binary(node.op, evaluate(node.left, cells), evaluate(node.right, cells));
    case "call":
      return call(node, cells);
  }
}
