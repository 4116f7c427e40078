import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeSheet } from "../../src/engine/analyze";
import { DEFAULT_SETTINGS, type Grid } from "../../src/engine/model";
import { planCapaianFill } from "../../src/engine/workflow";
import { XlsxWorkbook } from "../support/exceljs/xlsx-workbook";
import { sheet } from "../support/grid-builder";

const FIXTURES = join(__dirname, "..", "fixtures");
const FILES = readdirSync(FIXTURES).filter((f) => f.endsWith(".xlsx"));

/** Cells Isi Capaian would fill or lists as a conflict for the person to decide. */
function touched(grid: Grid): Set<string> {
  const analysis = analyzeSheet(grid);
  const plan = planCapaianFill(grid, analysis, DEFAULT_SETTINGS);
  return new Set([...plan.writes.map((w) => `${w.row},${w.col}`), ...plan.conflicts.map((c) => `${c.write.row},${c.write.col}`)]);
}

/** CAPAIAN_MISMATCH and SERAPAN_MISMATCH cells that Isi Capaian neither fills nor lists. */
function leftAlone(grid: Grid): string[] {
  const cells = touched(grid);
  return analyzeSheet(grid)
    .findings.filter((f) => (f.code === "CAPAIAN_MISMATCH" || f.code === "SERAPAN_MISMATCH") && !cells.has(`${f.row},${f.col}`))
    .map((f) => `${grid.sheetName}!${f.cell} ${f.code}`);
}

describe("Periksa and Isi Capaian judge a stated capaian the same way", () => {
  it.each(FILES)("%s: every cell Periksa flags is filled or listed by Isi Capaian", async (file) => {
    const workbook = await XlsxWorkbook.fromBuffer(readFileSync(join(FIXTURES, file)));
    const missed: string[] = [];
    for (const name of await workbook.sheetNames()) missed.push(...leftAlone(await workbook.readSheet(name)));
    expect(missed).toEqual([]);
  });

  it("a capaian typed 1 in a percent-formatted cell (100 %) where 90 % is right is listed, not kept", () => {
    const grid = sheet(
      [
        ["PENGUKURAN KINERJA TAHUN 2024"],
        ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
        [1, "Persentase desa dengan air bersih", "%", 80, 72, 1],
        [2, "Jumlah dokumen perencanaan", "Dokumen", 4, 4, 1],
      ],
      { formats: { "F3:F4": "0%" }, texts: { F3: "100%", F4: "100%" } },
    );
    const flagged = analyzeSheet(grid).findings.filter((f) => f.code === "CAPAIAN_MISMATCH").map((f) => f.cell);
    expect(flagged).toEqual(["F3"]);
    const plan = planCapaianFill(grid, analyzeSheet(grid), DEFAULT_SETTINGS);
    expect(plan.conflicts.map((c) => c.cell)).toEqual(["F3"]);
    expect(leftAlone(grid)).toEqual([]);
  });
});
