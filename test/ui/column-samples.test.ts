import { analyzeSheet } from "../../src/engine/analyze";
import { colLetter } from "../../src/engine/model";
import { columnSamples } from "../../src/ui/column-samples";
import { sheet } from "../support/grid-builder";

describe("sample cells beside each column in the Kolom view", () => {
  const grid = sheet([
    ["RENCANA AKSI DINAS KOPERASI TAHUN 2024"],
    ["No", "Indikator Kinerja", "Satuan", "Target", "Program/Kegiatan", "Anggaran (Rp)", "Penanggung Jawab", "Cek"],
    ["1", "2", "3", "4", "5", "6", "7", "8"],
    [1, "Persentase koperasi sehat yang telah dinilai kesehatannya oleh dinas", "Persen", "23,13%", "PROGRAM PENGAWASAN", "Rp. 45.865.000,-", "Kabid Pengawasan", ""],
    [2, "Jumlah UMKM naik kelas", "Unit", 30, "PROGRAM PEMBERDAYAAN", "7.023.180.935", "", ""],
    [3, "Jumlah koperasi aktif", "Unit", 120, "", "", "Kabid Kelembagaan", "ok"],
    [4, "Jumlah pelatihan", "Kegiatan", 4, "", "", "", ""],
  ]);

  it("takes the first filled data cells, not the header or the column numbers, and cuts long ones", () => {
    const analysis = analyzeSheet(grid);
    expect(analysis.recognized).toBe(true);
    const [samples] = columnSamples(grid, analysis);
    const byLetter = Object.fromEntries(Object.entries(samples).map(([col, texts]) => [colLetter(Number(col)), texts]));
    expect(byLetter.A).toEqual(["1", "2", "3"]);
    expect(byLetter.B[0]).toBe("Persentase koperasi sehat yang telah di…");
    expect(byLetter.B[0].length).toBeLessThanOrEqual(40);
    expect(byLetter.F).toEqual(["Rp. 45.865.000,-", "7.023.180.935"]);
    expect(byLetter.G).toEqual(["Kabid Pengawasan", "Kabid Kelembagaan"]);
    expect(byLetter.H).toEqual(["ok"]);
  });
});
