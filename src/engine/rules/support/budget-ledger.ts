/**
 * The budget as a ledger: every item with an anggaran, its amounts per column (annual and each
 * period), and the sums the sheet promises (a row's periods, a parent's children, a total's
 * programs) with how far each is off. Pure arithmetic; deciding what is a root cause lives in
 * budget-reconcile.ts.
 */
import type { CellRef, Item, Period } from "../../model";
import type { RuleContext } from "../context";
import { periodRole, periodsFor, positionOf } from "./cells";

export type BudgetColumn = "annual" | Period;

/** Differences smaller than half a rupiah are rounding noise, not a mismatch ("to the rupiah"). */
export const RUPIAH_TOLERANCE = 0.5;

export function sameAmount(a: number, b: number): boolean {
  return Math.abs(a - b) < RUPIAH_TOLERANCE;
}

export interface BudgetLine {
  item: Item;
  /** Amount per column; empty cells, dashes and missing cells are 0, as budget sums count them. */
  amounts: Map<BudgetColumn, number>;
  /** Columns holding something that is not an amount (INVALID_NUMBER reports those). */
  unreadable: Set<BudgetColumn>;
  /** The annual anggaran is a number the person typed (not empty). */
  annualStated: boolean;
  /** At least one period holds a non-zero amount: the row is split by period. */
  split: boolean;
  /** annual − Σ periods, when the row is split and everything is readable. */
  periodResidual?: number;
}

export interface SumCheck {
  code: "BUDGET_CHILD_SUM" | "BUDGET_TOTAL_SUM";
  sum: BudgetLine;
  members: BudgetLine[];
  /** Per checked column: the sum item's amount − Σ members' amounts (0 when it adds up). */
  residuals: Map<BudgetColumn, number>;
}

export interface Ledger {
  periods: readonly Period[];
  columns: BudgetColumn[];
  lines: Map<number, BudgetLine>;
  checks: SumCheck[];
  /** The check in which an item is a member (its parent's, or the total's for a program). */
  memberOf: Map<number, SumCheck>;
  /** The check in which an item is the sum (as parent or as total). */
  sumOf: Map<number, SumCheck>;
}

function amountOf(cell: CellRef | undefined): number | "unreadable" {
  if (!cell) return 0;
  switch (cell.value.kind) {
    case "empty":
      return 0;
    case "number":
      return cell.value.value;
    default:
      return "unreadable";
  }
}

function readLine(item: Item, periods: readonly Period[]): BudgetLine {
  const amounts = new Map<BudgetColumn, number>();
  const unreadable = new Set<BudgetColumn>();
  const read = (column: BudgetColumn, cell: CellRef | undefined): void => {
    const amount = amountOf(cell);
    if (amount === "unreadable") unreadable.add(column);
    else amounts.set(column, amount);
  };
  read("annual", item.cells.anggaran);
  for (const p of periods) read(p, item.cells[periodRole("anggaran", p)]);
  const split = periods.some((p) => (amounts.get(p) ?? 0) !== 0);
  const annualStated = item.cells.anggaran?.value.kind === "number";
  const line: BudgetLine = { item, amounts, unreadable, annualStated, split };
  if (split && annualStated && unreadable.size === 0) {
    const periodSum = periods.reduce((sum, p) => sum + (amounts.get(p) ?? 0), 0);
    line.periodResidual = (amounts.get("annual") ?? 0) - periodSum;
  }
  return line;
}

export function periodSumOf(line: BudgetLine, periods: readonly Period[]): number {
  return periods.reduce((sum, p) => sum + (line.amounts.get(p) ?? 0), 0);
}

/** Residuals of one promised sum, over the columns that can be checked. */
function residualsOf(sum: BudgetLine, members: BudgetLine[], periods: readonly Period[]): Map<BudgetColumn, number> {
  const residuals = new Map<BudgetColumn, number>();
  const check = (column: BudgetColumn): void => {
    if (sum.unreadable.has(column) || members.some((m) => m.unreadable.has(column))) return;
    const total = members.reduce((acc, m) => acc + (m.amounts.get(column) ?? 0), 0);
    residuals.set(column, (sum.amounts.get(column) ?? 0) - total);
  };
  if (sum.annualStated) check("annual");
  // Periods are compared only when both sides split by period: a program that shows only its
  // annual pagu above split kegiatan (or the reverse) is a layout choice, not a wrong sum.
  const membersSplit = members.every((m) => m.split || (m.amounts.get("annual") ?? 0) === 0);
  if (sum.split && membersSplit && members.some((m) => m.split)) periods.forEach(check);
  return residuals;
}

