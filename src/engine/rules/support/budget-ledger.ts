/**
 * The budget as ledgers, one per money family (anggaran, realisasi anggaran): every item with an
 * amount of that family, its amounts per column (annual and each period: triwulan, month or year),
 * and the sums the sheet promises (a row's periods, a parent's children, a total's programs) with
 * how far each is off. Pure arithmetic; deciding what is a root cause lives in budget-reconcile.ts.
 */
import { isFilled, isYear, type CellRef, type Item, type Level, type Period, type Role } from "../../model";
import type { RuleContext } from "../context";
import { periodRole, periodsFor, positionOf, tableHasRole, type PeriodPrefix } from "./cells";
import { shownUnit } from "./precision";

/** A money family: the annual role and its period roles (`realisasi_anggaran`, `realisasi_anggaran_tw2`…). */
export type BudgetFamily = Extract<PeriodPrefix, "anggaran" | "realisasi_anggaran">;

/** Every money family Cermat reconciles, in the order its findings are reported. */
export const BUDGET_FAMILIES: readonly BudgetFamily[] = ["anggaran", "realisasi_anggaran"];

export type BudgetColumn = "annual" | Period;

/** Differences smaller than half a rupiah are rounding noise, not a mismatch ("to the rupiah"). */
export const RUPIAH_TOLERANCE = 0.5;

export function sameAmount(a: number, b: number, tolerance = RUPIAH_TOLERANCE): boolean {
  return Math.abs(a - b) < tolerance;
}

export interface BudgetLine {
  item: Item;
  /** Amount per column; empty cells, dashes and missing cells are 0, as budget sums count them. */
  amounts: ColumnAmounts;
  /** Columns holding something that is not an amount (INVALID_NUMBER reports those). */
  unreadable: ReadonlySet<BudgetColumn>;
  /** The annual amount is a number the person typed (not empty). */
  annualStated: boolean;
  /** Nothing of this family is filled in on the row (a parent whose amount was left blank). */
  blank: boolean;
  /** A Renstra's kondisi akhir left blank over the yearly amounts it should add up. */
  totalMissing: boolean;
  /** At least one period holds a non-zero amount: the row is split by period. */
  split: boolean;
  /** annual − Σ periods (or − the last cumulative period), when that can be checked. */
  periodResidual?: number;
  /** Cumulative periods whose amount is lower than the one before (each with that previous period). */
  decreases: ReadonlyArray<{ period: Period; previous: Period }>;
}

export interface SumCheck {
  code: "BUDGET_CHILD_SUM" | "BUDGET_TOTAL_SUM";
  sum: BudgetLine;
  members: BudgetLine[];
  /** Per checked column: the sum item's amount − Σ members' amounts (0 when it adds up). */
  residuals: Map<BudgetColumn, number>;
}

export interface Ledger {
  family: BudgetFamily;
  periods: readonly Period[];
  columns: BudgetColumn[];
  /** The table has a column for the family's annual amount (the 86 form may have only per-TW ones). */
  hasAnnual: boolean;
  /**
   * Every period column is cumulative ("s.d. Triwulan II", "kumulatif"): the last period is the
   * annual figure and each period's own amount is the difference from the one before.
   */
  cumulative: boolean;
  /** Half a unit of what the columns show: ±0,5 rupiah, ±0,5 juta in a `(Rp. Juta)` column. */
  tolerance: number;
  /** By item index, in item order. */
  lines: ByItem<BudgetLine>;
  checks: SumCheck[];
  /** The check in which an item is a member (its parent's, or the total's for a program). */
  memberOf: ByItem<SumCheck>;
  /** The check in which an item is the sum (as parent or as total). */
  sumOf: ByItem<SumCheck>;
}

/**
 * A value per item, by item index: what a Map of item indexes answers, on an array sized for the
 * table's items (a ledger keeps a line, and sums, per budget row; a Map of ten thousand numbers
 * grew and rehashed as it went). Iterates in item order.
 */
