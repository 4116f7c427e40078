import { DEFAULT_SETTINGS, type Grid, type Item, type TableLayout } from "../../../src/engine/model";
import { isColumnNumberRow } from "../../../src/engine/layout/header-block";
import { viewOf } from "../../../src/engine/layout/grid-reading";
import type { RuleContext } from "../../../src/engine/rules";
import { columnRuleMismatch } from "../../../src/engine/rules/column-rule-mismatch";
import { renderFinding } from "../../../src/i18n";
import { evaluate, parseColumnFormula } from "../../../src/engine/rules/support/column-formulas";
import { sheet, row } from "../../support/grid-builder";
import { renja86, RENJA_86_FORMATS, RENJA_86_MERGES } from "./support/renja-86";

/** The 86 form's table as the layout reads it: header rows 5–7, column numbers in row 8, data from row 9. */
function renjaContext(grid: Grid, columnNumberRow: number | undefined = row(8)): RuleContext {
  const columns = { no: 0, sasaran: 1, kode: 2, program: 3, indikator: 4 };
  const layout: TableLayout = {
    kind: "annual",
    headerTop: row(5),
    headerBottom: row(7),
    columnNumberRow,
    repeatedHeaderRows: [],
    firstDataRow: row(9),
    lastDataRow: row(11),
    columns,
    groups: [{ columns }],
    headers: [],
  };
  const items: Item[] = [9, 10, 11].map((r, index) => ({
    index,
    kind: "row",
    firstRow: row(r),
    lastRow: row(r),
    group: 0,
    cells: { program: { row: row(r), col: 3, text: String(grid.rows[row(r)]?.[3]?.value ?? ""), value: { kind: "text", text: "" } } },
    inherited: {},
    budgetChildren: [],
  }));
  return { grid, table: { layout, items, conventions: { capAt: null, capaianDecimals: 2 } }, settings: DEFAULT_SETTINGS };
}

function renjaGrid(changes: Parameters<typeof renja86>[0] = []): Grid {
  return sheet(renja86(changes), { merges: RENJA_86_MERGES, formats: RENJA_86_FORMATS });
}

const U = 20; // column 13's Rp (realisasi anggaran of the year)
const W = 22; // column 14's Rp
const X = 23; // column 15's K %
const Y = 24; // column 15's Rp %

