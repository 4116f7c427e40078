import { analyzeSheet } from "../../../src/engine/analyze";
import { renderFinding } from "../../../src/i18n";
import { sheet, type RawValue } from "../../support/grid-builder";
import { REALISASI_TW_FORMATS, REALISASI_TW_MERGES, realisasiTw } from "./support/realisasi-tw";

/** The Dinas Koperasi's Pengukuran (kode per Permendagri 90/2019), with some cells retyped: [row index from 0 = sheet row 6, column, value]. */
function findings(changes: Array<[number, number, RawValue]>, code = "ANGGARAN_WITHOUT_INDIKATOR") {
  const grid = sheet(realisasiTw(changes), { merges: REALISASI_TW_MERGES, formats: REALISASI_TW_FORMATS });
  return analyzeSheet(grid).findings.filter((f) => f.code === code);
}

const D = 3; // Indikator Kinerja
const E = 4; // Satuan
const G = 6; // Anggaran (Rp)

describe("ANGGARAN_WITHOUT_INDIKATOR", () => {
  it("says nothing when every funded sub kegiatan has its indikator and satuan", () => {
    expect(findings([])).toEqual([]);
  });

  it.each<[string, Array<[number, number, RawValue]>, string, "indikator" | "satuan"]>([
    ["a sub kegiatan without indikator", [[3, D, ""], [3, E, ""]], "D9", "indikator"],
    ["a sub kegiatan whose indikator is a dash", [[3, D, "-"], [3, E, ""]], "D9", "indikator"],
    ["a sub kegiatan with an indikator but no satuan", [[2, E, ""]], "E8", "satuan"],
  ])("warns on %s", (_, changes, cell, missing) => {
    expect(findings(changes)).toEqual([expect.objectContaining({ cell, severity: "warning", params: expect.objectContaining({ missing }) })]);
  });

  it.each<[string, Array<[number, number, RawValue]>]>([
    ["a kegiatan (not the lowest level) without indikator", [[1, D, ""], [1, E, ""]]],
    ["a program without indikator", [[0, D, ""], [0, E, ""]]],
    ["a sub kegiatan budgeted at Rp 0 (BUDGET_ZERO_WITH_TARGET's)", [[5, D, ""], [5, E, ""], [5, G, "0"]]],
    ["a satuan carried by the target (90 Unit)", [[2, E, ""], [2, 5, "90 Unit"]]],
    [
      "a table whose sub kegiatan rows never state an indikator (the column is the program's)",
      [[2, D, ""], [2, E, ""], [3, D, ""], [3, E, ""], [5, D, ""], [5, E, ""]],
    ],
  ])("leaves alone %s", (_, changes) => {
    expect(findings(changes)).toEqual([]);
  });

  it("names the satuan of a funded sub kegiatan once: a warning here, no MISSING_SATUAN info beside it", () => {
    expect(findings([[2, E, ""]], "MISSING_SATUAN")).toEqual([]);
    expect(findings([[1, E, ""]], "MISSING_SATUAN")).toEqual([expect.objectContaining({ cell: "E7", severity: "info" })]);
  });

  it("says the sub kegiatan and its anggaran, the Indonesian way", () => {
    const [f] = findings([[3, D, ""], [3, E, ""]]);
    expect(renderFinding(f, "id")).toBe(
      "Sub kegiatan “Pemeriksaan Kepatuhan Koperasi terhadap Peraturan Perundang-Undangan” beranggaran (Rp 125.404.054), tetapi belum memiliki indikator. Isi indikator keluarannya di sel D9, agar anggarannya dapat dipertanggungjawabkan dengan kinerja.",
    );
    expect(renderFinding(f, "en")).toContain("Rp 125,404,054");
  });
});
