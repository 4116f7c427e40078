/**
 * Coverage said out loud: which columns were understood, which checks ran, and the verdict. A
 * sheet is "ready" only when nothing numeric was left unread and a budget, capaian or target check
 * ran; the most harmful answer Cermat can give is "ready" over columns it did not read.
 */
import { join } from "node:path";
import { analyzeSheet } from "../../src/engine/analyze";
import { colLetter } from "../../src/engine/model";
import { XlsxFileWorkbook } from "../../src/xlsx/node-file";
import { sheet } from "../support/grid-builder";

async function fixture(file: string) {
  const workbook = await XlsxFileWorkbook.fromFile(join(__dirname, "..", "fixtures", file));
  const [name] = await workbook.sheetNames();
  return workbook.readSheet(name);
}

const letters = (cols: ReadonlyArray<{ col: number }>) => cols.map((c) => colLetter(c.col));

/** A quarterly Rencana Aksi whose agency added columns no vocabulary has: Bobot and Nilai Tertimbang. */
const WITH_BOBOT = sheet(
  [
    ["RENCANA AKSI DINAS KOPERASI TAHUN 2025"],
    [],
    ["No", "Indikator Kinerja", "Satuan", "Target", "Bobot", "Nilai Tertimbang", "Anggaran (Rp)", "Anggaran per Triwulan", null, null, null, "Penanggung Jawab"],
    [null, null, null, null, null, null, null, "I", "II", "III", "IV", null],
    [1, "Jumlah koperasi sehat", "Koperasi", 12, "40", "4,8", "120.000.000", "30.000.000", "30.000.000", "30.000.000", "30.000.000", "Kabid Koperasi"],
    [2, "Jumlah UMKM naik kelas", "UMKM", 30, "60", "18", "80.000.000", "20.000.000", "20.000.000", "20.000.000", "20.000.000", "Kabid UMKM"],
    [3, "Persentase koperasi aktif", "%", "75%", "0", "0", "0", "-", "-", "-", "-", "Kabid Koperasi"],
  ],
  { merges: ["H3:K3", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:G4", "L3:L4"] },
);

describe("coverage of a sheet", () => {
  it("lists every header column with its role, and the unread ones with whether they hold numbers", () => {
    const analysis = analyzeSheet(WITH_BOBOT);
    const [table] = analysis.coverage.tables;
    expect(table.columns.map((c) => [colLetter(c.col), c.role ?? null])).toEqual([
      ["A", "no"],
      ["B", "indikator"],
      ["C", "satuan"],
      ["D", "target"],
      ["E", null],
      ["F", null],
      ["G", "anggaran"],
      ["H", "anggaran_tw1"],
      ["I", "anggaran_tw2"],
      ["J", "anggaran_tw3"],
      ["K", "anggaran_tw4"],
      ["L", "penanggung_jawab"],
    ]);
    expect(table.unrecognized.map((u) => [colLetter(u.col), u.header, u.numeric])).toEqual([
      ["E", "Bobot", true],
      ["F", "Nilai Tertimbang", true],
    ]);
  });

  it("never calls a sheet ready while numeric columns were not understood, even with no findings", () => {
    const analysis = analyzeSheet(WITH_BOBOT);
    expect(analysis.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(analysis.coverage.verdict).toBe("incomplete");
    expect(letters(analysis.coverage.unreadNumeric)).toEqual(["E", "F"]);
    expect(analysis.coverage.noCoreCheck).toBe(false);
  });

  it("names the checks that had their columns", () => {
    const [table] = analyzeSheet(WITH_BOBOT).coverage.tables;
    expect(table.checks).toEqual(["BUDGET_PERIOD_SUM", "BUDGET_ZERO_WITH_TARGET", "INVALID_NUMBER", "MISSING_TARGET", "MISSING_SATUAN", "MISSING_PENANGGUNG_JAWAB"]);
  });

  it("is ready once the person says what the unread columns are (a choice of none counts as an answer)", () => {
    const analysis = analyzeSheet(WITH_BOBOT, undefined, { E: "none", F: "none" });
    expect(analysis.coverage.verdict).toBe("ready");
    const [table] = analysis.coverage.tables;
    expect(table.columns.filter((c) => c.chosen).map((c) => colLetter(c.col))).toEqual(["E", "F"]);
  });

  it("is incomplete when no budget, capaian or target check could run", () => {
    const analysis = analyzeSheet(
      sheet([
        ["No", "Indikator Kinerja", "Satuan", "Target", "Penanggung Jawab"],
        [1, "Indeks Kepuasan Masyarakat", "Indeks", 82, "Sekretaris"],
        [2, "Persentase pengaduan ditindaklanjuti", "%", "100%", "Kabid Pelayanan"],
      ]),
    );
    expect(analysis.findings).toEqual([]);
    expect(analysis.coverage).toMatchObject({ verdict: "incomplete", noCoreCheck: true, unreadNumeric: [] });
  });

  it("takes a choice of none on the anggaran column as an answer, and says the budget checks did not run", () => {
    const analysis = analyzeSheet(WITH_BOBOT, undefined, { E: "none", F: "none", G: "none" });
    const [table] = analysis.coverage.tables;
    expect(analysis.coverage).toMatchObject({ verdict: "incomplete", noCoreCheck: true, unreadNumeric: [] });
    expect(table.checks).not.toContain("BUDGET_PERIOD_SUM");
    expect(table.columns.find((c) => colLetter(c.col) === "G")).toMatchObject({ chosen: true });
    expect(table.columns.find((c) => colLetter(c.col) === "G")?.role).toBeUndefined();
  });

  it("takes a chosen role over the header's reading", () => {
    const analysis = analyzeSheet(WITH_BOBOT, undefined, { E: "keterangan", F: "none" });
    expect(analysis.tables[0].layout.columns.keterangan).toBe(4);
    expect(analysis.coverage.verdict).toBe("ready");
  });
});

describe("coverage of the seed workbooks", () => {
  it("Lombok Tengah: every column understood (the hidden check column aside), budget and target checks ran, errors found", async () => {
    const analysis = analyzeSheet(await fixture("lombok-tengah.xlsx"));
    expect(analysis.coverage.unreadNumeric).toEqual([]);
    expect(analysis.coverage.tables[0].checks).toEqual(expect.arrayContaining(["BUDGET_PERIOD_SUM", "BUDGET_CHILD_SUM", "BUDGET_TOTAL_SUM", "TARGET_PERIOD_SUM"]));
    expect(analysis.coverage.verdict).toBe("errors");
  });

  it("Bone: capaian checked on every level block", async () => {
    const analysis = analyzeSheet(await fixture("bone.xlsx"));
    expect(analysis.coverage.tables[0].checks).toContain("CAPAIAN_MISMATCH");
    expect(analysis.coverage.unreadNumeric).toEqual([]);
  });

  it("a price list that is not a Rencana Aksi is not recognised, so never ready", async () => {
    const workbook = await XlsxFileWorkbook.fromFile(join(__dirname, "..", "fixtures", "not-rencana-aksi.xlsx"));
    for (const name of await workbook.sheetNames()) {
      expect(analyzeSheet(await workbook.readSheet(name)).coverage.verdict).toBe("not-recognized");
    }
  });
});
