/**
 * Which budget mismatch is the cause and which only follows from it.
 *
 * One wrong cell shows up in several sums: a sub kegiatan's TW III typed 1.000.000 too high makes
 * its own row disagree with its annual anggaran, and, depending on whether the rows above were
 * typed or are formulas, its kegiatan's TW III sum, the kegiatan's own row, the program's and the
 * total's. The person should fix one cell, so we report that cell as the error and link every
 * mismatch it fully explains (same amount, same column) to it through `derivedFrom`.
 *
 * The arithmetic behind it: for a parent P with children C,
 *   rowResidual(P) = sumResidual(P, annual) − Σ_p sumResidual(P, p) + Σ_c rowResidual(c)
 * so a parent whose columns agree with its children's has exactly the row residual its children
 * have: that residual is derived. A root that shows in exactly one column of the sum above it
 * (with the matching amount) is pinned to that column's cell, and the sums above it that differ by
 * that amount are derived from that cell. Anything not fully explained stays a root (an error).
 *
 * Derived findings are warnings, not errors: the cell they sit on may well be right (a kegiatan
 * typed correctly above a wrong sub kegiatan), and "no error on a correct row" is the rule. The
 * UI folds them under their root.
 */
import { MONTHS, QUARTERS, toA1, type Finding, type Period } from "../../model";
import type { RuleContext } from "../context";
import { labelOf } from "./cells";
import { columnHeader } from "./column-names";
import { finding } from "./finding";
import {
  BUDGET_FAMILIES,
  budgetCellOf,
  buildLedger,
  periodSumOf,
  sameAmount,
  type BudgetColumn,
  type BudgetLine,
  type Ledger,
  type SumCheck,
} from "./budget-ledger";

/** A cell we believe is wrong. `column` is undefined while we cannot tell which cell of the row. */
interface Root {
  line: BudgetLine;
  column?: BudgetColumn;
}

type Outcome = { kind: "root"; root: Root } | { kind: "derived"; roots: Set<Root> };

interface RowOutcome {
  line: BudgetLine;
  residual: number;
  outcome: Outcome;
}

interface SumOutcome {
  check: SumCheck;
  column: BudgetColumn;
  residual: number;
  outcome: Outcome;
}

/** How far a cell is believed to be off, per root that makes it so. */
type Deviation = Map<Root, number>;

export interface BudgetFindings {
  BUDGET_PERIOD_SUM: Finding[];
  BUDGET_CHILD_SUM: Finding[];
  BUDGET_TOTAL_SUM: Finding[];
}

// The loops over a sum's residuals and a cell's deviations use forEach: a for…of over a Map makes
// a [key, value] pair per step, and these run for every sum check of a ten-thousand-row sheet.

function total(dev: Deviation | undefined): number {
  let sum = 0;
  dev?.forEach((amount) => (sum += amount));
  return sum;
}

function merge(...devs: Array<Deviation | undefined>): Deviation {
  const out: Deviation = new Map();
  for (const dev of devs) dev?.forEach((amount, root) => out.set(root, (out.get(root) ?? 0) + amount));
  return out;
}

/** The members' deviations in a column added up, or undefined when none of them has one. */
function membersDeviation(devs: ReadonlyMap<number, Deviation>, members: readonly BudgetLine[], column: BudgetColumn): Deviation | undefined {
  let out: Deviation | undefined;
  for (const m of members) {
    const dev = devs.get(devKey(m, column));
    if (dev === undefined || dev.size === 0) continue;
    const into = (out ??= new Map());
    dev.forEach((amount, root) => into.set(root, (into.get(root) ?? 0) + amount));
  }
  return out;
}

function rootsOf(ledger: Ledger, dev: Deviation): Set<Root> {
  return new Set([...dev].filter(([, amount]) => !sameAmount(amount, 0, ledger.tolerance)).map(([root]) => root));
}

