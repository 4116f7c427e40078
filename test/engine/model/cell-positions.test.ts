import { CellMap, CellSet } from "../../../src/engine/model";

describe("CellSet", () => {
  it("holds positions in any column and row, growing as rows come", () => {
    const set = new CellSet();
    expect(set.has(0, 0)).toBe(false);
    set.add(5, 3);
    set.add(100_000, 3);
    set.add(70, 16_383);
    expect([set.has(5, 3), set.has(100_000, 3), set.has(70, 16_383)]).toEqual([true, true, true]);
    expect([set.has(5, 4), set.has(6, 3), set.has(99_999, 3), set.has(100_001, 3), set.has(70, 16_382)]).toEqual([false, false, false, false, false]);
  });
});

describe("CellMap", () => {
  it("keeps the last value set at a position, and visits each position once, by column then row", () => {
    const map = new CellMap<string>();
    map.set(9, 2, "a");
    map.set(4, 2, "b");
    map.set(9, 2, "c");
    map.set(0, 7, "d");
    expect([map.get(9, 2), map.get(4, 2), map.get(0, 7), map.get(5, 2), map.get(9, 3)]).toEqual(["c", "b", "d", undefined, undefined]);
    expect([map.has(4, 2), map.has(3, 2), map.has(50, 2)]).toEqual([true, false, false]);
    const seen: Array<[string, number, number]> = [];
    map.forEach((value, row, col) => seen.push([value, row, col]));
    expect(seen).toEqual([
      ["b", 4, 2],
      ["c", 9, 2],
      ["d", 0, 7],
    ]);
  });
});
