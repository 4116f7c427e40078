import { analyzeSheet } from "../../../src/engine/analyze";
import { renderFinding } from "../../../src/i18n";
import { sheet } from "../../support/grid-builder";

function pengukuran(rows: Array<[string, string, string, string | number]>) {
  return sheet([
    ["No", "Program/Kegiatan", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)", "Anggaran (Rp)", "Realisasi Anggaran (Rp)", "Serapan (%)", "Penanggung Jawab"],
    ...rows.map(([program, anggaran, realisasi, serapan], i) => [i + 1, program, `Jumlah dokumen ${i + 1}`, 4, 4, 100, anggaran, realisasi, serapan, "Kepala Bidang"]),
  ]);
}

const serapan = (grid: ReturnType<typeof sheet>) => analyzeSheet(grid).findings.filter((f) => f.code === "SERAPAN_MISMATCH");

describe("SERAPAN_MISMATCH", () => {
  it("accepts serapan typed rounded or truncated, with or without the % sign", () => {
    const grid = pengukuran([
      ["Penyusunan Renja", "Rp. 45.865.000,-", "40.000.000", "87,21%"],
      ["Penyusunan LKjIP", "10.000.000", "7.777.000", "77"],
      ["Monitoring", "10.000.000", "7.777.000", "78"],
    ]);
    expect(serapan(grid)).toEqual([]);
  });

  it("reports a serapan that is not realisasi ÷ anggaran, with both numbers", () => {
    const [f] = serapan(pengukuran([["Penyusunan Renja", "10.000.000", "8.000.000", "85%"]]));
    expect(f).toMatchObject({ cell: "I2", severity: "error", expected: 80, actual: 85, difference: 5 });
    expect(renderFinding(f, "id")).toContain("Serapan anggaran tertulis 85");
  });

  it("leaves rows without anggaran or realisasi alone", () => {
    expect(serapan(pengukuran([["Penyusunan Renja", "-", "8.000.000", "85%"], ["Monitoring", "10.000.000", "", "85%"]]))).toEqual([]);
  });
});