/** Members before the sums they add up, so explanations travel upwards. */
function heightOrder(ledger: Ledger): BudgetLine[] {
  const lines = ledger.lines.values();
  // By item index (the lines are in item order, so the last one has the highest).
  const end = lines.length > 0 ? lines[lines.length - 1].item.index + 1 : 0;
  const heights = new Int32Array(end).fill(-1);
  // One mark for every walk: a line already walked has its height, so only a cycle meets it again.
  const seen = new Uint8Array(end);
  const heightOf = (line: BudgetLine): number => {
    const i = line.item.index;
    if (heights[i] >= 0) return heights[i];
    const check = ledger.sumOf.get(i);
    let h = 0;
    if (check && seen[i] === 0) {
      seen[i] = 1;
      for (const m of check.members) h = Math.max(h, heightOf(m) + 1);
    }
    heights[i] = h;
    return h;
  };
  // By height, then by item: each height's list is filled in item order (no comparison sort).
  const byHeight: BudgetLine[][] = [];
  for (const line of lines) (byHeight[heightOf(line)] ??= []).push(line);
  return byHeight.flatMap((level) => level ?? []);
}

function isMismatch(ledger: Ledger, residual: number | undefined): residual is number {
  return residual !== undefined && !sameAmount(residual, 0, ledger.tolerance);
}

/** Row residuals, bottom-up: a parent's is derived when its children's flagged rows add up to it. */
function classifyRows(ledger: Ledger, order: BudgetLine[]): Map<number, RowOutcome> {
  const rows = new Map<number, RowOutcome>();
  for (const line of order) {
    const residual = line.periodResidual;
    if (!isMismatch(ledger, residual)) continue;
    const contributors = (ledger.sumOf.get(line.item.index)?.members ?? [])
      .map((m) => rows.get(m.item.index))
      .filter((r): r is RowOutcome => r !== undefined);
    const explained = contributors.reduce((sum, r) => sum + r.residual, 0);
    if (contributors.length > 0 && sameAmount(explained, residual, ledger.tolerance)) {
      const roots = new Set<Root>();
      for (const c of contributors) for (const root of outcomeRoots(c.outcome)) roots.add(root);
      rows.set(line.item.index, { line, residual, outcome: { kind: "derived", roots } });
    } else {
      rows.set(line.item.index, { line, residual, outcome: { kind: "root", root: { line } } });
    }
  }
  return rows;
}

function outcomeRoots(outcome: Outcome): Set<Root> {
  return outcome.kind === "root" ? new Set([outcome.root]) : outcome.roots;
}

/**
 * The one column of a sum check whose residual matches a root with row residual `r`: a period
 * typed δ too high gives the row −δ and the parent's period −δ; an annual typed ε too high gives
 * the row +ε and the parent's annual −ε. `sign` flips both for a check where the line is the sum.
 */
function matchingColumn(ledger: Ledger, check: SumCheck, r: number, sign: 1 | -1): BudgetColumn | undefined {
  let matches = 0;
  let match: BudgetColumn | undefined;
  check.residuals.forEach((res, column) => {
    if (!isMismatch(ledger, res) || !sameAmount(res, column === "annual" ? -sign * r : sign * r, ledger.tolerance)) return;
    matches++;
    match = column;
  });
  return matches === 1 ? match : undefined;
}

function hasAnyMismatch(ledger: Ledger, check: SumCheck): boolean {
  return mismatchedColumns(ledger, check).count > 0;
}

/** How many columns of a sum check are off, and the last of them. */
function mismatchedColumns(ledger: Ledger, check: SumCheck): { count: number; column?: BudgetColumn; residual: number } {
  const out: { count: number; column?: BudgetColumn; residual: number } = { count: 0, residual: 0 };
  check.residuals.forEach((residual, column) => {
    if (!isMismatch(ledger, residual)) return;
    out.count++;
    out.column = column;
    out.residual = residual;
  });
  return out;
}

