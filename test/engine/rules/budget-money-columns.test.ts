import type { Finding } from "../../../src/engine/model";
import type { RuleContext } from "../../../src/engine/rules";
import { budgetChildSum } from "../../../src/engine/rules/budget-child-sum";
import { budgetPeriodSum } from "../../../src/engine/rules/budget-period-sum";
import { budgetTotalSum } from "../../../src/engine/rules/budget-total-sum";
import { realisasiAnggaranExceeds } from "../../../src/engine/rules/realisasi-anggaran-exceeds";
import { renderFinding } from "../../../src/i18n";
import { sheet } from "../../support/grid-builder";
import { gridTable, retyped } from "./support/grid-table";
import { realisasiTw, REALISASI_TW_FORMATS, REALISASI_TW_MERGES } from "./support/realisasi-tw";
import { table, type ItemSpec } from "./support/table";

/** A Renstra matrix reduced to its year's Rp: Kode, Program/Kegiatan, Indikator, Rp. */
const RENSTRA_COLUMNS = { kode: 0, program: 1, indikator: 2, anggaran: 3 };

function budgetFindings(ctx: RuleContext): Finding[] {
  return [budgetPeriodSum, budgetChildSum, budgetTotalSum].flatMap((rule) => rule.run(ctx)).sort((a, b) => a.row - b.row || a.col - b.col || a.code.localeCompare(b.code));
}

/** The Pengukuran Kinerja of support/realisasi-tw.ts as the layout reads it: anggaran in G, realisasi anggaran TW I–IV in H:K and the year's in L. */
function realisasiTable(changes: Parameters<typeof realisasiTw>[0] = [], formulas: Record<string, string> = {}): RuleContext {
  const grid = sheet(realisasiTw(changes), { merges: REALISASI_TW_MERGES, formats: REALISASI_TW_FORMATS, formulas });
  return gridTable(grid, {
    header: [4, 5],
    data: [6, 12],
    columns: {
      no: 0, kode: 1, program: 2, indikator: 3, satuan: 4, target: 5, anggaran: 6,
      realisasi_anggaran_tw1: 7, realisasi_anggaran_tw2: 8, realisasi_anggaran_tw3: 9, realisasi_anggaran_tw4: 10, realisasi_anggaran: 11, penanggung_jawab: 12,
    },
  });
}

describe("realisasi anggaran reconciled like the anggaran", () => {
  it("finds nothing when every realisasi adds up per TW, per parent and in the JUMLAH row", () => {
    expect(budgetFindings(realisasiTable())).toEqual([]);
  });

  it("pins a kegiatan's TW II realisasi that its sub kegiatan do not add up to; the program and the JUMLAH derive from it", () => {
    // Kegiatan Pemeriksaan typed 71.000.000 in TW II (its sub kegiatan spent 44.250.000 + 25.750.000); the program
    // adds its kegiatan by formula, so it carries the extra 1.000.000, and the JUMLAH row (typed from SIPD) does not.
    const ctx = realisasiTable([[1, 8, "71.000.000"], [0, 8, 96250000]], { I6: "=I7+I10" });
    expect(budgetFindings(ctx)).toEqual([
      expect.objectContaining({ code: "BUDGET_PERIOD_SUM", cell: "L6", severity: "warning", expected: 258750000, actual: 257750000, difference: -1000000, derivedFrom: ["I7"] }),
      expect.objectContaining({ code: "BUDGET_CHILD_SUM", cell: "I7", severity: "warning", expected: 70000000, actual: 71000000, difference: 1000000, derivedFrom: ["I7"] }),
      {
        code: "BUDGET_PERIOD_SUM",
        severity: "error",
        row: 6,
        col: 8,
        cell: "I7",
        expected: 70000000,
        actual: 71000000,
        difference: 1000000,
        params: { label: "Pemeriksaan dan Pengawasan Koperasi", level: "kegiatan", periods: "quarterly", annual: 188000000, periodSum: 189000000, family: "realisasi_anggaran", suspect: "tw2" },
      },
      expect.objectContaining({ code: "BUDGET_TOTAL_SUM", cell: "I12", severity: "warning", expected: 96250000, actual: 95250000, difference: -1000000, derivedFrom: ["I7"] }),
    ]);
    const [, child, root] = budgetFindings(ctx);
    expect(child.params).toEqual(expect.objectContaining({ family: "realisasi_anggaran", column: "tw2", header: "Realisasi Anggaran (Rp) TW II" }));
    expect(renderFinding(root, "id")).toBe(
      "Jumlah realisasi anggaran TW I–IV (Rp 189.000.000) tidak sama dengan realisasi anggaran tahunan (Rp 188.000.000), selisih Rp 1.000.000. " +
        "Yang tidak cocok adalah realisasi anggaran TW II (Rp 71.000.000): seharusnya Rp 70.000.000. Periksa sel I7.",
    );
    expect(renderFinding(child, "id")).toContain("Realisasi anggaran TW II (kolom “Realisasi Anggaran (Rp) TW II”) kegiatan ini (Rp 71.000.000)");
    expect(renderFinding(child, "en")).toContain("This kegiatan's TW II realisasi anggaran (column “Realisasi Anggaran (Rp) TW II”) (Rp 71,000,000)");
  });
});

