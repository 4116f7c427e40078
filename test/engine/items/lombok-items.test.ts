import { buildItems } from "../../../src/engine/items";
import { recognizeLayout } from "../../../src/engine/layout";
import type { Item } from "../../../src/engine/model";
import { lombokSheet } from "../layout/fixtures/lombok-tengah";

/** Levels the budget sums reveal in the seed, per seed line (as the Lombok fixture of the workbook tests records them). */
const LEVELS: ReadonlyArray<[number, string]> = [
  [11, "sasaran"], [12, "program"], [13, "kegiatan"], [14, "subkegiatan"], [15, "program"], [16, "kegiatan"],
  [23, "subkegiatan"], [24, "subkegiatan"], [25, "program"], [26, "kegiatan"], [27, "subkegiatan"], [28, "subkegiatan"], [29, "program"],
  [36, "kegiatan"], [37, "subkegiatan"], [38, "kegiatan"], [39, "subkegiatan"], [40, "program"], [41, "kegiatan"], [42, "subkegiatan"],
  [49, "sasaran"], [50, "program"], [51, "kegiatan"], [52, "subkegiatan"], [53, "subkegiatan"], [54, "subkegiatan"], [55, "subkegiatan"],
  [63, "program"], [64, "kegiatan"], [65, "subkegiatan"], [66, "program"], [67, "kegiatan"], [68, "subkegiatan"], [69, "subkegiatan"], [70, "subkegiatan"],
  [77, "subkegiatan"], [78, "subkegiatan"], [79, "subkegiatan"], [80, "subkegiatan"], [81, "kegiatan"], [82, "subkegiatan"], [83, "subkegiatan"], [84, "subkegiatan"],
  [91, "subkegiatan"], [92, "kegiatan"], [93, "subkegiatan"], [94, "kegiatan"], [95, "subkegiatan"], [96, "subkegiatan"], [97, "subkegiatan"], [98, "kegiatan"], [99, "subkegiatan"],
  [106, "subkegiatan"], [107, "kegiatan"], [108, "subkegiatan"],
];

describe("Lombok Tengah 2022 rows → items", () => {
  const lombok = lombokSheet({ hidden: [20] });
  const table = recognizeLayout(lombok.grid).tables[0];
  const items = buildItems(lombok.grid, table);
  const at = (line: number): Item => {
    const row = lombok.rowOfLine.get(line)! - 1;
    const found = items.find((i) => i.firstRow === row);
    if (!found) throw new Error(`no item at seed line ${line}`);
    return found;
  };

  it("makes one item per table row and one total item, skipping the repeated headers", () => {
    expect(items.filter((i) => i.kind === "row")).toHaveLength(LEVELS.length);
    const total = items[items.length - 1];
    expect(total).toMatchObject({ kind: "total", firstRow: lombok.totalRow - 1 });
    expect(total.cells.anggaran?.value).toMatchObject({ kind: "number", value: 9361664774 });
    const repeated = new Set(table.repeatedHeaderRows);
    expect(items.some((i) => repeated.has(i.firstRow))).toBe(false);
  });

  it("reads the levels: uppercase PROGRAM, then kegiatan and sub kegiatan from the sums", () => {
    expect(LEVELS.map(([line]) => [line, at(line).level])).toEqual(LEVELS);
    expect(at(12).levelSource).toBe("uppercase");
    expect(at(13).levelSource).toBe("sums");
    expect(at(11).levelSource).toBe("column");
  });

  it("links the budget tree: PROGRAM PENDIDIKAN's two kegiatan each carry one sub kegiatan", () => {
    const program = at(29);
    expect(program.budgetChildren).toEqual([at(36).index, at(38).index]);
    expect(at(37).budgetParent).toBe(at(36).index);
    expect(at(39).budgetParent).toBe(at(38).index);
    expect(program.budgetParent).toBeUndefined();
  });

  it("puts PROGRAM PENUNJANG's six kegiatan under it across three page breaks", () => {
    expect(at(66).budgetChildren).toEqual([67, 81, 92, 94, 98, 107].map((l) => at(l).index));
    expect(at(81).budgetChildren).toEqual([82, 83, 84, 91].map((l) => at(l).index));
  });

  it("keeps the tree where the quarters do not add up (Pemberdayaan melalui Kemitraan: 26.005.473 vs 19.655.640)", () => {
    expect(at(53).budgetParent).toBe(at(51).index);
    expect(at(51).budgetChildren).toEqual([52, 53, 54, 55].map((l) => at(l).index));
  });

  it("carries the penanggung jawab written once per program down to its rows, not past a new one", () => {
    expect(at(12).cells.penanggung_jawab?.text).toMatch(/^Kepala Bidang Perizinan/);
    expect(at(13).inherited.penanggung_jawab?.text).toMatch(/^Kepala Bidang Perizinan/);
    expect(at(67).inherited.penanggung_jawab?.text).toBe("Sekretaris");
    expect(at(13).cells.penanggung_jawab).toBeUndefined();
  });

  it("carries the sasaran down, and does not give a new sasaran row the program above it", () => {
    expect(at(12).inherited.sasaran?.text).toBe("Terwujudnya koperasi berkualitas");
    expect(at(49).cells.sasaran?.text).toBe("Terwujudnya UMKM yang produktif dan kompetitif");
    expect(at(49).inherited.program).toBeUndefined();
  });

  it("keeps the kegiatan row without an indikator (seed line 38) and notes hidden rows instead of dropping them", () => {
    expect(at(38).cells.indikator).toBeUndefined();
    expect(at(38).cells.anggaran?.value).toMatchObject({ kind: "number", value: 263879532 });
    const hiddenRow = 20 - 1;
    const hidden = items.find((i) => i.firstRow === hiddenRow);
    expect(hidden?.hidden).toBe(true);
    expect(items.filter((i) => i.hidden)).toHaveLength(1);
  });

  it("holds the cells with their addresses and typed text", () => {
    const row = at(12);
    expect(row.cells.target_tw2).toMatchObject({ row: row.firstRow, col: 6, text: "30" });
    expect(row.cells.anggaran_tw1).toMatchObject({ col: 11, value: { kind: "number", value: 2944920 } });
  });
});
