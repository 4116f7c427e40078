import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyzeSheet } from "../../src/engine/analyze";
import { DEFAULT_SETTINGS, toA1, type CellWrite, type Grid, type GridCell } from "../../src/engine/model";
import { planCapaianFill } from "../../src/engine/workflow";
import { XlsxWorkbook } from "../support/exceljs/xlsx-workbook";
import { libreOfficeAvailable, recalculate } from "../support/libreoffice";

type Row = Array<string | number | null>;
const SHEET = "PK 2025";

/** A program row with an indikator but no target or realisasi of its own, over two kegiatan. */
function sheet(programCapaian: number | null): Grid {
  const rows: Row[] = [
    ["PENGUKURAN KINERJA DINAS KOPERASI TAHUN 2025"],
    ["No", "Program / Kegiatan", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)", "Anggaran (Rp)"],
    [1, "PROGRAM PEMBERDAYAAN KOPERASI", "Persentase koperasi aktif", "%", null, null, programCapaian, 100_000_000],
    [null, "Pelatihan Perkoperasian", "Jumlah peserta pelatihan", "Orang", 100, 80, null, 60_000_000],
    [null, "Pendampingan Koperasi", "Jumlah koperasi didampingi", "Unit", 12, 11, null, 40_000_000],
  ];
  return { sheetName: SHEET, rows: rows.map((r) => r.map((v): GridCell | null => (v === null ? null : { value: v }))), merges: [], hiddenRows: [], hiddenCols: [] };
}

const plan = (grid: Grid) => planCapaianFill(grid, analyzeSheet(grid), DEFAULT_SETTINGS);
const writeAt = (writes: readonly CellWrite[], address: string) => writes.find((w) => toA1(w.row, w.col) === address);

/** The grid as it reads once the writes are in, formulas with the result the engine gave them. */
function applied(grid: Grid, writes: readonly CellWrite[]): Grid {
  const rows = grid.rows.map((row) => [...row]);
  for (const w of writes) rows[w.row][w.col] = { value: (w.formula !== undefined ? w.result : w.value) ?? null, ...(w.formula ? { formula: w.formula } : {}) };
  return { ...grid, rows };
}

describe("Isi Capaian on a parent row without its own target and realisasi", () => {
  it("writes the mean of its children's capaian as a formula over their cells, which the check then accepts", () => {
    const grid = sheet(null);
    const { writes, conflicts } = plan(grid);
    expect(conflicts).toEqual([]);
    // 80 of 100 is 80; 11 of 12 is 91,67, shown whole as the sheet shows capaian: 92; their mean 86.
    expect(writeAt(writes, "G4")).toMatchObject({ result: 80 });
    expect(writeAt(writes, "G5")).toMatchObject({ result: 92 });
    expect(writeAt(writes, "G3")).toMatchObject({ formula: '=IF(COUNT(G4,G5)=2,ROUND(AVERAGE(G4,G5),0),"")', result: 86 });
    expect(analyzeSheet(applied(grid, writes)).findings.filter((f) => f.code === "CAPAIAN_MISMATCH")).toEqual([]);
  });

  it("lists a stated parent capaian the check finds wrong, and leaves one it accepts", () => {
    expect(plan(sheet(90)).conflicts.map((c) => c.cell)).toEqual(["G3"]);
    expect(plan(sheet(86)).conflicts).toEqual([]);
  });
});

describe("parents over parents", () => {
  /** Program → two kegiatan → two sub kegiatan each; only the sub kegiatan have target and realisasi. */
  function nested(): Grid {
    const rows: Row[] = [
      ["RENCANA AKSI DAN PENGUKURAN KINERJA 2025"],
      ["Kode", "Program / Kegiatan / Sub Kegiatan", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)", "Anggaran (Rp)"],
      ["2.17.02", "PROGRAM PEMBERDAYAAN KOPERASI", "Persentase koperasi aktif", "%", null, null, null, 100_000_000],
      ["2.17.02.2.01", "Pelatihan Perkoperasian", "Jumlah pelatihan", "Kali", null, null, null, 60_000_000],
      ["2.17.02.2.01.0001", "Pelatihan Manajemen", "Jumlah peserta", "Orang", 100, 80, null, 30_000_000],
      ["2.17.02.2.01.0002", "Pelatihan Akuntansi", "Jumlah peserta", "Orang", 50, 50, null, 30_000_000],
      ["2.17.02.2.02", "Pendampingan Koperasi", "Jumlah pendampingan", "Kali", null, null, null, 40_000_000],
      ["2.17.02.2.02.0001", "Pendampingan Usaha", "Jumlah koperasi", "Unit", 10, 7, null, 20_000_000],
      ["2.17.02.2.02.0002", "Pendampingan Kelembagaan", "Jumlah koperasi", "Unit", 10, 9, null, 20_000_000],
    ];
    return { sheetName: SHEET, rows: rows.map((r) => r.map((v): GridCell | null => (v === null ? null : { value: v }))), merges: [], hiddenRows: [], hiddenCols: [] };
  }

  it("fills the kegiatan's means first, then the program's mean of those", () => {
    const { writes } = plan(nested());
    // Sub kegiatan 80, 100 → kegiatan 90; 70, 90 → kegiatan 80; program 85.
    expect(writeAt(writes, "G4")).toMatchObject({ formula: '=IF(COUNT(G5,G6)=2,ROUND(AVERAGE(G5,G6),0),"")', result: 90 });
    expect(writeAt(writes, "G7")).toMatchObject({ formula: '=IF(COUNT(G8,G9)=2,ROUND(AVERAGE(G8,G9),0),"")', result: 80 });
    expect(writeAt(writes, "G3")).toMatchObject({ formula: '=IF(COUNT(G4,G7)=2,ROUND(AVERAGE(G4,G7),0),"")', result: 85 });
  });
});

const run = libreOfficeAvailable() ? describe : describe.skip;

run("the parent's mean recalculated by LibreOffice", () => {
  it("equals the engine's result", async () => {
    const grid = sheet(null);
    const { writes } = plan(grid);
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet(SHEET);
    grid.rows.forEach((row, r) => row.forEach((cell, c) => cell && (ws.getCell(r + 1, c + 1).value = cell.value)));
    const port = new XlsxWorkbook(workbook);
    await port.writeCells(SHEET, writes);
    const file = join(mkdtempSync(join(tmpdir(), "cermat-mean-")), "filled.xlsx");
    writeFileSync(file, await port.toBuffer());
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(recalculate(file));
    const result = (address: string) => (back.getWorksheet(SHEET)!.getCell(address).value as ExcelJS.CellFormulaValue).result;
    expect(result("G3")).toBeCloseTo(writeAt(writes, "G3")!.result as number, 9);
    expect(result("G4")).toBeCloseTo(80, 9);
    expect(result("G5")).toBeCloseTo(92, 9);
  }, 120_000);
});
