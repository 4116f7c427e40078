import { analyzeSheet, type SheetAnalysis } from "../../engine/analyze";
import { DEFAULT_SETTINGS, type ColumnChoices } from "../../engine/model";
import { withCrossSheetFindings } from "../../engine/workbook/cross-sheet";
import { cliWords, type CliWords } from "../../i18n/cli";
import type { Lang } from "../../i18n/format";
import { buildCheckReport } from "../../report/check-report";
import { renderCheckText } from "../check-text";
import { withChosenColumns } from "../chosen-columns";
import { CliError } from "../cli-error";
import { parseColumnsOption } from "../columns-option";
import { EXIT, type CliCommand, type CommandIo } from "../command";
import { guarded, printHelp, type CommandContext } from "../guard";
import { openInput, requireSheet, savedChoices, sheetNamesOf } from "../input";
import { parseOptions } from "../options";

interface CheckOptions {
  file: string;
  sheet?: string;
  json: boolean;
  lang: Lang;
  /** `--columns`: roles for the sheets checked, on top of the choices saved in the file. */
  columns?: ColumnChoices;
}

/**
 * `cermat check FILE.xlsx [--sheet NAME] [--columns "E=periode"] [--json] [--lang id|en]`: reads each sheet, runs the
 * engine, prints the findings. Exit 0 without errors (also when no sheet is a Rencana Aksi),
 * 1 when any finding is an error, 2 when the file or the arguments are wrong.
 */
export async function runCheck(args: readonly string[], io: CommandIo): Promise<number> {
  return guarded(args, io, async (ctx) => {
    const options = parseCheckArgs(args, ctx.words);
    if (options === "help") return printHelp(io, args, (words) => words.checkHelp);
    const analyses = await checkFile(options, ctx);
    const report = withChosenColumns(buildCheckReport(options.file, analyses, options.lang), analyses);
    io.out(options.json ? JSON.stringify(report, null, 2) : renderCheckText(report, ctx.words));
    return analyses.some((a) => a.findings.some((f) => f.severity === "error")) ? EXIT.findings : EXIT.ok;
  });
}

/** Reads and analyses the sheets asked for. Pure apart from reading the file. */
export async function checkFile(options: CheckOptions, ctx: CommandContext): Promise<SheetAnalysis[]> {
  const book = await openInput(options.file, ctx);
  const names = await sheetNamesOf(book, ctx);
  const sheets = options.sheet !== undefined ? [requireSheet(options.sheet, names, ctx)] : names;
  // Every sheet is read, even with --sheet: the one asked for is compared with the workbook's other
  // documents (CROSS_SHEET_TARGET), and only its findings are reported.
  const analyses: SheetAnalysis[] = [];
  for (const sheet of names) {
    const asked = sheets.includes(sheet);
    const choices = { ...(await savedChoices(book, sheet, ctx)), ...(asked ? options.columns : {}) };
    analyses.push(analyzeSheet(await book.readSheet(sheet), { ...DEFAULT_SETTINGS, lang: options.lang }, choices));
  }
  return withCrossSheetFindings(analyses).filter((a) => sheets.includes(a.sheet));
}

function parseCheckArgs(args: readonly string[], words: CliWords): CheckOptions | "help" {
  const parsed = parseOptions(args, { sheet: { type: "string" }, columns: { type: "string" } }, "check", words);
  if (parsed.help) return "help";
  const { positionals } = parsed;
  if (positionals.length === 0) throw new CliError("BAD_OPTION", `${words.missingFile} ${words.seeHelp("check")}`);
  if (positionals.length > 1) throw new CliError("BAD_OPTION", words.tooManyFiles(positionals.slice(1).join(" ")));
  const columns = parsed.text("columns");
  return {
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
