import { analyzeSheet } from "../../../src/engine/analyze";
import type { Finding } from "../../../src/engine/model";
import { renderFinding } from "../../../src/i18n";
import { sheet, type RawValue } from "../../support/grid-builder";

const _ = null;

/**
 * A Rencana Aksi of a Dinas Perdagangan with a Kode column (Permendagri 90/2019): bidang, two
 * programs, their kegiatan and sub kegiatan, anggaran per row. Clean: every kode of its level's
 * shape and inside its parent's.
 */
const HEADER: RawValue[][] = [
  ["RENCANA AKSI DINAS PERDAGANGAN TAHUN 2024"],
  ["No", "Kode", "Program / Kegiatan / Sub Kegiatan", "Indikator Kinerja", "Satuan", "Target", "TW I", "TW II", "TW III", "TW IV", "Anggaran (Rp)", "Penanggung Jawab"],
];
const ROWS: RawValue[][] = [
  [1, "3.31", "Bidang Urusan Perdagangan", _, _, _, _, _, _, _, "1.450.000.000", _],
  [2, "3.31.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "Nilai SAKIP Perangkat Daerah", "Nilai", "75", "-", "-", "-", "75", "850.000.000", "Sekretaris"],
  [3, "3.31.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "Jumlah dokumen perencanaan", "Dokumen", "4", "1", "2", "3", "4", "50.000.000", "Kasubag Program"],
  [4, "3.31.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", "Jumlah dokumen Renja", "Dokumen", "2", "1", "1", "2", "2", "50.000.000", "Kasubag Program"],
  [5, "3.31.01.2.02", "Administrasi Keuangan Perangkat Daerah", "Jumlah laporan keuangan", "Laporan", "12", "3", "6", "9", "12", "800.000.000", "Kasubag Keuangan"],
  [6, "3.31.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN", "Jumlah ASN yang menerima gaji", "Orang", "45", "45", "45", "45", "45", "800.000.000", "Kasubag Keuangan"],
  [7, "3.31.03", "Program Stabilisasi Harga Barang Kebutuhan Pokok dan Barang Penting", "Koefisien variasi harga", "%", "5", "5", "5", "5", "5", "600.000.000", "Kabid Perdagangan"],
  [8, "3.31.03.2.01", "Pengendalian Harga, Informasi Ketersediaan Stok dan Pasokan", "Jumlah operasi pasar", "Kali", "4", "1", "2", "3", "4", "600.000.000", "Kabid Perdagangan"],
  [9, "3.31.03.2.01.0001", "Penyediaan Informasi Harga Barang Kebutuhan Pokok", "Jumlah laporan harga", "Laporan", "52", "13", "26", "39", "52", "600.000.000", "Kabid Perdagangan"],
];

/** The plan with some kode cells replaced (by data row: 1 is the bidang) and rows added (after data row `at`, else at the end). */
function ra(kodes: Record<number, string> = {}, extra: RawValue[][] = [], at = ROWS.length): ReturnType<typeof sheet> {
  const rows = ROWS.map((r, i) => (kodes[i + 1] === undefined ? r : [r[0], kodes[i + 1], ...r.slice(2)]));
  return sheet([...HEADER, ...rows.slice(0, at), ...extra, ...rows.slice(at)]);
}

const kodeFindings = (grid: ReturnType<typeof sheet>): Finding[] => analyzeSheet(grid).findings.filter((f) => f.code === "KODE_FORMAT");
const brief = (f: Finding) => ({ cell: f.cell, severity: f.severity, ...f.params });

describe("KODE_FORMAT: the kode hierarchy of Permendagri 90/2019", () => {
  it("reads the clean plan's rows at their kode levels and finds nothing", () => {
    const analysis = analyzeSheet(ra());
    expect(analysis.tables[0].items.filter((i) => i.kind === "row").map((i) => i.level)).toEqual([
      "bidang", "program", "kegiatan", "subkegiatan", "kegiatan", "subkegiatan", "program", "kegiatan", "subkegiatan",
    ]);
    expect(kodeFindings(ra())).toEqual([]);
  });

  it.each<[string, Record<number, string>, RawValue[][], object[]]>([
    ["a program kode that lost its leading zero (3.31.3)", { 7: "3.31.3" }, [], [{ cell: "B9", kind: "shape", kode: "3.31.3", level: "program", shape: "X.XX.XX" }]],
    ["a kegiatan kode with a part missing (3.31.01.2)", { 3: "3.31.01.2" }, [], [{ cell: "B5", kind: "shape", kode: "3.31.01.2", level: "kegiatan", shape: "X.XX.XX.X.XX" }]],
    ["a sub kegiatan numbered with three digits (3.31.01.2.02.001)", { 6: "3.31.01.2.02.001" }, [], [{ cell: "B8", kind: "shape", kode: "3.31.01.2.02.001", level: "subkegiatan", shape: "X.XX.XX.X.XX.XXXX" }]],
    [
      "a kegiatan under the wrong program (3.31.02.2.01 under 3.31.03)",
      { 8: "3.31.02.2.01" },
      [],
      [
        { cell: "B10", kind: "parent", kode: "3.31.02.2.01", level: "kegiatan", parent: "3.31.03", parentLevel: "program", parentCell: "B9" },
        // Its sub kegiatan still carries the right program, so it no longer fits its kegiatan either.
        { cell: "B11", kind: "parent", kode: "3.31.03.2.01.0001", level: "subkegiatan", parent: "3.31.02.2.01", parentLevel: "kegiatan", parentCell: "B10" },
      ],
    ],
    // One warning per kode: where it was used before says more than the parent it no longer fits.
    ["a sub kegiatan row copied from the kegiatan above, its kode unchanged", { 6: "3.31.01.2.01.0001" }, [], [
      { cell: "B8", kind: "duplicate", kode: "3.31.01.2.01.0001", level: "subkegiatan", firstCell: "B6" },
    ]],
    ["a program of another bidang under bidang 3.31 (3.30.03)", { 7: "3.30.03" }, [], [
      { cell: "B9", kind: "parent", kode: "3.30.03", level: "program", parent: "3.31", parentLevel: "bidang", parentCell: "B3" },
      { cell: "B10", kind: "parent", kode: "3.31.03.2.01", level: "kegiatan", parent: "3.30.03", parentLevel: "program", parentCell: "B9" },
    ]],
    [
      "a copied sub kegiatan row whose kode was not changed",
      {},
      [[10, "3.31.03.2.01.0001", "Penyediaan Informasi Ketersediaan Stok Barang Kebutuhan Pokok", "Jumlah laporan stok", "Laporan", "12", "3", "6", "9", "12", "0", "Kabid Perdagangan"]],
      [{ cell: "B12", kind: "duplicate", kode: "3.31.03.2.01.0001", level: "subkegiatan", firstCell: "B11" }],
    ],
    [
      "a kegiatan listed again further down",
      {},
      [[10, "3.31.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "Jumlah dokumen evaluasi", "Dokumen", "4", "1", "2", "3", "4", "0", "Kasubag Program"]],
      [{ cell: "B12", kind: "duplicate", kode: "3.31.01.2.01", level: "kegiatan", firstCell: "B5" }],
    ],
    ["a row named Sub Kegiatan with a kegiatan's kode", {}, [[10, "3.31.03.2.02", "Sub Kegiatan Pelaksanaan Pasar Murah", "Jumlah pasar murah", "Kali", "2", "-", "1", "-", "2", "0", "Kabid Perdagangan"]], [
      { cell: "B12", kind: "level", kode: "3.31.03.2.02", level: "subkegiatan", kodeLevel: "kegiatan", shape: "X.XX.XX.X.XX.XXXX" },
    ]],
  ])("warns about %s", (_name, kodes, extra, expected) => {
    const found = kodeFindings(ra(kodes, extra));
    expect(found.map(brief)).toEqual(expected.map((e) => ({ severity: "warning", ...e })));
  });

  it.each<[string, Record<number, string>, RawValue[][], number]>([
    ["a program common to every urusan written X.XX.01", { 2: "X.XX.01" }, [], ROWS.length],
    ["a Permendagri 13/2006 kegiatan (3.31.03.01)", { 8: "3.31.03.01", 9: "" }, [], ROWS.length],
    ["sub kegiatan numbered with two digits, as older sheets do", { 4: "3.31.01.2.01.01", 6: "3.31.01.2.02.01", 9: "3.31.03.2.01.01" }, [], ROWS.length],
    ["the same program repeated on its second indikator line", {}, [[_, "3.31.03", "Program Stabilisasi Harga Barang Kebutuhan Pokok dan Barang Penting", "Persentase pasar yang terpantau", "%", "100", "100", "100", "100", "100", "-", "Kabid Perdagangan"]], 7],
  ])("stays quiet for %s", (_name, kodes, extra, at) => {
    expect(kodeFindings(ra(kodes, extra, at))).toEqual([]);
  });

  it("stays quiet on outline numbers in the Kode column (1.1, 1.1.1)", () => {
    const outline = ["1", "1.1", "1.1.1", "1.1.1.1", "1.1.2", "1.1.2.1", "1.2", "1.2.1", "1.2.1.1"];
    expect(kodeFindings(ra(Object.fromEntries(outline.map((k, i) => [i + 1, k]))))).toEqual([]);
  });

  it("reads kodes written at the start of the name when there is no Kode column", () => {
    const rows = [
      ["No", "Program / Kegiatan / Sub Kegiatan", "Indikator Kinerja", "Satuan", "Target", "TW I", "TW II", "TW III", "TW IV", "Anggaran (Rp)"],
      [1, "3.31.03 Program Stabilisasi Harga Barang Kebutuhan Pokok", "Koefisien variasi harga", "%", "5", "5", "5", "5", "5", "600.000.000"],
      [2, "3.31.03.2.01 Pengendalian Harga dan Pasokan", "Jumlah operasi pasar", "Kali", "4", "1", "2", "3", "4", "600.000.000"],
      [3, "3.31.02.2.01.0001 Penyediaan Informasi Harga", "Jumlah laporan harga", "Laporan", "52", "13", "26", "39", "52", "600.000.000"],
    ];
    expect(kodeFindings(sheet(rows)).map(brief)).toEqual([
      { cell: "B4", severity: "warning", kind: "parent", kode: "3.31.02.2.01.0001", level: "subkegiatan", parent: "3.31.03.2.01", parentLevel: "kegiatan", parentCell: "B3" },
    ]);
  });

  it("says it in both languages: the kode, the cells, what to do", () => {
    const [f] = kodeFindings(ra({ 6: "3.31.01.2.03.0001" }));
    expect(renderFinding(f, "id")).toBe(
      "Kode sub kegiatan 3.31.01.2.03.0001 di sel B8 tidak diawali kode kegiatan di atasnya (3.31.01.2.02, sel B7). Perbaiki kodenya, atau pindahkan baris ini ke bawah kegiatan yang benar.",
    );
    expect(renderFinding(f, "en")).toBe(
      "The sub kegiatan kode 3.31.01.2.03.0001 in B8 does not start with the kode of the kegiatan above it (3.31.01.2.02, B7). Correct the kode, or move the row under the right kegiatan.",
    );
  });
});
