/**
 * The budget tree over items with an anggaran: from marked levels where the sheet marks them,
 * from the sums where it does not (Lombok Tengah: uppercase PROGRAM rows, then kegiatan and sub
 * kegiatan told apart only by their amounts).
 */
import type { Item, Level } from "../model";
import { treeFromSums } from "./budget-sums";
import { BUDGET_LEVELS, levelAt, type Mark } from "./levels";

function amountOf(item: Item): number | undefined {
  const v = item.cells.anggaran?.value;
  return v?.kind === "number" ? v.value : undefined;
}

function link(items: Item[], child: Item, parent: Item): void {
  child.budgetParent = parent.index;
  parent.budgetChildren.push(child.index);
  void items;
}

function rank(level: Level | undefined): number {
  return level ? BUDGET_LEVELS.indexOf(level) : -1;
}

/** Items of one group between totals, in row order. */
function runs(items: Item[], group: number): Item[][] {
  const out: Item[][] = [[]];
  for (const item of items) {
    if (item.group !== group) continue;
    if (item.kind === "total") {
      out.push([]);
      continue;
    }
    if (amountOf(item) !== undefined) out[out.length - 1].push(item);
  }
  return out.filter((r) => r.length > 0);
}

function fromMarks(items: Item[], run: Item[], marks: Map<number, Mark>): void {
  const stack: Item[] = [];
  for (const item of run) {
    const r = rank(marks.get(item.index)?.level);
    while (stack.length > 0 && rank(marks.get(stack[stack.length - 1].index)?.level) >= r) stack.pop();
    if (stack.length > 0) link(items, item, stack[stack.length - 1]);
    stack.push(item);
  }
}

function applySums(items: Item[], run: Item[], root: Item | undefined, top: Level): void {
  const amounts = run.map((i) => amountOf(i) as number);
  const parents = treeFromSums(amounts, root ? amountOf(root) : undefined);
  const depth = new Map<number, number>();
  const baseDepth = root ? rank(root.level) + 1 : rank(top);
  const hasNesting = root !== undefined || parents.some((p) => p >= 0);
  run.forEach((item, i) => {
    const p = parents[i];
    const parent = p >= 0 ? run[p] : root;
    if (parent) link(items, item, parent);
    const d = p >= 0 ? (depth.get(p) ?? 0) + 1 : 0;
    depth.set(i, d);
    if (!item.level && hasNesting) {
      item.level = levelAt(BUDGET_LEVELS[0], Math.max(0, baseDepth) + d);
      item.levelSource = "sums";
    }
  });
}

/**
 * Links parents and children. Marked rows at the top marked rank (PROGRAM) split the run into
 * blocks whose insides the sums order; if every row is marked, the marks alone decide.
 */
export function buildBudgetTree(items: Item[], groups: number, marks: Map<number, Mark>, top: Level): void {
  for (let g = 0; g < groups; g++) {
    for (const run of runs(items, g)) {
      if (run.every((i) => marks.has(i.index))) {
        fromMarks(items, run, marks);
        continue;
      }
      const ranks = run.map((i) => rank(marks.get(i.index)?.level)).filter((r) => r >= 0);
      const topRank = ranks.length > 0 ? Math.min(...ranks) : -1;
      let block: Item[] = [];
      let root: Item | undefined;
      const flush = (): void => {
        if (block.length > 0 || root) applySums(items, block, root, top);
        block = [];
      };
      for (const item of run) {
        if (topRank >= 0 && rank(marks.get(item.index)?.level) === topRank) {
          flush();
          root = item;
        } else block.push(item);
      }
      flush();
    }
  }
}
