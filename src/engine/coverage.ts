/**
 * Coverage said out loud: for each table, which columns Cermat understood, which it did not (and
 * whether those hold numbers), and which checks could run on what it understood. A sheet is only
 * "ready" when nothing numeric was left unread and at least one budget, capaian or target check
 * ran: a silent pass over columns Cermat did not read is the most harmful answer it can give.
 */
import type { SheetAnalysis, TableAnalysis } from "./analyze";
import { FINDING_CODES, isReferenceRole, type FindingCode, type Grid, type HeaderColumn, type Item, type Role } from "./model";
import { parseValue } from "./numbers";

export interface UnreadColumn {
  col: number;
  /** The header texts over the column, " / "-joined; empty for a column without a header. */
  header: string;
  /** Most of its filled data cells are numbers: a column whose sums and ratios went unchecked. */
  numeric: boolean;
}

export interface TableCoverage {
  /** Every header column with its role (or none). */
  columns: HeaderColumn[];
  /** Columns inside the table that have no role (ignored ones and the person's "none" excluded). */
  unrecognized: UnreadColumn[];
  /** The checks that had the columns they need, in registry order. */
  checks: FindingCode[];
}

/** The families the "ready" verdict asks for: at least one of them must have run. */
export type CoreFamily = "budget" | "capaian" | "target";

export const CORE_CHECKS: Readonly<Record<CoreFamily, readonly FindingCode[]>> = {
  budget: ["BUDGET_PERIOD_SUM", "BUDGET_CHILD_SUM", "BUDGET_TOTAL_SUM"],
  capaian: ["CAPAIAN_MISMATCH", "SERAPAN_MISMATCH"],
  target: ["TARGET_PERIOD_SUM", "TARGET_CUMULATIVE_DECREASE"],
};

/**
 * `ready`: no errors, every numeric column understood, a core check ran. `incomplete`: no errors in
 * what was checked, but something was not (the gaps say what). `errors`: errors found (gaps may
 * still exist). `not-recognized`: no table was found at all.
 */
export type Verdict = "ready" | "incomplete" | "errors" | "not-recognized";

export interface SheetCoverage {
  tables: TableCoverage[];
  verdict: Verdict;
  /** Numeric columns left unread, over all tables. */
  unreadNumeric: UnreadColumn[];
  /** No budget, capaian or target check could run on any table. */
  noCoreCheck: boolean;
}

interface Facts {
  roles: Set<Role>;
  items: readonly Item[];
  /** The column-number row states formulas ("13 = 9 + 10 + 11 + 12"). */
  formulas: boolean;
}

const has = (f: Facts, re: RegExp): boolean => [...f.roles].some((r) => re.test(r));
const MONEY_ANNUAL = /^(anggaran|realisasi_anggaran)$/;
const MONEY_PERIOD = /^(anggaran|realisasi_anggaran)_/;
const MONEY = /^(anggaran|realisasi_anggaran)(_|$)/;
const TARGET = /^target(_|$)/;
const REALISASI = /^realisasi(_(?!anggaran)|$)/;
const CAPAIAN = /^capaian(_|$)/;

function targetPeriods(f: Facts): number {
  return [...f.roles].filter((r) => /^target_/.test(r)).length;
}

/**
 * What each check needs to run. Typed over every finding code, so a new rule cannot be added
 * without saying here what it reads.
 */
const NEEDS: Readonly<Record<FindingCode, (f: Facts) => boolean>> = {
  BUDGET_PERIOD_SUM: (f) => has(f, MONEY_ANNUAL) && has(f, MONEY_PERIOD),
  BUDGET_CHILD_SUM: (f) => has(f, MONEY) && f.items.some((i) => i.budgetChildren.length > 0),
  BUDGET_TOTAL_SUM: (f) => has(f, MONEY) && f.items.some((i) => i.kind === "total"),
  BUDGET_ZERO_WITH_TARGET: (f) => f.roles.has("anggaran") && has(f, TARGET),
  REALISASI_ANGGARAN_EXCEEDS: (f) => f.roles.has("anggaran") && has(f, /^realisasi_anggaran/),
  SERAPAN_MISMATCH: (f) => f.roles.has("serapan") && f.roles.has("anggaran") && has(f, /^realisasi_anggaran/),
  TARGET_PERIOD_SUM: (f) => targetPeriods(f) >= 2 || f.roles.has("target_periode"),
  TARGET_CUMULATIVE_DECREASE: (f) => targetPeriods(f) >= 2 || f.roles.has("target_periode"),
  CAPAIAN_MISMATCH: (f) => has(f, CAPAIAN) && has(f, TARGET) && has(f, REALISASI),
  CAPAIAN_NOT_COMPUTABLE: (f) => has(f, CAPAIAN) && has(f, TARGET) && has(f, REALISASI),
  REALISASI_ANNUAL_MISMATCH: (f) => f.roles.has("realisasi") && [...f.roles].some((r) => /^realisasi_(tw|b)\d/.test(r) || r === "realisasi_periode"),
  COLUMN_RULE_MISMATCH: (f) => f.formulas,
  INVALID_NUMBER: (f) => has(f, /^(target|realisasi|capaian|anggaran|serapan)/),
  // Runs when there is something to say: a formula saved without its result where a number is read.
  FORMULA_NOT_CALCULATED: (f) => f.items.some((i) => Object.values(i.cells).some((c) => c?.value.kind === "invalid" && c.value.reason === "formula-not-calculated")),
  MISSING_TARGET: (f) => f.roles.has("indikator") && has(f, TARGET),
  MISSING_SATUAN: (f) => f.roles.has("indikator") && f.roles.has("satuan"),
  MISSING_PENANGGUNG_JAWAB: (f) => f.roles.has("penanggung_jawab"),
  KODE_FORMAT: (f) => f.roles.has("kode"),
  EFISIENSI: (f) => f.roles.has("anggaran") && f.roles.has("realisasi_anggaran") && has(f, TARGET) && has(f, REALISASI),
  PREDIKAT_MISMATCH: (f) => f.roles.has("predikat") && (has(f, CAPAIAN) || (has(f, TARGET) && has(f, REALISASI))),
  ANGGARAN_WITHOUT_INDIKATOR: (f) => has(f, /^anggaran(_|$)/) && f.items.some((i) => i.level === "subkegiatan"),
  REALISASI_MISSING: (f) => has(f, /^target_/) && has(f, /^realisasi_(?!anggaran)/),
  REALISASI_CUMULATIVE_DECREASE: (f) => [...f.roles].filter((r) => /^realisasi_(tw|b)\d/.test(r)).length >= 2 || f.roles.has("realisasi_periode"),
  // Workbook-level (engine/workbook/cross-sheet): not a check of one sheet's columns.
  CROSS_SHEET_TARGET: () => false,
};

