import { analyzeSheet } from "../../../src/engine/analyze";
import { buildItems } from "../../../src/engine/items";
import { recognizeLayout } from "../../../src/engine/layout";
import { sheet } from "../../support/grid-builder";

const _ = null;

/**
 * A Renstra-like matrix: the kode over five columns (urusan | bidang | program | kegiatan | sub
 * kegiatan) under one merged "Kode" header; sub kegiatan rows show only their own part, and two
 * rows hold slips: "31 04" (bidang and program in one cell, a space for the dot) and "2,01".
 */
const grid = sheet(
  [
    ["MATRIKS RENCANA PROGRAM DAN KEGIATAN DINAS PERDAGANGAN 2021-2026"],
    ["Kode", _, _, _, _, "Program / Kegiatan", "Indikator Kinerja", "Target", "Anggaran (Rp)", "Perangkat Daerah Penanggung Jawab"],
    [1, _, _, _, _, 2, 3, 4, 5, 6],
    ["3", _, _, _, _, "Urusan Perdagangan", _, _, "1.500.000.000", _],
    ["3", "31", _, _, _, "Bidang Urusan Perdagangan", _, _, "1.500.000.000", _],
    ["3", "31", "03", _, _, "Program Peningkatan Sarana Distribusi Perdagangan", "Persentase pasar layak", "80%", "1.500.000.000", "Dinas Perdagangan"],
    ["3", "31", "03", "2.01", _, "Pembangunan dan Pengelolaan Sarana Distribusi", "Jumlah pasar dibangun", "2 Unit", "1.000.000.000", _],
    [_, _, _, _, "0001", "Pembangunan Pasar Rakyat", "Jumlah pasar rakyat", "1 Unit", "600.000.000", _],
    [_, _, _, _, "0002", "Revitalisasi Pasar Rakyat", "Jumlah pasar direvitalisasi", "1 Unit", "400.000.000", _],
    [_, "31 04", _, _, _, "Program Stabilisasi Harga Barang Kebutuhan Pokok", "Koefisien variasi harga", "5%", "500.000.000", _],
    [_, _, _, "2,01", _, "Pengendalian Harga Barang Kebutuhan Pokok", "Jumlah operasi pasar", "4 Kali", "500.000.000", _],
  ],
  { merges: ["A2:E2", "A3:E3"] },
);

describe("a kode split over five columns under one merged Kode header", () => {
  it("reads the parts joined, leading parts from the rows above, slips read as meant", () => {
    const items = buildItems(grid, recognizeLayout(grid).tables[0]);
    expect(items.map((i) => `${i.firstRow + 1}:${i.level}/${i.levelSource}`)).toEqual([
      "4:urusan/kode",
      "5:bidang/kode",
      "6:program/kode",
      "7:kegiatan/kode",
      "8:subkegiatan/kode",
      "9:subkegiatan/kode",
      "10:program/kode",
      "11:kegiatan/kode",
    ]);
    expect(items[7].budgetParent).toBe(items[6].index);
    expect(items[6].budgetParent).toBe(items[1].index);
  });

  it("reports each slip as KODE_FORMAT, a warning on the cell", () => {
    const slips = analyzeSheet(grid).findings.filter((f) => f.code === "KODE_FORMAT");
    expect(slips.map((f) => ({ code: f.code, cell: f.cell, severity: f.severity, params: f.params }))).toEqual([
      { code: "KODE_FORMAT", cell: "B10", severity: "warning", params: { text: "31 04", read: "31.04" } },
      { code: "KODE_FORMAT", cell: "D11", severity: "warning", params: { text: "2,01", read: "2.01" } },
    ]);
  });
});

/**
 * The same matrix where a program and its kegiatan were typed one column to the left (the urusan
 * digit left out: `31 | 05` under urusan | bidang), as BKPSDM Sumedang's Renstra has it, and the
 * program's extra indikator lines carry a kondisi-akhir formula that shows 0.
 */
const shifted = sheet(
  [
    ["MATRIKS RENCANA PROGRAM DAN KEGIATAN DINAS PERDAGANGAN 2021-2026"],
    ["Kode", _, _, _, _, "Program / Kegiatan", "Indikator Kinerja", "Target", "Anggaran (Rp)", "Perangkat Daerah Penanggung Jawab"],
    [1, _, _, _, _, 2, 3, 4, 5, 6],
    ["3", "31", _, _, _, "Bidang Urusan Perdagangan", _, _, "1.500.000.000", _],
    ["3", "31", "03", _, _, "Program Peningkatan Sarana Distribusi Perdagangan", "Persentase pasar layak", "80%", "1.000.000.000", "Dinas Perdagangan"],
    ["3", "31", "03", "2.01", _, "Pembangunan dan Pengelolaan Sarana Distribusi", "Jumlah pasar dibangun", "2 Unit", "400.000.000", _],
    ["3", "31", "03", "2.02", _, "Pengelolaan Pasar Rakyat", "Jumlah pasar dikelola", "5 Pasar", "350.000.000", _],
    ["3", "31", "03", "2.03", _, "Pembinaan Pedagang", "Jumlah pedagang dibina", "200 Orang", "250.000.000", _],
    ["31", "05", _, _, _, "Program Stabilisasi Harga Barang Kebutuhan Pokok", "Koefisien variasi harga", "5%", "500.000.000", "Dinas Perdagangan"],
    [_, _, _, _, _, _, "Jumlah pasar terpantau harganya", "12 Pasar", 0, "Dinas Perdagangan"],
    ["31", "05", "2.01", _, _, "Pengendalian Harga Barang Kebutuhan Pokok", "Jumlah operasi pasar", "4 Kali", "300.000.000", _],
    ["31", "05", "2.02", _, _, "Pengawasan Distribusi Barang Kebutuhan Pokok", "Jumlah pengawasan", "12 Kali", "200.000.000", _],
  ],
  { merges: ["A2:E2", "A3:E3"] },
);

describe("a kode typed one column to the left (its leading part left out)", () => {
  it("reads each part in the column whose shape it has, the leading part from above", () => {
    const items = buildItems(shifted, recognizeLayout(shifted).tables[0]);
    expect(items.map((i) => `${i.firstRow + 1}:${i.level}/${i.levelSource}`)).toEqual([
      "4:bidang/kode",
      "5:program/kode",
      "6:kegiatan/kode",
      "7:kegiatan/kode",
      "8:kegiatan/kode",
      "9:program/kode",
      "10:indikator/column",
      "11:kegiatan/kode",
      "12:kegiatan/kode",
    ]);
    expect(items[5].budgetParent).toBe(items[0].index);
    expect(items[5].budgetChildren).toEqual([items[7].index, items[8].index]);
  });

  it("says so once per row, at the cell where the kode starts, and finds no budget error in the sums that hold", () => {
    const { findings } = analyzeSheet(shifted);
    expect(findings.filter((f) => f.code === "KODE_FORMAT").map((f) => [f.cell, f.params])).toEqual([
      ["A9", { text: "31", read: "3.31.05", shifted: 1 }],
      ["A11", { text: "31", read: "3.31.05.2.01", shifted: 1 }],
      ["A12", { text: "31", read: "3.31.05.2.02", shifted: 1 }],
    ]);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(findings.filter((f) => f.code === "BUDGET_ZERO_WITH_TARGET")).toEqual([]);
  });
});
