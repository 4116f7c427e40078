import { analyzeSheet } from "../../../src/engine/analyze";
import { buildItems } from "../../../src/engine/items";
import { levelOfKode, levelOfKodeCell, levelOfWords } from "../../../src/engine/items/levels";
import { recognizeLayout } from "../../../src/engine/layout";
import type { Grid, Item } from "../../../src/engine/model";
import { sheet } from "../../support/grid-builder";

const _ = null;

function itemsOf(grid: Grid): Item[] {
  return buildItems(grid, recognizeLayout(grid).tables[0]);
}

/** Each row item as "level parent-row": the tree in the sheet's own row numbers. */
function tree(items: Item[]): string[] {
  return items.filter((i) => i.kind === "row").map((i) => `${i.firstRow + 1}:${i.level ?? "-"}<${i.budgetParent === undefined ? "" : items[i.budgetParent].firstRow + 1}`);
}

describe("kode shapes of Permendagri 90/2019", () => {
  it.each([
    ["3.30.02", "program"],
    ["X.XX.01", "program"],
    ["3.30.02.2.01", "kegiatan"],
    ["1.20.05.01", "kegiatan"],
    ["3.30.02.2.01.0001", "subkegiatan"],
    ["1.1.1", undefined],
    ["1.1.1.1", undefined],
    ["2.17.0.00.0.00.01.0000", undefined],
    ["3.30", undefined],
  ])("in a name: %j → %s", (text, level) => expect(levelOfKode(text)).toBe(level));

  it.each([
    ["3", "urusan"],
    ["3.30", "bidang"],
    ["3.30.02", "program"],
    ["1.1.1", undefined],
    ["2.17.0.00.0.00.01.0000", undefined],
  ])("in a kode column: %j → %s", (text, level) => expect(levelOfKodeCell(text)).toBe(level));
});

describe("nomenclature words at the start of a name, in any case", () => {
  it.each([
    ["Program Penunjang Urusan Pemerintahan Daerah", "program"],
    ["1. Program Peningkatan Kapasitas SDM", "program"],
    ["A. Kegiatan Administrasi Keuangan", "kegiatan"],
    ["sub kegiatan Penyediaan Gaji dan Tunjangan ASN", "subkegiatan"],
    ["Sub-Kegiatan Penyediaan ATK", "subkegiatan"],
    ["BIDANG URUSAN KOPERASI, USAHA KECIL DAN MENENGAH", "bidang"],
    ["Urusan Pemerintahan Wajib Non Pelayanan Dasar", "urusan"],
    ["Penyediaan Gaji dan Tunjangan ASN", undefined],
    ["Persentase program yang terlaksana", undefined],
  ])("%j → %s", (text, level) => expect(levelOfWords(text)).toBe(level));
});

describe("a Permendagri 90 kode sheet: urusan, bidang, program, kegiatan, sub kegiatan", () => {
  const grid = sheet(
    [
      ["RENCANA AKSI DINAS KOPERASI, USAHA KECIL DAN MENENGAH"],
      ["TAHUN ANGGARAN 2024"],
      ["Kode", "Urusan / Bidang / Program / Kegiatan / Sub Kegiatan", "Indikator Kinerja", "Target", "Anggaran (Rp)", "Penanggung Jawab"],
      [1, 2, 3, 4, 5, 6],
      ["3", "Urusan Pemerintahan Bidang Koperasi, Usaha Kecil dan Menengah", _, _, "1.350.000.000", _],
      ["3.30", "Bidang Urusan Koperasi, Usaha Kecil dan Menengah", _, _, "1.350.000.000", _],
      ["3.30.02", "Program Pengawasan dan Pemeriksaan Koperasi", "Persentase koperasi patuh", "60%", "700.000.000", "Kepala Bidang Pengawasan"],
      ["3.30.02.2.01", "Pemeriksaan dan Pengawasan Koperasi", "Jumlah koperasi diperiksa", "40 Unit", "700.000.000", _],
      ["3.30.02.2.01.0001", "Pengawasan Kesehatan Koperasi", "Jumlah koperasi diawasi", "25 Unit", "250.000.000", _],
      ["3.30.02.2.01.0002", "Pemeriksaan Kepatuhan Koperasi", "Jumlah koperasi patuh", "15 Unit", "400.000.000", _],
      ["3.30.03", "Program Pendidikan dan Latihan Perkoperasian", "Persentase koperasi dilatih", "59%", "650.000.000", "Kepala Bidang Kelembagaan"],
      ["3.30.03.2.01", "Pendidikan dan Latihan Perkoperasian", "Jumlah peserta", "120 Orang", "650.000.000", _],
      ["3.30.03.2.01.0001", "Pemahaman Perkoperasian bagi Anggota", "Jumlah anggota dilatih", "120 Orang", "650.000.000", _],
      ["J U M L A H", _, _, _, "1.350.000.000", _],
    ],
    { merges: ["A14:D14"] },
  );
  const items = itemsOf(grid);

  it("reads every level from the kode, and the tree from the levels", () => {
    expect(tree(items)).toEqual([
      "5:urusan<",
      "6:bidang<5",
      "7:program<6",
      "8:kegiatan<7",
      "9:subkegiatan<8",
      "10:subkegiatan<8",
      "11:program<6",
      "12:kegiatan<11",
      "13:subkegiatan<12",
    ]);
    expect(items.filter((i) => i.kind === "row").every((i) => i.levelSource === "kode")).toBe(true);
  });

  it("keeps the kegiatan whose sub kegiatan do not add up as their parent: the one real BUDGET_CHILD_SUM, no error on correct Jumlah cells", () => {
    const budget = analyzeSheet(grid).findings.filter((f) => f.code.startsWith("BUDGET_") && f.severity === "error");
    expect(budget.map((f) => ({ code: f.code, cell: f.cell, severity: f.severity }))).toEqual([{ code: "BUDGET_CHILD_SUM", cell: "E8", severity: "error" }]);
  });
});

