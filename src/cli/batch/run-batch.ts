/**
 * `cermat check DIR|FILE… [-r] [--report rekap.xlsx] [--html rekap.html] [--json]`: the reviewers'
 * rekap. Every workbook is checked (in parallel, see worker-pool.ts); one that cannot be read is
 * listed with its reason and the batch goes on. Exit 1 when any file has an error finding or could
 * not be read, 0 otherwise; 2 for wrong arguments.
 */
import { resolve } from "node:path";
import type { Lang } from "../../i18n/format";
import { reportWords } from "../../i18n/report";
import { buildRekap, rekapNeedsAttention } from "../../report/rekap";
import { CliError } from "../cli-error";
import { EXIT, type CommandIo } from "../command";
import type { CommandContext } from "../guard";
import { collectWorkbooks } from "./collect-workbooks";
import { progressLine } from "./progress-bar";
import { renderRekapText } from "./rekap-text";
import { checkAll, workerCount } from "./worker-pool";

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
  const files = collectWorkbooks(options.paths, { recursive: options.recursive, skip: new Set(outputs.map((p) => resolve(p))) }, ctx.words);
  if (files.length === 0) throw new CliError("UNREADABLE_FILE", ctx.words.batch.noWorkbooks(options.paths));
  const outcomes = await checkAll(files, options.lang, {
    workers: workerCount(env),
    onProgress: io.progress ? (p) => io.progress?.(progressLine(p, ctx.words)) : undefined,
  });
  io.progress?.("");
  const rekap = buildRekap(outcomes, (sheet) => ctx.words.notRecognized(sheet.reason));
  io.out(options.json ? JSON.stringify({ files: outcomes, rekap }, null, 2) : renderRekapText(rekap, ctx.words, reportWords(options.lang)));
  return rekapNeedsAttention(rekap) ? EXIT.findings : EXIT.ok;
}