/** Pins row roots to one cell where the sums around them say which one. */
function localizeRoots(ledger: Ledger, rows: Map<number, RowOutcome>, devs: Map<number, Deviation>): void {
  rows.forEach((row) => {
    if (row.outcome.kind !== "root") return;
    const r = row.residual;
    let column: BudgetColumn | undefined;
    // Its own children agree with every cell but one: that one is wrong.
    const own = ledger.sumOf.get(row.line.item.index);
    if (own) {
      const match = matchingColumn(ledger, own, r, -1);
      if (match !== undefined && mismatchedColumns(ledger, own).count === 1) column = match;
    }
    // Or the sum above it (through parents that merely carried the error up) misses that amount in one column.
    let cur: BudgetLine = row.line;
    while (column === undefined) {
      const check = ledger.memberOf.get(cur.item.index);
      if (!check) break;
      column = matchingColumn(ledger, check, r, 1);
      if (column !== undefined || hasAnyMismatch(ledger, check)) break;
      const above = rows.get(check.sum.item.index);
      if (!above || !sameAmount(above.residual, r, ledger.tolerance)) break;
      cur = check.sum;
    }
    if (column !== undefined) pin(row, column, devs);
  });
  // Several children wrong in the same column: together they make the parent's one gap.
  for (const check of ledger.checks) {
    const gaps = mismatchedColumns(ledger, check);
    if (gaps.count !== 1 || gaps.column === undefined) continue;
    const { column, residual: res } = gaps;
    const unpinned = check.members
      .map((m) => rows.get(m.item.index))
      .filter((r): r is RowOutcome => r !== undefined && r.outcome.kind === "root" && r.outcome.root.column === undefined);
    if (unpinned.length < 2) continue;
    const together = unpinned.reduce((sum, r) => sum + r.residual, 0);
    if (sameAmount(res, column === "annual" ? -together : together, ledger.tolerance)) for (const r of unpinned) pin(r, column, devs);
  }
}

function pin(row: RowOutcome, column: BudgetColumn, devs: Map<number, Deviation>): void {
  if (row.outcome.kind !== "root") return;
  const root = row.outcome.root;
  root.column = column;
  const key = devKey(row.line, column);
  devs.set(key, merge(devs.get(key), new Map([[root, column === "annual" ? row.residual : -row.residual]])));
}

/** An item's cell in a column, as one number (not a string built per item, column and member). */
function devKey(line: BudgetLine, column: BudgetColumn): number {
  let slot = columnSlots.get(column);
  if (slot === undefined) columnSlots.set(column, (slot = columnSlots.size));
  return line.item.index * COLUMN_SLOTS + slot;
}

/** Columns get slots in the order first seen: "annual", 4 quarters, 12 months, a Renstra's years. */
const columnSlots = new Map<BudgetColumn, number>();
const COLUMN_SLOTS = 1 << 20;

