import type { SheetAnalysis, TableAnalysis } from "../engine/analyze";
import { cellAt, type Finding, type Grid } from "../engine/model";
import { HAND_FILLED, TEMPLATES, TemplateError, isTemplateId } from "../engine/templates";
import { WorkflowError, planCapaianFill, preparePengukuran, type FillConflict } from "../engine/workflow";
import { reportWords } from "../i18n/report";
import type { WorkbookPort } from "../port/workbook-port";
import { findingsReportSpec, isFindingsReport, reportWrittenIn } from "../report/findings-sheet";
import type { Analyze } from "./check-workflow";
import type { ConflictReason, PendingWrite } from "./pane-state";
import type { PaneTools } from "./tools";

/** The findings that say, with numbers, why a capaian, serapan or typed number differs. */
const EXPLAINING_CODES: ReadonlySet<Finding["code"]> = new Set(["CAPAIAN_MISMATCH", "SERAPAN_MISMATCH", "INVALID_NUMBER"]);

/**
 * The Alat tab's work over any workbook port: templates as data written by the port, capaian
 * formulas written into empty cells (cells holding something else are listed with the reason,
 * and written only once the person chooses them), and a Pengukuran Kinerja sheet prepared from
 * the active Rencana Aksi. A sheet a tool cannot work on is an outcome the pane explains, not
 * an exception.
 */
export function workbookTools(port: WorkbookPort, analyze: Analyze): PaneTools {
  return {
    templates: Object.values(TEMPLATES).map(({ id, label }) => ({ id, label })),
    async insertTemplate({ templateId, instansi, tahun }) {
      if (!isTemplateId(templateId)) throw new Error(`Unknown template: ${templateId}`);
      let spec;
      try {
        spec = TEMPLATES[templateId].build({ instansi: instansi.trim() || HAND_FILLED, tahun });
      } catch (error) {
        if (error instanceof TemplateError) return { kind: "notPossible", problem: "TEMPLATE_INVALID", detail: error.message };
        throw error;
      }
      return { kind: "sheetAdded", sheet: await showAdded(port, await port.addSheet(spec)) };
    },
    async fillCapaian(settings) {
      const sheet = await port.activeSheetName();
      const grid = await port.readSheet(sheet);
      const analysis = await analyze(grid, settings, await port.columnChoices(sheet));
      if (!analysis.recognized || analysis.tables.length === 0) return { kind: "notPossible", problem: "NOT_RECOGNIZED" };
      if (!analysis.tables.some(measuresResults)) return { kind: "notPossible", problem: "NO_REALISASI" };
      const plan = planCapaianFill(grid, analysis, settings);
      if (plan.writes.length === 0 && plan.conflicts.length === 0 && !analysis.tables.some((t) => hasRealisasi(t))) return { kind: "notPossible", problem: "NO_REALISASI_YET" };
      if (plan.writes.length > 0) await port.writeCells(sheet, plan.writes);
      const pending = plan.conflicts.map((conflict) => pendingWrite(conflict, grid, analysis));
      return { kind: "cellsWritten", sheet, written: plan.writes.length, conflicts: pending.length, pending };
    },
    async applyCapaian(sheet, chosen, skipped) {
      // One batch: Excel syncs once, and a refusal (protected sheet) leaves every cell as it was.
      if (chosen.length > 0) await port.writeCells(sheet, chosen.map((p) => p.write));
      return { kind: "cellsReplaced", sheet, replaced: chosen.map((p) => p.cell), skipped };
    },
    async preparePengukuran(settings) {
      const sheet = await port.activeSheetName();
      const grid = await port.readSheet(sheet);
      let spec;
      try {
        spec = preparePengukuran(grid, await analyze(grid, settings, await port.columnChoices(sheet)), { settings });
      } catch (error) {
        if (error instanceof WorkflowError) return { kind: "notPossible", problem: error.code, detail: error.message };
        throw error;
      }
      return { kind: "sheetAdded", sheet: await showAdded(port, await port.addSheet(spec)) };
    },
    async insertReport(settings) {
      const sheet = await port.activeSheetName();
      const grid = await port.readSheet(sheet);
      if (isFindingsReport(grid)) return { kind: "notPossible", problem: "REPORT_OF_REPORT" };
      const analysis = await analyze(grid, settings, await port.columnChoices(sheet));
      return { kind: "sheetAdded", sheet: await showAdded(port, await port.addSheet(findingsReportSpec(analysis, settings.lang, new Date()))) };
    },
    async removeReport(confirmed) {
      const reports = await reportSheets(port);
      if (reports.length === 0) return { kind: "notPossible", problem: "NO_REPORT" };
      const writtenIn = reports.filter((r) => r.writtenIn).map((r) => r.sheet);
      if (writtenIn.length > 0 && !confirmed) return { kind: "confirmRemoval", sheets: writtenIn };
      for (const { sheet } of reports) await port.removeSheet(sheet);
      return { kind: "sheetsRemoved", sheets: reports.map((r) => r.sheet) };
    },
  };
}

