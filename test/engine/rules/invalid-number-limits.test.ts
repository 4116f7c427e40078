/**
 * INVALID_NUMBER on what a double cannot hold and on dates in number columns, through the whole
 * check: the cell is reported, and the budget sums that would use it are skipped, not reported.
 */
import { analyzeSheet } from "../../../src/engine/analyze";
import { sheet } from "../../support/grid-builder";

const HEAD = [
  ["RENCANA AKSI DINAS KOPERASI TAHUN 2025"],
  [],
  ["No", "Indikator Kinerja", "Satuan", "Target", "Anggaran (Rp)", "Anggaran per Triwulan", null, null, null, "Penanggung Jawab"],
  [null, null, null, null, null, "I", "II", "III", "IV", null],
];
const MERGES = ["F3:I3", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "J3:J4"];

describe("INVALID_NUMBER: too long, too large, a date", () => {
  const analysis = analyzeSheet(
    sheet(
      [
        ...HEAD,
        [1, "Jumlah koperasi sehat", "Koperasi", 12, "1.234.567.890.123.456.789", "30.000.000", "30.000.000", "30.000.000", "30.000.000", "Kabid Koperasi"],
        // `1/4` typed in TW I, turned by Excel into 1 April.
        [2, "Jumlah UMKM naik kelas", "UMKM", 30, "80.000.000", 45383, "20.000.000", "20.000.000", "20.000.000", "Kabid UMKM"],
        [3, "Persentase koperasi aktif", "%", "01/04/2024", "1" + "0".repeat(400), "-", "-", "-", "-", "Kabid Koperasi"],
      ],
      { merges: MERGES, formats: { F6: "d-mmm" }, texts: { F6: "1-Apr" } },
    ),
  );
  const invalid = analysis.findings.filter((f) => f.code === "INVALID_NUMBER");

  it("reports each cell with its reason and severity, the date as the person sees it", () => {
    expect(invalid.map((f) => [f.cell, f.severity, f.params.reason, f.params.text])).toEqual([
      ["E5", "error", "too-many-digits", "1.234.567.890.123.456.789"],
      ["F6", "warning", "date", "1-Apr"],
      ["D7", "warning", "date", "01/04/2024"],
      ["E7", "error", "too-large", "1" + "0".repeat(400)],
    ]);
  });

  it("checks no budget sum on them: no Rp Infinity, no serial number taken for rupiah", () => {
    expect(analysis.findings.filter((f) => f.code.startsWith("BUDGET_"))).toEqual([]);
    for (const f of analysis.findings) {
      for (const n of [f.expected, f.actual, f.difference]) if (n !== undefined) expect(Number.isFinite(n)).toBe(true);
    }
  });
});
