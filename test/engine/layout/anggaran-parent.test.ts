import { analyzeSheet } from "../../../src/engine/analyze";
import type { Grid, GridCell } from "../../../src/engine/model";

/**
 * A Pengukuran Kinerja whose budget sits under one "Anggaran" header split into Pagu, Realisasi
 * and %: a common way to show serapan beside the kinerja columns.
 */
function sheet(serapan: string): Grid {
  const rows: Array<Array<string | null>> = [
    ["PENGUKURAN KINERJA TAHUN 2025"],
    ["No", "Program / Kegiatan / Sub Kegiatan", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)", "Anggaran", null, null, "Penanggung Jawab"],
    [null, null, null, null, null, null, "Pagu (Rp)", "Realisasi (Rp)", "%", null],
    ["1", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN", "Nilai SAKIP", "B", "B", "100", "1.000.000.000", "900.000.000", serapan, "Sekretaris"],
    ["2", "PROGRAM PEMBERDAYAAN KOPERASI", "Jumlah koperasi sehat", "30", "24", "80", "500.000.000", "450.000.000", "90", "Kabid Koperasi"],
  ];
  return {
    sheetName: "PK 2025",
    rows: rows.map((r) => r.map((v): GridCell | null => (v === null ? null : { value: v }))),
    merges: [{ top: 1, left: 6, bottom: 1, right: 8 }],
    hiddenRows: [],
    hiddenCols: [],
  };
}

describe("an Anggaran header over Pagu | Realisasi | %", () => {
  it("reads one table: anggaran, realisasi anggaran and serapan, beside the kinerja's own realisasi and capaian", () => {
    const analysis = analyzeSheet(sheet("90"));
    expect(analysis.tables).toHaveLength(1);
    expect(analysis.tables[0].layout.columns).toMatchObject({ realisasi: 4, capaian: 5, anggaran: 6, realisasi_anggaran: 7, serapan: 8 });
    expect(analysis.findings).toEqual([]);
  });

  it("checks the serapan there like any other", () => {
    const findings = analyzeSheet(sheet("95")).findings;
    expect(findings.map((f) => [f.code, f.cell, f.expected, f.actual])).toEqual([["SERAPAN_MISMATCH", "I4", 90, 95]]);
  });
});