/**
 * Cermat's findings reports in the workbook: sheets named as a report is (the name the pane gives
 * it, with a suffix) whose content says Cermat made them; a sheet of the person's own is never taken.
 */
async function reportSheets(port: WorkbookPort): Promise<Array<{ sheet: string; writtenIn: boolean }>> {
  const names = [reportWords("id"), reportWords("en")].map((w) => w.findingsReport.sheetName.toLowerCase());
  const found = [];
  for (const sheet of await port.sheetNames()) {
    if (!names.some((n) => sheet.toLowerCase().startsWith(n))) continue;
    const grid = await port.readSheet(sheet);
    if (isFindingsReport(grid)) found.push({ sheet, writtenIn: reportWrittenIn(grid) });
  }
  return found;
}

/** The new sheet is where the person goes next (fill in realisasi, Isi Capaian): show it. Best effort. */
async function showAdded(port: WorkbookPort, sheet: string): Promise<string> {
  await port.selectCell(sheet, "A1").catch(() => undefined);
  return sheet;
}

/**
 * Whether any realisasi (kinerja or anggaran) was typed on the table: a prepared Pengukuran
 * Kinerja holds only formulas there (parents' sums showing 0) until the person fills it in.
 */
function hasRealisasi(table: TableAnalysis): boolean {
  return table.items.some((item) => Object.entries(item.cells).some(([role, cell]) => role.startsWith("realisasi") && cell !== undefined && cell.formula === undefined && cell.value.kind !== "empty"));
}

/** A table with something to compute capaian from or into: realisasi, capaian, predikat or serapan columns. */
function measuresResults(table: TableAnalysis): boolean {
  const roles = [table.layout.columns, ...table.layout.groups.map((g) => g.columns)].flatMap((columns) => Object.keys(columns));
  return roles.some((role) => /^(realisasi|capaian|predikat|serapan)/.test(role));
}

/** A conflict of the plan with the reason the person reads beside it. */
function pendingWrite(conflict: FillConflict, grid: Grid, analysis: SheetAnalysis): PendingWrite {
  const { cell, current, currentFormula, proposed, write } = conflict;
  const format = write.format ?? cellAt(grid, write.row, write.col)?.format;
  return { cell, current, ...(currentFormula ? { currentFormula } : {}), proposed, write, reason: reasonFor(conflict, grid, analysis), ...(format ? { format } : {}) };
}

/**
 * The check's own finding at the cell when there is one (it states the written and the computed
 * numbers), else what kind of content stands where Cermat would write.
 */
export function reasonFor(conflict: FillConflict, grid: Grid, analysis: SheetAnalysis): ConflictReason {
  const { row, col } = conflict.write;
  const finding = analysis.findings.find((f) => f.row === row && f.col === col && EXPLAINING_CODES.has(f.code));
  if (finding) return { kind: "finding", finding };
  const cell = cellAt(grid, row, col);
  if (cell?.formula) return { kind: "otherFormula" };
  const proposesText = conflict.write.formula === undefined && typeof conflict.write.value === "string";
  if (typeof cell?.value === "string" && !proposesText) return { kind: "text" };
  return { kind: "otherValue" };
}
