/**
 * CROSS_SHEET_TARGET: the documents of one year repeat each other. The Rencana Aksi breaks the
 * Perjanjian Kinerja (PermenPAN-RB 53/2014) down per period and the Pengukuran Kinerja measures the
 * Rencana Aksi, so an indikator keeps the annual target the PK agreed and the Jumlah anggaran stays
 * the same; reviewers of SAKIP documents compare them line by line. A workbook that holds two of
 * them and disagrees gets a warning on each side: on the checked sheet's cell, naming the other
 * sheet's cell.
 */
import { sortFindings, type SheetAnalysis, type TableAnalysis } from "../analyze";
import { isFilled, type CellRef, type Finding, type Item, type ParsedValue, type Role } from "../model";
import { finding } from "../rules/support/finding";
import { sheetRef } from "../templates/formulas";

/** What a sheet is, as far as its columns tell. */
export type DocumentKind = "perjanjian-kinerja" | "rencana-aksi" | "pengukuran-kinerja";

const MEASURED = /^(realisasi|capaian)(_tw\d|_b\d{1,2}|_periode)?$/;
const PER_PERIOD_TARGET = /^target_(tw\d|b\d{1,2}|periode)$/;

function rolesOf(table: TableAnalysis): Role[] {
  return [table.layout.columns, ...table.layout.groups.map((g) => g.columns)].flatMap((c) => Object.keys(c) as Role[]);
}

/**
 * Pengukuran Kinerja when it has realisasi or capaian (not realisasi anggaran), Rencana Aksi when
 * its targets are split per period, Perjanjian Kinerja when an indikator has an annual target only.
 * Renstra matrices (a column per year) are none of these.
 */
export function documentKindOf(analysis: SheetAnalysis): DocumentKind | undefined {
  const tables = analysis.tables.filter((t) => t.layout.kind !== "wide-yearly");
  const roles = new Set(tables.flatMap(rolesOf));
  if (!roles.has("indikator")) return undefined;
  if ([...roles].some((r) => MEASURED.test(r))) return "pengukuran-kinerja";
  if ([...roles].some((r) => PER_PERIOD_TARGET.test(r))) return "rencana-aksi";
  return roles.has("target") && tables.some((t) => t.layout.kind === "annual") ? "perjanjian-kinerja" : undefined;
}

/** An indikator's words without numbering, case, punctuation or spacing: `1. Indeks  Kepuasan Masyarakat (IKM)` → `indeks kepuasan masyarakat ikm`. */
export function normalizeIndikator(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/^\s*(?:\d{1,2}|[a-z])[.)]\s+/, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

interface Side {
  sheet: string;
  kind: DocumentKind;
  /** Normalised indikator → its annual target cell; null when the sheet gives it two different targets. */
  targets: Map<string, { indikator: string; cell: CellRef } | null>;
  /** The sheet's Jumlah anggaran: the largest total row (the grand total closes the subtotals). */
  total?: CellRef;
}

/**
 * Whether this check reads the item at all: a total row's anggaran, or an indikator with its
 * target. What the worker sends the page keeps only these items (engine-worker/slim-analysis.ts).
 */
export function comparedAcrossSheets(item: Item): boolean {
  return item.kind === "total" ? item.cells.anggaran !== undefined : (item.cells.indikator?.text.trim() ?? "") !== "" && item.cells.target !== undefined;
}

function sideOf(analysis: SheetAnalysis): Side | undefined {
  const kind = documentKindOf(analysis);
  if (!kind) return undefined;
  const targets: Side["targets"] = new Map();
  let total: CellRef | undefined;
  for (const table of analysis.tables) {
    if (table.layout.kind === "wide-yearly") continue;
    for (const item of table.items) {
      if (!comparedAcrossSheets(item)) continue;
      if (item.kind === "total") total = larger(total, item.cells.anggaran);
      else addTarget(targets, item);
    }
  }
  return { sheet: analysis.sheet, kind, targets, ...(total ? { total } : {}) };
}

function addTarget(targets: Side["targets"], item: Item): void {
  const indikator = item.cells.indikator?.text.trim();
  const cell = item.cells.target;
  if (!indikator || !isFilled(cell)) return;
  const key = normalizeIndikator(indikator);
  if (key === "") return;
  const before = targets.get(key);
  if (before === undefined) targets.set(key, { indikator, cell });
  else if (before !== null && !sameValue(before.cell.value, cell.value)) targets.set(key, null);
}

