import { columnOfNumber, recognizeLayout } from "../../../src/engine/layout";
import { operandsOf, parseColumnFormula } from "../../../src/engine/rules/support/column-formulas";
import { col, sheet, row } from "../../support/grid-builder";
import { rolesByLetter } from "./support/roles-by-letter";

/**
 * The Permendagri 86/2017 evaluation form (Evaluasi terhadap hasil Renja Perangkat Daerah), as a
 * Dinas keeps it: a kop, four header rows (titles, triwulan, column numbers with the form's
 * formulas, units), urusan → program → kegiatan rows with kode, amounts as typed text.
 */
const KOP = [
  ["EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN SUMBA TIMUR"],
  ["RENJA PERANGKAT DAERAH DINAS KESEHATAN TAHUN 2023"],
  ["Periode Pelaksanaan : Triwulan IV"],
  ["Indikator dan Target Kinerja Perangkat Daerah Kabupaten yang mengacu pada sasaran RKPD :"],
  [],
];

const TITLES = [
  "No", "Sasaran", "Kode", "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan", "Indikator Kinerja Program (outcome)/ Kegiatan (output)",
  "Target Renstra Perangkat Daerah pada Tahun 2026 (Akhir Periode Renstra PD)", null,
  "Realisasi Capaian Kinerja dan Anggaran Renstra Perangkat Daerah sampai dengan Renja Perangkat Daerah Tahun Lalu (2022)", null,
  "Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan (Tahun 2023) yang dievaluasi", null,
  "Realisasi Kinerja Pada Triwulan", null, null, null, null, null, null, null,
  "Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi", null,
  "Realisasi Kinerja dan Anggaran Renstra Perangkat Daerah s/d Tahun 2023 (Akhir Tahun Pelaksanaan Renja PD Tahun 2023)", null,
  "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra Perangkat Daerah s/d tahun 2023 (%)", null,
  "Perangkat Daerah Penanggung Jawab", "Keterangan",
];
const PERIODS = [null, null, null, null, null, null, null, null, null, null, null, "I", null, "II", null, "III", null, "IV", null, null, null, null, null, null, null, null, null];
const NUMBERS = [1, 2, 3, 4, 5, 6, null, 7, null, 8, null, 9, null, 10, null, 11, null, 12, null, "13 = 9 + 10 + 11 + 12", null, "14 = 7 + 13", null, "15 = 14 / 6 x 100", null, 16, 17];
const UNITS = [null, null, null, null, null, ...Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? "K" : "Rp.")), null, null];

const DATA = [
  [null, null, "1.02", "URUSAN PEMERINTAHAN BIDANG KESEHATAN", null, null, "245.000.000.000", null, "90.250.000.000", null, "61.500.000.000", null, "12.000.000.000", null, "14.500.000.000", null, "15.000.000.000", null, "18.000.000.000", null, "59.500.000.000", null, "149.750.000.000", "", "61,12", "Dinas Kesehatan", null],
  [1, "Meningkatnya derajat kesehatan masyarakat", "1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT", "Persentase fasilitas kesehatan terakreditasi", "100%", "180.000.000.000", "60%", "65.000.000.000", "80%", "45.000.000.000", "60%", "9.000.000.000", "65%", "10.500.000.000", "70%", "11.000.000.000", "80%", "13.000.000.000", "80%", "43.500.000.000", "80%", "108.500.000.000", "80,00", "60,28", "Bidang Yankes", null],
  [null, null, "1.02.02.2.02", "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota", "Jumlah Puskesmas yang menyelenggarakan layanan", "22 Puskesmas", "120.000.000.000", 22, "43.000.000.000", 22, "30.000.000.000", 22, "6.000.000.000", 22, "7.000.000.000", 22, "7.500.000.000", 22, "8.500.000.000", 22, "29.000.000.000", 22, "72.000.000.000", "100,00", "60,00", "Bidang Yankes", "-"],
  [null, null, "1.02.02.2.02.0001", "Pengadaan Obat, Bahan Habis Pakai, Bahan Medis Habis Pakai, Vaksin, Makanan dan Minuman di Fasilitas Kesehatan", "Jumlah obat yang disediakan", "100 Paket", "20.000.000.000", 40, "7.000.000.000", 20, "5.000.000.000", 5, "1.000.000.000", 5, "1.200.000.000", 5, "1.300.000.000", 5, "1.500.000.000", 20, "5.000.000.000", 60, "12.000.000.000", "60,00", "60,00", "Seksi Kefarmasian", null],
];

