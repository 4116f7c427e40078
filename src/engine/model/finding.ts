/** Findings: what the checker reports. Messages are rendered from `params` by src/i18n. */

export type Severity = "error" | "warning" | "info";

export const FINDING_CODES = [
  "BUDGET_PERIOD_SUM",
  "BUDGET_CHILD_SUM",
  "BUDGET_TOTAL_SUM",
  "BUDGET_ZERO_WITH_TARGET",
  "REALISASI_ANGGARAN_EXCEEDS",
  "SERAPAN_MISMATCH",
  "COLUMN_RULE_MISMATCH",
  "TARGET_PERIOD_SUM",
  "TARGET_CUMULATIVE_DECREASE",
  "CAPAIAN_MISMATCH",
  "CAPAIAN_NOT_COMPUTABLE",
  "REALISASI_ANNUAL_MISMATCH",
  "INVALID_NUMBER",
  "FORMULA_NOT_CALCULATED",
  "MISSING_TARGET",
  "MISSING_SATUAN",
  "MISSING_PENANGGUNG_JAWAB",
  "KODE_FORMAT",
  "EFISIENSI",
  "PREDIKAT_MISMATCH",
  "ANGGARAN_WITHOUT_INDIKATOR",
  "REALISASI_MISSING",
  "REALISASI_CUMULATIVE_DECREASE",
  "CROSS_SHEET_TARGET",
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** 0-based row and column of the cell to fix (or to look at). */
  row: number;
  col: number;
  /** A1 address of that cell. */
  cell: string;
  expected?: number;
  actual?: number;
  difference?: number;
  /** Root-cause cells (A1) that fully explain this finding: fix those, and this one goes away. */
  derivedFrom?: string[];
  /** Values for the message: labels, period names, raw text, the formula used. */
  params: Record<string, string | number>;
}
