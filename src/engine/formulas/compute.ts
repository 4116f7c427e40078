/**
 * Formulas saved without their result (openpyxl, report generators) computed before analysis, so
 * a kegiatan's `=SUM(K8:K9)` is its amount and not an empty cell that makes its program and the
 * Jumlah look wrong. Only cells with no cached result are computed; every other cell keeps what
 * the spreadsheet stored. A cell the engine cannot compute keeps no value and says why
 * (`GridCell.uncalculated`), so the number reader reports it instead of reading it as empty.
 */
import { isUncalculated, toA1, type Grid, type GridCell, type Scalar, type UncalculatedReason } from "../model";
import { EMPTY_MARKERS } from "../numbers/words";
import { displayOf } from "./display";
import { evaluate, isError, type CellSource, type FormulaValue } from "./evaluate";
import { FormulaUnsupported, parseFormula } from "./parse";
import { FormulaSyntaxError } from "./tokens";

type Outcome = { value: Scalar } | { reason: UncalculatedReason };

/** Thrown through the evaluator when a referenced cell cannot be computed. */
class Unresolved extends Error {
  constructor(readonly reason: UncalculatedReason) {
    super(reason.kind);
  }
}

const ERROR_TEXT = /^#(?:DIV\/0!|N\/A|NAME\?|NULL!|NUM!|REF!|VALUE!|SPILL!|CALC!|GETTING_DATA)$/i;
const EMPTY_RESULTS = new Set(["", ...EMPTY_MARKERS]);

/** A stored value as the evaluator sees it: a cached `#DIV/0!` is an error, not text. */
function stored(value: Scalar): FormulaValue {
  if (typeof value === "string" && ERROR_TEXT.test(value.trim())) return { error: value.trim().toUpperCase() };
  return value === "" ? null : value;
}

/** The cell value of a result: numbers, logicals, errors as Excel shows them; text only when it means "no value". */
function toScalar(v: FormulaValue): Outcome {
  if (isError(v)) return { value: v.error };
  if (v === null) return { value: 0 };
  if (typeof v === "string") return EMPTY_RESULTS.has(v.trim()) ? { value: v } : { reason: { kind: "text-result" } };
  return { value: v };
}

class Computer implements CellSource {
  private readonly outcomes = new Map<string, Outcome>();
  private readonly stack: string[] = [];
  private readonly onStack = new Set<string>();
  private readonly inCycle = new Set<string>();
  private readonly size: { rows: number; cols: number };

  constructor(private readonly grid: Grid) {
    let cols = 0;
    for (const row of grid.rows) cols = Math.max(cols, row.length);
    this.size = { rows: grid.rows.length, cols };
  }

  extent(): { rows: number; cols: number } {
    return this.size;
  }

  value(row: number, col: number): FormulaValue {
    const cell = this.grid.rows[row]?.[col];
    if (!cell) return null;
    if (!isUncalculated(cell)) return stored(cell.value);
    const outcome = this.compute(row, col);
    if ("reason" in outcome) {
      throw new Unresolved(outcome.reason.kind === "cycle" && this.inCycle.has(this.current()) ? outcome.reason : { kind: "depends", cell: toA1(row, col) });
    }
    return stored(outcome.value);
  }

  private current(): string {
    return this.stack[this.stack.length - 1] ?? "";
  }

  /** The outcome of an uncached formula cell, computing what it refers to first. */
  compute(row: number, col: number): Outcome {
    const key = toA1(row, col);
    const known = this.outcomes.get(key);
    if (known) return known;
    if (this.onStack.has(key)) {
      // Every cell from the first visit of this one to here is part of the cycle.
      for (const k of this.stack.slice(this.stack.indexOf(key))) this.inCycle.add(k);
      throw new Unresolved({ kind: "cycle" });
    }
    const formula = this.grid.rows[row]?.[col]?.formula ?? "";
    this.stack.push(key);
    this.onStack.add(key);
    let outcome: Outcome;
    try {
      outcome = toScalar(evaluate(parseFormula(formula), this));
    } catch (e) {
      if (e instanceof FormulaUnsupported || e instanceof Unresolved) outcome = { reason: e.reason };
      else if (e instanceof FormulaSyntaxError) outcome = { reason: { kind: "syntax" } };
      else throw e;
    } finally {
      this.stack.pop();
      this.onStack.delete(key);
    }
    if (this.inCycle.has(key)) outcome = { reason: { kind: "cycle" } };
    this.outcomes.set(key, outcome);
    return outcome;
  }
}

/**
 * The grid with every formula that has no cached result computed (value, and the text its number
 * format shows), or marked `uncalculated` with the reason. Pure; returns the same grid when there
 * is nothing to compute (files saved by Excel or LibreOffice, and Office.js).
 */
export function computeFormulas(grid: Grid): Grid {
  const pending: Array<{ row: number; col: number }> = [];
  grid.rows.forEach((line, row) => line.forEach((cell, col) => isUncalculated(cell) && pending.push({ row, col })));
  if (pending.length === 0) return grid;
  const computer = new Computer(grid);
  const rows = grid.rows.map((line) => [...line]);
  // Row by row: sums over the rows above (running totals, a Jumlah) find them already computed,
  // which keeps the recursion as deep as the hierarchy, not as long as the sheet.
  for (const { row, col } of pending) {
    let outcome: Outcome;
    try {
      outcome = computer.compute(row, col);
    } catch (e) {
      // A cycle reaches here only through the first cell of it, whose outcome is recorded.
      if (!(e instanceof Unresolved)) throw e;
      outcome = { reason: e.reason };
    }
    const cell = rows[row][col] as GridCell;
    rows[row][col] = "reason" in outcome ? { ...cell, uncalculated: outcome.reason } : { ...cell, value: outcome.value, text: textOf(outcome.value, cell.format) };
  }
  return { ...grid, rows };
}

function textOf(value: Scalar, format: string | undefined): string {
  if (typeof value === "number") return displayOf(value, format);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value ?? "";
}
