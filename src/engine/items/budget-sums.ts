/**
 * Reading a budget hierarchy from the amounts alone, when nothing else marks it: in a list of
 * amounts in row order, a parent's anggaran equals the sum of its children, which follow it
 * (each with its own children below it). A single child carries its parent's amount.
 *
 * The search maximises exact sums, so one wrong amount (the very error Cermat reports) costs one
 * mismatch instead of scrambling the tree: a parent whose direct children miss but whose lowest
 * rows add up is not penalised, and a mismatch is cheaper than giving up every sum around it.
 */

const MATCH = 2;
const LEAVES_MATCH = 0;
const MISMATCH = -1;
/** Breaks ties towards nesting (a chain program → kegiatan → sub kegiatan of equal amounts). */
const NESTING = 0.01;
/** Longest run of rows one parent may span, and partial sums kept per position: bounds the search. */
const MAX_SPAN = 80;
const MAX_STATES = 64;
/** A subtree worse than one mismatch is never worth offering to a parent. */
const WORST_OFFER = MISMATCH - 0.5;
const TOLERANCE = 0.5;
/** Runs up to this length are searched in full; longer ones keep only subtrees with an exact sum. */
const SMALL_RUN = 40;
/** Each row left at the top without a parent costs a little: 100 = 50 + 50 beats 50 → 50. */
const ORPHAN = -0.001;

/** Direct children as a shared linked list (newest first): states extend it without copying. */
interface Children {
  start: number;
  end: number;
  rest?: Children;
}

interface Sub {
  score: number;
  leafSum: number;
  children?: Children;
}

interface State {
  score: number;
  direct: number;
  leaf: number;
  children?: Children;
}

function same(a: number, b: number): boolean {
  return Math.abs(a - b) < TOLERANCE;
}

function nodeScore(amount: number, direct: number, leaf: number): number {
  if (same(direct, amount)) return MATCH + NESTING;
  if (same(leaf, amount)) return LEAVES_MATCH + NESTING;
  return MISMATCH + NESTING;
}

function addState(states: Map<string, State>, s: State): void {
  const key = `${Math.round(s.direct)}|${Math.round(s.leaf)}`;
  const old = states.get(key);
  if (!old || s.score > old.score) states.set(key, s);
}

/** The best states at a position, once all ways of reaching it are in. */
function strongest(states: Map<string, State>): State[] {
  const all = [...states.values()];
  if (all.length <= MAX_STATES) return all;
  return all.sort((a, b) => b.score - a.score).slice(0, MAX_STATES);
}

/** Best subtree for every node i spanning exactly i..k. */
function subtrees(amounts: readonly number[]): Array<Map<number, Sub>> {
  const n = amounts.length;
  const best: Array<Map<number, Sub>> = amounts.map(() => new Map());
  for (let i = n - 1; i >= 0; i--) {
    best[i].set(i, { score: 0, leafSum: amounts[i] });
    const a = amounts[i];
    if (!(a > 0)) continue;
    const last = Math.min(n - 1, i + MAX_SPAN);
    const at: Array<Map<string, State>> = [];
    for (let p = 0; p <= last - i + 1; p++) at.push(new Map());
    addState(at[0], { score: 0, direct: 0, leaf: 0 });
    for (let m = i + 1; m <= last; m++) {
      const states = at[m - i - 1];
      if (states.size === 0) continue;
      for (const s of strongest(states)) {
        // Children that already overshoot cannot make the sum; stop growing them.
        if (s.direct > a + TOLERANCE && s.leaf > a + TOLERANCE) continue;
        for (const [k, sub] of best[m]) {
          if (k > last) continue;
          addState(at[k - i], {
            score: s.score + sub.score,
            direct: s.direct + amounts[m],
            leaf: s.leaf + sub.leafSum,
            children: { start: m, end: k, rest: s.children },
          });
        }
      }
    }
    for (let k = i + 1; k <= last; k++) {
      let top: Sub | undefined;
      for (const s of at[k - i].values()) {
        const score = s.score + nodeScore(a, s.direct, s.leaf);
        if (!top || score > top.score) top = { score, leafSum: s.leaf, children: s.children };
      }
      // On long runs only subtrees holding an exact sum are worth offering to a parent: keeps the search small.
      if (top && top.score >= WORST_OFFER && (n <= SMALL_RUN || top.score > 0)) best[i].set(k, top);
    }
  }
  return best;
}

function collect(best: Array<Map<number, Sub>>, node: number, end: number, parent: number[]): void {
  const sub = best[node].get(end);
  if (!sub) return;
  for (let c = sub.children; c; c = c.rest) {
    parent[c.start] = node;
    collect(best, c.start, c.end, parent);
  }
}

/**
 * Parents (index into `amounts`, or -1 for the top) of a run of budget rows. With `rootAmount`,
 * the run is the content of one parent (a PROGRAM row): its children must cover the whole run.
 */
export function treeFromSums(amounts: readonly number[], rootAmount?: number): number[] {
  const all = rootAmount === undefined ? [...amounts] : [rootAmount, ...amounts];
  const n = all.length;
  const parent = all.map(() => -1);
  if (n === 0) return [];
  const best = subtrees(all);
  if (rootAmount !== undefined) {
    if (best[0].has(n - 1)) collect(best, 0, n - 1, parent);
    return parent.slice(1).map((p) => (p <= 0 ? -1 : p - 1));
  }
  // No root: the best split of the run into top-level subtrees.
  const score: number[] = new Array<number>(n + 1).fill(-Infinity);
  const choice: number[] = new Array<number>(n + 1).fill(-1);
  score[n] = 0;
  for (let m = n - 1; m >= 0; m--) {
    for (const [k, sub] of best[m]) {
      const s = sub.score + ORPHAN + score[k + 1];
      if (s > score[m]) [score[m], choice[m]] = [s, k];
    }
  }
  for (let m = 0; m < n; ) {
    const k = choice[m] < 0 ? m : choice[m];
    collect(best, m, k, parent);
    m = k + 1;
  }
  return parent;
}
