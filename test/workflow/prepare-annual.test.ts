/**
 * Siapkan Pengukuran Kinerja writes each annual realisasi the way the check reads it
 * (`annualReading`): the sum of the quarters for a flow, the last quarter for a level, a stock or a
 * running total, the mean where the plan states one. Recalculated by LibreOffice, the prepared
 * sheet gives the numbers the check expects, and the check finds nothing to say.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyzeSheet } from "../../src/engine/analyze";
import { PENGUKURAN_COLUMNS } from "../../src/engine/templates/pengukuran";
import { preparePengukuranWithReport } from "../../src/engine/workflow";
import { XlsxWorkbook } from "../support/exceljs/xlsx-workbook";
import { libreOfficeAvailable, recalculate } from "../support/libreoffice";

const PLAN = "Rencana Aksi";
const col = (id: string): number => PENGUKURAN_COLUMNS.findIndex((c) => c.id === id);

interface PlanRow {
  indikator: string;
  satuan: string;
  target: number;
  targets: number[];
  /** What staff type as realisasi per TW in the prepared sheet, and the year the check expects. */
  realisasi: number[];
  annual: number;
  formula: RegExp;
}

const SUM = /^=IF\(COUNT\([^)]*\)=0,"",SUM\(/;
const LAST = /^=IF\(COUNT\([^)]*\)=0,"",IF\(ISNUMBER\(/;
const MEAN = /^=IF\(COUNT\([^)]*\)=0,"",AVERAGE\(/;

const ROWS: PlanRow[] = [
  { indikator: "Indeks Kepuasan Masyarakat", satuan: "Indeks", target: 83, targets: [80, 81, 82, 83], realisasi: [80, 81, 82, 83], annual: 83, formula: LAST },
  { indikator: "Jumlah dokumen perencanaan yang disusun", satuan: "Dokumen", target: 4, targets: [1, 1, 1, 1], realisasi: [1, 1, 1, 1], annual: 4, formula: SUM },
  { indikator: "Laporan keuangan yang disusun", satuan: "Dokumen", target: 4, targets: [1, 2, 3, 4], realisasi: [1, 2, 3, 4], annual: 4, formula: LAST },
  { indikator: "Persentase koperasi sehat", satuan: "Persen", target: 80, targets: [20, 40, 60, 80], realisasi: [25, 41, 58, 79.5], annual: 79.5, formula: LAST },
  { indikator: "Kepuasan pelanggan (rata-rata triwulan)", satuan: "Poin", target: 80, targets: [80, 80, 80, 80], realisasi: [78, 80, 82, 84], annual: 81, formula: MEAN },
  { indikator: "Fasilitasi pameran produk", satuan: "Kegiatan", target: 10, targets: [2, 3, 2, 2], realisasi: [2, 3, 2, 2], annual: 9, formula: SUM },
  { indikator: "Indeks Kepuasan Masyarakat layanan perizinan", satuan: "Indeks", target: 82, targets: [82, 80, 81, 82], realisasi: [82.5, 80.1, 81, 82.4], annual: 82.4, formula: LAST },
];

/** A Rencana Aksi typed the way staff type it: kop, a two-row header, one indikator per row. */
function planWorkbook(): XlsxWorkbook {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(PLAN);
  ws.addRow(["RENCANA AKSI DINAS KOPERASI DAN UKM"]);
  ws.addRow(["TAHUN 2024"]);
  ws.addRow([]);
  ws.addRow(["No", "Indikator Kinerja", "Satuan", "Target", "Target per Triwulan", null, null, null, "Program/Kegiatan", "Anggaran (Rp)", "Penanggung Jawab"]);
  ws.addRow([null, null, null, null, "TW I", "TW II", "TW III", "TW IV", null, null, null]);
  for (const m of ["A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:H4", "I4:I5", "J4:J5", "K4:K5"]) ws.mergeCells(m);
  ROWS.forEach((r, i) => ws.addRow([i + 1, r.indikator, r.satuan, r.target, ...r.targets, `Kegiatan ${i + 1}`, 10_000_000 * (i + 1), "Kepala Bidang"]));
  return new XlsxWorkbook(workbook);
}

async function prepared() {
  const port = planWorkbook();
  const grid = await port.readSheet(PLAN);
  const { spec } = preparePengukuranWithReport(grid, analyzeSheet(grid));
  /** The prepared row of each plan row, found by the indikator it shows. */
  const rowOf = new Map(spec.cells.filter((c) => c.col === col("indikator") && typeof c.value === "string").map((c) => [c.value as string, c.row]));
  return { port, spec, rowOf };
}

describe("Siapkan Pengukuran Kinerja: the annual realisasi per kind of indikator", () => {
  it.each(ROWS.map((r) => [r.indikator, r.satuan, r.formula.source, r] as const))("%s (%s) → %s", async (_name, _satuan, _re, r) => {
    const { spec, rowOf } = await prepared();
    const row = rowOf.get(r.indikator);
    expect(row).toBeDefined();
    const formula = spec.cells.find((c) => c.row === row && c.col === col("realisasi"))?.formula;
    expect(formula).toMatch(r.formula);
  });
});

const run = libreOfficeAvailable() ? describe : describe.skip;

run("a prepared sheet recalculated by LibreOffice", () => {
  let ws: ExcelJS.Worksheet;
  let rowOf: Map<string, number>;
  let name: string;
  let file: string;
  beforeAll(async () => {
    const made = await prepared();
    rowOf = made.rowOf;
    name = await made.port.addSheet(made.spec);
    const sheet = made.port.workbook.getWorksheet(name)!;
    for (const r of ROWS) {
      const row = rowOf.get(r.indikator)!;
      r.realisasi.forEach((v, q) => (sheet.getCell(row + 1, col(`realisasi_tw${q + 1}`) + 1).value = v));
    }
    const dir = mkdtempSync(join(tmpdir(), "cermat-prepare-annual-"));
    writeFileSync(join(dir, "prepared.xlsx"), await made.port.toBuffer());
    file = recalculate(join(dir, "prepared.xlsx"));
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(file);
    ws = back.getWorksheet(name)!;
  }, 120_000);

  it.each(ROWS.map((r) => [r.indikator, r.annual, r] as const))("%s: the year is %d", (_name, _annual, r) => {
    const cell = ws.getCell(rowOf.get(r.indikator)! + 1, col("realisasi") + 1);
    expect(Number(cell.result)).toBeCloseTo(r.annual, 9);
  });

  it("is read by the check without a REALISASI_ANNUAL_MISMATCH, and the check ran", async () => {
    const port = await XlsxWorkbook.fromBuffer(readFileSync(file));
    const analysis = analyzeSheet(await port.readSheet(name));
    expect(analysis.findings.filter((f) => f.code === "REALISASI_ANNUAL_MISMATCH")).toEqual([]);
    expect(analysis.coverage.tables[0].checks).toContain("REALISASI_ANNUAL_MISMATCH");
  });
});