describe("parents left blank", () => {
  it("reports a Renstra program whose Rp is blank while its kegiatan add up to 1.911.702.250", () => {
    const rows: ItemSpec[] = [
      { row: 8, level: "program", cells: { kode: "2.17.03", program: "PROGRAM PENGEMBANGAN UMKM" } },
      { row: 9, level: "kegiatan", cells: { kode: "2.17.03.2.01", program: "Pemberdayaan Usaha Menengah, Usaha Kecil, dan Usaha Mikro (UMKM)", anggaran: "1.250.000.000" } },
      { row: 10, level: "kegiatan", cells: { kode: "2.17.03.2.02", program: "Pengembangan UMKM", anggaran: "661.702.250" } },
    ];
    const ctx = table(rows, { columns: RENSTRA_COLUMNS, kind: "annual", tree: "levels" });
    const findings = budgetFindings(ctx);
    expect(findings).toEqual([
      {
        code: "BUDGET_CHILD_SUM",
        severity: "error",
        row: 7,
        col: 3,
        cell: "D8",
        expected: 1911702250,
        actual: 0,
        difference: -1911702250,
        params: { label: "PROGRAM PENGEMBANGAN UMKM", level: "program", column: "annual", members: 2, memberLevel: "kegiatan", family: "anggaran", blank: 1 },
      },
    ]);
    expect(renderFinding(findings[0], "id")).toBe("Anggaran tahunan program ini kosong, padahal jumlah kegiatan di bawahnya Rp 1.911.702.250. Isi sel D8 dengan jumlahnya.");
    // Dashes are blanks too; kegiatan that add up to nothing leave the blank alone.
    expect(budgetFindings(table([{ ...rows[0], cells: { ...rows[0].cells, anggaran: "-" } }, ...rows.slice(1)], { columns: RENSTRA_COLUMNS, kind: "annual", tree: "levels" }))).toHaveLength(1);
    const unfunded = rows.map((r) => (r.level === "kegiatan" ? { ...r, cells: { ...r.cells, anggaran: "-" } } : r));
    expect(budgetFindings(table(unfunded, { columns: RENSTRA_COLUMNS, kind: "annual", tree: "levels" }))).toEqual([]);
  });
});