it("a program with a blank Rp is still the parent of its kegiatan (marked by words, no kode)", () => {
  const grid = sheet([
    ["No", "Program / Kegiatan / Sub Kegiatan", "Indikator", "Anggaran (Rp)"],
    ["1.", "Program Peningkatan Kapasitas Sumber Daya Manusia", "Persentase ASN kompeten", _],
    ["a.", "Kegiatan Pendidikan dan Pelatihan ASN", "Jumlah ASN dilatih", "1.250.000.000"],
    ["b.", "Kegiatan Bimbingan Teknis", "Jumlah bimtek", "2.300.000.000"],
    ["2.", "Program Penunjang Urusan Pemerintahan Daerah", "Nilai SAKIP", "4.000.000.000"],
    ["a.", "Kegiatan Administrasi Keuangan", "Jumlah laporan", "4.000.000.000"],
  ]);
  expect(tree(itemsOf(grid))).toEqual(["2:program<", "3:kegiatan<2", "4:kegiatan<2", "5:program<", "6:kegiatan<5"]);
});

describe("outline numbering and organisation codes are not levels", () => {
  it("1.1.1 and 2.17.0.00.0.00.01.0000 leave the levels to the sums", () => {
    const grid = sheet([
      ["Kode", "Program / Kegiatan", "Indikator", "Anggaran"],
      ["2.17.0.00.0.00.01.0000", "Dinas Koperasi dan UKM", _, "300.000.000"],
      ["1.1", "Pelayanan Izin Usaha", "Jumlah izin", "300.000.000"],
      ["1.1.1", "Penerbitan Izin Usaha Simpan Pinjam", "Jumlah izin terbit", "100.000.000"],
      ["1.1.2", "Fasilitasi Pemenuhan Izin", "Jumlah koperasi difasilitasi", "200.000.000"],
    ]);
    const items = itemsOf(grid);
    expect(items.some((i) => i.levelSource === "kode")).toBe(false);
    expect(items[3].budgetParent).toBe(items[1].index);
  });
});

describe("sums only as the last resort", () => {
  it("a flat list 50, 50, 30 under a correct Jumlah of 130 stays flat: no finding", () => {
    const grid = sheet(
      [
        ["No", "Sub Kegiatan", "Indikator", "Target", "Anggaran (Rp)"],
        [1, "Penyediaan Alat Tulis Kantor", "Jumlah paket ATK", "12 Paket", "Rp. 50.000.000,-"],
        [2, "Penyediaan Bahan Logistik Kantor", "Jumlah paket logistik", "12 Paket", "Rp. 50.000.000,-"],
        [3, "Penyelenggaraan Rapat Koordinasi", "Jumlah rapat", "4 Kali", "Rp. 30.000.000,-"],
        ["JUMLAH", _, _, _, "Rp. 130.000.000,-"],
      ],
      { merges: ["A5:D5"] },
    );
    const items = itemsOf(grid);
    expect(items.map((i) => i.budgetParent)).toEqual([undefined, undefined, undefined, undefined]);
    expect(analyzeSheet(grid).findings.filter((f) => f.code.startsWith("BUDGET_"))).toEqual([]);
  });

  it("sums never override a kode: a kegiatan marked by its kode stays a kegiatan even when its amount equals its program's neighbour", () => {
    const grid = sheet([
      ["Kode", "Program / Kegiatan / Sub Kegiatan", "Indikator", "Anggaran"],
      ["3.30.02", "Program Pengawasan Koperasi", "Persentase koperasi patuh", "100.000.000"],
      ["3.30.02.2.01", "Pemeriksaan Koperasi", "Jumlah koperasi diperiksa", "100.000.000"],
      [_, "Pengawasan Kesehatan Koperasi", "Jumlah koperasi diawasi", "60.000.000"],
      [_, "Pemeriksaan Kepatuhan Koperasi", "Jumlah koperasi patuh", "30.000.000"],
    ]);
    expect(tree(itemsOf(grid))).toEqual(["2:program<", "3:kegiatan<2", "4:subkegiatan<3", "5:subkegiatan<3"]);
  });
});

describe("the tree without an anggaran column", () => {
  it("links rows by their realisasi anggaran per triwulan (Permendagri 86 evaluation form)", () => {
    const grid = sheet([
      ["Kode", "Program / Kegiatan", "Indikator Kinerja", "Realisasi Anggaran", _, _, _],
      [_, _, _, "TW I", "TW II", "TW III", "TW IV"],
      ["3.30.02", "Program Pengawasan Koperasi", "Persentase koperasi patuh", "40.000.000", "60.000.000", "50.000.000", "50.000.000"],
      ["3.30.02.2.01", "Pemeriksaan Koperasi", "Jumlah koperasi diperiksa", "40.000.000", "60.000.000", "50.000.000", "50.000.000"],
      ["3.30.02.2.01.0001", "Pengawasan Kesehatan Koperasi", "Jumlah koperasi diawasi", "15.000.000", "25.000.000", "20.000.000", "20.000.000"],
      ["3.30.02.2.01.0002", "Pemeriksaan Kepatuhan Koperasi", "Jumlah koperasi patuh", "25.000.000", "35.000.000", "30.000.000", "30.000.000"],
    ], { merges: ["D1:G1"] });
    const layout = recognizeLayout(grid).tables[0];
    const items = buildItems(grid, layout);
    expect(layout.columns.realisasi_anggaran_tw1).toBe(3);
    expect(tree(items)).toEqual(["3:program<", "4:kegiatan<3", "5:subkegiatan<4", "6:subkegiatan<4"]);
  });
});
