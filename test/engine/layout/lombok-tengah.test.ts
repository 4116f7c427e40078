import { recognizeLayout } from "../../../src/engine/layout";
import { letters } from "./fixtures/letters";
import { lombokSheet } from "./fixtures/lombok-tengah";

describe("Lombok Tengah 2022: merged four-row header, column numbers, repeated page headers", () => {
  const lombok = lombokSheet();
  const layout = recognizeLayout(lombok.grid);
  const table = layout.tables[0];

  it("finds one wide quarterly table", () => {
    expect(layout.recognized).toBe(true);
    expect(layout.tables).toHaveLength(1);
    expect(table.kind).toBe("wide-quarterly");
  });

  it("reads the header block under the kop, and the column-number row 1 2 4 5 … 16", () => {
    expect(table.headerTop + 1).toBe(4);
    expect(table.headerBottom + 1).toBe(7);
    expect(table.columnNumberRow! + 1).toBe(8);
  });

  it("maps every column; the same words 'Rencana Aksi per Triwulan' I–IV head targets (F–I) and, under ANGGARAN, the budget (L–O)", () => {
    expect(letters(table.columns)).toEqual({
      no: "A",
      sasaran: "B",
      indikator: "C",
      satuan: "D",
      target: "E",
      target_tw1: "F",
      target_tw2: "G",
      target_tw3: "H",
      target_tw4: "I",
      program: "J",
      anggaran: "K",
      anggaran_tw1: "L",
      anggaran_tw2: "M",
      anggaran_tw3: "N",
      anggaran_tw4: "O",
      penanggung_jawab: "P",
    });
    expect(table.groups).toEqual([{ columns: table.columns }]);
    expect(table.scale).toBeUndefined();
  });

  it("runs from the first data row to the Jumlah row, stopping before the signature", () => {
    expect(table.firstDataRow + 1).toBe(lombok.firstDataRow);
    expect(table.lastDataRow + 1).toBe(lombok.totalRow);
  });

  it("skips every repeated page header, the reordered third one included, and their column-number rows", () => {
    expect(table.repeatedHeaderRows.map((r) => r + 1)).toEqual(lombok.repeatedRows);
    expect(lombok.repeatedRows).toHaveLength(35);
  });

  it("skips the reordered third header whose rows are APBD / I II III IV before I II III IV", () => {
    const third = lombok.rowOfLine.get(31)!;
    expect([third, third + 1, third + 2, third + 3, third + 4].every((r) => table.repeatedHeaderRows.includes(r - 1))).toBe(true);
  });
});
