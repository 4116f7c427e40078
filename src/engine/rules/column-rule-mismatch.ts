import { isBudgetRole, toA1, type Finding, type Grid, type ParsedValue, type TableLayout } from "../model";
import { textOf } from "../layout/grid-reading";
import { parseColumn } from "../numbers";
import type { RuleContext } from "./context";
import type { Rule } from "./rule";
import { labelOf } from "./support/cells";
import { columnNumberOf } from "../layout/column-numbers";
import { evaluate, isPercentFormula, operandsOf, parseColumnFormula, type ColumnFormula } from "./support/column-formulas";
import { finding } from "./support/finding";
import { shownUnit } from "./support/precision";

type NumberValue = Extract<ParsedValue, { kind: "number" }>;

/** The row of column numbers that states formulas, with each number's columns (a merged number covers K and Rp). */
interface FormulaRow {
  row: number;
  formulas: ColumnFormula[];
  columnsOf: Map<number, number[]>;
}

function cellText(grid: Grid, row: number, col: number): string {
  return textOf(grid.rows[row]?.[col]).trim();
}

function readFormulaRow(grid: Grid, row: number): FormulaRow | undefined {
  const formulas: ColumnFormula[] = [];
  const columnsOf = new Map<number, number[]>();
  const line = grid.rows[row] ?? [];
  for (let col = 0; col < line.length; col++) {
    const text = cellText(grid, row, col);
    const n = text ? columnNumberOf(text) : undefined;
    if (n === undefined || columnsOf.has(n)) continue;
    const merge = grid.merges.find((m) => m.top <= row && row <= m.bottom && m.left === col);
    const right = merge ? merge.right : col;
    columnsOf.set(n, Array.from({ length: right - col + 1 }, (_, i) => col + i));
    const formula = parseColumnFormula(text);
    if (formula) formulas.push(formula);
  }
  return formulas.length > 0 && columnsOf.size >= 3 ? { row, formulas, columnsOf } : undefined;
}

/**
 * The column-number row of the table, read from the grid: the one the layout found, else a row of
 * the header block or just under it whose cells are numbers and formulas (a layout that did not
 * take `13 = 9 + 10` for a column number).
 */
function findFormulaRow(ctx: RuleContext): FormulaRow | undefined {
  const { layout } = ctx.table;
  if (layout.columnNumberRow !== undefined) return readFormulaRow(ctx.grid, layout.columnNumberRow);
  for (let r = layout.headerTop; r <= Math.min(layout.firstDataRow + 1, layout.lastDataRow); r++) {
    const found = readFormulaRow(ctx.grid, r);
    if (found) return found;
  }
  return undefined;
}

/** A unit label over a sub column ("K", "Rp.", "%"), to pair sub columns of numbers whose widths differ. */
function unitLabel(grid: Grid, row: number, col: number): string {
  return cellText(grid, row - 1, col).toLowerCase().replace(/[^a-z%]/g, "");
}

/** The operand column that goes with the target's i-th sub column: same position, same unit label, or the only one. */
function pairedColumn(grid: Grid, fr: FormulaRow, target: number[], i: number, operand: number[]): number | undefined {
  if (operand.length === target.length) return operand[i];
  const label = unitLabel(grid, fr.row, target[i]);
  const same = label ? operand.filter((c) => unitLabel(grid, fr.row, c) === label) : [];
  if (same.length === 1) return same[0];
  return operand.length === 1 ? operand[0] : undefined;
}

/** Data rows under the formula row, without the header repeated at page breaks. */
function dataRows(layout: TableLayout, formulaRow: number): number[] {
  const skip = new Set([...layout.repeatedHeaderRows, formulaRow]);
  const rows: number[] = [];
  for (let r = Math.max(layout.firstDataRow, formulaRow + 1); r <= layout.lastDataRow; r++) if (!skip.has(r)) rows.push(r);
  return rows;
}

/** Every column's cells over the data rows, read as the number reader reads a column. */
function columnReader(ctx: RuleContext, rows: number[]): (col: number, row: number) => ParsedValue | undefined {
  const cache = new Map<number, Map<number, ParsedValue>>();
  return (col, row) => {
    let values = cache.get(col);
    if (!values) {
      const present = rows.filter((r) => ctx.grid.rows[r]?.[col]);
      const parsed = parseColumn(
        present.map((r) => ctx.grid.rows[r]?.[col] ?? null),
        { scale: ctx.table.layout.scale?.[col] },
      );
      values = new Map(present.map((r, i) => [r, parsed[i]]));
      cache.set(col, values);
    }
    return values.get(row);
  };
}

function isMoneyColumn(layout: TableLayout, col: number): boolean {
  const role = layout.headers.find((h) => h.col === col)?.role;
  return role !== undefined && isBudgetRole(role);
}

/** Only sums and differences of columns (`13 = 9 + 10 + 11 + 12`, `14 = 7 + 13`). */
function isAdditive(expr: ColumnFormula["expr"]): boolean {
  if (expr.kind !== "op") return true;
  return (expr.op === "+" || expr.op === "-") && isAdditive(expr.left) && isAdditive(expr.right);
}

/** Whether the formula is a ratio somewhere (a division), as `14 / 6` is. */
function dividesBy(expr: ColumnFormula["expr"]): boolean {
  return expr.kind === "op" && (expr.op === "/" || dividesBy(expr.left) || dividesBy(expr.right));
}