describe("a table whose only money columns are realisasi anggaran per TW (evaluation form, no anggaran)", () => {
  const columns = { kode: 0, program: 1, realisasi_anggaran_tw1: 2, realisasi_anggaran_tw2: 3, realisasi_anggaran_tw3: 4, realisasi_anggaran_tw4: 5 };
  const tw = (a: string, b: string, c: string, d: string) => ({ realisasi_anggaran_tw1: a, realisasi_anggaran_tw2: b, realisasi_anggaran_tw3: c, realisasi_anggaran_tw4: d });
  const rows: ItemSpec[] = [
    { row: 10, level: "program", cells: { kode: "2.17.02", program: "PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI", ...tw("25.000.000", "70.000.000", "55.000.000", "38.000.000") } },
    { row: 11, level: "kegiatan", cells: { kode: "2.17.02.2.01", program: "Pemeriksaan dan Pengawasan Koperasi", ...tw("25.000.000", "70.000.000", "55.000.000", "38.000.000") } },
    { row: 12, level: "subkegiatan", cells: { kode: "2.17.02.2.01.0001", program: "Pengawasan Kekuatan, Kesehatan, Kemandirian", ...tw("240.000", "44.250.000", "12.000.000", "7.023.180") } },
    { row: 13, level: "subkegiatan", cells: { kode: "2.17.02.2.01.0002", program: "Pemeriksaan Kepatuhan Koperasi", ...tw("24.760.000", "25.750.000", "43.000.000", "30.976.820") } },
    { row: 14, kind: "total", cells: { program: "JUMLAH", ...tw("25.000.000", "70.000.000", "55.000.000", "38.000.000") } },
  ];

  it("checks every TW column per parent and in the total", () => {
    expect(budgetFindings(table(rows, { columns, kind: "wide-quarterly" }))).toEqual([]);
    const wrong = rows.map((r) => (r.row === 13 ? { ...r, cells: { ...r.cells, realisasi_anggaran_tw3: "34.000.000" } } : r));
    expect(budgetFindings(table(wrong, { columns, kind: "wide-quarterly" }))).toEqual([
      expect.objectContaining({ code: "BUDGET_CHILD_SUM", cell: "E11", severity: "error", expected: 46000000, actual: 55000000, difference: 9000000, params: expect.objectContaining({ family: "realisasi_anggaran", column: "tw3" }) }),
    ]);
  });

  it("reports a blank kegiatan per TW its sub kegiatan spent in; and nothing more", () => {
    const blank = rows.map((r) => (r.row === 11 ? { ...r, cells: { kode: r.cells?.kode, program: r.cells?.program } } : r)) as ItemSpec[];
    const findings = budgetFindings(table(blank, { columns, kind: "wide-quarterly", tree: "levels" }));
    expect(findings.filter((f) => f.severity === "error").map((f) => [f.code, f.cell, f.expected])).toEqual([
      ["BUDGET_CHILD_SUM", "C11", 25000000],
      ["BUDGET_CHILD_SUM", "D11", 70000000],
      ["BUDGET_CHILD_SUM", "E11", 55000000],
      ["BUDGET_CHILD_SUM", "F11", 38000000],
    ]);
    // The program is not compared with a kegiatan that states nothing: the blank cells are the one thing to fix.
    expect(findings).toHaveLength(4);
  });
});

