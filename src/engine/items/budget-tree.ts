/**
 * The budget tree over items with a money column (anggaran, realisasi anggaran, per period or per
 * year): from marked levels where the sheet marks them (kode, words, numbering …), from the sums
 * only where it does not (Lombok Tengah: uppercase PROGRAM rows, then kegiatan and sub kegiatan
 * told apart only by their amounts). Sums never override a mark: a marked row is a parent of the
 * rows below it down to the next row of its rank or higher, whatever the amounts say, and even
 * when its own amount is blank.
 */
import { isBudgetRole, isReferenceRole, type Item, type Level, type Role, type TableLayout } from "../model";
import { treeFromSums } from "./budget-sums";
import { BUDGET_LEVELS, levelAt, type Mark } from "./levels";

/** The money columns of a group, anggaran first (the amount the sums are read from). */
function moneyRoles(table: TableLayout, group: number): Role[] {
  // Renstra and last-year amounts (reference columns) are other budgets, not this tree's.
  const roles = (Object.keys(table.groups[group].columns) as Role[]).filter((r) => isBudgetRole(r) && !isReferenceRole(r));
  return roles.sort((a, b) => Number(b === "anggaran") - Number(a === "anggaran"));
}

const ANNUAL_MONEY: readonly Role[] = ["anggaran", "realisasi_anggaran"];

/**
 * The amount the sums are read from: the annual figure where the row states one, else the sum of
 * its period amounts (a parent that adds up per period adds up over them all; one period alone,
 * often "-" in TW I, would nest rows by chance).
 */
function amountIn(item: Item, roles: readonly Role[]): number | undefined {
  for (const role of roles) {
    if (!ANNUAL_MONEY.includes(role)) continue;
    const v = item.cells[role]?.value;
    if (v?.kind === "number") return v.value;
  }
  const family = roles.find((r) => !ANNUAL_MONEY.includes(r))?.startsWith("realisasi_anggaran") ? "realisasi_anggaran_" : "anggaran_";
  let sum: number | undefined;
  for (const role of roles) {
    if (!role.startsWith(family)) continue;
    const v = item.cells[role]?.value;
    if (v?.kind === "number") sum = (sum ?? 0) + v.value;
  }
  return sum;
}

function link(child: Item, parent: Item): void {
  child.budgetParent = parent.index;
  parent.budgetChildren.push(child.index);
}

function rank(level: Level | undefined): number {
  return level ? BUDGET_LEVELS.indexOf(level) : -1;
}

interface Run {
  items: Item[];
  /** The amount of the total row that closes the run, if it states one. */
  total?: number;
}

/** Items of one group between totals, in row order: those with a money cell, and rows marked with a budget level. */
function runs(items: Item[], group: number, roles: readonly Role[], marks: Map<number, Mark>): Run[] {
  const out: Run[] = [{ items: [] }];
  for (const item of items) {
    if (item.group !== group) continue;
    if (item.kind === "total") {
      out[out.length - 1].total = amountIn(item, roles);
      out.push({ items: [] });
      continue;
    }
    const hasMoney = roles.some((r) => item.cells[r] !== undefined);
    if ((hasMoney && !isIndikatorLine(item, roles)) || rank(marks.get(item.index)?.level) >= 0) out[out.length - 1].items.push(item);
  }
  return out.filter((r) => r.items.length > 0);
}

/**
 * A row with no name or kode of its own, an indikator, and nothing but zeros in its money cells
 * (a Renstra's kondisi-akhir formula over blank years) is one more indikator line of the row
 * above, not a budget row: nesting it as a child would invent a kegiatan of Rp 0.
 */
function isIndikatorLine(item: Item, roles: readonly Role[]): boolean {
  if (item.cells.program || item.cells.kode || !item.cells.indikator) return false;
  return roles.every((r) => {
    const v = item.cells[r]?.value;
    return v === undefined || v.kind === "empty" || (v.kind === "number" && v.value === 0);
  });
}

function sumOfTop(amounts: readonly number[], parents: readonly number[]): number {
  return amounts.reduce((sum, a, i) => (parents[i] < 0 ? sum + a : sum), 0);
}

/**
 * Parents from the amounts of an unmarked stretch. At the top of a run closed by a total, the
 * reading that explains the total wins: a flat list 50, 50, 30 under a Jumlah of 130 stays flat
 * instead of nesting the equal amounts.
 */
function parentsFromSums(amounts: readonly number[], rootAmount: number | undefined, total: number | undefined): number[] {
  if (rootAmount !== undefined) return treeFromSums(amounts, rootAmount);
  const free = treeFromSums(amounts);
  if (total === undefined || Math.abs(sumOfTop(amounts, free) - total) < 0.5) return free;
  const underTotal = treeFromSums(amounts, total);
  return Math.abs(sumOfTop(amounts, underTotal) - total) < 0.5 ? underTotal : free;
}

interface Reading {
  roles: readonly Role[];
  marks: Map<number, Mark>;
  top: Level;
}

function applySums(run: Item[], root: Item | undefined, total: number | undefined, reading: Reading): void {
  if (run.length === 0) return;
  const amounts = run.map((i) => amountIn(i, reading.roles) ?? 0);
  const rootAmount = root ? amountIn(root, reading.roles) : undefined;
  const parents = parentsFromSums(amounts, rootAmount, root ? undefined : total);
  const depth = new Map<number, number>();
  const baseDepth = root ? rank(root.level) + 1 : rank(reading.top);
  const hasNesting = root !== undefined || parents.some((p) => p >= 0);
  run.forEach((item, i) => {
    const p = parents[i];
    const parent = p >= 0 ? run[p] : root;
    if (parent) link(item, parent);
    const d = p >= 0 ? (depth.get(p) ?? 0) + 1 : 0;
    depth.set(i, d);
    if (!item.level && hasNesting) {
      item.level = levelAt(BUDGET_LEVELS[0], Math.max(0, baseDepth) + d);
      item.levelSource = "sums";
    }
  });
}

/**
 * Places a stretch of rows under `root`: the highest marked rank in it opens blocks, each marked
 * row the parent of the rows down to the next one of that rank; rows before the first of them, and
 * stretches without marks, are read from the sums.
 */
function place(run: Item[], root: Item | undefined, total: number | undefined, reading: Reading): void {
  const ranks = run.map((i) => rank(reading.marks.get(i.index)?.level)).filter((r) => r >= 0);
  if (ranks.length === 0) {
    applySums(run, root, total, reading);
    return;
  }
  const topRank = Math.min(...ranks);
  const heads = run.flatMap((item, i) => (rank(reading.marks.get(item.index)?.level) === topRank ? [i] : []));
  applySums(run.slice(0, heads[0]), root, total, reading);
  heads.forEach((h, k) => {
    const head = run[h];
    if (root) link(head, root);
    place(run.slice(h + 1, heads[k + 1] ?? run.length), head, undefined, reading);
  });
}

/** Links parents and children in every group of a table. */
export function buildBudgetTree(items: Item[], table: TableLayout, marks: Map<number, Mark>, top: Level): void {
  for (let g = 0; g < table.groups.length; g++) {
    const roles = moneyRoles(table, g);
    if (roles.length === 0) continue;
    for (const run of runs(items, g, roles, marks)) place(run.items, undefined, run.total, { roles, marks, top });
  }
}
