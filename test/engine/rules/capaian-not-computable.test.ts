/**
 * CAPAIAN_NOT_COMPUTABLE and the qualitative side of CAPAIAN_MISMATCH, on a Pengukuran Kinerja
 * table as agencies keep it: Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%).
 * Each case is one row.
 */
import { analyzeSheet } from "../../../src/engine/analyze";
import { DEFAULT_SETTINGS, type Finding } from "../../../src/engine/model";
import { renderFinding } from "../../../src/i18n";
import { sheet, type RawValue } from "../../support/grid-builder";
import { pkSheet } from "../capaian/pk-sheet";

type Row = [indikator: string, satuan: string, target: RawValue, realisasi: RawValue, capaian: RawValue];

const pengukuran = (row: Row) =>
  sheet([
    ["PENGUKURAN KINERJA INSPEKTORAT DAERAH TAHUN 2024"],
    [],
    ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
    [1, ...row],
  ]);

const findings = (row: Row, code: Finding["code"]): Finding[] => analyzeSheet(pengukuran(row), DEFAULT_SETTINGS).findings.filter((f) => f.code === code);

describe("a target of 0: no formula, said, never a guessed number", () => {
  it.each<[string, Row, Partial<Finding>]>([
    ["100 stated for 2 temuan against 0", ["Jumlah temuan BPK", "Temuan", "0", "2", "100"], { severity: "warning", cell: "F4", actual: 100 }],
    ["100% stated for 0 against 0 (the reviewers' reading, not the regulation's)", ["Jumlah temuan BPK", "Temuan", "0", "0", "100%"], { severity: "info", actual: 100 }],
    ["0% stated for 0 against 0", ["Jumlah dokumen evaluasi yang disusun", "Dokumen", "0 Dokumen", "0 Dokumen", "0%"], { severity: "info", actual: 0 }],
    ["0 stated for 3 kasus against 0", ["Jumlah kasus pelanggaran disiplin ASN", "Kasus", "0 Kasus", "3 Kasus", "0"], { severity: "warning", actual: 0 }],
    ["nothing stated for 2 temuan against 0", ["Jumlah temuan berulang", "Temuan", "0", "2", ""], { severity: "info", cell: "F4" }],
    ["a dash for 1 temuan against 0", ["Jumlah temuan berulang", "Temuan", "0", "1", "-"], { severity: "info" }],
  ])("%s", (_, row, expected) => {
    expect(findings(row, "CAPAIAN_NOT_COMPUTABLE")).toEqual([
      expect.objectContaining({ ...expected, params: expect.objectContaining({ reason: "target-zero", indikator: row[0], period: "annual" }) }),
    ]);
    expect(findings(row, "CAPAIAN_MISMATCH")).toEqual([]);
  });

  it.each<[string, Row]>([
    ["0 against 0 with nothing stated: nothing planned, nothing to say", ["Jumlah temuan BPK", "Temuan", "0", "0", ""]],
    ["no realisasi yet", ["Jumlah temuan BPK", "Temuan", "0", "-", ""]],
    ["the capaian in words", ["Jumlah temuan BPK", "Temuan", "0", "2", "Tidak tercapai"]],
    ["a target that is not 0", ["Jumlah temuan BPK", "Temuan", "2", "1", "150"]],
  ])("says nothing with %s", (_, row) => {
    expect(findings(row, "CAPAIAN_NOT_COMPUTABLE")).toEqual([]);
  });

  it("per triwulan too: TW I with target 0, TW II computed as usual", () => {
    const grid = pkSheet([{ indikator: "Jumlah temuan pemeriksaan Inspektorat", target: "2", tw: [["0", "1", "100%"], ["1", "1", "100%"]] }]);
    const got = analyzeSheet(grid, DEFAULT_SETTINGS).findings.filter((f) => f.code.startsWith("CAPAIAN"));
    expect(got).toEqual([expect.objectContaining({ code: "CAPAIAN_NOT_COMPUTABLE", severity: "warning", cell: "H5", params: expect.objectContaining({ period: "tw1", realisasi: 1 }) })]);
    expect(renderFinding(got[0], "id")).toContain("Capaian TW I indikator “Jumlah temuan pemeriksaan Inspektorat” tidak dapat dihitung dari target 0 (realisasi 1)");
  });

  it("names the indikator and what to state, in both languages", () => {
    const [f] = findings(["Jumlah temuan BPK", "Temuan", "0", "2", "100"], "CAPAIAN_NOT_COMPUTABLE");
    expect(renderFinding(f, "id")).toBe(
      "Capaian tahunan indikator “Jumlah temuan BPK” tidak dapat dihitung dari target 0 (realisasi 2): setiap rumus capaian PermenPAN-RB 8/2021 membagi dengan target. Angka 100% di sel F4 tidak dapat diperiksa. Nyatakan di Keterangan konvensi yang dipakai (misalnya “realisasi 0 dari target 0 dihitung 100%”), atau tetapkan target yang dapat diukur.",
    );
    expect(renderFinding(f, "en")).toContain("cannot be computed from a target of 0");
  });
});

