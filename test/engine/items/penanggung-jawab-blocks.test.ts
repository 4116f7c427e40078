import { join } from "node:path";
import { analyzeSheet } from "../../../src/engine/analyze";
import { buildItems } from "../../../src/engine/items";
import { recognizeLayout } from "../../../src/engine/layout";
import { XlsxFileWorkbook } from "../../../src/xlsx/node-file";
import { sheet } from "../../support/grid-builder";

const _ = null;
const PJ = (findings: ReturnType<typeof analyzeSheet>["findings"]) =>
  findings.filter((f) => f.code === "MISSING_PENANGGUNG_JAWAB").map((f) => ({ code: f.code, cell: f.cell, severity: f.severity }));

describe("penanggung jawab carried only within its block", () => {
  // Kop, a two-row header with a column-number row, kode rekening, Indonesian amounts as text.
  const rows = [
    ["RENCANA AKSI DINAS KOPERASI DAN UKM KABUPATEN CONTOH"],
    ["TAHUN 2024"],
    ["Kode", "Program / Kegiatan / Sub Kegiatan", "Indikator Kinerja", "Satuan", "Target", "Anggaran (Rp)", "Penanggung Jawab"],
    [1, 2, 3, 4, 5, 6, 7],
    ["3.30.02", "Program Pelayanan Izin Usaha Simpan Pinjam", "Jumlah koperasi berizin", "Unit", "12", "32.535.393", "Kepala Bidang Perizinan"],
    ["3.30.02.2.01", "Penerbitan Izin Usaha Simpan Pinjam", "Jumlah izin terbit", "Unit", "12", "32.535.393", _],
    ["3.30.02.2.01.0001", "Fasilitasi Pemenuhan Izin Usaha", "Jumlah koperasi difasilitasi", "Unit", "12", "32.535.393", _],
    ["3.30.03", "Program Pengawasan dan Pemeriksaan Koperasi", "Persentase koperasi patuh", "Persen", "60%", "201.761.056", _],
    ["3.30.03.2.01", "Pemeriksaan dan Pengawasan Koperasi", "Jumlah koperasi diperiksa", "Unit", "40", "201.761.056", _],
    ["3.30.03.2.01.0001", "Pengawasan Kesehatan Koperasi", "Jumlah koperasi diawasi", "Unit", "25", "64.595.946", _],
    ["3.30.03.2.01.0002", "Pemeriksaan Kepatuhan Koperasi", "Jumlah koperasi patuh", "Unit", "15", "137.165.110", _],
    ["3.30.04", "Program Penilaian Kesehatan KSP/USP", "Persentase koperasi sehat", "Persen", "64%", "39.677.024", "Kepala Bidang Pengawasan"],
    ["3.30.04.2.01", "Penilaian Kesehatan KSP/USP", "Jumlah KSP dinilai", "Unit", "30", "39.677.024", _],
    ["3.30.04.2.01.0001", "Pelaksanaan Penilaian Kesehatan", "Jumlah laporan penilaian", "Dokumen", "1", "16.599.084", _],
    ["3.30.04.2.01.0002", "Penghargaan Kesehatan KSP/USP", "Jumlah koperasi dihargai", "Unit", "5", "23.077.940", _],
    ["JUMLAH", _, _, _, _, "273.973.473", _],
  ];

  it("does not carry the name over a program left blank: the blank program block is reported once", () => {
    const findings = analyzeSheet(sheet(rows, { merges: ["A16:E16"] })).findings;
    expect(PJ(findings)).toEqual([{ code: "MISSING_PENANGGUNG_JAWAB", cell: "G8", severity: "warning" }]);
  });

  it("carries it down over the program's own kegiatan and sub kegiatan, and over a merged area", () => {
    const grid = sheet(rows, { merges: ["A16:E16", "G5:G6"] });
    const items = buildItems(grid, recognizeLayout(grid).tables[0]);
    const pj = (i: number) => items[i].cells.penanggung_jawab?.text ?? items[i].inherited.penanggung_jawab?.text;
    expect(items.slice(0, 10).map((_x, i) => pj(i))).toEqual([
      "Kepala Bidang Perizinan",
      "Kepala Bidang Perizinan",
      "Kepala Bidang Perizinan",
      undefined,
      undefined,
      undefined,
      undefined,
      "Kepala Bidang Pengawasan",
      "Kepala Bidang Pengawasan",
      "Kepala Bidang Pengawasan",
    ]);
  });

  it("a program that names someone on its kegiatan row is answered", () => {
    const answered = rows.map((r, i) => (i === 8 ? [...r.slice(0, 6), "Kepala Seksi Pengawasan"] : r));
    expect(PJ(analyzeSheet(sheet(answered, { merges: ["A16:E16"] })).findings)).toEqual([]);
  });

  it("without levels a blank still means the name above (a flat list of indicators)", () => {
    const flat = sheet([
      ["No", "Indikator Kinerja", "Satuan", "Target", "Penanggung Jawab"],
      [1, "Jumlah laporan keuangan bulanan", "Laporan", "12", "Bendahara"],
      [2, "Jumlah dokumen SPJ", "Dokumen", "12", _],
      [3, "Jumlah SP2D terbit", "Dokumen", "250", _],
    ]);
    expect(PJ(analyzeSheet(flat).findings)).toEqual([]);
  });
});

describe("under urusan and bidang rows (Permendagri 90 kode)", () => {
  it("each program is its own block: the blank one is reported, not hidden under the urusan", () => {
    const grid = sheet([
      ["Kode", "Urusan / Bidang / Program / Kegiatan", "Indikator Kinerja", "Anggaran (Rp)", "Penanggung Jawab"],
      ["3", "Urusan Pemerintahan Bidang Perdagangan", _, "900.000.000", _],
      ["3.31", "Bidang Urusan Perdagangan", _, "900.000.000", _],
      ["3.31.03", "Program Peningkatan Sarana Distribusi Perdagangan", "Persentase pasar layak", "600.000.000", "Kepala Bidang Sarana"],
      ["3.31.03.2.01", "Pembangunan Sarana Distribusi", "Jumlah pasar dibangun", "600.000.000", _],
      ["3.31.04", "Program Stabilisasi Harga Barang Kebutuhan Pokok", "Koefisien variasi harga", "300.000.000", _],
      ["3.31.04.2.01", "Pengendalian Harga Barang Kebutuhan Pokok", "Jumlah operasi pasar", "300.000.000", _],
    ]);
    expect(PJ(analyzeSheet(grid).findings)).toEqual([{ code: "MISSING_PENANGGUNG_JAWAB", cell: "E6", severity: "warning" }]);
  });
});

describe("Lombok Tengah 2022 (lombok-tengah.xlsx), the whole sheet", () => {
  it("reports PROGRAM PENGAWASAN's block (P13), whose rows name no one, and no other", async () => {
    const workbook = await XlsxFileWorkbook.fromFile(join(__dirname, "../../fixtures/lombok-tengah.xlsx"));
    const [name] = await workbook.sheetNames();
    const findings = analyzeSheet(await workbook.readSheet(name)).findings;
    expect(PJ(findings)).toEqual([{ code: "MISSING_PENANGGUNG_JAWAB", cell: "P13", severity: "warning" }]);
  });
});
