/**
 * `cermat check DIR|FILE… [-r] [--report rekap.xlsx] [--html rekap.html] [--json]`: the reviewers'
 * rekap. Every workbook is checked (in parallel, see worker-pool.ts); one that cannot be read is
 * listed with its reason and the batch goes on. Exit 1 when any file has an error finding or could
 * not be read, 0 otherwise; 2 for wrong arguments.
 */
import { dirname, relative, resolve } from "node:path";
import type { Lang } from "../../i18n/format";
import { reportWords } from "../../i18n/report";
import { buildRekap, rekapNeedsAttention } from "../../report/rekap";
import { rekapHtml } from "../../report/rekap-html";
import { rekapWorkbook } from "../../report/rekap-workbook";
import { CliError } from "../cli-error";
import { checkWritable, sameFile, writeReport } from "../safe-write";
import { EXIT, type CommandIo } from "../command";
import type { CommandContext } from "../guard";
import { collectWorkbooks } from "./collect-workbooks";
import { progressLine } from "./progress-bar";
import { renderRekapText } from "./rekap-text";
import { checkAll, fileTimeoutMs, workerCount } from "./worker-pool";

export interface BatchOptions {
  kind: "batch";
  /** Files and folders, as given. */
  paths: string[];
  recursive: boolean;
  json: boolean;
  lang: Lang;
  /** Where to write rekap.xlsx (--report) and rekap.html (--html). */
  report?: string;
  html?: string;
}

export async function runBatch(options: BatchOptions, io: CommandIo, env: Record<string, string | undefined>, ctx: CommandContext): Promise<number> {
  const outputs = [options.report, options.html].filter((p): p is string => p !== undefined);
  await checkOutputs(outputs, options.paths, ctx);
  // A report written into the folder checked by an earlier run is no workbook to check.
  const files = collectWorkbooks(options.paths, { recursive: options.recursive, skip: new Set(outputs.map((p) => resolve(p))) }, ctx.words);
  if (files.length === 0) throw new CliError("UNREADABLE_FILE", ctx.words.batch.noWorkbooks(options.paths));
  const outcomes = await checkAll(files, options.lang, {
    workers: workerCount(env),
    fileTimeoutMs: fileTimeoutMs(env),
    onProgress: io.progress ? (p) => io.progress?.(progressLine(p, ctx.words)) : undefined,
  });
  io.progress?.("");
  const rekap = buildRekap(outcomes, (sheet) => ctx.words.notRecognized(sheet.reason));
  const written: string[] = [];
  if (options.report) {
    // File names and findings' cells open the workbooks themselves, found from where the rekap is.
    const from = dirname(resolve(options.report));
    await writeReport(options.report, await rekapWorkbook(rekap, options.lang, new Date(), { sourceOf: (file) => relative(from, resolve(file)) }));
    written.push(options.report);
  }
  if (options.html) {
    await writeReport(options.html, new TextEncoder().encode(rekapHtml(rekap, options.lang)));
    written.push(options.html);
  }
  if (options.json) io.out(JSON.stringify({ files: outcomes, rekap, ...(written.length > 0 ? { written } : {}) }, null, 2));
  else io.out([renderRekapText(rekap, ctx.words, reportWords(options.lang)), ...written.map((p) => ctx.words.batch.written(p))].join("\n"));
  return rekapNeedsAttention(rekap) ? EXIT.findings : EXIT.ok;
}

/**
 * Before any file is read: each report's folder must be writable, and a report may not be one of
 * the files named to check (it would replace a person's workbook with the rekap).
 */
async function checkOutputs(outputs: readonly string[], inputs: readonly string[], ctx: CommandContext): Promise<void> {
  for (const output of outputs) {
    for (const input of inputs) {
      if (await sameFile(input, output)) throw new CliError("SAME_AS_INPUT", ctx.words.batch.reportIsInput(output));
    }
    await checkWritable(output);
  }
}
