import { analyzeSheet, type SheetAnalysis } from "../../engine/analyze";
import { DEFAULT_SETTINGS, type Grid } from "../../engine/model";
import { preparePengukuranWithReport, WorkflowError } from "../../engine/workflow";
import { CliError } from "../cli-error";
import { EXIT, type CommandIo } from "../command";
import { guarded, printHelp, type CommandContext } from "../guard";
import { openInput, requireSheet, savedChoices, sheetNamesOf } from "../input";
import { parseOptions } from "../options";
import { planOutput, saveWorkbook } from "../safe-write";
import { inputAndOutput, OUTPUT_OPTIONS, reportDone } from "./output-options";
import { buildTemplate, yearOption } from "./template";

interface Recognised {
  name: string;
  grid: Grid;
  analysis: SheetAnalysis;
}

/** What `cermat prepare --json` prints when the sheet was written. */
export interface PrepareReport {
  file: string;
  output: string;
  copy?: string;
  /** The new Pengukuran Kinerja sheet, and the Rencana Aksi it refers to. */
  sheet: string;
  plan: string;
  /** The earlier Pengukuran sheet whose typed realisasi were carried over. */
  from?: string;
  carried: number;
  orphans: Array<{ cell: string; indikator: string; values: string[] }>;
}

function hasRealisasi(analysis: SheetAnalysis): boolean {
  return analysis.tables.some((t) => Object.keys(t.layout.columns).some((role) => role.startsWith("realisasi")));
}

/** Whether a sheet's formulas refer to the plan sheet (a Pengukuran prepared from it). */
function refersTo(grid: Grid, plan: string): boolean {
  const needle = `${plan.toLowerCase()}'!`;
  return grid.rows.some((row) => row?.some((cell) => cell?.formula?.toLowerCase().includes(needle) || cell?.formula?.toLowerCase().includes(`${plan.toLowerCase()}!`)));
}

/**
 * `cermat prepare FILE.xlsx -o OUT.xlsx`: adds a Pengukuran Kinerja sheet whose rows refer to
 * the Rencana Aksi. When an earlier Pengukuran sheet refers to the same plan, its typed
 * realisasi are carried over; rows that no longer match are listed, never dropped silently
 * (the earlier sheet itself stays as it is).
 */
export async function runPrepare(args: readonly string[], io: CommandIo): Promise<number> {
  return guarded(args, io, async (ctx) => {
    const spec = { ...OUTPUT_OPTIONS, sheet: { type: "string" }, dari: { type: "string" }, tahun: { type: "string" }, instansi: { type: "string" } } as const;
    const options = parseOptions(args, spec, "prepare", ctx.words);
    if (options.help) return printHelp(io, args, (words) => words.prepare.help);
    const { input, output } = inputAndOutput(options, "prepare", ctx.words);
    const tahun = yearOption(options.text("tahun"), ctx.words);
    const target = await planOutput(input, output, options.flag("in-place"), ctx.words);
    const workbook = await openInput(input, ctx);
    const names = await sheetNamesOf(workbook, ctx);
    const wanted = options.text("sheet");
    const from = options.text("dari");
    if (wanted !== undefined) requireSheet(wanted, names, ctx);
    if (from !== undefined) requireSheet(from, names, ctx);
    const sheets: Recognised[] = [];
    for (const name of names) {
      const grid = await workbook.readSheet(name);
      // The column roles the person chose (Kolom view, saved in the file) count here too.
      sheets.push({ name, grid, analysis: analyzeSheet(grid, DEFAULT_SETTINGS, await savedChoices(workbook, name, ctx)) });
    }
    const plan = wanted !== undefined ? sheets.find((s) => s.name === wanted) : sheets.find((s) => s.analysis.recognized && !hasRealisasi(s.analysis));
    if (!plan) throw new CliError("NOT_A_PLAN", ctx.words.prepare.noPlan);
    const earlier = from !== undefined ? sheets.find((s) => s.name === from) : sheets.find((s) => s !== plan && s.analysis.recognized && hasRealisasi(s.analysis) && refersTo(s.grid, plan.name));
    const result = prepareFrom(plan, earlier, { tahun, instansi: options.text("instansi") }, ctx);
    const sheet = await workbook.addSheet(result.spec);
    const report: PrepareReport = { file: input, output, sheet, plan: plan.name, carried: result.carried, orphans: result.orphans.map((o) => ({ cell: o.cell, indikator: o.indikator, values: o.values.map(String) })) };
    if (earlier) report.from = earlier.name;
    const copy = await saveWorkbook(workbook, target);
    if (copy !== undefined) report.copy = copy;
    const words = ctx.words.prepare;
    reportDone(io, ctx, report, [
      words.prepared(sheet, plan.name, output),
      ...(earlier ? [words.carried(result.carried, earlier.name)] : []),
      ...report.orphans.map((o) => words.orphan(`${earlier?.name}!${o.cell}`, o.indikator, o.values)),
    ]);
    return EXIT.ok;
  });
}

/** The engine's preparation, its refusals put in the person's words. */
function prepareFrom(plan: Recognised, earlier: Recognised | undefined, heading: { tahun?: number; instansi?: string }, ctx: CommandContext) {
  const prepare = () =>
    preparePengukuranWithReport(plan.grid, plan.analysis, {
      ...heading,
      settings: DEFAULT_SETTINGS,
      existing: earlier ? { grid: earlier.grid, analysis: earlier.analysis } : undefined,
    });
  try {
    return buildTemplate(prepare, { instansi: "--instansi", tahun: "--tahun" }, heading, ctx.words);
  } catch (e) {
    if (!(e instanceof WorkflowError)) throw e;
    throw e.code === "NOT_A_PLAN" ? new CliError("NOT_A_PLAN", ctx.words.prepare.notAPlan(plan.name)) : new CliError("TAHUN_UNKNOWN", ctx.words.prepare.tahunUnknown);
  }
}
