import { buildItems } from "../../../src/engine/items";
import { recognizeLayout } from "../../../src/engine/layout";
import { sheet } from "../../support/grid-builder";

const _ = null;

describe("rows of a wide sheet with kode rekening, merged cells and total rows", () => {
  const grid = sheet(
    [
      ["RENCANA AKSI DINAS KOPERASI DAN UKM TAHUN 2024"],
      ["Kode Rekening", "Sasaran Strategis", "Program / Kegiatan / Sub Kegiatan", "Indikator Kinerja", "Target", "Pagu Anggaran", "Penanggung Jawab"],
      ["3.30.02", "Meningkatnya koperasi sehat", "Program Pengawasan dan Pemeriksaan Koperasi", "Persentase koperasi sehat", "60%", 300000000, "Kepala Bidang Koperasi"],
      ["3.30.02.2.01", _, "Pemeriksaan dan Pengawasan Koperasi", "Jumlah koperasi diperiksa", "120 Koperasi", 300000000, _],
      ["3.30.02.2.01.0001", _, "Pengawasan Kekuatan dan Kesehatan Koperasi", "Jumlah koperasi diawasi", "90 Koperasi", 110000000, _],
      ["3.30.02.2.01.0002", _, "Pemeriksaan Kepatuhan Koperasi", "Jumlah koperasi patuh", "30 Koperasi", 190000000, _],
      ["Sub Total", _, _, _, _, 300000000, _],
      ["3.30.03", "Meningkatnya koperasi sehat", "Program Pendidikan dan Latihan Perkoperasian", "Persentase koperasi dilatih", "59%", 50000000, "Kepala Bidang Perkoperasian"],
      [_, _, _, _, _, _, _],
      ["JUMLAH TOTAL", _, _, _, _, 350000000, _],
    ],
    { merges: ["B3:B6", "G3:G6", "A9:E9", "A10:E10"] },
  );
  const table = recognizeLayout(grid).tables[0];
  const items = buildItems(grid, table);

  it("reads levels from the kode rekening depth", () => {
    expect(items.filter((i) => i.kind === "row").map((i) => [i.cells.kode?.text, i.level, i.levelSource])).toEqual([
      ["3.30.02", "program", "kode"],
      ["3.30.02.2.01", "kegiatan", "kode"],
      ["3.30.02.2.01.0001", "subkegiatan", "kode"],
      ["3.30.02.2.01.0002", "subkegiatan", "kode"],
      ["3.30.03", "program", "kode"],
    ]);
  });

  it("builds the budget tree from the marked levels, and total rows are totals", () => {
    const [program, kegiatan, sub1, sub2, subTotal, program2, total] = items;
    expect(kegiatan.budgetParent).toBe(program.index);
    expect(kegiatan.budgetChildren).toEqual([sub1.index, sub2.index]);
    expect(subTotal.kind).toBe("total");
    expect(program2.budgetParent).toBeUndefined();
    expect(total).toMatchObject({ kind: "total", firstRow: 9 });
    expect(items).toHaveLength(7);
  });

  it("reads merged sasaran and penanggung jawab as written once for the rows they cover", () => {
    expect(items[0].cells.sasaran?.text).toBe("Meningkatnya koperasi sehat");
    expect(items[2].inherited.sasaran).toMatchObject({ row: 2, col: 1 });
    expect(items[3].inherited.penanggung_jawab?.text).toBe("Kepala Bidang Koperasi");
    expect(items[3].cells.penanggung_jawab).toBeUndefined();
  });
});

describe("levels from sums where nothing marks them, and from numbering", () => {
  it("finds program, kegiatan and sub kegiatan from the amounts of an unmarked list", () => {
    const grid = sheet([
      ["No", "Indikator", "Target", "Program/Kegiatan", "Anggaran"],
      [1, "Persentase UMKM naik kelas", "2%", "Pemberdayaan Usaha Mikro", 539735583],
      [_, "Persentase UMKM diberdayakan", "1%", "Usaha Mikro melalui Pendataan dan Kemitraan", 539735583],
      [_, "Jumlah UMKM didata", "1", "Pendataan Potensi Usaha Mikro", 54411280],
      [_, "Jumlah kemitraan", "50", "Pemberdayaan melalui Kemitraan Usaha Mikro", 26005473],
      [_, "Jumlah izin", "50", "Fasilitasi Kemudahan Perizinan Usaha Mikro", 26325137],
      [_, "Jumlah UMKM dibina", "120", "Pemberdayaan Kelembagaan Usaha Mikro", 432993693],
    ]);
    const items = buildItems(grid, recognizeLayout(grid).tables[0]);
    expect(items.map((i) => [i.level, i.budgetParent ?? null])).toEqual([
      ["program", null],
      ["kegiatan", 0],
      ["subkegiatan", 1],
      ["subkegiatan", 1],
      ["subkegiatan", 1],
      ["subkegiatan", 1],
    ]);
    expect(items.every((i) => i.levelSource === "sums")).toBe(true);
  });

  it("inherits the Nganjuk program written once above its kegiatan, and ranks A. over 1)", () => {
    const grid = sheet([
      ["Sasaran", "Program", "Kegiatan/Sub Kegiatan", "Indikator", "Target", "Anggaran"],
      ["Meningkatnya kepuasan masyarakat", "1. Program Penunjang Urusan Pemerintahan Daerah", "A. Perencanaan, Penganggaran, dan Evaluasi Kinerja", "Tersedianya laporan kinerja", "7 Dokumen", 30000000],
      [_, _, "1) Koordinasi dan Penyusunan Dokumen RKA-SKPD", "Terlaksananya penyusunan RKA", "12 Bulan", 10000000],
      [_, _, "2) Koordinasi dan Penyusunan DPA-SKPD", "Terlaksananya penyusunan DPA", "12 Bulan", 20000000],
    ]);
    const table = recognizeLayout(grid).tables[0];
    const items = buildItems(grid, table);
    expect(items.map((i) => [i.level, i.levelSource, i.budgetParent ?? null])).toEqual([
      ["kegiatan", "numbering", null],
      ["subkegiatan", "numbering", 0],
      ["subkegiatan", "numbering", 0],
    ]);
  });
});