/** A stated value equals the computed one rounded, or cut off, at the precision the cell shows. */
function agrees(stated: number, computed: number, unit: number): boolean {
  const diff = Math.abs(stated - computed);
  const slack = 1e-9 * Math.max(1, Math.abs(computed));
  if (diff <= unit / 2 + slack) return true;
  return diff < unit && Math.abs(stated) <= Math.abs(computed);
}

function labelAt(ctx: RuleContext, row: number): string {
  const item = ctx.table.items.find((i) => i.firstRow <= row && row <= i.lastRow);
  return item ? labelOf(item) : "";
}

/**
 * The formula on one row, per sub column of its target. `assumed` replaces a cell's value (the
 * value another formula says it should hold) to tell a cell that only follows a wrong one.
 */
function checkRow(ctx: RuleContext, fr: FormulaRow, formula: ColumnFormula, row: number, read: ReturnType<typeof columnReader>, assumed = new Map<number, number>()): Finding[] {
  const target = fr.columnsOf.get(formula.target);
  const operands = operandsOf(formula.expr);
  if (!target || operands.some((n) => !fr.columnsOf.has(n))) return [];
  return target.flatMap((targetCol, i): Finding[] => {
    const cols = new Map<number, number>();
    for (const n of operands) {
      const col = pairedColumn(ctx.grid, fr, target, i, fr.columnsOf.get(n) as number[]);
      if (col === undefined) return [];
      cols.set(n, col);
    }
    const number = (col: number): NumberValue | undefined => {
      const v = read(col, row);
      return v?.kind === "number" ? v : undefined;
    };
    // An empty, dash or text cell (K columns holding words) leaves the formula unchecked on this row.
    const stated = number(targetCol);
    const values = new Map<number, number>();
    // In a sum of rupiah, a period not realised yet (empty, "-") adds nothing, as budget sums count it;
    // in a ratio, or in K columns (a dash may mean "not measured"), it leaves the row unchecked.
    const zeroWhenBlank = isAdditive(formula.expr) && isMoneyColumn(ctx.table.layout, targetCol);
    for (const [n, col] of cols) {
      const blank = zeroWhenBlank && (read(col, row) ?? { kind: "empty" }).kind === "empty";
      const v = assumed.get(col) ?? number(col)?.value ?? (blank ? 0 : undefined);
      if (v === undefined) return [];
      values.set(n, v);
    }
    if (!stated) return [];
    let computed = evaluate(formula.expr, (n) => values.get(n) ?? 0);
    if (computed === undefined || !Number.isFinite(computed)) return [];
    // `15 = 14 / 6` over a column shown as a percentage: the ratio is read in percent points. A sum of
    // percentages (`14 = 7 + 13` over K columns in %) is in percent points already.
    if (stated.percent && dividesBy(formula.expr) && !isPercentFormula(formula.expr)) computed *= 100;
    const unit = shownUnit(ctx.grid, row, targetCol, stated, ctx.table.layout.scale?.[targetCol]);
    if (agrees(stated.value, computed, unit)) return [];
    return [
      finding({
        code: "COLUMN_RULE_MISMATCH",
        severity: "error",
        row,
        col: targetCol,
        expected: computed,
        actual: stated.value,
        difference: stated.value - computed,
        params: {
          formula: formula.text,
          column: formula.target,
          cells: [...new Set(cols.values())].map((c) => toA1(row, c)).join(", "),
          percent: stated.percent || isPercentFormula(formula.expr) ? 1 : 0,
          label: labelAt(ctx, row),
        },
      }),
    ];
  });
}

/**
 * COLUMN_RULE_MISMATCH: a column-number row that states the form's formulas (Permendagri 86/2017:
 * `13 = 9 + 10 + 11 + 12`, `14 = 7 + 13`, `15 = 14 / 6 x 100`) is a promise about every row; each
 * row's stated column is checked against the value computed from the others, at the precision the
 * cell shows. Rows where a needed cell is empty, a dash or words are skipped, not reported.
 */
export const columnRuleMismatch: Rule = {
  code: "COLUMN_RULE_MISMATCH",
  run: (ctx) => {
    const fr = findFormulaRow(ctx);
    if (!fr) return [];
    const rows = dataRows(ctx.table.layout, fr.row);
    const read = columnReader(ctx, rows);
    return rows.flatMap((row) => {
      const found = fr.formulas.flatMap((formula) => checkRow(ctx, fr, formula, row, read).map((f) => ({ formula, f })));
      return found.map(({ formula, f }) => followsFrom(ctx, fr, row, read, formula, f, found.map((o) => o.f)));
    });
  },
};

/**
 * A cell that breaks its formula only because a cell it reads breaks another one (`14 = 7 + 13`
 * after a wrong 13) is a derived warning: with that cell as its own formula wants it, it agrees.
 */
function followsFrom(ctx: RuleContext, fr: FormulaRow, row: number, read: ReturnType<typeof columnReader>, formula: ColumnFormula, f: Finding, all: Finding[]): Finding {
  const operands = String(f.params.cells).split(", ");
  const roots = all.filter((g) => g !== f && operands.includes(g.cell) && g.expected !== undefined);
  if (roots.length === 0) return f;
  const assumed = new Map(roots.map((g) => [g.col, g.expected as number]));
  const still = checkRow(ctx, fr, formula, row, read, assumed).some((again) => again.col === f.col);
  return still ? f : { ...f, severity: "warning", derivedFrom: roots.map((g) => g.cell) };
}
