import { analyzeSheet } from "../../../src/engine/analyze";
import { renderFinding } from "../../../src/i18n";
import { sheet } from "../../support/grid-builder";

type Row = [program: string, anggaran: string | number, realisasi: string | number, serapan: string | number];

/** A Pengukuran Kinerja with the budget beside the performance: anggaran, realisasi anggaran, serapan. */
function pengukuran(rows: Row[], formats: Record<string, string> = {}) {
  return sheet(
    [
      ["No", "Program/Kegiatan", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)", "Anggaran (Rp)", "Realisasi Anggaran (Rp)", "Serapan (%)", "Penanggung Jawab"],
      ...rows.map(([program, anggaran, realisasi, serapan], i) => [i + 1, program, `Jumlah dokumen ${i + 1}`, 4, 4, 100, anggaran, realisasi, serapan, "Kepala Bidang"]),
    ],
    { formats },
  );
}

const serapan = (grid: ReturnType<typeof sheet>) => analyzeSheet(grid).findings.filter((f) => f.code === "SERAPAN_MISMATCH");

describe("SERAPAN_MISMATCH", () => {
  it.each<[string, Row]>([
    ["rounded, with the % sign", ["Penyusunan Renja", "Rp. 45.865.000,-", "40.000.000", "87,21%"]],
    ["truncated", ["Penyusunan LKjIP", "10.000.000", "7.777.000", "77"]],
    ["rounded", ["Monitoring", "10.000.000", "7.777.000", "78"]],
    ["two decimals", ["Monitoring", "10.000.000", "7.777.000", "77,77"]],
    ["a bare fraction", ["Monitoring", "10.000.000", "8.000.000", 0.8]],
    ["nothing spent", ["Monitoring", "10.000.000", "0", "0"]],
  ])("accepts a serapan typed %s", (_, row) => {
    expect(serapan(pengukuran([row]))).toEqual([]);
  });

  it("reads a fraction under a % format (0.8 shown as 80%) as 80 points", () => {
    expect(serapan(pengukuran([["Monitoring", 10000000, 8000000, 0.8]], { I2: "0%" }))).toEqual([]);
    expect(serapan(pengukuran([["Monitoring", 10000000, 8000000, 0.85]], { I2: "0%" }))).toEqual([expect.objectContaining({ expected: 80, actual: 85 })]);
  });

  it.each<[string, Row, number, number, "error" | "warning"]>([
    ["five points off", ["Penyusunan Renja", "10.000.000", "8.000.000", "85%"], 80, 85, "error"],
    ["83 for 84", ["Penyusunan Renja", "10.000.000", "8.400.000", "83"], 84, 83, "error"],
    ["below a point", ["Penyusunan Renja", "10.000.000", "7.777.000", "77,5"], 77.77, 77.5, "warning"],
  ])("reports %s", (_, row, expected, actual, severity) => {
    expect(serapan(pengukuran([row]))).toEqual([expect.objectContaining({ cell: "I2", severity, expected, actual })]);
  });

  it("says both amounts in the message, the Indonesian way", () => {
    const [f] = serapan(pengukuran([["Penyusunan Renja", "10.000.000", "8.000.000", "85%"]]));
    expect(f).toMatchObject({ cell: "I2", severity: "error", expected: 80, actual: 85, difference: 5, params: { label: "Penyusunan Renja", anggaran: 10000000, realisasiAnggaran: 8000000 } });
    expect(renderFinding(f, "id")).toContain("Serapan anggaran tertulis 85");
    expect(renderFinding(f, "id")).toContain("Rp 8.000.000");
    expect(renderFinding(f, "en")).toContain("85%");
  });

  it.each<[string, Row]>([
    ["no anggaran", ["Penyusunan Renja", "-", "8.000.000", "85%"]],
    ["no realisasi", ["Monitoring", "10.000.000", "", "85%"]],
    ["a zero anggaran", ["Monitoring", "0", "0", "0%"]],
    ["a serapan in words", ["Monitoring", "10.000.000", "8.000.000", "belum dihitung"]],
  ])("leaves alone a row with %s", (_, row) => {
    expect(serapan(pengukuran([row]))).toEqual([]);
  });
});
