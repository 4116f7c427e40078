import { statSync } from "node:fs";
import { cliWords, type CliWords } from "../../i18n/cli";
import { buildCheckReport } from "../../report/check-report";
import { runBatch, type BatchOptions } from "../batch/run-batch";
import { checkFile, type CheckOptions } from "../check-file";
import { renderCheckText } from "../check-text";
import { withChosenColumns } from "../chosen-columns";
import { CliError } from "../cli-error";
import { parseColumnsOption } from "../columns-option";
import { EXIT, type CliCommand, type CommandIo } from "../command";
import { guarded, printHelp } from "../guard";
import { parseOptions } from "../options";

/**
 * `cermat check FILE.xlsx [--sheet NAME] [--columns "E=periode"] [--json] [--lang id|en]`: reads each sheet, runs the
 * engine, prints the findings. Exit 0 without errors (also when no sheet is a Rencana Aksi),
 * 1 when any finding is an error, 2 when the file or the arguments are wrong.
 * With several files or a folder (`-r`: its subfolders too) it checks them all and prints the
 * rekap instead (see batch/run-batch.ts).
 */
export async function runCheck(args: readonly string[], io: CommandIo, env: Record<string, string | undefined> = {}): Promise<number> {
  return guarded(args, io, async (ctx) => {
    const parsed = parseCheckArgs(args, ctx.words);
    if (parsed === "help") return printHelp(io, args, (words) => words.checkHelp);
    if (parsed.kind === "batch") return runBatch(parsed, io, env, ctx);
    const analyses = await checkFile(parsed, ctx);
    const report = withChosenColumns(buildCheckReport(parsed.file, analyses, parsed.lang), analyses);
    io.out(parsed.json ? JSON.stringify(report, null, 2) : renderCheckText(report, ctx.words));
    return analyses.some((a) => a.findings.some((f) => f.severity === "error")) ? EXIT.findings : EXIT.ok;
  });
}

function parseCheckArgs(args: readonly string[], words: CliWords): (CheckOptions & { kind: "file" }) | BatchOptions | "help" {
  const parsed = parseOptions(
    args,
    {
      sheet: { type: "string" },
      columns: { type: "string" },
      recursive: { type: "boolean", short: "r" },
      report: { type: "string" },
      html: { type: "string" },
    },
    "check",
    words,
  );
  if (parsed.help) return "help";
  const { positionals } = parsed;
  if (positionals.length === 0) throw new CliError("BAD_OPTION", `${words.missingFile} ${words.seeHelp("check")}`);
  const columns = parsed.text("columns");
  const report = parsed.text("report");
  const html = parsed.text("html");
  const batch =
    positionals.length > 1 || parsed.flag("recursive") || report !== undefined || html !== undefined || statSync(positionals[0], { throwIfNoEntry: false })?.isDirectory();
  if (batch) {
    for (const option of ["sheet", "columns"]) {
      if (parsed.text(option) !== undefined) throw new CliError("BAD_OPTION", `${words.batch.oneFileOption(`--${option}`)} ${words.seeHelp("check")}`);
    }
    return { kind: "batch", paths: positionals, recursive: parsed.flag("recursive"), json: parsed.json, lang: parsed.lang, report, html };
  }
  return {
    kind: "file",
    file: positionals[0],
    sheet: parsed.text("sheet"),
    json: parsed.json,
    lang: parsed.lang,
    columns: columns === undefined ? undefined : parseColumnsOption(columns, words),
  };
}

export const checkCommand: CliCommand = {
  name: "check",
  summary: { id: cliWords("id").summaries.check, en: cliWords("en").summaries.check },
  run: runCheck,
};
