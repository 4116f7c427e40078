import { TEMPLATES, isTemplateId } from "../engine/templates";
import { planCapaianFill, preparePengukuran } from "../engine/workflow";
import type { WorkbookPort } from "../port/workbook-port";
import type { Analyze } from "./check-workflow";
import type { PaneTools } from "./tools";

/**
 * The Alat tab's work over any workbook port: templates as data written by the port, capaian
 * formulas written only into empty cells (cells holding something else are counted, never
 * overwritten), and a Pengukuran Kinerja sheet prepared from the active Rencana Aksi.
 */
export function workbookTools(port: WorkbookPort, analyze: Analyze): PaneTools {
  return {
    templates: Object.values(TEMPLATES).map(({ id, label }) => ({ id, label })),
    async insertTemplate({ templateId, instansi, tahun }) {
      if (!isTemplateId(templateId)) throw new Error(`Unknown template: ${templateId}`);
      const sheet = await port.addSheet(TEMPLATES[templateId].build({ instansi, tahun }));
      return { kind: "sheetAdded", sheet };
    },
    async fillCapaian(settings) {
      const sheet = await port.activeSheetName();
      const grid = await port.readSheet(sheet);
      const plan = planCapaianFill(grid, analyze(grid, settings), settings);
      if (plan.writes.length > 0) await port.writeCells(sheet, plan.writes);
      const pending = plan.conflicts.map(({ cell, current, proposed, write }) => ({ cell, current, proposed, write }));
      return { kind: "cellsWritten", sheet, written: plan.writes.length, conflicts: plan.conflicts.length, pending };
    },
    async applyCapaian(sheet, chosen, skipped) {
      if (chosen.length > 0) await port.writeCells(sheet, chosen);
      return { kind: "cellsReplaced", replaced: chosen.length, skipped };
    },
    async preparePengukuran(settings) {
      const grid = await port.readSheet(await port.activeSheetName());
      const sheet = await port.addSheet(preparePengukuran(grid, analyze(grid, settings), { settings }));
      return { kind: "sheetAdded", sheet };
    },
  };
}