export class ByItem<T> {
  private readonly slots: Array<T | undefined>;
  private count = 0;

  constructor(items: number) {
    this.slots = new Array<T | undefined>(items).fill(undefined);
  }

  get size(): number {
    return this.count;
  }

  get(index: number): T | undefined {
    return this.slots[index];
  }

  has(index: number): boolean {
    return this.slots[index] !== undefined;
  }

  set(index: number, value: T): void {
    if (this.slots[index] === undefined) this.count++;
    this.slots[index] = value;
  }

  /** The values, in item order. */
  values(): T[] {
    return this.slots.filter((v): v is T => v !== undefined);
  }
}

/** The role of a family's column: ("realisasi_anggaran", "tw2") → "realisasi_anggaran_tw2". */
export function budgetRole(family: BudgetFamily, column: BudgetColumn): Role {
  return column === "annual" ? family : periodRole(family, column);
}

/**
 * A line's amount per column, in the ledger's column order ("annual", then the periods): a small
 * array rather than a Map per line (a ledger has a line per budget row). A column that holds no
 * amount (unreadable) has none: `get` answers undefined there, as for a column the ledger lacks.
 */
export class ColumnAmounts {
  constructor(
    private readonly columns: readonly BudgetColumn[],
    /** NaN where the column is unreadable. */
    private readonly values: readonly number[],
  ) {}