function larger(a: CellRef | undefined, b: CellRef | undefined): CellRef | undefined {
  if (b?.value.kind !== "number") return a;
  return a?.value.kind === "number" && a.value.value >= b.value.value ? a : b;
}

/** Equal as targets: numbers to a rounding error, ranges by both ends, grades by grade. Other pairs are not compared. */
function sameValue(a: ParsedValue, b: ParsedValue): boolean | undefined {
  const near = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
  if (a.kind === "number" && b.kind === "number") return near(a.value, b.value);
  if (a.kind === "range" && b.kind === "range") return near(a.low, b.low) && near(a.high, b.high);
  if (a.kind === "grade" && b.kind === "grade") return a.scale === b.scale ? a.grade === b.grade : undefined;
  return undefined;
}

const numberOf = (v: ParsedValue): number | undefined => (v.kind === "number" ? v.value : undefined);

/** Documents of different years (`PK 2023`, `RA 2024` in the sheet names) are not held against each other. */
function sameYear(a: string, b: string): boolean {
  const year = (name: string) => /\b(20\d{2})\b/.exec(name)?.[1];
  return year(a) === undefined || year(b) === undefined || year(a) === year(b);
}

/** The findings that belong on `checked` from comparing it with `other`. */
function compare(checked: Side, other: Side): Finding[] {
  const out: Finding[] = [];
  const common = { otherDoc: other.kind, doc: checked.kind };
  for (const [key, mine] of checked.targets) {
    const theirs = other.targets.get(key);
    if (!mine || !theirs || sameValue(mine.cell.value, theirs.cell.value) !== false) continue;
    const [actual, expected] = [numberOf(mine.cell.value), numberOf(theirs.cell.value)];
    out.push(
      finding({
        code: "CROSS_SHEET_TARGET",
        severity: "warning",
        row: mine.cell.row,
        col: mine.cell.col,
        ...(actual !== undefined && expected !== undefined ? { actual, expected, difference: actual - expected } : {}),
        params: { kind: "target", indikator: mine.indikator, text: mine.cell.text.trim(), other: sheetRef(other.sheet, theirs.cell.row, theirs.cell.col), otherText: theirs.cell.text.trim(), ...common },
      }),
    );
  }
  const [mine, theirs] = [checked.total, other.total];
  const [actual, expected] = [mine && numberOf(mine.value), theirs && numberOf(theirs.value)];
  if (mine && theirs && actual !== undefined && expected !== undefined && Math.abs(actual - expected) >= 0.5) {
    out.push(
      finding({
        code: "CROSS_SHEET_TARGET",
        severity: "warning",
        row: mine.row,
        col: mine.col,
        actual,
        expected,
        difference: actual - expected,
        params: { kind: "anggaran", other: sheetRef(other.sheet, theirs.row, theirs.col), ...common },
      }),
    );
  }
  return out;
}

/**
 * The cross-sheet findings of each sheet (by sheet name): every pair of a Perjanjian Kinerja,
 * Rencana Aksi and Pengukuran Kinerja sheet of the same year is compared, both ways. Sheets of
 * the same kind (two Rencana Aksi, often two years or two units) are not compared.
 */
export function crossSheetFindings(analyses: readonly SheetAnalysis[]): Map<string, Finding[]> {
  const sides = analyses.flatMap((a) => sideOf(a) ?? []);
  const out = new Map<string, Finding[]>();
  for (const checked of sides) {
    const found = sides.filter((o) => o.kind !== checked.kind && sameYear(o.sheet, checked.sheet)).flatMap((o) => compare(checked, o));
    if (found.length > 0) out.set(checked.sheet, found);
  }
  return out;
}

/** The analyses with each sheet's cross-sheet findings added, in the order analyzeSheet sorts findings. */
export function withCrossSheetFindings(analyses: readonly SheetAnalysis[]): SheetAnalysis[] {
  const found = crossSheetFindings(analyses);
  return analyses.map((a) => {
    const extra = found.get(a.sheet);
    if (!extra) return a;
    return { ...a, findings: sortFindings([...a.findings, ...extra]) };
  });
}
