import { analyzeSheet } from "../../src/engine/analyze";
import { DEFAULT_SETTINGS } from "../../src/engine/model";
import { preparePengukuran } from "../../src/engine/workflow";
import { sheet } from "../support/grid-builder";

const table = (kop: string[]) =>
  sheet([
    ...kop.map((line) => [line]),
    [],
    ["No", "Indikator Kinerja", "Satuan", "Target", "TW I", "TW II", "TW III", "TW IV"],
    [1, "Jumlah koperasi sehat", "Unit", 40, 10, 20, 30, 40],
    [2, "Persentase UMKM naik kelas", "%", 20, 5, 10, 15, 20],
  ]);

function kopOf(lines: string[]): unknown[] {
  const grid = table(lines);
  return preparePengukuran(grid, analyzeSheet(grid), { settings: DEFAULT_SETTINGS }).cells.filter((c) => c.row < 3).map((c) => c.value);
}

describe("the prepared Pengukuran Kinerja's kop names the government the plan names", () => {
  it.each([
    [["RENCANA AKSI KINERJA DINAS KOPERASI KABUPATEN LOMBOK TENGAH", "TAHUN 2022"], "PEMERINTAH KABUPATEN LOMBOK TENGAH"],
    [["RENCANA AKSI DINAS PERHUBUNGAN KOTA BANJARMASIN TAHUN 2024"], "PEMERINTAH KOTA BANJARMASIN"],
    [["PEMERINTAH PROVINSI JAWA BARAT", "RENCANA AKSI BAPPEDA TAHUN 2023"], "PEMERINTAH PROVINSI JAWA BARAT"],
  ])("%j → %s", (lines, expected) => {
    expect(kopOf(lines)[0]).toBe(expected);
  });

  it("leaves the dots to fill in when the plan names no region (not even the generic KABUPATEN/KOTA)", () => {
    expect(String(kopOf(["RENCANA AKSI PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", "TAHUN 2024"])[0])).toMatch(/^PEMERINTAH KABUPATEN …/);
  });
});
