import { treeFromSums } from "../../../src/engine/items/budget-sums";

describe("budget tree from the sums alone", () => {
  it("Lombok's PROGRAM PENDIDIKAN: two kegiatan, each carrying its single sub kegiatan's amount", () => {
    // Program 400.799.220 = 136.919.688 + 263.879.532; each kegiatan has one sub kegiatan of the same amount.
    expect(treeFromSums([136919688, 136919688, 263879532, 263879532], 400799220)).toEqual([-1, 0, -1, 2]);
  });

  it("Lombok's PROGRAM PENUNJANG: six kegiatan and their sub kegiatan", () => {
    const amounts = [
      17764580, 3669940, 2539960, 1429960, 2539960, 1429960, 1579960, 4574840,
      3073270750, 3064335710, 6119920, 1140000, 1675120,
      3463376, 3463376,
      300691025, 181387025, 20000000, 99304000,
      109222000, 62920000, 46302000,
      99631500, 99631500,
    ];
    expect(treeFromSums(amounts, 3604043231)).toEqual([-1, 0, 0, 0, 0, 0, 0, 0, -1, 8, 8, 8, 8, -1, 13, -1, 15, 15, 15, -1, 19, 19, -1, 22]);
  });

  it("keeps the tree when one sub kegiatan amount is wrong (the error Cermat reports)", () => {
    // Kegiatan 100 with sub kegiatan 30 + 60 (one of them mistyped): still the kegiatan's children.
    expect(treeFromSums([100, 30, 60], 100)).toEqual([-1, 0, 0]);
  });

  it("keeps the tree when the kegiatan amount itself is wrong but its sub kegiatan add up to the program", () => {
    expect(treeFromSums([95, 40, 60], 100)).toEqual([-1, 0, 0]);
  });

  it("prefers siblings that add up over a chain that does not", () => {
    expect(treeFromSums([100, 100], 200)).toEqual([-1, -1]);
  });

  it("without a root: separate top-level blocks, each with its children", () => {
    expect(treeFromSums([100, 50, 50, 200, 200])).toEqual([-1, 0, 0, -1, 3]);
  });

  it("rows that add up to nothing stay at the top", () => {
    expect(treeFromSums([10, 20, 30, 5])).toEqual([-1, -1, -1, -1]);
  });

  it("stays fast on a long unmarked run", () => {
    const amounts: number[] = [];
    for (let k = 0; k < 40; k++) amounts.push(3000 + k, 1000, 2000 + k);
    const started = Date.now();
    const parents = treeFromSums(amounts);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(parents.slice(0, 6)).toEqual([-1, 0, 0, -1, 3, 3]);
  });
});