describe("a column headed (Rp. Juta) is compared at the precision it shows", () => {
  const HEADER = [
    ["RENCANA AKSI DINAS KOPERASI DAN UKM TAHUN 2023"],
    [],
    [],
    ["No", "Kode", "Program/Kegiatan", "Indikator Kinerja", "Anggaran (Rp. Juta)", "", "", "", ""],
    ["", "", "", "", "Tahunan", "TW I", "TW II", "TW III", "TW IV"],
  ];
  const ROWS = [
    ["1", "2.17.03", "PROGRAM PENGEMBANGAN UMKM", "Persentase UMKM naik kelas", "1.911,70", "420,35", "612,40", "540,20", "338,75"],
    ["", "2.17.03.2.01", "Pemberdayaan Usaha Menengah, Usaha Kecil, dan Usaha Mikro (UMKM)", "Jumlah UMKM yang diberdayakan", "1.250,00", "300,10", "400,25", "350,40", "199,25"],
    ["", "2.17.03.2.02", "Pengembangan UMKM", "Jumlah UMKM yang dikembangkan", "661,70", "120,25", "212,15", "189,80", "139,50"],
    ["JUMLAH", "", "", "", "1.911,70", "420,35", "612,40", "540,20", "338,75"],
  ];
  const juta = (changes: Array<[number, number, string]> = []): RuleContext => {
    const rows = retyped(ROWS, changes);
    const scale = { 4: 1e6, 5: 1e6, 6: 1e6, 7: 1e6, 8: 1e6 };
    return gridTable(sheet([...HEADER, ...rows], { merges: ["E4:I4", "A4:A5", "B4:B5", "C4:C5", "D4:D5"] }), {
      header: [4, 5],
      data: [6, 9],
      columns: { no: 0, kode: 1, program: 2, indikator: 3, anggaran: 4, anggaran_tw1: 5, anggaran_tw2: 6, anggaran_tw3: 7, anggaran_tw4: 8 },
      scale,
    });
  };

  it("finds nothing when the amounts with two decimals add up", () => {
    expect(budgetFindings(juta())).toEqual([]);
  });

  it("accepts a parent rounded to the whole juta it shows", () => {
    expect(budgetFindings(juta([[0, 4, "1.912"]]))).toEqual([]);
  });

  it("pins 0,30 juta too much in a kegiatan's TW II, in rupiah", () => {
    expect(budgetFindings(juta([[2, 6, "212,45"]]))).toEqual([
      expect.objectContaining({ code: "BUDGET_CHILD_SUM", cell: "G6", severity: "warning", expected: 612700000, actual: 612400000, difference: -300000, derivedFrom: ["G8"] }),
      expect.objectContaining({ code: "BUDGET_PERIOD_SUM", cell: "G8", severity: "error", expected: 212150000, actual: 212450000, difference: 300000 }),
    ]);
  });
});

