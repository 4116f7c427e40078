/**
 * A Rencana Aksi whose kegiatan, program and Jumlah amounts are `=SUM(...)` formulas, read twice:
 * as Excel saves it (each formula with its cached result) and as openpyxl or a report generator
 * writes it (no results). The checks must find the same findings, and only those, either way.
 */
import { analyzeSheet } from "../../../src/engine/analyze";
import type { Finding } from "../../../src/engine/model";
import { sheet, type RawValue } from "../../support/grid-builder";

type Row = RawValue[];

const HEADER: Row[] = [
  ["RENCANA AKSI DINAS KOPERASI DAN UKM TAHUN 2025"],
  [],
  ["No", "Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator", "Satuan", "Target", "Anggaran (Rp)", "Anggaran per Triwulan", null, null, null, "Penanggung Jawab"],
  [null, null, null, null, null, null, null, "I", "II", "III", "IV", null],
];
const MERGES = ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:G4", "H3:K3", "L3:L4", "A11:F11"];

/** Amount cells G..K of a row: a formula per column (its cached result beside it) or a typed amount. */
type Amounts = Array<number | { formula: string; cached: number }>;

interface Line {
  label: Row;
  amounts: Amounts;
  pj?: string;
}

const sumOf = (col: string, rows: string, cached: number) => ({ formula: `=SUM(${col}${rows})`, cached });

/** Sub kegiatan 0002's TW III is typed 1.000.000 too high: the one mistake in the sheet. */
const LINES: Line[] = [
  {
    label: [1, "2.17.02", "PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)", "Persentase usaha mikro yang naik kelas", "%", "5%"],
    amounts: [
      { formula: "=G6+G9", cached: 100_000_000 },
      { formula: "=H6+H9", cached: 25_000_000 },
      { formula: "=I6+I9", cached: 25_000_000 },
      { formula: "=J6+J9", cached: 26_000_000 },
      { formula: "=K6+K9", cached: 25_000_000 },
    ],
    pj: "Kepala Bidang UMKM",
  },
  {
    label: [null, "2.17.02.2.01", "Pemberdayaan Usaha Mikro yang Dilakukan melalui Pendataan, Kemitraan, Kemudahan Perizinan", "Jumlah usaha mikro yang diberdayakan", "Unit", 120],
    amounts: [sumOf("G", "7:G8", 80_000_000), sumOf("H", "7:H8", 20_000_000), sumOf("I", "7:I8", 20_000_000), sumOf("J", "7:J8", 21_000_000), sumOf("K", "7:K8", 20_000_000)],
  },
  {
    label: [null, "2.17.02.2.01.0001", "Fasilitasi Kemudahan Perizinan Berusaha Bagi Usaha Mikro", "Jumlah usaha mikro yang difasilitasi perizinannya", "Unit", 80],
    amounts: [50_000_000, 12_500_000, 12_500_000, 12_500_000, 12_500_000],
  },
  {
    label: [null, "2.17.02.2.01.0002", "Pemberdayaan Kelembagaan Potensi dan Pengembangan Usaha Mikro", "Jumlah usaha mikro yang dibina", "Unit", 40],
    amounts: [30_000_000, 7_500_000, 7_500_000, 8_500_000, 7_500_000],
  },
  {
    label: [null, "2.17.02.2.02", "Pengembangan Usaha Mikro dengan Orientasi Peningkatan Skala Usaha", "Jumlah usaha mikro yang naik skala usahanya", "Unit", 10],
    amounts: [sumOf("G", "10:G10", 20_000_000), sumOf("H", "10:H10", 5_000_000), sumOf("I", "10:I10", 5_000_000), sumOf("J", "10:J10", 5_000_000), sumOf("K", "10:K10", 5_000_000)],
  },
  {
    label: [null, "2.17.02.2.02.0001", "Pelatihan Peningkatan Produksi dan Mutu Usaha Mikro", "Jumlah usaha mikro yang dilatih", "Unit", 10],
    // The annual amount is the sum of its quarters, as a formula; the quarters are typed.
    amounts: [{ formula: "=SUM(H10:K10)", cached: 20_000_000 }, 5_000_000, 5_000_000, 5_000_000, 5_000_000],
  },
  {
    label: ["Jumlah", null, null, null, null, null],
    amounts: [sumOf("G", "5", 100_000_000), sumOf("H", "5", 25_000_000), sumOf("I", "5", 26_000_000 - 1_000_000), sumOf("J", "5", 26_000_000), sumOf("K", "5", 25_000_000)],
  },
];

const AMOUNT_COLS = ["G", "H", "I", "J", "K"];

/** The sheet, with each formula's cached result (`cached`) or without any (as openpyxl writes it). */
function rencanaAksi(withResults: boolean, change: (lines: Line[]) => Line[] = (l) => l) {
  const lines = change(LINES);
  const formulas: Record<string, string> = {};
  const rows: Row[] = lines.map((line, i) => {
    const excelRow = HEADER.length + i + 1;
    const amounts = line.amounts.map((a, j) => {
      if (typeof a === "number") return a;
      formulas[`${AMOUNT_COLS[j]}${excelRow}`] = a.formula;
      return withResults ? a.cached : null;
    });
    return [...line.label, ...amounts, line.pj ?? null];
  });
  const last = HEADER.length + lines.length;
  return sheet([...HEADER, ...rows], { merges: MERGES, formats: { [`G5:K${last}`]: "#,##0" }, formulas });
}

