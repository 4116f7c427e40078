import { analyzeSheet, type SheetAnalysis } from "../engine/analyze";
import { colLetter, type ColumnChoices, type Finding, type Grid, type Settings } from "../engine/model";
import { DEFAULT_SETTINGS } from "../engine/model";
import { marksFor, type Lang } from "../i18n";
import { WorkbookError, type WorkbookPort } from "../port/workbook-port";
import { COMMAND_MESSAGES, type CheckCounts } from "./messages";


/** The cell to show first: the first error (a root cause before what derives from it), else the first finding. */
export function firstToShow(findings: readonly Finding[]): Finding | undefined {
  return findings.find((f) => f.severity === "error" && !f.derivedFrom) ?? findings.find((f) => f.severity === "error") ?? findings[0];
}

/**
 * "Periksa": checks the active sheet, replaces Cermat's previous marks with fresh ones (so a
 * fixed cell loses its mark), selects the first problem, and returns the counts to tell.
 */
export async function checkActiveSheet(
  workbook: WorkbookPort,
  lang: Lang,
  settings: Settings = DEFAULT_SETTINGS,
  analyze: (grid: Grid, settings: Settings, choices?: ColumnChoices) => Pick<SheetAnalysis, "recognized" | "findings"> & Partial<Pick<SheetAnalysis, "coverage">> = analyzeSheet,
): Promise<CheckCounts> {
  const sheet = await workbook.activeSheetName();
  const grid = await workbook.readSheet(sheet);
  // The person's column roles from the Kolom view are saved in the workbook: the ribbon uses them too.
  const analysis = analyze(grid, { ...settings, lang }, await workbook.columnChoices(sheet));
  await workbook.clearMarks(sheet);
  const counts: CheckCounts = {
    sheet,
    recognized: analysis.recognized,
    errors: analysis.findings.filter((f) => f.severity === "error").length,
    warnings: analysis.findings.filter((f) => f.severity === "warning").length,
    infos: analysis.findings.filter((f) => f.severity === "info").length,
  };
  if (analysis.coverage && analysis.recognized) {
    counts.unreadColumns = analysis.coverage.unreadNumeric.map((u) => colLetter(u.col));
    counts.noCoreCheck = analysis.coverage.noCoreCheck;
  }
  if (analysis.findings.length === 0) return counts;
  await workbook.mark(sheet, marksFor(analysis.findings, lang));
  const first = firstToShow(analysis.findings);
  if (first) {
    await workbook.selectCell(sheet, first.cell);
    counts.first = first.cell;
  }
  return counts;
}

/** "Hapus tanda": removes Cermat's marks from the active sheet; returns the sheet and how many. */
export async function clearActiveSheet(workbook: WorkbookPort): Promise<{ sheet: string; count: number }> {
  const sheet = await workbook.activeSheetName();
  return { sheet, count: await workbook.clearMarks(sheet) };
}

/** The sentence to show for a result. */
export function checkMessage(counts: CheckCounts, lang: Lang): string {
  const words = COMMAND_MESSAGES[lang];
  return counts.recognized ? words.checked(counts) : words.notRecognized(counts.sheet);
}

/** The sentence to show for a failure: typed adapter errors get their own advice. */
export function failureMessage(error: unknown, lang: Lang): string {
  const words = COMMAND_MESSAGES[lang];
  if (error instanceof WorkbookError) return words.failed(error.code, error.detail ?? error.message);
  return words.failed("UNEXPECTED", error instanceof Error ? error.message : String(error));
}
