/**
 * A pure function of a string remembered per argument: the texts it reads (number formats, an
 * indikator's words) repeat across thousands of cells and rows. Bounded so a huge sheet of distinct
 * texts cannot grow it without end; callers never mutate what it returns.
 */
export function remembered<K, T>(read: (key: K) => T, bound: number): (key: K) => T {
  const known = new Map<K, T>();
  return (key) => {
    const hit = known.get(key);
    if (hit !== undefined || known.has(key)) return hit as T;
    const found = read(key);
    if (known.size >= bound) known.clear();
    known.set(key, found);
    return found;
  };
}

/**
 * Memos that live for one analysis of a sheet: the same texts are asked about many times (every row
 * tested as a possible header, every indikator read by several rules). A global cache with a size
 * limit thrashed on sheets with more distinct texts than the limit; one that dies with the
 * analysis needs no limit.
 */
interface TextScope {
  /** One map per {@link perText} function, by its slot. */
  memos: Array<Map<string, unknown>>;
  /** One map per {@link perObject} memory, by its slot (a plain Map: it dies with the scope). */
  objects: Array<Map<object, unknown>>;
}

let scope: TextScope | undefined;
const NONE = Symbol("none");
let slots = 0;

/** Runs `work` with one text memo (nested calls share the outer one); outside, nothing is kept. */
export function withTextScope<T>(work: () => T): T {
  if (scope) return work();
  scope = { memos: [], objects: [] };
  try {
    return work();
  } finally {
    scope = undefined;
  }
}

/**
 * `answer` remembered per text for the current text scope. Outside one it is computed afresh, or,
 * given `outside`, remembered in a cache bounded to that many texts (for callers such as the pane
 * that ask about a few texts at a time).
 */
export function perText<T>(answer: (text: string) => T, outside?: number): (text: string) => T {
  const slot = slots++;
  const unscoped = outside === undefined ? answer : remembered(answer, outside);
  return (text) => {
    if (!scope) return unscoped(text);
    let memo = scope.memos[slot] as Map<string, T | typeof NONE> | undefined;
    if (!memo) scope.memos[slot] = memo = new Map();
    const known = memo.get(text);
    if (known !== undefined) return (known === NONE ? undefined : known) as T;
    const found = answer(text);
    // Most texts are data with no answer: one look-up for those too, not get and has.
    memo.set(text, found === undefined ? NONE : found);
    return found;
  };
}

let objectSlots = 0;

/**
 * A memory keyed by objects (an analysis's items) that lives as long as the current text scope, so
 * what several rules ask of the same item is worked out once per analysis. Outside a scope it
 * answers undefined and the caller works it out afresh.
 */
export function perObject<K extends object, V>(): () => Map<K, V> | undefined {
  const slot = objectSlots++;
  return () => {
    if (!scope) return undefined;
    let memo = scope.objects[slot] as Map<K, V> | undefined;
    if (!memo) scope.objects[slot] = memo = new Map<K, V>();
    return memo;
  };
}

/**
 * `answer` of an object remembered for the current text scope (an analysis): what several phases or
 * rules ask of the same grid, column map or item is worked out once. Outside a scope, every call
 * works it out afresh. `answer` never answers undefined.
 */
export function perObjectAnswer<K extends object, V>(answer: (key: K) => V): (key: K) => V {
  const memo = perObject<K, V>();
  return (key) => {
    const known = memo();
    let found = known?.get(key);
    if (found === undefined) {
      found = answer(key);
      known?.set(key, found);
    }
    return found;
  };
}
