/**
 * Two programs of Lombok Tengah 2022 (PENGAWASAN and PENILAIAN KESEHATAN, rows 13–25) closed by a
 * Jumlah row, all adding up. Specs change one cell and watch where the error shows.
 */
import { anggaran } from "./lombok-tengah";
import type { ItemSpec } from "./table";

export const PENGAWASAN_BLOCK: ItemSpec[] = [
  { row: 13, level: "program", cells: { program: "PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI", ...anggaran("201,761,056", "2,849,164", "117,799,392", "81,112,500", "") } },
  { row: 14, level: "kegiatan", cells: { program: "Pemeriksaan dan Pengawasan Koperasi, Koperasi Simpan Pinjam/Unit Simpan Pinjam Koperasi yang Wilayah Keanggotaannya dalam Daerah Kabupaten/ Kota", ...anggaran("201,761,056", "2,849,164", "117,799,392", "81,112,500", "") } },
  { row: 20, level: "subkegiatan", cells: { program: "Pengawasan Kekuatan, Kesehatan, Kemandirian, Ketangguhan, serta Akuntabilitas Koperasi Kewenangan Kabupaten/Kota", ...anggaran("64,595,946", "240,000", "64,355,946", "-", "-") } },
  { row: 21, level: "subkegiatan", cells: { program: "Pemeriksaan Kepatuhan Koperasi terhadap Peraturan Perundang-Undangan Kewenangan Kabupaten/Kota", ...anggaran("137,165,110", "2,609,164", "53,443,446", "81,112,500", "-") } },
  { row: 22, level: "program", cells: { program: "PROGRAM PENILAIAN KESEHATAN KSP/USP KOPERASI", ...anggaran("39,677,024", "10,686,962", "19,315,000", "9,675,062", "-") } },
  { row: 23, level: "kegiatan", cells: { program: "Penilaian Kesehatan Koperasi Simpan Pinjam/Unit Simpan Pinjam Koperasi yang", ...anggaran("39,677,024", "10,686,962", "19,315,000", "9,675,062", "-") } },
  { row: 24, level: "subkegiatan", cells: { program: "Pelaksanaan Penilaian Kesehatan KSP/USP Koperasi Kewenangan Kabupaten/Kota", ...anggaran("16,599,084", "7,444,542", "2,700,000", "6,454,542", "-") } },
  { row: 25, level: "subkegiatan", cells: { program: "Penghargaan Kesehatan KSP/USP Koperasi Kewenangan Kabupaten/Kota", ...anggaran("23,077,940", "3,242,420", "16,615,000", "3,220,520", "-") } },
  { row: 26, kind: "total", cells: { no: "Jumlah", ...anggaran("241,438,080", "13,536,126", "137,114,392", "90,787,562", "-") } },
];

/** The block with some cells retyped: row → role → text. */
export function pengawasanWith(changes: Record<number, Record<string, string>>): ItemSpec[] {
  return PENGAWASAN_BLOCK.map((spec) => (changes[spec.row] ? { ...spec, cells: { ...spec.cells, ...changes[spec.row] } } : spec));
}
