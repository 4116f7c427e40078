import type { SheetAnalysis } from "../engine/analyze";
import type { TableCoverage, Verdict } from "../engine/coverage";
import { rowsRead, sakipDocumentOf, type SakipDocument } from "../engine/document";
import { colLetter, type Finding, type FindingCode, type Role, type Severity, type TableLayout } from "../engine/model";
import { renderFinding } from "../i18n";
import type { Lang } from "../i18n/format";

/** One finding as `cermat check --json` prints it. Rows are 1-based, as Excel shows them. */
export interface JsonFinding {
  code: string;
  severity: Severity;
  cell: string;
  row: number;
  message: string;
  expected?: number;
  actual?: number;
  derivedFrom?: string[];
}

export interface JsonTable {
  kind: TableLayout["kind"];
  /** 1-based rows of the header block and of the data. */
  headerRows: [number, number];
  dataRows: [number, number];
  columns: Partial<Record<Role, string>>;
  /** Every header column, with its role or none (`chosen`: set by the person). */
  headerColumns: Array<{ column: string; header: string; role: Role | null; chosen?: boolean }>;
  /** Columns without a role; `numeric` ones hold numbers no check read. */
  unrecognizedColumns: Array<{ column: string; header: string; numeric: boolean }>;
  /** The checks that had the columns they need. */
  checks: FindingCode[];
}

export interface JsonSheet {
  sheet: string;
  recognized: boolean;
  /** Why the sheet is not a Rencana Aksi, when it is not. */
  reason?: SheetAnalysis["reason"];
  /** Roles of the first table → column letters. */
  columns: Partial<Record<Role, string>>;
  /** ready · incomplete (nothing wrong in what was checked, but not everything was) · errors · not-recognized. */
  verdict: Verdict;
  /** No budget, capaian or target check could run on what was understood. */
  noCoreCheck: boolean;
  /** Which SAKIP document the sheet is, as far as its columns tell. */
  document: SakipDocument;
  /** The agency (OPD) and year named in the kop above the header, when it names them. */
  opd?: string;
  tahun?: number;
  /** Data rows the tables span (page-break header repeats left out). */
  rowsRead: number;
  tables: JsonTable[];
  findings: JsonFinding[];
  /** Column letter → role (or "none") the person chose (saved in the file or --columns); absent when none. */
  chosenColumns?: Record<string, Role | "none">;
}

/** The whole `cermat check --json` document. */
export interface CheckReport {
  file: string;
  sheets: JsonSheet[];
}

/** Builds the report from the engine's analyses; messages rendered in `lang`. Pure. */
export function buildCheckReport(file: string, analyses: readonly SheetAnalysis[], lang: Lang): CheckReport {
  return { file, sheets: analyses.map((a) => jsonSheet(a, lang)) };
}

function jsonSheet(analysis: SheetAnalysis, lang: Lang): JsonSheet {
  const tables = analysis.tables.map((t, i): JsonTable => ({
    kind: t.layout.kind,
    headerRows: [t.layout.headerTop + 1, t.layout.headerBottom + 1],
    dataRows: [t.layout.firstDataRow + 1, t.layout.lastDataRow + 1],
    columns: columnLetters(t.layout.columns),
    ...coverageFields(analysis.coverage.tables[i]),
  }));
  const sheet: JsonSheet = {
    sheet: analysis.sheet,
    recognized: analysis.recognized,
    columns: tables[0]?.columns ?? {},
    verdict: analysis.coverage.verdict,
    noCoreCheck: analysis.coverage.noCoreCheck,
    document: sakipDocumentOf(analysis),
    rowsRead: rowsRead(analysis),
    tables,
    findings: analysis.findings.map((f) => jsonFinding(f, lang)),
  };
  if (analysis.reason) sheet.reason = analysis.reason;
  if (analysis.kop?.instansi) sheet.opd = analysis.kop.instansi;
  if (analysis.kop?.tahun !== undefined) sheet.tahun = analysis.kop.tahun;
  return sheet;
}

function coverageFields(coverage: TableCoverage | undefined): Pick<JsonTable, "headerColumns" | "unrecognizedColumns" | "checks"> {
  if (!coverage) return { headerColumns: [], unrecognizedColumns: [], checks: [] };
  return {
    headerColumns: coverage.columns.map((c) => ({ column: colLetter(c.col), header: c.header, role: c.role ?? null, ...(c.chosen ? { chosen: true } : {}) })),
    unrecognizedColumns: coverage.unrecognized.map((u) => ({ column: colLetter(u.col), header: u.header, numeric: u.numeric })),
    checks: [...coverage.checks],
  };
}

function columnLetters(columns: TableLayout["columns"]): Partial<Record<Role, string>> {
  const out: Partial<Record<Role, string>> = {};
  for (const [role, col] of Object.entries(columns) as Array<[Role, number | undefined]>) {
    if (col !== undefined) out[role] = colLetter(col);
  }
  return out;
}

function jsonFinding(f: Finding, lang: Lang): JsonFinding {
  const out: JsonFinding = { code: f.code, severity: f.severity, cell: f.cell, row: f.row + 1, message: renderFinding(f, lang) };
  if (f.expected !== undefined) out.expected = f.expected;
  if (f.actual !== undefined) out.actual = f.actual;
  if (f.derivedFrom && f.derivedFrom.length > 0) out.derivedFrom = [...f.derivedFrom];
  return out;
}

export function countBySeverity(findings: ReadonlyArray<{ severity: Severity }>): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** A root-cause finding and the findings that follow from it. */
export interface RootFinding<F> {
  finding: F;
  derived: F[];
}

export interface RuleGroup<F> {
  code: string;
  roots: Array<RootFinding<F>>;
}

/**
 * Groups findings by rule, with each derived finding under the root cause it names (so the
 * person sees one cell to fix and what it explains). A derived finding whose root is not among
 * the findings stays a root itself, so nothing is hidden. Order follows the input.
 */
export function groupByRoot<F extends { code: string; cell: string; derivedFrom?: string[] }>(findings: readonly F[]): Array<RuleGroup<F>> {
  const isRoot = (f: F) => !f.derivedFrom || f.derivedFrom.length === 0;
  const rootAt = new Map<string, RootFinding<F>>();
  const roots: Array<RootFinding<F>> = [];
  for (const f of findings) {
    if (!isRoot(f)) continue;
    const node = { finding: f, derived: [] };
    roots.push(node);
    if (!rootAt.has(f.cell)) rootAt.set(f.cell, node);
  }
  for (const f of findings) {
    if (isRoot(f)) continue;
    const root = f.derivedFrom!.map((cell) => rootAt.get(cell)).find((n) => n !== undefined);
    if (root) root.derived.push(f);
    else roots.push({ finding: f, derived: [] });
  }
  const order = new Map(findings.map((f, i) => [f, i]));
  roots.sort((a, b) => order.get(a.finding)! - order.get(b.finding)!);
  const groups: Array<RuleGroup<F>> = [];
  for (const root of roots) {
    let group = groups.find((g) => g.code === root.finding.code);
    if (!group) groups.push((group = { code: root.finding.code, roots: [] }));
    group.roots.push(root);
  }
  return groups;
}