/** Sum checks, bottom-up, carrying each cell's believed deviation to the sums above it. */
function classifySums(ledger: Ledger, order: BudgetLine[], devs: Map<number, Deviation>): SumOutcome[] {
  const outcomes: SumOutcome[] = [];
  const same = (a: number, b: number): boolean => sameAmount(a, b, ledger.tolerance);
  for (const line of order) {
    const check = ledger.sumOf.get(line.item.index);
    if (!check) continue;
    check.residuals.forEach((residual, column) => {
      const key = devKey(line, column);
      const ownDev = devs.get(key);
      const memberDev = membersDeviation(devs, check.members, column);
      const O = total(ownDev);
      const S = total(memberDev);
      if (!isMismatch(ledger, residual)) {
        // The sum agrees with its members: it carries their errors up (a formula, or copied). No
        // deviation is kept as none (most sums, with nothing to carry).
        if (ownDev !== undefined || memberDev !== undefined) devs.set(key, merge(ownDev, memberDev));
        return;
      }
      let outcome: Outcome;
      if (!(same(O, 0) && same(S, 0)) && same(residual, O - S)) {
        // The sum is right (apart from its own pinned error) and the members' errors make the gap.
        outcome = { kind: "derived", roots: rootsOf(ledger, merge(ownDev, memberDev)) };
        devs.set(key, merge(ownDev));
      } else if (!same(O, 0) && same(residual, O)) {
        // The sum's own pinned error is the whole gap; the members' errors were carried up.
        outcome = { kind: "derived", roots: rootsOf(ledger, merge(ownDev)) };
        devs.set(key, merge(ownDev, memberDev));
      } else {
        const root: Root = { line, column };
        outcome = { kind: "root", root };
        // A deviation pinned from the sum above is the better evidence for what this cell carries up.
        devs.set(key, same(O, 0) ? merge(memberDev, new Map([[root, residual]])) : merge(ownDev));
      }
      outcomes.push({ check, column, residual, outcome });
    });
  }
  return outcomes;
}

/** How messages name the periods: `TW I–IV`, `Januari–Desember`, or first–last (years). */
function periodParams(periods: readonly Period[]): Record<string, string> {
  const within = (family: readonly string[]): boolean => periods.every((p) => family.includes(p));
  if (within(QUARTERS)) return { periods: "quarterly" };
  if (within(MONTHS)) return { periods: "monthly" };
  return { periods: "range", firstPeriod: periods[0] ?? "", lastPeriod: periods[periods.length - 1] ?? "" };
}

function rootCell(ctx: RuleContext, ledger: Ledger, root: Root): { row: number; col: number } {
  return budgetCellOf(ctx, ledger, root.line, root.column ?? "annual");
}

function derivedFromOf(ctx: RuleContext, ledger: Ledger, roots: Set<Root>): string[] {
  const cells = new Map<string, { row: number; col: number; a1: string }>();
  for (const root of roots) {
    const pos = rootCell(ctx, ledger, root);
    const a1 = toA1(pos.row, pos.col);
    cells.set(a1, { ...pos, a1 });
  }
  return [...cells.values()].sort((a, b) => a.row - b.row || a.col - b.col).map((c) => c.a1);
}

function levelParam(line: BudgetLine): string {
  return line.item.kind === "total" ? "total" : (line.item.level ?? "");
}

/** What every budget message says about the column family, and `cumulative` when the periods are "s.d.". */
function familyParams(ledger: Ledger): Record<string, string | number> {
  if (!ledger.cumulative) return { family: ledger.family };
  return { family: ledger.family, cumulative: 1, lastPeriod: ledger.periods[ledger.periods.length - 1] ?? "" };
}

function rowFinding(ctx: RuleContext, ledger: Ledger, row: RowOutcome): Finding {
  const { line, residual, outcome } = row;
  const annual = line.amounts.get("annual") ?? 0;
  const periodSum = periodSumOf(line, ledger);
  const params = { label: labelOf(line.item), level: levelParam(line), ...periodParams(ledger.periods), annual, periodSum, ...familyParams(ledger) };
  if (outcome.kind === "derived") {
    return finding({
      code: "BUDGET_PERIOD_SUM",
      severity: "warning",
      ...budgetCellOf(ctx, ledger, line, "annual"),
      expected: periodSum,
      actual: annual,
      difference: residual,
      derivedFrom: derivedFromOf(ctx, ledger, outcome.roots),
      params: { ...params, suspect: "" },
    });
  }
  const column = outcome.root.column;
  if (column !== undefined && column !== "annual") {
    // Pinned to one period: say what that cell should hold for the row to add up.
    const value = line.amounts.get(column) ?? 0;
    return finding({
      code: "BUDGET_PERIOD_SUM",
      severity: "error",
      ...budgetCellOf(ctx, ledger, line, column),
      expected: value + residual,
      actual: value,
      difference: -residual,
      params: { ...params, suspect: column },
    });
  }
  return finding({
    code: "BUDGET_PERIOD_SUM",
    severity: "error",
    ...budgetCellOf(ctx, ledger, line, "annual"),
    expected: periodSum,
    actual: annual,
    difference: residual,
    params: { ...params, suspect: column ?? "" },
  });
}

