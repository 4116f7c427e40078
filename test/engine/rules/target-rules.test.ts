import { analyzeSheet } from "../../../src/engine/analyze";
import { renderFinding } from "../../../src/i18n";
import { sheet } from "../../support/grid-builder";

/** A Lombok Tengah-style Rencana Aksi: merged two-row header, TW I–IV under "Target per Triwulan". */
function rencanaAksi(rows: Array<[string, string, string, string, string, string, string]>) {
  return sheet(
    [
      ["RENCANA AKSI DINAS KOPERASI DAN UKM TAHUN 2022"],
      [],
      ["No", "Indikator Kinerja", "Satuan", "Target Tahunan", "Target per Triwulan", null, null, null, "Program/Kegiatan", "Anggaran (Rp)", "Penanggung Jawab"],
      [null, null, null, null, "I", "II", "III", "IV", null, null, null],
      ...rows.map(([indikator, satuan, annual, tw1, tw2, tw3, tw4], i) => [i + 1, indikator, satuan, annual, tw1, tw2, tw3, tw4, `Kegiatan ${i + 1}`, "10.000.000", "Kepala Bidang"]),
    ],
    { merges: ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:H3", "I3:I4", "J3:J4", "K3:K4"] },
  );
}

const targetFindings = (grid: ReturnType<typeof sheet>) => analyzeSheet(grid).findings.filter((f) => f.code.startsWith("TARGET_"));

describe("TARGET_PERIOD_SUM and TARGET_CUMULATIVE_DECREASE through the whole check", () => {
  it("say nothing on series that are cumulative, split, constant or shares of the annual", () => {
    const grid = rencanaAksi([
      ["Jumlah laporan", "Laporan", "4 Laporan", "1 Laporan", "2 Laporan", "3 Laporan", "4 Laporan"],
      ["Jumlah koperasi dibina", "Koperasi", "12", "3", "3", "3", "3"],
      ["Jumlah pasar dikelola", "Pasar", "6", "6", "6", "6", "6"],
      ["Dokumen Renja", "Dokumen", "1", "25%", "50%", "75%", "100%"],
      ["Laporan tahunan", "Dokumen", "1", "-", "-", "-", "1"],
    ]);
    expect(targetFindings(grid)).toEqual([]);
  });

  it("points at the annual target of a series that fits nothing, with what came closest", () => {
    const grid = rencanaAksi([["Jumlah koperasi dibina", "Koperasi", "12", "3", "3", "3", "2"]]);
    const [f] = targetFindings(grid);
    expect(f).toMatchObject({ code: "TARGET_PERIOD_SUM", severity: "error", cell: "D5", expected: 12, actual: 11, params: { series: "3 | 3 | 3 | 2", annual: "12" } });
    expect(renderFinding(f, "id")).toContain("(3 | 3 | 3 | 2)");
  });

  it("points at the period where a cumulative series goes down", () => {
    const grid = rencanaAksi([["Persentase koperasi sehat", "Persen", "80%", "20%", "40%", "30%", "80%"]]);
    const [f] = targetFindings(grid);
    expect(f).toMatchObject({ code: "TARGET_CUMULATIVE_DECREASE", severity: "error", cell: "G5", expected: 40, actual: 30, params: { period: "tw3", previousPeriod: "tw2" } });
    expect(renderFinding(f, "id")).toMatch(/turun di TW III: 30% setelah 40% di TW II/);
  });
});
