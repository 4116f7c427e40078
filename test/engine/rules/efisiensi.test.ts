import { analyzeSheet } from "../../../src/engine/analyze";
import { DEFAULT_SETTINGS } from "../../../src/engine/model";
import { renderFinding } from "../../../src/i18n";
import { sheet } from "../../support/grid-builder";

type Row = [indikator: string, satuan: string, target: string, realisasi: string, anggaran: string, realisasiAnggaran: string];

/** An LKjIP table of a Dinas Koperasi: performance and budget of each program on one row. */
function lkjip(rows: Row[]) {
  return sheet([
    ["No", "Program", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Anggaran (Rp)", "Realisasi Anggaran (Rp)", "Penanggung Jawab"],
    ...rows.map(([indikator, satuan, target, realisasi, anggaran, ra], i) => [i + 1, `Program ${i + 1}`, indikator, satuan, target, realisasi, anggaran, ra, "Kepala Bidang"]),
  ]);
}

const efisiensi = (grid: ReturnType<typeof sheet>, settings = DEFAULT_SETTINGS) => analyzeSheet(grid, settings).findings.filter((f) => f.code === "EFISIENSI");

describe("EFISIENSI", () => {
  it.each<[string, Row, "low-capaian" | "low-serapan", number, number]>([
    ["money spent, performance not delivered", ["Jumlah koperasi yang diawasi", "Unit", "90", "54", "64.595.946", "62.334.087"], "low-capaian", 60, 96.5],
    ["a negative indicator off its target (PermenPAN-RB formula)", ["Angka kemiskinan", "%", "10", "14", "200.000.000", "190.000.000"], "low-capaian", 60, 95],
    ["performance reported with a third of the money", ["Jumlah UMKM yang dilatih", "Orang", "120", "120", "150.000.000", "45.000.000"], "low-serapan", 100, 30],
  ])("warns on %s", (_, row, direction, capaian, serapan) => {
    const [f] = efisiensi(lkjip([row]));
    expect(f).toMatchObject({ severity: "warning", cell: "H2", actual: capaian, expected: serapan, params: { direction, capaian, serapan, gap: 20, lowSerapan: 50 } });
  });

  it.each<[string, Row]>([
    ["capaian and serapan close", ["Jumlah koperasi yang diawasi", "Unit", "90", "80", "64.595.946", "62.334.087"]],
    ["serapan 19 points above capaian", ["Jumlah koperasi yang diawasi", "Unit", "100", "77", "100.000.000", "96.000.000"]],
    ["capaian well above a serapan over half", ["Jumlah UMKM yang dilatih", "Orang", "120", "120", "150.000.000", "78.000.000"]],
    ["a capaian that cannot be computed (target 0)", ["Jumlah temuan BPK", "Temuan", "0", "2", "100.000.000", "98.000.000"]],
    ["no realisasi: no capaian", ["Jumlah koperasi yang diawasi", "Unit", "90", "", "64.595.946", "62.334.087"]],
    ["a qualitative target (met is no degree)", ["Opini BPK", "Opini", "WTP", "WTP", "100.000.000", "20.000.000"]],
    ["no realisasi anggaran", ["Jumlah koperasi yang diawasi", "Unit", "90", "40", "64.595.946", ""]],
    ["realisasi anggaran above the anggaran (another check's)", ["Jumlah koperasi yang diawasi", "Unit", "90", "40", "64.595.946", "70.000.000"]],
  ])("leaves alone %s", (_, row) => {
    expect(efisiensi(lkjip([row]))).toEqual([]);
  });

  it("follows the thresholds in the settings", () => {
    const row: Row = ["Jumlah koperasi yang diawasi", "Unit", "100", "80", "100.000.000", "95.000.000"];
    expect(efisiensi(lkjip([row]))).toEqual([]);
    expect(efisiensi(lkjip([row]), { ...DEFAULT_SETTINGS, efisiensi: { gap: 10, lowSerapan: 50 } })).toEqual([expect.objectContaining({ params: expect.objectContaining({ direction: "low-capaian", gap: 10 }) })]);
  });

  it("waits for the year: a TW II report is not read for efficiency", () => {
    const grid = sheet([
      ["No", "Program", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "", "", "", "Anggaran (Rp)", "Realisasi Anggaran (Rp)"],
      ["", "", "", "", "", "TW I", "TW II", "TW III", "TW IV", "", ""],
      [1, "Program 1", "Persentase koperasi aktif", "%", "80", "80", "80", "", "", "100.000.000", "25.000.000"],
      [2, "Program 2", "Persentase koperasi sehat", "%", "80", "80", "80", "80", "80", "100.000.000", "25.000.000"],
    ], { merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:E2", "F1:I1", "J1:J2", "K1:K2"] });
    expect(efisiensi(grid).map((f) => f.cell)).toEqual(["K4"]);
  });

  it("says both numbers and the amounts, the Indonesian way", () => {
    const [f] = efisiensi(lkjip([["Jumlah koperasi yang diawasi", "Unit", "90", "54", "64.595.946", "62.334.087"]]));
    expect(renderFinding(f, "id")).toContain("Serapan anggaran “Program 1” 96,5% (Rp 62.334.087 dari Rp 64.595.946), padahal capaian kinerjanya hanya 60%");
    expect(renderFinding(f, "en")).toContain("96.5%");
  });
});