const brief = (f: Finding) => [f.code, f.severity, f.cell, f.derivedFrom ?? []];

describe("a Rencana Aksi whose sums are formulas saved without their results", () => {
  const cached = analyzeSheet(rencanaAksi(true));
  const uncached = analyzeSheet(rencanaAksi(false));

  it("with results, finds the one mistake (sub kegiatan 0002's TW III, 1.000.000 too high)", () => {
    const errors = cached.findings.filter((f) => f.severity === "error");
    // The row does not say which of its cells is off (its kegiatan's sums follow it), so the annual cell is named.
    expect(errors.map((f) => [f.code, f.cell, f.difference])).toEqual([["BUDGET_PERIOD_SUM", "G8", -1_000_000]]);
  });

  it("without results, finds exactly the same findings: same codes, cells, numbers and links", () => {
    expect(uncached.findings).toEqual(cached.findings);
    expect(uncached.coverage.verdict).toBe(cached.coverage.verdict);
  });

  it("read as empty instead (what Cermat did before), the same sheet blamed both kegiatan for blank amounts", () => {
    const grid = rencanaAksi(false);
    // A formula that shows nothing in Excel (text "") is taken at its word and not computed.
    const blanked = { ...grid, rows: grid.rows.map((line) => line.map((c) => (c?.formula ? { ...c, text: "" } : c))) };
    const errors = analyzeSheet(blanked).findings.filter((f) => f.severity === "error").map((f) => f.cell);
    expect(errors).toEqual(["G6", "H6", "I6", "J6", "K6", "G8", "H9", "I9", "J9", "K9"]);
  });

  it("reads the computed amounts into the items (the kegiatan is 80.000.000, not empty)", () => {
    const kegiatan = uncached.tables[0].items.find((i) => i.firstRow === 5);
    expect(kegiatan?.cells.anggaran?.value).toEqual({ kind: "number", value: 80_000_000, decimals: 0 });
    expect(kegiatan?.cells.anggaran_tw3?.value).toEqual({ kind: "number", value: 21_000_000, decimals: 0 });
  });

  it("a correct sheet stays clean either way", () => {
    const fix = (lines: Line[]): Line[] =>
      lines.map((l, i) => (i === 3 ? { ...l, amounts: [30_000_000, 7_500_000, 7_500_000, 7_500_000, 7_500_000] } : l));
    const errorsOf = (withResults: boolean) => analyzeSheet(rencanaAksi(withResults, fix)).findings.filter((f) => f.code.startsWith("BUDGET_"));
    // The cached results of the fixed sheet are stale on purpose (they still hold the old TW III
    // sums): Excel's copy would be recalculated; what matters is that the computed copy is clean.
    expect(errorsOf(false)).toEqual([]);
  });

  it("a sub kegiatan amount the engine cannot compute: one error on it, its sums skipped, not reported wrong", () => {
    const lookup = (lines: Line[]): Line[] =>
      lines.map((l, i) => (i === 2 ? { ...l, amounts: [50_000_000, { formula: "=VLOOKUP(B7,Pagu!A:F,3,FALSE)", cached: 12_500_000 }, 12_500_000, 12_500_000, 12_500_000] } : l));
    const analysis = analyzeSheet(rencanaAksi(false, lookup));
    const notCalculated = analysis.findings.filter((f) => f.code === "FORMULA_NOT_CALCULATED");
    expect(notCalculated.map(brief)).toEqual([
      ["FORMULA_NOT_CALCULATED", "warning", "H5", ["H7"]],
      ["FORMULA_NOT_CALCULATED", "warning", "H6", ["H7"]],
      ["FORMULA_NOT_CALCULATED", "error", "H7", []],
      ["FORMULA_NOT_CALCULATED", "warning", "H11", ["H7"]],
    ]);
    expect(notCalculated[2].params).toEqual({ formula: "=VLOOKUP(B7,Pagu!A:F,3,FALSE)", role: "anggaran_tw1", reason: "function", name: "VLOOKUP" });
    // Nothing about TW I or the rows whose sums go through H7; the typed mistake in row 8 is still found.
    const budget = analysis.findings.filter((f) => f.code.startsWith("BUDGET_"));
    expect(budget.filter((f) => f.severity === "error").map((f) => f.cell)).toEqual(["G8"]);
    expect(budget.some((f) => ["H5", "H6", "H7", "H11", "G7"].includes(f.cell))).toBe(false);
    expect(analysis.findings.some((f) => f.code === "INVALID_NUMBER")).toBe(false);
    expect(analysis.coverage.tables[0].checks).toContain("FORMULA_NOT_CALCULATED");
    expect(analysis.coverage.verdict).toBe("errors");
  });
});
