import ExcelJS from "exceljs";
import { DEFAULT_SETTINGS, toA1, type Grid, type GridCell, type RoleMap, type Settings } from "../../src/engine/model";
import { parseValue } from "../../src/engine/numbers";
import { capaianOf, planCapaianFill } from "../../src/engine/workflow";
import { XlsxWorkbook } from "../support/exceljs/xlsx-workbook";
import { libreOfficeAvailable, recalculate } from "../support/libreoffice";
import { knownAnalysis, plainParse, type KnownRow } from "./known-layout";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * A Pengukuran Kinerja sheet as staff keep it (capaian in percent points under "Capaian (%)",
 * capped at 100 with two decimals), some capaian typed, some empty, one typed wrong.
 */
const HEADER = ["No", "Indikator Kinerja", "Satuan", "Target", "Target TW I", "Realisasi TW I", "Capaian TW I (%)", "Realisasi", "Capaian (%)", "Predikat", "Program/Kegiatan", "Anggaran (Rp)", "Realisasi Anggaran (Rp)", "Serapan (%)"];
const COLUMNS: RoleMap = {
  no: 0, indikator: 1, satuan: 2, target: 3, target_tw1: 4, realisasi_tw1: 5, capaian_tw1: 6,
  realisasi: 7, capaian: 8, predikat: 9, program: 10, anggaran: 11, realisasi_anggaran: 12, serapan: 13,
};
type Row = Array<string | number | null>;
const ROWS: Row[] = [
  // no, indikator, satuan, target, tTW1, rTW1, cTW1, realisasi, capaian, predikat, program, anggaran, realisasi anggaran, serapan
  [1, "Persentase koperasi sehat", "Unit", 30, 10, 9, null, 24, null, null, "PROGRAM PENILAIAN KESEHATAN KSP/USP", 39677024, null, null],
  [2, "Jumlah koperasi yang dilatih", "Unit", 10, "-", "-", null, 8, 80, "Tinggi", "Penilaian Kesehatan KSP/USP", 16599084, 15000000, null],
  [3, "Jumlah koperasi yang diberi penghargaan", "Unit", 5, "-", "-", null, 5, 75, null, "Penghargaan Kesehatan KSP/USP", 23077940, 20000000, null],
  [4, "Nilai SAKIP OPD", "Predikat", "B", "-", "-", null, "BB", null, null, "PROGRAM PENUNJANG URUSAN", 3604043231, null, null],
  [5, "Persentase IKU yang tercapai", "Persen", "30%", "-", "-", null, "27%", null, null, "Perencanaan dan Evaluasi Kinerja", 17764580, null, null],
  [6, "Jumlah izin yang diterbitkan", "Unit", 0, "-", "-", null, 5, null, null, "Penerbitan Izin Usaha Simpan Pinjam", 32535393, 1000000, null],
  [7, "Tingkat pengangguran terbuka", "Persen", 5, "-", "-", null, 4, null, null, "", null, null, null],
];
const FIRST = 1;
const KNOWN: KnownRow[] = ROWS.map((_, i) => ({ row: FIRST + i, parent: i === 1 || i === 2 ? 0 : i === 4 ? 3 : undefined }));

function staffGrid(rows: Row[] = ROWS): Grid {
  const cell = (v: string | number | null): GridCell | null => (v === null ? null : { value: v });
  return {
    sheetName: "Pengukuran Kinerja",
    rows: [HEADER.map((h) => ({ value: h })), ...rows.map((r) => r.map(cell))],
    merges: [],
    hiddenRows: [],
    hiddenCols: [],
  };
}

const SETTINGS: Settings = { ...DEFAULT_SETTINGS, polarity: { "tingkat pengangguran terbuka": "negative" } };
const CONVENTIONS = { capAt: 100, capaianDecimals: 2 };

function plan(grid = staffGrid(), settings = SETTINGS) {
  return planCapaianFill(grid, knownAnalysis(grid, COLUMNS, KNOWN, { top: 0, bottom: 0 }, CONVENTIONS), settings);
}