describe("cumulative realisasi anggaran (s.d. Triwulan) columns", () => {
  const HEADER = [
    ["PENGUKURAN KINERJA TRIWULAN IV TAHUN 2023"],
    ["DINAS KOPERASI DAN UKM"],
    [],
    ["No", "Kode", "Program/Kegiatan", "Anggaran (Rp)", "Realisasi Anggaran (Rp)", "", "", "", "Realisasi Anggaran Tahun 2023"],
    ["", "", "", "", "s.d. Triwulan I", "s.d. Triwulan II", "s.d. Triwulan III", "s.d. Triwulan IV", ""],
  ];
  const ROWS: Array<Array<string | number>> = [
    ["1", "2.17.02", "PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI", 265000000, 40500000, 135750000, 205750000, 257750000, 257750000],
    ["", "2.17.02.2.01", "Pemeriksaan dan Pengawasan Koperasi", "190.000.000", "25.000.000", "95.000.000", "150.000.000", "188.000.000", "188.000.000"],
    ["", "2.17.02.2.02", "Penilaian Kesehatan KSP/USP Koperasi", "75.000.000", "15.500.000", "40.750.000", "55.750.000", "69.750.000", "69.750.000"],
  ];
  const cumulativeTable = (changes: Array<[number, number, string | number]> = [], cumulative: number[] | undefined = [4, 5, 6, 7], formulas: Record<string, string> = {}): RuleContext => {
    const rows = retyped(ROWS, changes);
    return gridTable(sheet([...HEADER, ...rows], { merges: ["E4:H4", "A4:A5", "B4:B5", "C4:C5", "D4:D5", "I4:I5"], formats: { "D6:I6": "#,##0" }, formulas }), {
      header: [4, 5],
      data: [6, 8],
      columns: { no: 0, kode: 1, program: 2, anggaran: 3, realisasi_anggaran_tw1: 4, realisasi_anggaran_tw2: 5, realisasi_anggaran_tw3: 6, realisasi_anggaran_tw4: 7, realisasi_anggaran: 8 },
      cumulative,
    });
  };

  it("reads the last s.d. column as the year, not the sum of the four", () => {
    expect(budgetFindings(cumulativeTable())).toEqual([]);
    // Read as per-triwulan amounts the same rows would not add up.
    expect(budgetFindings(cumulativeTable([], [])).filter((f) => f.severity === "error").length).toBeGreaterThan(0);
  });

  it("pins an s.d. Triwulan IV that is not the year's realisasi", () => {
    const findings = budgetFindings(cumulativeTable([[2, 7, "70.750.000"]]));
    expect(findings).toEqual([
      expect.objectContaining({ code: "BUDGET_CHILD_SUM", cell: "H6", severity: "warning", expected: 258750000, actual: 257750000, derivedFrom: ["H8"] }),
      expect.objectContaining({ code: "BUDGET_PERIOD_SUM", cell: "H8", severity: "error", expected: 69750000, actual: 70750000, difference: 1000000 }),
    ]);
    expect(renderFinding(findings[1], "id")).toBe(
      "Realisasi anggaran s.d. TW IV (Rp 70.750.000) tidak sama dengan realisasi anggaran tahunan (Rp 69.750.000), selisih Rp 1.000.000. " +
        "Yang tidak cocok adalah realisasi anggaran s.d. TW IV (Rp 70.750.000): seharusnya Rp 69.750.000. Periksa sel H8.",
    );
  });

  it("warns when an amount so far goes down", () => {
    // s.d. Triwulan III typed 90.000.000 after 95.000.000; the program adds its kegiatan by formula.
    const findings = budgetFindings(cumulativeTable([[1, 6, "90.000.000"], [0, 6, 145750000]], [4, 5, 6, 7], { G6: "=G7+G8" }));
    expect(findings).toEqual([
      {
        code: "BUDGET_PERIOD_SUM",
        severity: "warning",
        row: 6,
        col: 6,
        cell: "G7",
        expected: 95000000,
        actual: 90000000,
        difference: -5000000,
        params: { label: "Pemeriksaan dan Pengawasan Koperasi", level: "kegiatan", family: "realisasi_anggaran", cumulative: 1, lastPeriod: "tw4", decrease: "tw3", previousPeriod: "tw2" },
      },
    ]);
    expect(renderFinding(findings[0], "en")).toBe(
      "The realisasi anggaran up to TW III (Rp 90,000,000) is lower than up to TW II (Rp 95,000,000), but a cumulative amount cannot go down. Check G7.",
    );
  });
});

describe("REALISASI_ANGGARAN_EXCEEDS in a (Rp. Juta) column", () => {
  const grid = (realisasi: string) =>
    sheet([
      ["LAPORAN KINERJA DINAS KOPERASI DAN UKM 2023"],
      [],
      ["No", "Kode", "Program/Kegiatan", "Anggaran (Rp. Juta)", "Realisasi (Rp. Juta)"],
      ["1", "2.17.03", "PROGRAM PENGEMBANGAN UMKM", "1.249,75", realisasi],
    ]);
  const run = (realisasi: string) =>
    realisasiAnggaranExceeds.run(gridTable(grid(realisasi), { header: [3, 3], data: [4, 4], columns: { no: 0, kode: 1, program: 2, anggaran: 3, realisasi_anggaran: 4 }, scale: { 3: 1e6, 4: 1e6 }, kind: "annual" }));

  it("accepts a realisasi rounded to the whole juta it shows", () => {
    expect(run("1.250")).toEqual([]);
  });

  it("reports one that passes the anggaran by more than that", () => {
    expect(run("1.251")).toEqual([expect.objectContaining({ cell: "E4", expected: 1249750000, actual: 1251000000, difference: 1250000 })]);
  });
});