describe("a qualitative target: met or not met, not a ratio", () => {
  it.each<[string, Row]>([
    ["WTP reached", ["Opini BPK atas laporan keuangan", "Opini", "WTP", "WTP", "100"]],
    ["A above a target BB, stated 100", ["Nilai SAKIP Perangkat Daerah", "Predikat", "BB", "A", "100%"]],
    ["A above a target BB, stated 110: over 100 still says met", ["Nilai SAKIP Perangkat Daerah", "Predikat", "BB", "A", "110"]],
    ["Tersedia as planned", ["Dokumen Renstra", "Dokumen", "Tersedia", "Tersedia", "100%"]],
    ["WDP against WTP stated 0: not judged as a ratio (no more \"seharusnya 75\")", ["Opini BPK atas laporan keuangan", "Opini", "WTP", "WDP", "0"]],
    ["B against BB stated 80", ["Nilai SAKIP Perangkat Daerah", "Predikat", "BB", "B", "80"]],
    ["not met, stated in words", ["Opini BPK atas laporan keuangan", "Opini", "WTP", "WDP", "Tidak tercapai"]],
  ])("CAPAIAN_MISMATCH says nothing for %s", (_, row) => {
    expect(findings(row, "CAPAIAN_MISMATCH")).toEqual([]);
  });

  it.each<[string, Row, Partial<Finding>]>([
    ["100 for WDP against WTP", ["Opini BPK atas laporan keuangan", "Opini", "WTP", "WDP", "100"], { actual: 100, params: expect.objectContaining({ met: "false", target: "WTP", realisasi: "WDP" }) }],
    ["100% for Tidak Ada against Ada", ["Dokumen evaluasi RB", "Dokumen", "Ada", "Tidak ada", "100%"], { actual: 100, params: expect.objectContaining({ met: "false" }) }],
    ["75 for WTP reached", ["Opini BPK atas laporan keuangan", "Opini", "WTP", "WTP", "75"], { expected: 100, actual: 75, params: expect.objectContaining({ formula: "grade" }) }],
  ])("CAPAIAN_MISMATCH reports a clear contradiction: %s", (_, row, expected) => {
    expect(findings(row, "CAPAIAN_MISMATCH")).toEqual([expect.objectContaining({ severity: "error", cell: "F4", ...expected })]);
  });

  it.each<[string, Row, number | undefined]>([
    ["WDP against WTP stated 0", ["Opini BPK atas laporan keuangan", "Opini", "WTP", "WDP", "0"], 0],
    ["B against BB stated 80", ["Nilai SAKIP Perangkat Daerah", "Predikat", "BB", "B", "80"], 80],
    ["WDP against WTP, nothing stated", ["Opini BPK atas laporan keuangan", "Opini", "WTP", "WDP", ""], undefined],
  ])("CAPAIAN_NOT_COMPUTABLE says it cannot be judged numerically: %s", (_, row, actual) => {
    const got = findings(row, "CAPAIAN_NOT_COMPUTABLE");
    expect(got).toEqual([expect.objectContaining({ severity: "info", params: expect.objectContaining({ reason: "grade-not-met", target: row[2] }) })]);
    expect(got[0].actual).toBe(actual);
  });

  it("says what a reviewer says, in both languages", () => {
    const [mismatch] = findings(["Opini BPK atas laporan keuangan", "Opini", "WTP", "WDP", "100"], "CAPAIAN_MISMATCH");
    expect(renderFinding(mismatch, "id")).toBe(
      "Capaian tahunan tertulis 100%, padahal target WTP tidak tercapai (realisasi WDP). Target kualitatif dinilai tercapai atau tidak tercapai, bukan dengan persentase. Perbaiki sel F4: tulis “Tidak tercapai”, atau jelaskan di Keterangan cara capaiannya dihitung.",
    );
    const [info] = findings(["Opini BPK atas laporan keuangan", "Opini", "WTP", "WDP", "0"], "CAPAIAN_NOT_COMPUTABLE");
    expect(renderFinding(info, "id")).toContain("capaian 0% di sel F4 tidak dapat dinilai sebagai persentase");
    expect(renderFinding(info, "en")).toContain("cannot be judged as a percentage");
  });
});
