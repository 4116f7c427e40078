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
