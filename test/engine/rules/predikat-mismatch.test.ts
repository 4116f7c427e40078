import { analyzeSheet } from "../../../src/engine/analyze";
import { DEFAULT_SETTINGS } from "../../../src/engine/model";
import { roleOf } from "../../../src/engine/layout/header-words";
import { renderFinding } from "../../../src/i18n";
import { sheet } from "../../support/grid-builder";

type Row = [indikator: string, target: string | number, realisasi: string | number, capaian: string | number, predikat: string];

/** A Pengukuran Kinerja's yearly table with the predikat most LKjIPs print beside the capaian. */
function pengukuran(rows: Row[], predikatHeader = "Predikat") {
  return sheet([
    ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)", predikatHeader],
    ...rows.map(([indikator, target, realisasi, capaian, predikat], i) => [i + 1, "Meningkatnya kualitas pelayanan publik", indikator, "Indeks", target, realisasi, capaian, predikat]),
  ]);
}

const predikat = (grid: ReturnType<typeof sheet>, settings = DEFAULT_SETTINGS) => analyzeSheet(grid, settings).findings.filter((f) => f.code === "PREDIKAT_MISMATCH");

describe("PREDIKAT_MISMATCH", () => {
  it.each<[string, Row]>([
    ["Sangat Tinggi at 95", ["Indeks Kepuasan Masyarakat", 80, 76, 95, "Sangat Tinggi"]],
    ["Tinggi at 82,5", ["Indeks Kepuasan Masyarakat", 80, 66, "82,5", "Tinggi"]],
    ["Tinggi at 90,5 (the gap 90–91 reads as below 91)", ["Indeks Kepuasan Masyarakat", 200, 181, "90,5", "Tinggi"]],
    ["Sedang at 70, in capitals", ["Indeks Kepuasan Masyarakat", 100, 70, 70, "SEDANG"]],
    ["Rendah at 60, with a note", ["Indeks Kepuasan Masyarakat", 100, 60, 60, "Rendah (R)"]],
    ["Sangat Rendah at 40", ["Indeks Kepuasan Masyarakat", 100, 40, 40, "Sangat Rendah"]],
    ["the other words: Baik at 82,5", ["Indeks Kepuasan Masyarakat", 80, 66, "82,5", "Baik"]],
    ["the other words: Sangat Kurang at 40", ["Indeks Kepuasan Masyarakat", 100, 40, 40, "Sangat Kurang"]],
    ["in English", ["Indeks Kepuasan Masyarakat", 100, 70, 70, "Medium"]],
    ["the stated capaian, when the recomputed one differs (CAPAIAN_MISMATCH's matter)", ["Indeks Kepuasan Masyarakat", 100, 70, 92, "Sangat Tinggi"]],
    ["the recomputed capaian, when none is stated", ["Indeks Kepuasan Masyarakat", 100, 70, "", "Sedang"]],
    ["words that name no band", ["Indeks Kepuasan Masyarakat", 100, 40, 40, "Tercapai"]],
    ["nothing to judge by", ["Indeks Kepuasan Masyarakat", 100, "", "", "Sangat Tinggi"]],
  ])("accepts %s", (_, row) => {
    expect(predikat(pengukuran([row]))).toEqual([]);
  });

  it.each<[string, Row, number, string, "stated" | "recomputed"]>([
    ["Sangat Tinggi at 82,5", ["Indeks Kepuasan Masyarakat", 80, 66, "82,5", "Sangat Tinggi"], 82.5, "Tinggi", "stated"],
    ["Tinggi at 70", ["Indeks Kepuasan Masyarakat", 100, 70, 70, "Tinggi"], 70, "Sedang", "stated"],
    ["Baik at 50", ["Indeks Kepuasan Masyarakat", 100, 50, 50, "Baik"], 50, "Sangat Rendah", "stated"],
    ["Sangat Tinggi with no capaian stated, realisasi giving 70", ["Indeks Kepuasan Masyarakat", 100, 70, "", "Sangat Tinggi"], 70, "Sedang", "recomputed"],
  ])("warns on %s", (_, row, capaian, expectedId, source) => {
    expect(predikat(pengukuran([row]))).toEqual([expect.objectContaining({ cell: "H2", severity: "warning", actual: capaian, params: expect.objectContaining({ capaian, expectedId, source }) })]);
  });

  it("reads a Kriteria column as the predikat", () => {
    expect(roleOf("Kriteria")).toBe("predikat");
    expect(predikat(pengukuran([["Indeks Kepuasan Masyarakat", 100, 70, 70, "Tinggi"]], "Kriteria"))).toHaveLength(1);
  });

  it("follows the scale in the settings: six levels with other bounds", () => {
    const predikatScale = [
      { min: 100, id: "Sangat Berhasil", en: "Very successful" },
      { min: 85, id: "Berhasil", en: "Successful" },
      { min: 70, id: "Cukup Berhasil", en: "Fairly successful" },
      { min: 55, id: "Kurang Berhasil", en: "Less successful" },
      { min: 40, id: "Tidak Berhasil", en: "Unsuccessful" },
      { min: Number.NEGATIVE_INFINITY, id: "Sangat Tidak Berhasil", en: "Very unsuccessful" },
    ];
    const settings = { ...DEFAULT_SETTINGS, predikatScale };
    expect(predikat(pengukuran([["Indeks Kepuasan Masyarakat", 100, 88, 88, "Berhasil"]]), settings)).toEqual([]);
    expect(predikat(pengukuran([["Indeks Kepuasan Masyarakat", 100, 88, 88, "Sangat Berhasil"]]), settings)).toEqual([expect.objectContaining({ params: expect.objectContaining({ expectedId: "Berhasil" }) })]);
  });

  it("names the predikat the capaian gives, and sends the person to Pengaturan for another scale", () => {
    const [f] = predikat(pengukuran([["Indeks Kepuasan Masyarakat", 80, 66, "82,5", "Sangat Tinggi"]]));
    expect(renderFinding(f, "id")).toBe(
      "Predikat di sel H2 tertulis “Sangat Tinggi”, padahal capaian tertulis 82,5% berpredikat “Tinggi” menurut skala predikat di Pengaturan. Perbaiki predikatnya, atau sesuaikan skala di Pengaturan bila instansi Anda memakai skala lain.",
    );
    expect(renderFinding(f, "en")).toContain("“Tinggi” (High)");
  });
});