const MERGES = [
  "A6:A8", "B6:B8", "C6:C8", "D6:D8", "E6:E8",
  "F6:G7", "H6:I7", "J6:K7", "L6:S6", "L7:M7", "N7:O7", "P7:Q7", "R7:S7", "T6:U7", "V6:W7", "X6:Y7", "Z6:Z8", "AA6:AA8",
  "F9:G9", "H9:I9", "J9:K9", "L9:M9", "N9:O9", "P9:Q9", "R9:S9", "T9:U9", "V9:W9", "X9:Y9",
];

/** Titles (6), triwulan (7), units (8), then the column numbers (9): the common order. */
function form(): ReturnType<typeof sheet> {
  return sheet([...KOP, TITLES, PERIODS, UNITS, NUMBERS, ...DATA, [], ["Waingapu, 15 Januari 2024"], ["Kepala Dinas Kesehatan"], [], ["dr. Ir. Contoh Nama"], ["NIP. 19700101 199003 1 001"]], { merges: MERGES });
}

const EXPECTED = {
  A: "no", B: "sasaran", C: "kode", D: "program", E: "indikator",
  F: "target_renstra", G: "anggaran_renstra",
  H: "realisasi_lalu", I: "realisasi_anggaran_lalu",
  J: "target", K: "anggaran",
  L: "realisasi_tw1", M: "realisasi_anggaran_tw1", N: "realisasi_tw2", O: "realisasi_anggaran_tw2",
  P: "realisasi_tw3", Q: "realisasi_anggaran_tw3", R: "realisasi_tw4", S: "realisasi_anggaran_tw4",
  T: "realisasi", U: "realisasi_anggaran",
  V: "realisasi_renstra", W: "realisasi_anggaran_renstra",
  X: "capaian_renstra", Y: "serapan_renstra",
  Z: "penanggung_jawab", AA: "keterangan",
};

