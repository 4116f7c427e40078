/**
 * An evaluation of Renja results on the Permendagri 86/2017 form (Dinas Koperasi dan UKM, 2023):
 * kop, four header rows (the triwulan pairs K | Rp under "Realisasi Kinerja Pada Triwulan"), a unit
 * row and a column-number row that states the form's formulas. Every row follows them; specs retype
 * one cell and watch the finding.
 */
import type { RawValue } from "../../../support/grid-builder";
import { retyped } from "./grid-table";

const HEADER: RawValue[][] = [
  ["EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN"],
  ["Renja Perangkat Daerah Dinas Koperasi dan UKM"],
  ["Periode Pelaksanaan: Tahun 2023"],
  [],
  [
    "No", "Sasaran", "Kode", "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan", "Indikator Kinerja Program (outcome)/ Kegiatan (output)",
    "Target Kinerja dan Anggaran Renstra Perangkat Daerah Tahun 2019-2023 (Akhir Periode Renstra)", "",
    "Realisasi Target Kinerja dan Anggaran Renstra Perangkat Daerah s.d. Renja Tahun Lalu", "",
    "Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan (Tahun 2023) yang Dievaluasi", "",
    "Realisasi Kinerja Pada Triwulan", "", "", "", "", "", "", "",
    "Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi", "",
    "Realisasi Kinerja dan Anggaran Renstra Perangkat Daerah s.d. Tahun 2023", "",
    "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra Perangkat Daerah s.d. Tahun 2023 (%)", "",
    "Unit Perangkat Daerah Penanggung Jawab",
  ],
  ["", "", "", "", "", "", "", "", "", "", "", "I", "", "II", "", "III", "", "IV"],
  ["", "", "", "", "", "K", "Rp.", "K", "Rp.", "K", "Rp.", "K", "Rp.", "K", "Rp.", "K", "Rp.", "K", "Rp.", "K", "Rp.", "K", "Rp.", "K", "Rp."],
  ["1", "2", "3", "4", "5", "6", "", "7", "", "8", "", "9", "", "10", "", "11", "", "12", "", "13 = 9 + 10 + 11 + 12", "", "14 = 7 + 13", "", "15 = 14 / 6 x 100", "", "16"],
];

export const RENJA_86_MERGES = [
  "A5:A7", "B5:B7", "C5:C7", "D5:D7", "E5:E7", "F5:G6", "H5:I6", "J5:K6", "L5:S5", "L6:M6", "N6:O6", "P6:Q6", "R6:S6", "T5:U6", "V5:W6", "X5:Y6", "Z5:Z7",
  "F8:G8", "H8:I8", "J8:K8", "L8:M8", "N8:O8", "P8:Q8", "R8:S8", "T8:U8", "V8:W8", "X8:Y8",
];

/** One data row: no, sasaran, kode, name, indikator, then K and Rp of columns 6–14, K% and Rp% of 15, the unit (16). */
export type RenjaRow = RawValue[];

export const RENJA_86_ROWS: RenjaRow[] = [
  // K: 600 renstra, 480 so far, 120 this year = 20 + 40 + 30 + 25 = 115; 480 + 115 = 595 = 99,17% of 600.
  ["1", "Meningkatnya kualitas kelembagaan koperasi", "2.17.02", "PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI", "Jumlah koperasi yang diawasi (unit)",
    600, 1250000000, 480, 985000000, 120, 265000000, 20, 40500000, 40, 95250000, 30, 70000000, 25, 52000000,
    115, 257750000, 595, 1242750000, 0.991667, 0.9942, "Bidang Pengawasan"],
  ["", "", "2.17.02.2.01", "Pemeriksaan dan Pengawasan Koperasi", "Jumlah koperasi yang diperiksa (unit)",
    "400", "850.000.000", "320", "660.000.000", "80", "190.000.000", "10", "25.000.000", "30", "70.000.000", "20", "55.000.000", "15", "38.000.000",
    "75", "188.000.000", "395", "848.000.000", 0.9875, 0.997647, "Bidang Pengawasan"],
  ["", "", "2.17.02.2.02", "Penilaian Kesehatan KSP/USP Koperasi", "Dokumen penilaian kesehatan",
    "Tersedia", "400.000.000", "Tersedia", "325.000.000", "Tersedia", "75.000.000", "-", "15.500.000", "-", "25.250.000", "-", "15.000.000", "Tersedia", "14.000.000",
    "Tersedia", "69.750.000", "Tersedia", "394.750.000", "", 0.986875, "Bidang Pengawasan"],
];

/** The sheet's rows (header and data from row 9), with some data cells retyped: [row index, column index, value]. */
export function renja86(changes: Array<[number, number, RawValue]> = []): RawValue[][] {
  return [...HEADER, ...retyped(RENJA_86_ROWS, changes)];
}

export const RENJA_86_FORMATS = { "F9:W11": "#,##0", "X9:Y11": "0.00%" };
