/**
 * The reviewers' rekap: many workbooks' check reports folded into one table (a row per file and
 * sheet) and one list of findings. Pure; the command line, the workbench and the report writers
 * (rekap.xlsx, rekap.html) all start from a {@link Rekap}.
 */
import type { SakipDocument } from "../engine/document";
import type { FindingCode, Severity } from "../engine/model";
import type { CheckReport, JsonSheet } from "./check-report";

/** One file of the batch: its report when it could be read, otherwise why not (already in the person's words). */
export interface FileOutcome {
  /** The path as the reviewer gave it, or relative to the folder given. */
  file: string;
  report?: CheckReport;
  failure?: { code: string; message: string };
}

/**
 * ready · incomplete (nothing wrong in what was checked, but not everything was) · errors ·
 * not-recognized (a sheet of a SAKIP workbook that is not a table Cermat reads) · not-sakip (no
 * sheet of the file is) · unreadable (the file could not be opened).
 */
export type RekapStatus = "ready" | "incomplete" | "errors" | "not-recognized" | "not-sakip" | "unreadable";

export interface RekapRow {
  file: string;
  /** Absent on a file-level row (unreadable, not SAKIP). */
  sheet?: string;
  opd?: string;
  tahun?: number;
  document?: SakipDocument;
  rowsRead: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Columns no check read, as "K (Keterangan)"; numeric ones are what keeps a sheet from being ready. */
  unreadColumns: string[];
  status: RekapStatus;
  /** Why the file or sheet was not checked, in the person's words. */
  reason?: string;
  /** Findings per rule code. */
  codes: Partial<Record<FindingCode, number>>;
  /** Index of this row's first finding in {@link Rekap.temuan}; absent when it has none. */
  firstFinding?: number;
}

export interface TemuanRow {
  file: string;
  sheet: string;
  cell: string;
  code: string;
  severity: Severity;
  message: string;
  expected?: number;
  actual?: number;
  /** The cells whose mistake this finding follows from (root cause), as "K48, K62". */
  rootCause?: string;
}

export interface Rekap {
  rows: RekapRow[];
  temuan: TemuanRow[];
  /** The rule codes that occur, in a stable order (errors' codes first, then by name). */
  codes: FindingCode[];
  totals: { files: number; unreadable: number; notSakip: number; sheetsChecked: number; errors: number; warnings: number; infos: number };
}

/** Folds the outcomes (in the order given) into the rekap. `reasonOf` puts a sheet's not-recognised reason into words. */
export function buildRekap(outcomes: readonly FileOutcome[], reasonOf: (sheet: JsonSheet) => string): Rekap {
  const rows: RekapRow[] = [];
  const temuan: TemuanRow[] = [];
  for (const outcome of outcomes) {
    if (!outcome.report) {
      rows.push(emptyRow(outcome.file, "unreadable", outcome.failure?.message));
      continue;
    }
    const sheets = outcome.report.sheets;
    if (!sheets.some((s) => s.recognized)) {
      const reasons = [...new Set(sheets.map((s) => `${s.sheet}: ${reasonOf(s)}`))];
      rows.push(emptyRow(outcome.file, "not-sakip", reasons.join("; ")));
      continue;
    }
    for (const sheet of sheets) rows.push(sheetRow(outcome.file, sheet, temuan, reasonOf));
  }
  return { rows, temuan, codes: codesOf(temuan), totals: totalsOf(outcomes, rows) };
}

function emptyRow(file: string, status: RekapStatus, reason: string | undefined): RekapRow {
  return { file, rowsRead: 0, errors: 0, warnings: 0, infos: 0, unreadColumns: [], status, codes: {}, ...(reason ? { reason } : {}) };
}

function sheetRow(file: string, sheet: JsonSheet, temuan: TemuanRow[], reasonOf: (sheet: JsonSheet) => string): RekapRow {
  const row: RekapRow = {
    file,
    sheet: sheet.sheet,
    document: sheet.document,
    rowsRead: sheet.rowsRead,
    errors: 0,
    warnings: 0,
    infos: 0,
    unreadColumns: sheet.tables.flatMap((t) => t.unrecognizedColumns.map((u) => (u.header ? `${u.column} (${u.header})` : u.column))),
    status: sheet.recognized ? statusOf(sheet.verdict) : "not-recognized",
    codes: {},
  };
  if (sheet.opd) row.opd = sheet.opd;
  if (sheet.tahun !== undefined) row.tahun = sheet.tahun;
  if (!sheet.recognized) row.reason = reasonOf(sheet);
  if (sheet.findings.length > 0) row.firstFinding = temuan.length;
  for (const f of sheet.findings) {
    if (f.severity === "error") row.errors++;
    else if (f.severity === "warning") row.warnings++;
    else row.infos++;
    const code = f.code as FindingCode;
    row.codes[code] = (row.codes[code] ?? 0) + 1;
    const t: TemuanRow = { file, sheet: sheet.sheet, cell: f.cell, code: f.code, severity: f.severity, message: f.message };
    if (f.expected !== undefined) t.expected = f.expected;
    if (f.actual !== undefined) t.actual = f.actual;
    if (f.derivedFrom && f.derivedFrom.length > 0) t.rootCause = f.derivedFrom.join(", ");
    temuan.push(t);
  }
  return row;
}

function statusOf(verdict: JsonSheet["verdict"]): RekapStatus {
  return verdict === "not-recognized" ? "not-recognized" : verdict;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function codesOf(temuan: readonly TemuanRow[]): FindingCode[] {
  const worst = new Map<string, number>();
  for (const t of temuan) worst.set(t.code, Math.min(worst.get(t.code) ?? 3, SEVERITY_RANK[t.severity]));
  return ([...worst.keys()] as FindingCode[]).sort((a, b) => worst.get(a)! - worst.get(b)! || (a < b ? -1 : 1));
}

function totalsOf(outcomes: readonly FileOutcome[], rows: readonly RekapRow[]): Rekap["totals"] {
  const sum = (pick: (r: RekapRow) => number) => rows.reduce((n, r) => n + pick(r), 0);
  return {
    files: outcomes.length,
    unreadable: rows.filter((r) => r.status === "unreadable").length,
    notSakip: rows.filter((r) => r.status === "not-sakip").length,
    sheetsChecked: rows.filter((r) => r.sheet !== undefined && r.status !== "not-recognized").length,
    errors: sum((r) => r.errors),
    warnings: sum((r) => r.warnings),
    infos: sum((r) => r.infos),
  };
}

/**
 * Whether the batch needs the reviewer (exit 1): an error finding in any file, or a file that could
 * not be read (it has to be asked for again). A non-SAKIP file is listed but is not a failure.
 */
export function rekapNeedsAttention(rekap: Rekap): boolean {
  return rekap.totals.errors > 0 || rekap.totals.unreadable > 0;
}