/** A cumulative amount lower than the period before: a warning on the lower cell. */
function decreaseFindings(ctx: RuleContext, ledger: Ledger, line: BudgetLine): Finding[] {
  return line.decreases.map(({ period, previous }) => {
    const actual = line.amounts.get(period) ?? 0;
    const before = line.amounts.get(previous) ?? 0;
    return finding({
      code: "BUDGET_PERIOD_SUM",
      severity: "warning",
      ...budgetCellOf(ctx, ledger, line, period),
      expected: before,
      actual,
      difference: actual - before,
      params: { label: labelOf(line.item), level: levelParam(line), ...familyParams(ledger), decrease: period, previousPeriod: previous },
    });
  });
}

function sumFinding(ctx: RuleContext, ledger: Ledger, s: SumOutcome): Finding {
  const { check, column, residual, outcome } = s;
  const actual = check.sum.amounts.get(column) ?? 0;
  const cell = budgetCellOf(ctx, ledger, check.sum, column);
  const header = columnHeader(ctx, cell.col);
  return finding({
    code: check.code,
    severity: outcome.kind === "root" ? "error" : "warning",
    ...cell,
    expected: actual - residual,
    actual,
    difference: residual,
    derivedFrom: outcome.kind === "derived" ? derivedFromOf(ctx, ledger, outcome.roots) : undefined,
    params: {
      label: labelOf(check.sum.item),
      level: levelParam(check.sum),
      column,
      members: check.members.length,
      memberLevel: check.members[0]?.item.level ?? "",
      ...familyParams(ledger),
      ...(header ? { header } : {}),
      ...(check.sum.blank ? { blank: 1 } : {}),
    },
  });
}

function byCell(a: Finding, b: Finding): number {
  return a.row - b.row || a.col - b.col;
}

/** One family's mismatches, roots as errors and what they explain as derived warnings. */
function reconcileFamily(ctx: RuleContext, ledger: Ledger, out: BudgetFindings): void {
  const order = heightOrder(ledger);
  const devs = new Map<number, Deviation>();
  const rows = classifyRows(ledger, order);
  localizeRoots(ledger, rows, devs);
  const sums = classifySums(ledger, order, devs);
  rows.forEach((row) => out.BUDGET_PERIOD_SUM.push(rowFinding(ctx, ledger, row)));
  for (const line of ledger.lines.values()) out.BUDGET_PERIOD_SUM.push(...decreaseFindings(ctx, ledger, line));
  for (const s of sums) out[s.check.code].push(sumFinding(ctx, ledger, s));
}

/** Every budget mismatch of the table, over every money family (anggaran, realisasi anggaran). */
export function reconcileBudget(ctx: RuleContext): BudgetFindings {
  const out: BudgetFindings = { BUDGET_PERIOD_SUM: [], BUDGET_CHILD_SUM: [], BUDGET_TOTAL_SUM: [] };
  for (const family of BUDGET_FAMILIES) {
    const ledger = buildLedger(ctx, family);
    if (ledger.lines.size > 0) reconcileFamily(ctx, ledger, out);
  }
  for (const list of Object.values(out)) list.sort(byCell);
  return out;
}

const cache = new WeakMap<object, BudgetFindings>();

/** The reconciliation is shared by three rules; compute it once per table. */
export function budgetFindings(ctx: RuleContext): BudgetFindings {
  let result = cache.get(ctx.table);
  if (!result) {
    result = reconcileBudget(ctx);
    cache.set(ctx.table, result);
  }
  return result;
}
