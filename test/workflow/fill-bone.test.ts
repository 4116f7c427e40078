import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeSheet } from "../../src/engine/analyze";
import { DEFAULT_SETTINGS, toA1, type CellWrite, type Grid } from "../../src/engine/model";
import { planCapaianFill } from "../../src/engine/workflow";
import { XlsxWorkbook } from "../support/exceljs/xlsx-workbook";

/**
 * Isi Capaian on the Bone 2020 Pengukuran Kinerja: the long layout (one row per TW under each
 * indikator, capaian in the `%` column beside the realisasi), percentages typed as text.
 */
async function bone(): Promise<Grid> {
  const workbook = await XlsxWorkbook.fromBuffer(readFileSync(join(__dirname, "../fixtures/bone.xlsx")));
  return workbook.readSheet("PK 2020");
}

const CAPAIAN_COL = 8; // I: the "%" beside "REALISASI KINERJA" of the sasaran block
const FIRST_DATA_ROW = 11; // row 12

/** The grid with every capaian of the sasaran block emptied, as a sheet before Isi Capaian. */
function withoutCapaian(grid: Grid): Grid {
  return { ...grid, rows: grid.rows.map((row, r) => (r < FIRST_DATA_ROW ? row : row.map((cell, c) => (c === CAPAIAN_COL ? null : cell)))) };
}

/** The grid as it reads once the writes are in: a formula with the result the engine gave it. */
function applied(grid: Grid, writes: readonly CellWrite[]): Grid {
  const rows = grid.rows.map((row) => [...row]);
  for (const w of writes) {
    const format = w.format ?? rows[w.row][w.col]?.format;
    const value = w.formula !== undefined ? w.result : w.value;
    if (value === undefined) throw new Error(`no value for ${toA1(w.row, w.col)}`);
    rows[w.row][w.col] = { value, ...(w.formula ? { formula: w.formula } : {}), ...(format ? { format } : {}) };
  }
  return { ...grid, rows };
}

describe("Isi Capaian on the Bone long layout", () => {
  let grid: Grid;
  beforeAll(async () => {
    grid = await bone();
  });

  it("fills the emptied capaian on each TW line, and the check then finds nothing wrong there", () => {
    const empty = withoutCapaian(grid);
    const plan = planCapaianFill(empty, analyzeSheet(empty), DEFAULT_SETTINGS);
    const inColumn = plan.writes.filter((w) => w.col === CAPAIAN_COL);
    expect(inColumn.length).toBeGreaterThan(40);
    // Each on a line that names its period ("TW 1 (B03) :" …), in column F.
    for (const w of inColumn) expect(String(empty.rows[w.row][5]?.value ?? "")).toMatch(/^TW\s*\d/);
    const after = analyzeSheet(applied(empty, plan.writes));
    expect(after.findings.filter((f) => f.code === "CAPAIAN_MISMATCH" && f.col === CAPAIAN_COL)).toEqual([]);
  });

  it("lists exactly the cells the check finds wrong, and proposes nothing where it compares nothing", () => {
    const analysis = analyzeSheet(grid);
    const plan = planCapaianFill(grid, analysis, DEFAULT_SETTINGS);
    const wrong = analysis.findings.filter((f) => f.code === "CAPAIAN_MISMATCH").map((f) => f.cell);
    expect(wrong).toHaveLength(41);
    expect(plan.conflicts.map((c) => c.cell).sort()).toEqual([...wrong].sort());
    // Y143: target "1 Laporan Triwulan", realisasi "1 keg": different units, no capaian to propose.
    expect(plan.writes.concat(plan.conflicts.map((c) => c.write)).some((w) => toA1(w.row, w.col) === "Y143")).toBe(false);
  });
});