describe("the Permendagri 86/2017 evaluation form", () => {
  it("reads every column, the unit row and the column numbers with their formulas", () => {
    const layout = recognizeLayout(form());
    expect(layout.recognized).toBe(true);
    const [table] = layout.tables;
    expect(rolesByLetter(table)).toEqual(EXPECTED);
    expect(table.kind).toBe("wide-quarterly");
    expect(table.headerTop).toBe(row(6));
    expect(table.columnNumberRow).toBe(row(9));
    expect(table.firstDataRow).toBe(row(10));
    expect(table.lastDataRow).toBe(row(13));
    const numbers = table.columnNumbers!;
    // 13 = 9 + 10 + 11 + 12 spans T (K) and U (Rp); 9 spans L and M.
    expect(numbers[19]).toEqual({ n: 13, formula: "9 + 10 + 11 + 12", part: 0, parts: 2 });
    expect(numbers[20]).toEqual({ n: 13, formula: "9 + 10 + 11 + 12", part: 1, parts: 2 });
    expect(numbers[11]).toEqual({ n: 9, part: 0, parts: 2 });
    expect(numbers[21].formula).toBe("7 + 13");
    expect(numbers[23].formula).toBe("14 / 6 x 100");
    expect(numbers[0]).toEqual({ n: 1, part: 0, parts: 1 });
  });

  it("hands the formulas over for the rule that checks them: the columns they read, and the columns of those numbers", () => {
    const numbers = recognizeLayout(form()).tables[0].columnNumbers!;
    const entry = numbers[col("X")];
    expect(operandsOf(parseColumnFormula(`${entry.n} = ${entry.formula!}`)!.expr)).toEqual([14, 6]);
    expect(columnOfNumber(numbers, 9, 1)).toBe(col("M"));
    expect(columnOfNumber(numbers, 6)).toBe(col("F"));
    expect(columnOfNumber(numbers, 99)).toBeUndefined();
  });

  it("marks the Renstra and last-year columns known but not checked, and says where each role came from", () => {
    const [table] = recognizeLayout(form()).tables;
    const unchecked = table.headers.filter((h) => h.unchecked).map((h) => h.role);
    expect(unchecked).toEqual(["target_renstra", "anggaran_renstra", "realisasi_lalu", "realisasi_anggaran_lalu", "realisasi_renstra", "realisasi_anggaran_renstra", "capaian_renstra", "serapan_renstra"]);
    const sourceOf = (letter: string): string | undefined => table.headers.find((h) => h.col === col(letter))?.source;
    expect(sourceOf("L")).toBe("unit");
    expect(sourceOf("D")).toBe("header");
  });

  it("the column numbers between the titles and the unit row (K | Rp under them)", () => {
    const grid = sheet([...KOP, TITLES, PERIODS, NUMBERS, UNITS, ...DATA], {
      merges: MERGES.map((m) => m.replace(/^([A-Z]+)9:([A-Z]+)9$/, "$18:$28").replace(/^([A-Z]+)6:([A-Z]+)8$/, "$16:$27")),
    });
    const [table] = recognizeLayout(grid).tables;
    expect(rolesByLetter(table)).toEqual(EXPECTED);
    expect(table.columnNumberRow).toBe(row(8));
    expect(table.headerBottom).toBe(row(9));
    expect(table.firstDataRow).toBe(row(10));
  });

  it("a column headed only 'Jumlah' is the annual figure its formula 13 = 9 + 10 + 11 + 12 says", () => {
    const titles = TITLES.map((t) => (typeof t === "string" && t.startsWith("Realisasi Capaian Kinerja dan Anggaran Renja") ? "Jumlah" : t));
    const [table] = recognizeLayout(sheet([...KOP, titles, PERIODS, UNITS, NUMBERS, ...DATA], { merges: MERGES })).tables;
    expect(rolesByLetter(table)).toEqual(EXPECTED);
    const t = table.headers.find((h) => h.col === col("T"));
    expect(t).toMatchObject({ header: "Jumlah / K", role: "realisasi", source: "column-number" });
    expect(table.headers.find((h) => h.col === col("U"))).toMatchObject({ role: "realisasi_anggaran", source: "column-number" });
  });

  it("per triwulan K | % | Rp: the % is the triwulan's capaian", () => {
    const grid = sheet(
      [
        ["EVALUASI HASIL RENJA TRIWULAN II TAHUN 2024"],
        ["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja Program (outcome)/ Kegiatan (output)", "Target Kinerja dan Anggaran Renja Tahun 2024", null, "Realisasi Kinerja Pada Triwulan", null, null, null, null, null, "Perangkat Daerah Penanggung Jawab"],
        [null, null, null, null, null, "I", null, null, "II", null, null, null],
        [null, null, null, "K", "Rp.", "K", "%", "Rp.", "K", "%", "Rp.", null],
        ["2.17.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", "Nilai SAKIP", "B", "1.250.000.000", "-", "-", "250.000.000", "B", "100", "610.000.000", "Sekretariat"],
        ["2.17.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja", "Jumlah dokumen", "6 Dokumen", "45.000.000", 1, "16,67", "10.000.000", 3, "50,00", "12.000.000", "Subbag Program"],
      ],
      { merges: ["A2:A4", "B2:B4", "C2:C4", "D2:E3", "F2:K2", "F3:H3", "I3:K3", "L2:L4"] },
    );
    const [table] = recognizeLayout(grid).tables;
    expect(rolesByLetter(table)).toEqual({
      A: "kode", B: "program", C: "indikator", D: "target", E: "anggaran",
      F: "realisasi_tw1", G: "capaian_tw1", H: "realisasi_anggaran_tw1", I: "realisasi_tw2", J: "capaian_tw2", K: "realisasi_anggaran_tw2",
      L: "penanggung_jawab",
    });
    expect(table.firstDataRow).toBe(row(5));
    expect(table.lastDataRow).toBe(row(6));
  });
});
