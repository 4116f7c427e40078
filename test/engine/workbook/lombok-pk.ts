/**
 * The Lombok Tengah 2022 Rencana Aksi (clean) with the year's Perjanjian Kinerja beside it, as an
 * agency keeps both in one workbook: the PK sheet lists the sasaran and program rows of the same
 * seed lines (indikator, satuan, annual target, program, anggaran) and closes with a Jumlah.
 * `changes` alter PK cells by seed line, to make the two documents disagree.
 */
import type ExcelJS from "exceljs";
import { buildLombokTengahClean, COL, correctedLayout, LOMBOK_CLEAN_CORRECTIONS } from "../../fixtures/build/lombok-tengah";
import { FORMAT, headerCell, kop, newSheet, put } from "../../fixtures/build/sheet-kit";
import { englishNumber } from "../../fixtures/build/seed-text";

export const PK_SHEET = "PK 2022";
/** 1-based PK columns: No, Sasaran Strategis, Indikator Kinerja, Satuan, Target, Program, Anggaran (Rp). */
export const PK_COL = { no: 1, sasaran: 2, indikator: 3, satuan: 4, target: 5, program: 6, anggaran: 7 } as const;
export const PK_HEADER_ROW = 4;

export interface PkChanges {
  /** Seed line → the target the PK states instead of the RA's. */
  targets?: Record<number, string>;
  /** Added to the PK's Jumlah anggaran. */
  jumlahOffset?: number;
}

export interface PkRow {
  line: number;
  /** 1-based sheet row in the PK. */
  row: number;
}

const amount = (text: string): number => englishNumber(text.replace(/\s/g, "")) ?? 0;

/** The clean Rencana Aksi workbook with the PK added; returns where each seed line's PK row sits. */
export function buildLombokWithPk(changes: PkChanges = {}): { workbook: ExcelJS.Workbook; rows: PkRow[]; jumlahRow: number } {
  const workbook = buildLombokTengahClean();
  const layout = correctedLayout(LOMBOK_CLEAN_CORRECTIONS, true);
  const sheet = newSheet(workbook, PK_SHEET, [5, 24, 40, 10, 10, 40, 16]);
  kop(sheet, 1, PK_COL.anggaran, ["PERJANJIAN KINERJA TAHUN 2022", "DINAS KOPERASI DAN UKM KABUPATEN LOMBOK TENGAH"]);
  const headers: Array<[number, string]> = [
    [PK_COL.no, "No"],
    [PK_COL.sasaran, "Sasaran Strategis"],
    [PK_COL.indikator, "Indikator Kinerja"],
    [PK_COL.satuan, "Satuan"],
    [PK_COL.target, "Target"],
    [PK_COL.program, "Program"],
    [PK_COL.anggaran, "Anggaran (Rp)"],
  ];
  for (const [col, text] of headers) headerCell(sheet, PK_HEADER_ROW, col, PK_HEADER_ROW, col, text);
  let row = PK_HEADER_ROW + 1;
  let no = 0;
  const rows: PkRow[] = [];
  for (const r of layout.rows) {
    if (r.level !== "sasaran" && r.level !== "program") continue;
    const f = (col: number) => r.fields[col - 1];
    const isProgram = r.level === "program";
    put(sheet, row, PK_COL.no, { value: ++no, center: true });
    put(sheet, row, PK_COL.sasaran, { value: f(COL.sasaran) || null });
    put(sheet, row, PK_COL.indikator, { value: f(COL.indikator) });
    put(sheet, row, PK_COL.satuan, { value: f(COL.satuan) });
    put(sheet, row, PK_COL.target, { value: changes.targets?.[r.line] ?? f(COL.target), center: true });
    put(sheet, row, PK_COL.program, { value: isProgram ? f(COL.program) : null });
    put(sheet, row, PK_COL.anggaran, { value: isProgram ? amount(f(COL.anggaran)) : null, numFmt: FORMAT.rupiah });
    rows.push({ line: r.line, row: row++ });
  }
  put(sheet, row, PK_COL.no, { value: "Jumlah", bold: true, center: true });
  sheet.mergeCells(row, PK_COL.no, row, PK_COL.program);
  put(sheet, row, PK_COL.anggaran, { value: amount(layout.total.fields[COL.anggaran - 1]) + (changes.jumlahOffset ?? 0), numFmt: FORMAT.rupiah, bold: true });
  return { workbook, rows, jumlahRow: row };
}