describe("COLUMN_RULE_MISMATCH", () => {
  it("finds nothing on a Renja evaluation whose rows follow 13 = 9 + 10 + 11 + 12, 14 = 7 + 13 and 15 = 14 / 6 x 100", () => {
    expect(columnRuleMismatch.run(renjaContext(renjaGrid()))).toEqual([]);
  });

  it("reports one wrong cell in column 13 and one in column 15, with the formula, both numbers and the cells", () => {
    const grid = renjaGrid([
      // Kegiatan Pemeriksaan: the year's Rp typed 189.000.000 (the triwulan add up to 188.000.000); 14 and 15 follow it by formula.
      [1, U, "189.000.000"],
      [1, W, "849.000.000"],
      [1, Y, 849 / 850],
      // Penilaian Kesehatan: 95% typed where 394.750.000 / 400.000.000 x 100 = 98,6875%.
      [2, Y, 0.95],
    ]);
    expect(columnRuleMismatch.run(renjaContext(grid))).toEqual([
      {
        code: "COLUMN_RULE_MISMATCH",
        severity: "error",
        row: row(10),
        col: U,
        cell: "U10",
        expected: 188000000,
        actual: 189000000,
        difference: 1000000,
        params: { formula: "13 = 9 + 10 + 11 + 12", column: 13, cells: "M10, O10, Q10, S10", percent: 0, label: "Pemeriksaan dan Pengawasan Koperasi" },
      },
      {
        code: "COLUMN_RULE_MISMATCH",
        severity: "error",
        row: row(11),
        col: Y,
        cell: "Y11",
        expected: expect.closeTo(98.6875, 6),
        actual: 95,
        difference: expect.closeTo(-3.6875, 6),
        params: { formula: "15 = 14 / 6 x 100", column: 15, cells: "W11, G11", percent: 1, label: "Penilaian Kesehatan KSP/USP Koperasi" },
      },
    ]);
  });

  it.each<[string, number, number | string]>([
    // 595 / 600 x 100 = 99,1666…%
    ["a percent shown with two decimals, rounded", X, 0.9917],
    ["a percent cut off at the decimals shown", X, 0.9916],
    ["a percent typed as text", X, "99,17%"],
  ])("accepts %s", (_name, col, value) => {
    expect(columnRuleMismatch.run(renjaContext(renjaGrid([[0, col, value]])))).toEqual([]);
    expect(columnRuleMismatch.run(renjaContext(renjaGrid([[0, col, 0.9915]])))).toEqual([expect.objectContaining({ cell: "X9", actual: 99.15 })]);
  });

  it("skips a formula on a row where a cell it needs is empty, a dash or words (K columns of a qualitative indikator)", () => {
    // Row 11's K columns hold "Tersedia" and "-": only its Rp columns are checked, and they add up.
    expect(columnRuleMismatch.run(renjaContext(renjaGrid([[2, 19, "Tersedia"]])))).toEqual([]);
    // A dash in TW I leaves 13 unchecked on that row (counted as 0 it would make 65, not 75).
    expect(columnRuleMismatch.run(renjaContext(renjaGrid([[1, 11, "-"]])))).toEqual([]);
  });

  it("reads the formula row itself when the layout did not take it for the column-number row", () => {
    const grid = renjaGrid([[0, U, 300000000]]);
    // U9 typed 300.000.000 by hand: 13 fails, and 14 (W9 = I9 + U9), kept at the true total, follows from it.
    const findings = columnRuleMismatch.run(renjaContext(grid, undefined));
    expect(findings).toEqual([
      expect.objectContaining({ cell: "U9", severity: "error", expected: 257750000, actual: 300000000 }),
      expect.objectContaining({ cell: "W9", severity: "warning", expected: 1285000000, actual: 1242750000, derivedFrom: ["U9"] }),
    ]);
    expect(renderFinding(findings[1], "id")).toBe(
      "Menurut rumus “14 = 7 + 13” di baris nomor kolom, sel W9 (kolom 14) seharusnya 1.285.000.000, dihitung dari sel I9 dan U9, tetapi tertulis 1.242.750.000, selisih 42.250.000. " +
        "Selisih ini mengikuti kesalahan di sel U9; perbaiki sel itu lebih dulu.",
    );
  });

  it("lets the layout take a row of numbers and formulas for the column-number row", () => {
    const grid = renjaGrid();
    expect(isColumnNumberRow(viewOf(grid), row(8), 0, 25)).toBe(true);
  });
});

describe("column formulas as the forms write them", () => {
  const values: Record<number, number> = { 6: 400, 7: 320, 9: 10, 10: 30, 11: 20, 12: 15, 13: 75, 14: 395 };
  it.each<[string, number, number]>([
    ["13 = 9 + 10 + 11 + 12", 13, 75],
    ["13=9+10+11+12", 13, 75],
    ["(13) = (9) + (10) + (11) + (12)", 13, 75],
    ["14 = 7 + 13", 14, 395],
    ["15 = 14 / 6 x 100", 15, 98.75],
    ["(15)=(14)/(6)x100", 15, 98.75],
    ["15 = 14 : 6 × 100", 15, 98.75],
    ["15 = (14 / 6) X 100", 15, 98.75],
    ["16 = 14 - 7", 16, 75],
  ])("%s", (text, target, result) => {
    const formula = parseColumnFormula(text);
    expect(formula?.target).toBe(target);
    expect(formula && evaluate(formula.expr, (n) => values[n])).toBeCloseTo(result, 9);
  });

  it.each(["13", "(13)", "13 = ", "13 = 9 + ", "13 = jumlah 9 s.d. 12", "Keterangan"])("reads no formula in %p", (text) => {
    expect(parseColumnFormula(text)).toBeUndefined();
  });
});