function mismatches(residuals: Map<BudgetColumn, number>): number {
  let n = 0;
  for (const r of residuals.values()) if (!sameAmount(r, 0)) n++;
  return n;
}

/**
 * The members a total adds up: the programs since the previous total. A grand total may instead
 * add every program of the table, the subtotals, or the lowest rows; we read it that way only when
 * the usual reading misses the annual figure and another one hits it (a single wrong quarter is a
 * mismatch to report, not a sign of another reading).
 */
function totalMembers(total: BudgetLine, ordered: BudgetLine[], lines: Map<number, BudgetLine>, periods: readonly Period[]): BudgetLine[] {
  const before = ordered.filter((l) => l.item.index < total.item.index);
  const previousTotal = [...before].reverse().find((l) => l.item.kind === "total");
  const sinceLast = before.filter((l) => !previousTotal || l.item.index > previousTotal.item.index);
  const isTop = (l: BudgetLine): boolean => l.item.kind === "row" && (l.item.budgetParent === undefined || !lines.has(l.item.budgetParent));
  const isLeaf = (l: BudgetLine): boolean => l.item.kind === "row" && !l.item.budgetChildren.some((c) => lines.has(c));
  const usual = sinceLast.filter(isTop);
  const annualMatches = (members: BudgetLine[]): boolean => {
    const r = residualsOf(total, members, periods).get("annual");
    return r !== undefined && sameAmount(r, 0);
  };
  if (usual.length > 0 && (annualMatches(usual) || !total.annualStated)) return usual;
  const others = [before.filter(isTop), before.filter((l) => l.item.kind === "total"), sinceLast.filter(isLeaf)]
    .filter((members) => members.length > 0 && annualMatches(members))
    .sort((a, b) => mismatches(residualsOf(total, a, periods)) - mismatches(residualsOf(total, b, periods)));
  return others[0] ?? usual;
}

/** Reads every budget line of the table and the sums it promises. */
export function buildLedger(ctx: RuleContext): Ledger {
  const periods = periodsFor(ctx, "anggaran");
  const lines = new Map<number, BudgetLine>();
  for (const item of ctx.table.items) {
    if (item.cells.anggaran !== undefined) lines.set(item.index, readLine(item, periods));
  }
  const ordered = [...lines.values()].sort((a, b) => a.item.index - b.item.index);
  const checks: SumCheck[] = [];
  const memberOf = new Map<number, SumCheck>();
  const sumOf = new Map<number, SumCheck>();
  const add = (check: SumCheck): void => {
    checks.push(check);
    sumOf.set(check.sum.item.index, check);
    for (const m of check.members) if (!memberOf.has(m.item.index)) memberOf.set(m.item.index, check);
  };
  for (const line of ordered) {
    if (line.item.kind === "total") continue;
    const members = line.item.budgetChildren.map((i) => lines.get(i)).filter((l): l is BudgetLine => l !== undefined);
    if (members.length === 0) continue;
    add({ code: "BUDGET_CHILD_SUM", sum: line, members, residuals: residualsOf(line, members, periods) });
  }
  for (const line of ordered) {
    if (line.item.kind !== "total") continue;
    const members = totalMembers(line, ordered, lines, periods);
    if (members.length === 0) continue;
    add({ code: "BUDGET_TOTAL_SUM", sum: line, members, residuals: residualsOf(line, members, periods) });
  }
  return { periods, columns: ["annual", ...periods], lines, checks, memberOf, sumOf };
}

/** The position of a line's cell for a column (annual anggaran or a period's). */
export function budgetCellOf(ctx: RuleContext, line: BudgetLine, column: BudgetColumn): { row: number; col: number } {
  const role = column === "annual" ? "anggaran" : periodRole("anggaran", column);
  const pos = positionOf(ctx, line.item, role) ?? positionOf(ctx, line.item, "anggaran");
  // Every line has an anggaran cell (that is what makes it a line), so this never falls through.
  return pos ?? { row: line.item.firstRow, col: 0 };
}
