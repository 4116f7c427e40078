import { analyzeSheet } from "../../../src/engine/analyze";
import { sheet } from "../../support/grid-builder";

const _ = null;

/** A Perjanjian Kinerja table: its value column "Nilai Sasaran" is not a role Cermat can check. */
const pk = sheet([
  ["PERJANJIAN KINERJA TAHUN 2025"],
  [],
  ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Nilai Sasaran", "Keterangan"],
  [1, "Meningkatnya ketersediaan pangan", "Skor Pola Pangan Harapan", "Skor", "88,5", _],
  [2, "Meningkatnya keamanan pangan", "Persentase pangan segar aman dikonsumsi", "%", "92", _],
]);

describe("a header read with too few roles", () => {
  it("is not recognised, and its columns come back as a draft table for the person to complete", () => {
    const analysis = analyzeSheet(pk);
    expect([analysis.recognized, analysis.reason?.code, analysis.findings]).toEqual([false, "TOO_FEW_ROLES", []]);
    expect(analysis.draft?.headers.map((h) => [h.col, h.header, h.role])).toEqual([
      [0, "No", "no"],
      [1, "Sasaran Strategis", "sasaran"],
      [2, "Indikator Kinerja", "indikator"],
      [3, "Satuan", "satuan"],
      [4, "Nilai Sasaran", "sasaran"],
      [5, "Keterangan", "keterangan"],
    ]);
    expect([analysis.draft?.firstDataRow, analysis.draft?.lastDataRow]).toEqual([3, 4]);
  });

  it("with the value column chosen as target, is a table whose columns are all read", () => {
    const analysis = analyzeSheet(pk, undefined, { E: "target" });
    expect(analysis.recognized).toBe(true);
    expect(analysis.draft).toBeUndefined();
    expect(analysis.tables[0].layout.columns.target).toBe(4);
  });

  it("a sheet with no header at all has no draft", () => {
    const analysis = analyzeSheet(sheet([["Catatan rapat"], ["Dihadiri oleh", "12 orang"]]));
    expect([analysis.recognized, analysis.draft]).toEqual([false, undefined]);
  });
});
