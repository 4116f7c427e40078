import type { SheetAnalysis } from "../../src/engine/analyze";
import type { Finding, Grid, TableLayout } from "../../src/engine/model";
import { sheetCoverage } from "../../src/engine/coverage";
import { buildCheckReport, groupByRoot } from "../../src/report/check-report";
import { renderCheckText } from "../../src/cli/check-text";
import { cliWords } from "../../src/i18n/cli";

/**
 * The Lombok Tengah shape: a sub kegiatan (K48) whose quarters miss Rp 6.349.833, and its
 * kegiatan (K46), program (K45) and total (K100) disagreeing by the same amount.
 */
function budgetFinding(cell: string, row: number, derivedFrom?: string[]): Finding {
  const f: Finding = {
    code: "BUDGET_PERIOD_SUM",
    severity: derivedFrom ? "warning" : "error",
    row,
    col: 10,
    cell,
    expected: 533385750,
    actual: 539735583,
    difference: 6349833,
    params: { periods: "tw1-tw4", periodSum: 533385750, annual: 539735583, level: "subkegiatan" },
  };
  if (derivedFrom) f.derivedFrom = derivedFrom;
  return f;
}

const LAYOUT: TableLayout = {
  kind: "wide-quarterly",
  headerTop: 3,
  headerBottom: 6,
  columnNumberRow: 7,
  repeatedHeaderRows: [],
  firstDataRow: 8,
  lastDataRow: 99,
  columns: { no: 0, sasaran: 1, indikator: 2, satuan: 3, target: 4, target_tw1: 5, program: 9, anggaran: 10, penanggung_jawab: 15 },
  groups: [{ columns: { no: 0 } }],
  headers: [],
};

const EMPTY_GRID: Grid = { sheetName: "Renaksi 2022", rows: [], merges: [], hiddenRows: [], hiddenCols: [] };

/** An analysis written by hand, with the coverage the engine would compute for it. */
function analysis(a: Omit<SheetAnalysis, "coverage">): SheetAnalysis {
  return { ...a, coverage: sheetCoverage(EMPTY_GRID, a) };
}

const RA: SheetAnalysis = analysis({
  sheet: "Renaksi 2022",
  recognized: true,
  tables: [{ layout: LAYOUT, items: [], conventions: {} as SheetAnalysis["tables"][number]["conventions"] }],
  findings: [
    budgetFinding("K45", 44, ["K48"]),
    budgetFinding("K46", 45, ["K48"]),
    budgetFinding("K48", 47),
    {
      code: "MISSING_SATUAN",
      severity: "info",
      row: 20,
      col: 3,
      cell: "D21",
      params: { indikator: "Jumlah koperasi", target: "30" },
    },
    budgetFinding("K100", 99, ["K48", "K62"]),
  ],
});

const PK: SheetAnalysis = analysis({ sheet: "PK", recognized: false, reason: { code: "TOO_FEW_ROLES", found: ["indikator"] }, tables: [], findings: [] });

describe("the JSON report", () => {
  const report = buildCheckReport("lombok-tengah.xlsx", [RA, PK], "id");

  it("names the columns of the first table by letter", () => {
    expect(report.sheets[0].columns).toEqual({ no: "A", sasaran: "B", indikator: "C", satuan: "D", target: "E", target_tw1: "F", program: "J", anggaran: "K", penanggung_jawab: "P" });
    expect(report.sheets[0].tables[0]).toMatchObject({ kind: "wide-quarterly", headerRows: [4, 7], dataRows: [9, 100] });
  });

  it("gives each finding its Excel row, its message and its root cause", () => {
    expect(report.sheets[0].findings[0]).toEqual({
      code: "BUDGET_PERIOD_SUM",
      severity: "warning",
      cell: "K45",
      row: 45,
      message: expect.stringContaining("Rp 6.349.833"),
      expected: 533385750,
      actual: 539735583,
      derivedFrom: ["K48"],
    });
    expect(report.sheets[0].findings[2]).not.toHaveProperty("derivedFrom");
  });

  it("says why a sheet is not a Rencana Aksi", () => {
    expect(report.sheets[1]).toEqual({
      sheet: "PK",
      recognized: false,
      reason: { code: "TOO_FEW_ROLES", found: ["indikator"] },
      columns: {},
      verdict: "not-recognized",
      noCoreCheck: true,
      document: "tidak-dikenali",
      rowsRead: 0,
      tables: [],
      findings: [],
    });
  });

  it("renders messages in English with --lang en", () => {
    const en = buildCheckReport("x.xlsx", [RA], "en");
    expect(en.sheets[0].findings[2].message).toContain("Rp 6,349,833");
  });
});

describe("grouping findings under their root cause", () => {
  it("puts derived findings under the cell they come from, and keeps orphans visible", () => {
    const groups = groupByRoot(buildCheckReport("f", [RA], "id").sheets[0].findings);
    expect(groups.map((g) => [g.code, g.roots.map((r) => [r.finding.cell, r.derived.map((d) => d.cell)])])).toEqual([
      ["BUDGET_PERIOD_SUM", [["K48", ["K45", "K46", "K100"]]]],
      ["MISSING_SATUAN", [["D21", []]]],
    ]);
  });

  it("a derived finding whose root is not reported stays a root", () => {
    const groups = groupByRoot([
      { code: "BUDGET_CHILD_SUM", cell: "K60", derivedFrom: ["K97"] },
      { code: "BUDGET_CHILD_SUM", cell: "K61" },
    ]);
    expect(groups[0].roots.map((r) => r.finding.cell)).toEqual(["K60", "K61"]);
  });
});

describe("the text report", () => {
  const text = renderCheckText(buildCheckReport("lombok-tengah.xlsx", [RA, PK], "id"), cliWords("id"));
  const lines = text.split("\n");

  it("says per sheet whether it was recognised, which columns, and how many findings", () => {
    expect(text).toContain('Sheet "Renaksi 2022": dikenali: per triwulan, satu kolom per TW; data baris 9–100');
    expect(text).toContain("Kolom: no A, sasaran B, indikator C");
    expect(text).toContain("1 kesalahan, 3 peringatan, 1 catatan");
    expect(text).toContain('Sheet "PK": tidak diperiksa: bukan Rencana Aksi (hanya ditemukan kolom indikator)');
  });

  it("indents derived findings under their root, inside the rule's group", () => {
    const title = lines.findIndex((l) => l.includes("(BUDGET_PERIOD_SUM)"));
    expect(lines[title + 1]).toMatch(/^ {4}K48 +kesalahan: Jumlah anggaran/);
    expect(lines[title + 2]).toMatch(/^ {8}↳ K45 +peringatan: /);
    expect(lines[title + 4]).toMatch(/^ {8}↳ K100 +peringatan: /);
  });

  it("names the cause of a derived finding whose root is not reported", () => {
    const orphan: SheetAnalysis = { ...RA, findings: [budgetFinding("K60", 59, ["K97"])] };
    expect(renderCheckText(buildCheckReport("f", [orphan], "id"), cliWords("id"))).toMatch(/^ {4}K60 .*\(akibat dari K97\)$/m);
  });

  it("ends with the totals", () => {
    // The hand-made RA table has no period columns nor budget tree: no core check could run there.
    expect(lines[lines.length - 1]).toBe("2 sheet: 1 dikenali dan diperiksa, 1 tidak dikenali (tidak diperiksa), 1 belum lengkap diperiksa; 1 kesalahan, 3 peringatan, 1 catatan.");
  });
});
