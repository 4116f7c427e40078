import { areaLists, columnRuns, columnSegments } from "../../src/excel/fill-batches";

describe("address lists for RangeAreas", () => {
  it("joins consecutive rows of a column into one area and keeps lone cells alone", () => {
    expect(areaLists(["K5", "K6", "K7", "K9", "F6", "K8", "M5", "K12"], 1000)).toEqual(["F6,K5:K9,K12,M5"]);
  });

  it("counts a cell asked for twice once", () => {
    expect(areaLists(["K5", "K5", "K6"], 1000)).toEqual(["K5:K6"]);
  });

  it("splits into lists no longer than the limit, losing and repeating no cell", () => {
    // Every other row: nothing joins, 600 areas of 4–5 characters.
    const cells = Array.from({ length: 600 }, (_, i) => `L${5 + 2 * i}`);
    const lists = areaLists(cells, 200);
    expect(lists.length).toBeGreaterThan(1);
    for (const list of lists) expect(list.length).toBeLessThanOrEqual(200);
    expect(lists.flatMap((l) => l.split(","))).toEqual(cells);
  });
});

describe("column segments for reading fills", () => {
  it("covers the asked-for rows of each column in spans of at most the given rows", () => {
    expect(columnSegments(["K5", "K9", "K5000", "K5004", "L1"], 100)).toEqual([
      { col: 10, top: 4, bottom: 8 },
      { col: 10, top: 4999, bottom: 5003 },
      { col: 11, top: 0, bottom: 0 },
    ]);
  });

  it("as runs, only unbroken stretches of asked-for rows", () => {
    expect(columnRuns(["K5", "K6", "K8"])).toEqual([
      { col: 10, top: 4, bottom: 5 },
      { col: 10, top: 7, bottom: 7 },
    ]);
  });
});
