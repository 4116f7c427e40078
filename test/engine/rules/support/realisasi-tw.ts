/**
 * Pengukuran Kinerja of a Dinas Koperasi, triwulan IV: kop, a two-row header (Anggaran, and
 * Realisasi Anggaran split per TW under its parent, then the year's Jumlah), kode per Permendagri
 * 90/2019 marking program, kegiatan and sub kegiatan, amounts typed the Indonesian way and as
 * numbers with `#,##0`, and a JUMLAH row. Everything adds up; specs retype a cell.
 */
import type { RawValue } from "../../../support/grid-builder";
import { retyped } from "./grid-table";

export const REALISASI_TW_HEADER: RawValue[][] = [
  ["PENGUKURAN KINERJA TRIWULAN IV TAHUN 2023"],
  ["DINAS KOPERASI DAN USAHA KECIL MENENGAH"],
  [],
  ["No", "Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Satuan", "Target", "Anggaran (Rp)", "Realisasi Anggaran (Rp)", "", "", "", "", "Penanggung Jawab"],
  ["", "", "", "", "", "", "", "TW I", "TW II", "TW III", "TW IV", "Jumlah", ""],
];

export const REALISASI_TW_MERGES = ["A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:E5", "F4:F5", "G4:G5", "H4:L4", "M4:M5"];

/** Data from row 6: the program, two kegiatan (the first with two sub kegiatan), then JUMLAH (row 12). */
export const REALISASI_TW_ROWS: RawValue[][] = [
  ["1", "2.17.02", "PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI", "Persentase koperasi yang patuh", "%", "43", 265000000, 40500000, 95250000, 70000000, 52000000, 257750000, "Kabid Pengawasan"],
  ["", "2.17.02.2.01", "Pemeriksaan dan Pengawasan Koperasi", "Jumlah koperasi yang diperiksa", "Unit", "130", "190.000.000", "25.000.000", "70.000.000", "55.000.000", "38.000.000", "188.000.000", ""],
  ["", "2.17.02.2.01.0001", "Pengawasan Kekuatan, Kesehatan, Kemandirian, Ketangguhan, serta Akuntabilitas Koperasi", "Jumlah koperasi yang diawasi", "Unit", "90", "64.595.946", "240.000", "44.250.000", "12.000.000", "7.023.180", "63.513.180", ""],
  ["", "2.17.02.2.01.0002", "Pemeriksaan Kepatuhan Koperasi terhadap Peraturan Perundang-Undangan", "Jumlah koperasi yang diperiksa kepatuhannya", "Unit", "120", "125.404.054", "24.760.000", "25.750.000", "43.000.000", "30.976.820", "124.486.820", ""],
  ["", "2.17.02.2.02", "Penilaian Kesehatan KSP/USP Koperasi", "Jumlah KSP yang dinilai", "Unit", "30", "75.000.000", "15.500.000", "25.250.000", "15.000.000", "14.000.000", "69.750.000", ""],
  ["", "2.17.02.2.02.0001", "Pelaksanaan Penilaian Kesehatan KSP/USP Koperasi", "Jumlah KSP yang dinilai", "Unit", "30", "75.000.000", "15.500.000", "25.250.000", "15.000.000", "14.000.000", "69.750.000", ""],
  ["JUMLAH", "", "", "", "", "", 265000000, 40500000, 95250000, 70000000, 52000000, 257750000, ""],
];

export function realisasiTw(changes: Array<[number, number, RawValue]> = []): RawValue[][] {
  return [...REALISASI_TW_HEADER, ...retyped(REALISASI_TW_ROWS, changes)];
}

export const REALISASI_TW_FORMATS = { "G6:L12": "#,##0" };