const at = (row: number, role: keyof typeof COLUMNS): string => toA1(FIRST + row, COLUMNS[role]!);

describe("planCapaianFill on a Pengukuran Kinerja sheet", () => {
  const result = plan();
  const writeAt = (address: string) => result.writes.find((w) => toA1(w.row, w.col) === address);

  it("writes a capped, rounded, zero-guarded formula where target and realisasi are numbers", () => {
    const t = at(0, "target");
    const r = at(0, "realisasi");
    expect(writeAt(at(0, "capaian"))?.formula).toBe(`=IF(AND(ISNUMBER(${t}),ISNUMBER(${r})),IF(${t}=0,"",ROUND(MIN(100,${r}/${t}*100),2)),"")`);
    expect(writeAt(at(0, "capaian_tw1"))?.formula).toContain(`${at(0, "realisasi_tw1")}/${at(0, "target_tw1")}*100`);
    expect(writeAt(at(0, "predikat"))?.formula).toContain(`${at(0, "capaian")}>=91,"Sangat Tinggi"`);
  });

  it("uses the negative formula for an indicator the person marked lower-is-better", () => {
    expect(writeAt(at(6, "capaian"))?.formula).toContain(`MAX(0,2-${at(6, "realisasi")}/${at(6, "target")})*100`);
  });

  it("writes values where Excel cannot divide: grades and percentages typed as text", () => {
    expect(writeAt(at(3, "capaian"))).toMatchObject({ value: 100 });
    expect(writeAt(at(4, "capaian"))).toMatchObject({ value: 90 });
  });

  it("leaves alone a capaian already stated right, and lists a different one as a conflict", () => {
    expect(writeAt(at(1, "capaian"))).toBeUndefined();
    expect(result.conflicts.map((c) => c.cell)).toEqual([at(2, "capaian")]);
    expect(result.conflicts[0]).toMatchObject({ current: "75", write: { row: FIRST + 2, col: COLUMNS.capaian } });
    expect(result.conflicts[0].proposed).toMatch(/^=IF\(/);
  });

  it("writes nothing for a zero target or for cells that are not empty", () => {
    expect(writeAt(at(5, "capaian"))).toBeUndefined();
    const grid = staffGrid();
    for (const w of result.writes) {
      const cell = grid.rows[w.row]?.[w.col];
      expect(cell === null || cell === undefined || cell.value === null).toBe(true);
    }
  });

  it("sums a parent's realisasi anggaran when all its children's are filled, not before", () => {
    expect(writeAt(at(0, "realisasi_anggaran"))?.formula).toBe(`=SUM(${at(1, "realisasi_anggaran")}:${at(2, "realisasi_anggaran")})`);
    expect(writeAt(at(3, "realisasi_anggaran"))).toBeUndefined();
  });

  it("fills serapan from anggaran and realisasi anggaran", () => {
    expect(writeAt(at(1, "serapan"))?.formula).toBe(`=IF(AND(ISNUMBER(${at(1, "anggaran")}),ISNUMBER(${at(1, "realisasi_anggaran")})),IF(${at(1, "anggaran")}=0,"",${at(1, "realisasi_anggaran")}/${at(1, "anggaran")}*100),"")`);
  });

  it("reads polarity as the check does: the indikator's own words say lower is better", () => {
    const withoutSetting = plan(staffGrid(), DEFAULT_SETTINGS);
    expect(withoutSetting.writes.find((w) => toA1(w.row, w.col) === at(6, "capaian"))?.formula).toContain(`MAX(0,2-${at(6, "realisasi")}/${at(6, "target")})*100`);
  });

  it("proposes nothing where target and realisasi are in different units, as the check compares nothing there", () => {
    // Values with units, read by the engine's own number reader (the plain test reader keeps them as text).
    const withUnits = (target: string, realisasi: string) => {
      const rows = ROWS.map((r) => [...r]);
      rows[0][3] = target;
      rows[0][7] = realisasi;
      const grid = staffGrid(rows);
      const analysis = knownAnalysis(grid, COLUMNS, KNOWN, { top: 0, bottom: 0 }, CONVENTIONS);
      const cells = analysis.tables[0].items[0].cells;
      cells.target!.value = parseValue({ value: target });
      cells.realisasi!.value = parseValue({ value: realisasi });
      return planCapaianFill(grid, analysis, SETTINGS);
    };
    const different = withUnits("30 Unit", "2 Dokumen");
    expect(different.writes.find((w) => toA1(w.row, w.col) === at(0, "capaian"))).toBeUndefined();
    expect(different.conflicts.map((c) => c.cell)).not.toContain(at(0, "capaian"));
    // The same units compare: 24 of 30 Unit is 80.
    expect(withUnits("30 Unit", "24 Unit").writes.find((w) => toA1(w.row, w.col) === at(0, "capaian"))).toMatchObject({ value: 80 });
  });

  it("leaves a stated value the check accepts at the precision shown (77% for 77,5 typed as text)", () => {
    const rows = ROWS.map((r) => [...r]);
    // 31 of 40 is 77,5 %: "77%" truncates it, "78%" rounds it; both stand, "76%" does not.
    rows[1][3] = 40;
    rows[1][7] = 31;
    for (const [typed, conflict] of [["77%", false], ["78%", false], ["76%", true]] as const) {
      rows[1][8] = typed;
      expect(plan(staffGrid(rows)).conflicts.some((c) => c.cell === at(1, "capaian"))).toBe(conflict);
    }
  });

  it("follows the person's cap setting over the sheet's convention", () => {
    const uncapped = plan(staffGrid(), { ...SETTINGS, capAt: null });
    expect(uncapped.writes.find((w) => toA1(w.row, w.col) === at(0, "capaian"))?.formula).not.toContain("MIN(");
  });
});

const run = libreOfficeAvailable() ? describe : describe.skip;

run("filled capaian recalculated by LibreOffice", () => {
  it("gives the engine's own capaian in every written cell", async () => {
    const grid = staffGrid();
    const result = plan(grid);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Pengukuran Kinerja");
    grid.rows.forEach((row, r) => row.forEach((cell, c) => cell && (sheet.getCell(r + 1, c + 1).value = cell.value)));
    const port = new XlsxWorkbook(workbook);
    await port.writeCells("Pengukuran Kinerja", [...result.writes, ...result.conflicts.map((c) => c.write)]);
    const dir = mkdtempSync(join(tmpdir(), "cermat-fill-"));
    const file = join(dir, "filled.xlsx");
    writeFileSync(file, await port.toBuffer());
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(recalculate(file));
    const ws = back.getWorksheet("Pengukuran Kinerja")!;
    const shown = (address: string): unknown => {
      const cell = ws.getCell(address);
      return cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
    };
    let checked = 0;
    ROWS.forEach((_, i) => {
      const t = plainParse(grid.rows[FIRST + i][COLUMNS.target!] ?? null);
      const r = plainParse(grid.rows[FIRST + i][COLUMNS.realisasi!] ?? null);
      const polarity = i === 6 ? "negative" : "positive";
      const expected = capaianOf(t, r, polarity, "permenpan");
      if (!expected || i === 1) return;
      const value = Math.round(Math.min(100, expected.value) * 100) / 100;
      expect(shown(at(i, "capaian"))).toBeCloseTo(value, 9);
      checked++;
    });
    expect(checked).toBe(5);
    expect(shown(at(0, "predikat"))).toBe("Tinggi");
    expect(shown(at(3, "predikat"))).toBe("Sangat Tinggi");
    expect(shown(at(0, "realisasi_anggaran"))).toBe(35000000);
    expect(shown(at(1, "serapan"))).toBeCloseTo((15000000 / 16599084) * 100, 9);
  }, 120_000);
});
