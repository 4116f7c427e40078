import { analyzeSheet } from "../../engine/analyze";
import { DEFAULT_SETTINGS, type CellWrite } from "../../engine/model";
import { planCapaianFill } from "../../engine/workflow";
import { EXIT, type CommandIo } from "../command";
import { guarded, printHelp } from "../guard";
import { openInput, requireSheet, savedChoices, sheetNamesOf } from "../input";
import { parseOptions } from "../options";
import { planOutput, saveWorkbook } from "../safe-write";
import { inputAndOutput, OUTPUT_OPTIONS, reportDone } from "./output-options";

/** What `cermat fill --json` prints when the cells were written. */
export interface FillReport {
  file: string;
  output: string;
  /** The copy of the original kept by --in-place. */
  copy?: string;
  sheets: Array<{ sheet: string; filled: number; conflicts: Array<{ cell: string; current: string; proposed: string; replaced: boolean }> }>;
  written: number;
  /** Cells that hold something else and were kept (run again with --yes). */
  pending: number;
}

/**
 * `cermat fill FILE.xlsx -o OUT.xlsx`: fills the empty capaian (and predikat, serapan, parent
 * realisasi anggaran) cells of every recognised Pengukuran sheet. Cells that already hold
 * something different are listed; they are written only with --yes. Nothing is said to be done
 * before the file is written.
 */
export async function runFill(args: readonly string[], io: CommandIo): Promise<number> {
  return guarded(args, io, async (ctx) => {
    const options = parseOptions(args, { ...OUTPUT_OPTIONS, sheet: { type: "string" }, yes: { type: "boolean" } }, "fill", ctx.words);
    if (options.help) return printHelp(io, args, (words) => words.fill.help);
    const { input, output } = inputAndOutput(options, "fill", ctx.words);
    const target = await planOutput(input, output, options.flag("in-place"), ctx.words);
    const accept = options.flag("yes");
    const workbook = await openInput(input, ctx);
    const names = await sheetNamesOf(workbook, ctx);
    const wanted = options.text("sheet");
    const report: FillReport = { file: input, output, sheets: [], written: 0, pending: 0 };
    for (const sheet of wanted === undefined ? names : [requireSheet(wanted, names, ctx)]) {
      const grid = await workbook.readSheet(sheet);
      // The column roles the person chose (Kolom view, saved in the file) count here too.
      const analysis = analyzeSheet(grid, DEFAULT_SETTINGS, await savedChoices(workbook, sheet, ctx));
      if (!analysis.recognized) continue;
      const plan = planCapaianFill(grid, analysis, DEFAULT_SETTINGS);
      const writes: CellWrite[] = [...plan.writes, ...(accept ? plan.conflicts.map((c) => c.write) : [])];
      if (writes.length > 0) await workbook.writeCells(sheet, writes);
      report.written += writes.length;
      if (!accept) report.pending += plan.conflicts.length;
      const conflicts = plan.conflicts.map((c) => ({ cell: c.cell, current: c.current, proposed: c.proposed, replaced: accept }));
      report.sheets.push({ sheet, filled: plan.writes.length, conflicts });
    }
    const copy = await saveWorkbook(workbook, target);
    if (copy !== undefined) report.copy = copy;
    const words = ctx.words.fill;
    reportDone(io, ctx, report, [
      ...report.sheets.flatMap((s) => [
        ...(s.filled > 0 ? [words.filled(s.sheet, s.filled)] : []),
        ...s.conflicts.map((c) => words.conflict(s.sheet, c.cell, c.current, c.proposed, c.replaced)),
      ]),
      words.written(report.written, output),
      ...(report.pending > 0 ? [words.pending(report.pending)] : []),
    ]);
    return EXIT.ok;
  });
}
