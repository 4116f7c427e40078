/**
 * Hand-made check results shaped like the Lombok Tengah Rencana Aksi (wide quarterly layout,
 * anggaran per TW in K:N, annual anggaran in J): one sub kegiatan's TW III amount is wrong, so
 * its kegiatan, its program and the JUMLAH row all disagree by the same Rp 2.500.000.
 */
import type { SheetAnalysis } from "../../../src/engine/analyze";
import { sheetCoverage } from "../../../src/engine/coverage";
import { fromA1, headersOfColumns, type Finding, type FindingCode, type Grid, type Severity } from "../../../src/engine/model";

export const SHEET = "Renaksi 2024";

export function finding(code: FindingCode, severity: Severity, cell: string, params: Finding["params"], extra: Partial<Finding> = {}): Finding {
  const { row, col } = fromA1(cell);
  return { code, severity, row, col, cell, params, ...extra };
}

/** The root cause: TW I–IV of sub kegiatan row 18 add up to Rp 47.500.000, the annual says Rp 50.000.000. */
export const ROOT = finding(
  "BUDGET_PERIOD_SUM",
  "error",
  "M18",
  { periods: "quarterly", periodSum: 47_500_000, annual: 50_000_000, suspect: "tw3" },
  { expected: 12_500_000, actual: 10_000_000, difference: -2_500_000 },
);
export const KEGIATAN = finding(
  "BUDGET_CHILD_SUM",
  "error",
  "M16",
  { column: "tw3", level: "kegiatan", memberLevel: "subkegiatan" },
  { expected: 22_500_000, actual: 25_000_000, difference: 2_500_000, derivedFrom: ["M18"] },
);
export const PROGRAM = finding(
  "BUDGET_CHILD_SUM",
  "error",
  "M14",
  { column: "tw3", level: "program", memberLevel: "kegiatan" },
  { expected: 37_500_000, actual: 40_000_000, difference: 2_500_000, derivedFrom: ["M16"] },
);
export const TOTAL = finding(
  "BUDGET_TOTAL_SUM",
  "error",
  "M40",
  { column: "tw3", memberLevel: "program" },
  { expected: 97_500_000, actual: 100_000_000, difference: 2_500_000, derivedFrom: ["M18"] },
);
/** An independent kegiatan whose children really do not add up (no root elsewhere). */
export const OWN_CHILD_SUM = finding(
  "BUDGET_CHILD_SUM",
  "error",
  "J25",
  { column: "annual", level: "kegiatan", memberLevel: "subkegiatan" },
  { expected: 30_000_000, actual: 31_000_000, difference: 1_000_000 },
);
export const NO_SATUAN = finding("MISSING_SATUAN", "warning", "D12", { indikator: "Persentase UMKM yang naik kelas", target: "25" });
export const TYPO = finding("INVALID_NUMBER", "warning", "K30", { role: "anggaran_tw1", text: "12.5OO.000", reason: "letter O for zero" });
export const NO_PJ = finding("MISSING_PENANGGUNG_JAWAB", "info", "O14", { block: "program", label: "PROGRAM PEMBERDAYAAN USAHA MENENGAH" });

/** As analyzeSheet sorts them: by row, then column, roots before what derives from them. */
export const BUDGET_FINDINGS: Finding[] = [NO_SATUAN, PROGRAM, NO_PJ, KEGIATAN, ROOT, OWN_CHILD_SUM, TYPO, TOTAL];

export function grid(sheetName = SHEET): Grid {
  return { sheetName, rows: [[{ value: "RENCANA AKSI" }]], merges: [], hiddenRows: [], hiddenCols: [] };
}

export function recognized(findings: Finding[], sheet = SHEET, indicators: string[] = []): SheetAnalysis {
  const items = indicators.map((text, index) => ({
    index,
    kind: "row" as const,
    firstRow: 11 + index,
    lastRow: 11 + index,
    group: 0,
    cells: { indikator: { row: 11 + index, col: 2, text, value: { kind: "text" as const, text } } },
    inherited: {},
    budgetChildren: [],
  }));
  const analysis = {
    sheet,
    recognized: true,
    tables: [
      {
        layout: {
          kind: "wide-quarterly",
          headerTop: 6,
          headerBottom: 8,
          repeatedHeaderRows: [],
          firstDataRow: 10,
          lastDataRow: 39,
          columns: { indikator: 2, satuan: 3, anggaran: 9, anggaran_tw1: 10, anggaran_tw2: 11, anggaran_tw3: 12, anggaran_tw4: 13 },
          groups: [{ columns: { indikator: 2, satuan: 3, anggaran: 9, anggaran_tw1: 10, anggaran_tw2: 11, anggaran_tw3: 12, anggaran_tw4: 13 } }],
          headers: headersOfColumns({ indikator: 2, satuan: 3, anggaran: 9, anggaran_tw1: 10, anggaran_tw2: 11, anggaran_tw3: 12, anggaran_tw4: 13 }),
        },
        items,
        conventions: { capAt: null, capaianDecimals: 2 },
      },
    ],
    findings,
  } satisfies Omit<SheetAnalysis, "coverage">;
  return { ...analysis, coverage: sheetCoverage(grid(sheet), analysis) };
}

export function notRecognized(code: "NO_HEADER" | "TOO_FEW_ROLES" | "EMPTY_SHEET", found: string[] = [], sheet = "Lampiran"): SheetAnalysis {
  const analysis = { sheet, recognized: false, reason: { code, found }, tables: [], findings: [] };
  return { ...analysis, coverage: sheetCoverage(grid(sheet), analysis) };
}