/** The roles rules read: reference columns (Renstra, last year, baseline) are known but no rule checks them. */
function rolesOf(table: TableAnalysis): Set<Role> {
  const roles = new Set<Role>();
  for (const g of [...table.layout.groups, { columns: table.layout.columns }]) {
    for (const role of Object.keys(g.columns) as Role[]) if (!isReferenceRole(role)) roles.add(role);
  }
  return roles;
}

/** Filled data cells of a column that read as numbers, against all its filled data cells. */
function isNumericColumn(grid: Grid, table: TableAnalysis, col: number): boolean {
  const { firstDataRow, lastDataRow, repeatedHeaderRows } = table.layout;
  const skip = new Set(repeatedHeaderRows);
  let filled = 0;
  let numbers = 0;
  for (let r = firstDataRow; r <= lastDataRow; r++) {
    if (skip.has(r)) continue;
    const cell = grid.rows[r]?.[col] ?? null;
    if (!cell || cell.value === null || cell.value === "") continue;
    const value = parseValue(cell);
    if (value.kind === "empty") continue;
    filled++;
    if (value.kind === "number" || value.kind === "range") numbers++;
  }
  return numbers >= 2 && numbers * 2 >= filled;
}

function unreadColumns(grid: Grid, table: TableAnalysis): UnreadColumn[] {
  const { headers } = table.layout;
  const mapped = new Set<number>();
  for (const g of table.layout.groups) for (const col of Object.values(g.columns)) if (col !== undefined) mapped.add(col);
  const out: UnreadColumn[] = [];
  const seen = new Set<number>();
  for (const h of headers) {
    seen.add(h.col);
    // A column the person chose to leave unread is an answer, not a gap.
    if (h.role || h.ignored || h.chosen || mapped.has(h.col) || grid.hiddenCols.includes(h.col)) continue;
    out.push({ col: h.col, header: h.header, numeric: isNumericColumn(grid, table, h.col) });
  }
  // Columns inside the table's width without any header text still hold data worth naming.
  const cols = headers.map((h) => h.col);
  if (cols.length > 0) {
    for (let c = Math.min(...cols); c <= Math.max(...cols); c++) {
      if (seen.has(c) || mapped.has(c) || grid.hiddenCols.includes(c)) continue;
      if (isNumericColumn(grid, table, c)) out.push({ col: c, header: "", numeric: true });
    }
  }
  return out.sort((a, b) => a.col - b.col);
}

export function tableCoverage(grid: Grid, table: TableAnalysis): TableCoverage {
  const formulas = Object.values(table.layout.columnNumbers ?? {}).some((n) => n.formula !== undefined);
  const facts: Facts = { roles: rolesOf(table), items: table.items, formulas };
  return {
    columns: table.layout.headers,
    unrecognized: unreadColumns(grid, table),
    checks: FINDING_CODES.filter((code) => NEEDS[code](facts)),
  };
}

/** Coverage and verdict of one analysed sheet (the grid it was read from is needed to look at unread columns). */
export function sheetCoverage(grid: Grid, analysis: Pick<SheetAnalysis, "recognized" | "tables" | "findings">): SheetCoverage {
  if (!analysis.recognized) return { tables: [], verdict: "not-recognized", unreadNumeric: [], noCoreCheck: true };
  const tables = analysis.tables.map((t) => tableCoverage(grid, t));
  const unreadNumeric = tables.flatMap((t) => t.unrecognized.filter((u) => u.numeric));
  const core = Object.values(CORE_CHECKS).flat();
  const noCoreCheck = !tables.some((t) => t.checks.some((c) => core.includes(c)));
  const errors = analysis.findings.some((f) => f.severity === "error");
  const verdict: Verdict = errors ? "errors" : unreadNumeric.length > 0 || noCoreCheck ? "incomplete" : "ready";
  return { tables, verdict, unreadNumeric, noCoreCheck };
}