  get(column: BudgetColumn): number | undefined {
    const value = this.values[this.columns.indexOf(column)];
    return value === undefined || Number.isNaN(value) ? undefined : value;
  }
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

interface Reading {
  family: BudgetFamily;
  periods: readonly Period[];
  /** "annual" then the periods, and the role of each: listed once per ledger, not per line. */
  columns: readonly BudgetColumn[];
  roles: readonly Role[];
  cumulative: boolean;
  tolerance: number;
  /** The table has a column for the family's total (a Renstra's kondisi akhir Rp). */
  hasAnnual: boolean;
}

/** Most lines read every amount: they share one empty set rather than each holding its own. */
const NONE_UNREADABLE: ReadonlySet<BudgetColumn> = new Set();
const NO_DECREASES: BudgetLine["decreases"] = [];

function readLine(item: Item, r: Reading): BudgetLine {
  // Sized once: a ledger keeps a line per budget row.
  const values = new Array<number>(r.columns.length);
  let unreadable: Set<BudgetColumn> | undefined;
  let blank = true;
  let split = false;
  for (let i = 0; i < r.columns.length; i++) {
    const cell = item.cells[r.roles[i]];
    if (isFilled(cell)) blank = false;
    const amount = amountOf(cell);
    if (amount === "unreadable") {
      (unreadable ??= new Set()).add(r.columns[i]);
      values[i] = NaN;
    } else {
      values[i] = amount;
      // Column 0 is the annual amount; the rest are periods.
      if (i > 0 && amount !== 0) split = true;
    }
  }
  const amounts = new ColumnAmounts(r.columns, values);
  const annualStated = item.cells[r.family]?.value.kind === "number";
  // Every field named here, periodResidual too: a field added later gives every line a second shape.
  const line: BudgetLine = { item, amounts, unreadable: unreadable ?? NONE_UNREADABLE, annualStated, blank, totalMissing: false, split, decreases: NO_DECREASES, periodResidual: undefined };
  // A Renstra's kondisi akhir is the sum its years promise: left blank over yearly amounts, it is
  // missing that sum. (A blank annual realisasi beside filled triwulan is a year still running.)
  const yearsWithoutTotal = r.hasAnnual && !isFilled(item.cells[r.family]) && split && unreadable === undefined && r.periods.every(isYear);
  if (yearsWithoutTotal) {
    line.totalMissing = true;
    line.periodResidual = -periodSumOf(line, r);
  }
  if (!annualStated || unreadable !== undefined || r.periods.length === 0) return line;
  if (r.cumulative) {
    // The year so far is the last cumulative period, once it is filled in (not before the year ends).
    const last = r.periods[r.periods.length - 1];
    if (item.cells[periodRole(r.family, last)]?.value.kind === "number") line.periodResidual = (amounts.get("annual") ?? 0) - (amounts.get(last) ?? 0);
  } else if (split) {
    line.periodResidual = (amounts.get("annual") ?? 0) - periodSumOf(line, r);
  }
  return line;
}

/** Cumulative periods that go down: a spent or planned amount "so far" cannot shrink. */
function decreasesOf(line: BudgetLine, r: Reading): BudgetLine["decreases"] {
  const out: Array<{ period: Period; previous: Period }> = [];
  let previous: Period | undefined;
  for (const p of r.periods) {
    if (line.item.cells[periodRole(r.family, p)]?.value.kind !== "number") continue;
    if (previous !== undefined && (line.amounts.get(p) ?? 0) < (line.amounts.get(previous) ?? 0) - r.tolerance) out.push({ period: p, previous });
    previous = p;
  }
  return out;
}

/** What the periods of a line add up to: their sum, or the last one when they are cumulative. */
export function periodSumOf(line: BudgetLine, r: Pick<Reading, "periods" | "cumulative">): number {
  if (r.cumulative) return line.amounts.get(r.periods[r.periods.length - 1]) ?? 0;
  return r.periods.reduce((sum, p) => sum + (line.amounts.get(p) ?? 0), 0);
}

/** A period's own amount: itself, or the difference from the period before when cumulative. */
export function periodAmountOf(line: BudgetLine, r: Pick<Reading, "periods" | "cumulative">, period: Period): number {
  const value = line.amounts.get(period) ?? 0;
  const i = r.periods.indexOf(period);
  return r.cumulative && i > 0 ? value - (line.amounts.get(r.periods[i - 1]) ?? 0) : value;
}

/** Residuals of one promised sum, over the columns that can be checked. */
function residualsOf(sum: BudgetLine, members: BudgetLine[], ledger: Pick<Ledger, "periods" | "hasAnnual">): Map<BudgetColumn, number> {
  const residuals = new Map<BudgetColumn, number>();
  const check = (column: BudgetColumn): void => {
    if (sum.unreadable.has(column) || members.some((m) => m.unreadable.has(column))) return;
    const total = members.reduce((acc, m) => acc + (m.amounts.get(column) ?? 0), 0);
    residuals.set(column, (sum.amounts.get(column) ?? 0) - total);
  };
  // A parent left blank over children that hold amounts is missing its sum: checked like a typed 0.
  if (sum.annualStated || ((sum.blank || sum.totalMissing) && ledger.hasAnnual)) check("annual");
  // Periods are compared only when both sides split by period: a program that shows only its
  // annual pagu above split kegiatan (or the reverse) is a layout choice, not a wrong sum.
  const membersSplit = members.every((m) => m.split || (m.amounts.get("annual") ?? 0) === 0);
  const anySplit = members.some((m) => m.split);
  // A blank parent is missing every sum its children make: each of its cells gets the amount it should hold.
  if ((sum.split && membersSplit && anySplit) || (sum.blank && anySplit)) ledger.periods.forEach(check);
  return residuals;
}

function mismatches(residuals: Map<BudgetColumn, number>, tolerance: number): number {
  let n = 0;
  residuals.forEach((r) => {
    if (!sameAmount(r, 0, tolerance)) n++;
  });
  return n;
}

/**
 * The members a total adds up: the programs since the previous total. A grand total may instead
 * add every program of the table, the subtotals, or the lowest rows; we read it that way only when
 * the usual reading misses the annual figure and another one hits it (a single wrong quarter is a
 * mismatch to report, not a sign of another reading).
 */
const BUDGET_LEVEL_ORDER: readonly Level[] = ["program", "kegiatan", "subkegiatan"];

function levelRank(level: Level | undefined): number {
  return level ? BUDGET_LEVEL_ORDER.indexOf(level) : -1;
}

function totalMembers(total: BudgetLine, ordered: BudgetLine[], lines: ByItem<BudgetLine>, ledger: Pick<Ledger, "periods" | "hasAnnual" | "tolerance">): BudgetLine[] {
  const before = ordered.filter((l) => l.item.index < total.item.index);
  const previousTotal = [...before].reverse().find((l) => l.item.kind === "total");
  const sinceLast = before.filter((l) => !previousTotal || l.item.index > previousTotal.item.index);
  const isTop = (l: BudgetLine): boolean => l.item.kind === "row" && (l.item.budgetParent === undefined || !lines.has(l.item.budgetParent));
  const isLeaf = (l: BudgetLine): boolean => l.item.kind === "row" && !l.item.budgetChildren.some((c) => lines.has(c));
  const usual = sinceLast.filter(isTop);
  const annualMatches = (members: BudgetLine[]): boolean => {
    const r = residualsOf(total, members, ledger).get("annual");
    return r !== undefined && sameAmount(r, 0, ledger.tolerance);
  };
  if (usual.length > 0 && annualMatches(usual)) return usual;
  const byMismatches = (a: BudgetLine[], b: BudgetLine[]): number => mismatches(residualsOf(total, a, ledger), ledger.tolerance) - mismatches(residualsOf(total, b, ledger), ledger.tolerance);
  // The rows at the highest level the sheet marks (its PROGRAM rows), for a tree the amounts could not build.
  const ranks = sinceLast.map((l) => levelRank(l.item.level)).filter((r) => r >= 0);
  const topRank = ranks.length > 0 ? Math.min(...ranks) : -1;
  const topMarked = topRank < 0 ? [] : sinceLast.filter((l) => l.item.kind === "row" && levelRank(l.item.level) === topRank);
  const readings = [before.filter(isTop), before.filter((l) => l.item.kind === "total"), sinceLast.filter(isLeaf), topMarked].filter((members) => members.length > 0);
  if (!total.annualStated) {
    // No annual figure to tell the readings apart (realisasi per TW only): the one that fits the most periods, the usual one on a tie.
    if (usual.length === 0) return readings.sort(byMismatches)[0] ?? usual;
    return [usual, ...readings].sort(byMismatches)[0];
  }
  return readings.filter(annualMatches).sort(byMismatches)[0] ?? usual;
}

/**
 * Half a unit of the least precise amount shown in the family's scaled columns: a `(Rp. Juta)`
 * column of whole numbers is right to ±0,5 juta, one showing two decimals to ±5.000 rupiah.
 * Columns in plain rupiah keep the half rupiah.
 */
function toleranceOf(ctx: RuleContext, family: BudgetFamily, periods: readonly Period[]): number {
  const scales = ctx.table.layout.scale ?? {};
  let unit = 0;
  const roles = (["annual", ...periods] as BudgetColumn[]).map((c) => budgetRole(family, c));
  for (const item of ctx.table.items) {
    for (let i = 0; i < roles.length; i++) {
      const cell = item.cells[roles[i]];
      const scale = cell ? (scales[cell.col] ?? 1) : 1;
      if (!cell || scale <= 1 || cell.value.kind !== "number") continue;
      unit = Math.max(unit, shownUnit(ctx.grid, cell.row, cell.col, cell.value, scale));
    }
  }
  return Math.max(RUPIAH_TOLERANCE, unit / 2);
}

/** The family's period columns are all marked cumulative by the layout. */
function isCumulative(ctx: RuleContext, family: BudgetFamily, periods: readonly Period[]): boolean {
  const marked = new Set(ctx.table.layout.cumulative ?? []);
  if (marked.size === 0 || periods.length === 0) return false;
  const groups = ctx.table.layout.groups.length > 0 ? ctx.table.layout.groups : [{ columns: ctx.table.layout.columns }];
  const cols = groups.flatMap((g) => periods.map((p) => g.columns[periodRole(family, p)]).filter((c): c is number => c !== undefined));
  return cols.length > 0 && cols.every((c) => marked.has(c));
}

/** Whether the item's group has any column of the family (so a blank there is a blank amount). */
function hasFamilyColumn(ctx: RuleContext, item: Item, family: BudgetFamily, periods: readonly Period[]): boolean {
  return (["annual", ...periods] as BudgetColumn[]).some((c) => positionOf(ctx, item, budgetRole(family, c)) !== undefined);
}

/** Reads every line of one money family in the table and the sums it promises. */
export function buildLedger(ctx: RuleContext, family: BudgetFamily = "anggaran"): Ledger {
  const periods = periodsFor(ctx, family);
  const cumulative = isCumulative(ctx, family, periods);
  const hasAnnual = tableHasRole(ctx, family) || ctx.table.items.some((i) => i.cells[family] !== undefined);
  const columns: BudgetColumn[] = ["annual", ...periods];
  const roles = columns.map((c) => budgetRole(family, c));
  const reading: Reading = { family, periods, columns, roles, cumulative, tolerance: toleranceOf(ctx, family, periods), hasAnnual };
  const lines = new ByItem<BudgetLine>(ctx.table.items.length);
  for (const item of ctx.table.items) {
    // A line holds an amount of the family, or is a parent left blank where its group has the column.
    const holds = roles.some((role) => item.cells[role] !== undefined);
    if (!holds && !(item.kind === "row" && item.budgetChildren.length > 0 && hasFamilyColumn(ctx, item, family, periods))) continue;
    const line = readLine(item, reading);
    if (cumulative) line.decreases = decreasesOf(line, reading);
    lines.set(item.index, line);
  }
  const ledger: Ledger = { family, periods, columns, hasAnnual, cumulative, tolerance: reading.tolerance, lines, checks: [], memberOf: new ByItem(ctx.table.items.length), sumOf: new ByItem(ctx.table.items.length) };
  const ordered = lines.values();
  const add = (check: SumCheck): void => {
    ledger.checks.push(check);
    ledger.sumOf.set(check.sum.item.index, check);
    for (const m of check.members) if (!ledger.memberOf.has(m.item.index)) ledger.memberOf.set(m.item.index, check);
  };
  for (const line of ordered) {
    if (line.item.kind === "total") continue;
    const members = line.item.budgetChildren.map((i) => lines.get(i)).filter((l): l is BudgetLine => l !== undefined);
    if (members.length === 0) continue;
    add({ code: "BUDGET_CHILD_SUM", sum: line, members, residuals: residualsOf(line, members, ledger) });
  }
  for (const line of ordered) {
    if (line.item.kind !== "total") continue;
    const members = totalMembers(line, ordered, lines, ledger);
    if (members.length === 0) continue;
    add({ code: "BUDGET_TOTAL_SUM", sum: line, members, residuals: residualsOf(line, members, ledger) });
  }
  return ledger;
}

/** The position of a line's cell for a column (annual amount or a period's). */
export function budgetCellOf(ctx: RuleContext, ledger: Pick<Ledger, "family" | "periods">, line: BudgetLine, column: BudgetColumn): { row: number; col: number } {
  const { family } = ledger;
  const pos =
    positionOf(ctx, line.item, budgetRole(family, column)) ??
    positionOf(ctx, line.item, family) ??
    ledger.periods.map((p) => positionOf(ctx, line.item, periodRole(family, p))).find((p) => p !== undefined);
  // Every line has a cell or a column of its family (that is what makes it a line), so this never falls through.
  return pos ?? { row: line.item.firstRow, col: 0 };
}
