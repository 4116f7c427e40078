import { parseArgs } from "node:util";
import { analyzeSheet, type SheetAnalysis } from "../../engine/analyze";
import { DEFAULT_SETTINGS, type ColumnChoices } from "../../engine/model";
import { cliWords, type CliWords } from "../../i18n/cli";
import type { Lang } from "../../i18n/format";
import { WorkbookError } from "../../port/workbook-port";
import { XlsxFileWorkbook } from "../../xlsx/node-file";
import { buildCheckReport } from "../check-report";
import { renderCheckText } from "../check-text";
import { withChosenColumns } from "../chosen-columns";
import { ColumnsOptionError, parseColumnsOption } from "../columns-option";
import { EXIT, langOf, type CliCommand, type CommandIo } from "../command";

interface CheckOptions {
  file: string;
  sheet?: string;
  json: boolean;
  lang: Lang;
  /** `--columns`: roles for the sheets checked, on top of the choices saved in the file. */
  columns?: ColumnChoices;
}

/** A problem with how the command was called or with the file: one line on stderr, exit 2. */
class CheckStop extends Error {
  override name = "CheckStop";
}

/**
 * `cermat check FILE.xlsx [--sheet NAME] [--columns "E=periode"] [--json] [--lang id|en]`: reads each sheet, runs the
 * engine, prints the findings. Exit 0 without errors (also when no sheet is a Rencana Aksi),
 * 1 when any finding is an error, 2 when the file or the arguments are wrong.
 */
export async function runCheck(args: readonly string[], io: CommandIo): Promise<number> {
  const words = cliWords(langOf(args));
  try {
    const options = parseCheckArgs(args, words);
    if (options === "help") {
      io.out(helpText(args));
      return EXIT.ok;
    }
    const analyses = await checkFile(options, words);
    const report = withChosenColumns(buildCheckReport(options.file, analyses, options.lang), analyses);
    io.out(options.json ? JSON.stringify(report, null, 2) : renderCheckText(report, words));
    return analyses.some((a) => a.findings.some((f) => f.severity === "error")) ? EXIT.findings : EXIT.ok;
  } catch (e) {
    if (e instanceof CheckStop) {
      io.err(`cermat: ${e.message}`);
      return EXIT.usage;
    }
    throw e;
  }
}

/** Reads and analyses the sheets asked for. Pure apart from reading the file. */
export async function checkFile(options: CheckOptions, words: CliWords = cliWords(options.lang)): Promise<SheetAnalysis[]> {
  let book: XlsxFileWorkbook;
  try {
    book = await XlsxFileWorkbook.fromFile(options.file);
  } catch (e) {
    if (e instanceof WorkbookError) throw new CheckStop(words.unreadable(options.file, e.detail));
    throw e;
  }
  const names = await book.sheetNames();
  if (names.length === 0) throw new CheckStop(words.noSheets);
  if (options.sheet !== undefined && !names.includes(options.sheet)) throw new CheckStop(words.sheetNotFound(options.sheet, names));
  const sheets = options.sheet !== undefined ? [options.sheet] : names;
  const analyses: SheetAnalysis[] = [];
  for (const sheet of sheets) {
    const choices = { ...(await savedChoices(book, sheet, words)), ...options.columns };
    analyses.push(analyzeSheet(await book.readSheet(sheet), { ...DEFAULT_SETTINGS, lang: options.lang }, choices));
  }
  return analyses;
}

/** The sheet's choices saved in the file; a damaged choices sheet is said, not guessed around. */
async function savedChoices(book: XlsxFileWorkbook, sheet: string, words: CliWords): Promise<ColumnChoices> {
  try {
    return await book.columnChoices(sheet);
  } catch (e) {
    if (e instanceof WorkbookError) throw new CheckStop(words.columnsOption.damaged(e.message));
    throw e;
  }
}

function parseCheckArgs(args: readonly string[], words: CliWords): CheckOptions | "help" {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        sheet: { type: "string" },
        columns: { type: "string" },
        json: { type: "boolean", default: false },
        lang: { type: "string", default: "id" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (e) {
    throw new CheckStop(`${describeParseError(e, words)} ${words.seeHelp("check")}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return "help";
  const lang = values.lang;
  if (lang !== "id" && lang !== "en") throw new CheckStop(words.badLang(String(lang)));
  if (positionals.length === 0) throw new CheckStop(`${words.missingFile} ${words.seeHelp("check")}`);
  if (positionals.length > 1) throw new CheckStop(words.tooManyFiles(positionals.slice(1).join(" ")));
  let columns: ColumnChoices | undefined;
  try {
    columns = values.columns === undefined ? undefined : parseColumnsOption(values.columns, words);
  } catch (e) {
    if (e instanceof ColumnsOptionError) throw new CheckStop(e.message);
    throw e;
  }
  return { file: positionals[0], sheet: values.sheet, json: values.json === true, lang, columns };
}

/** node's parseArgs explains in English; say it in the person's language, naming the option. */
function describeParseError(e: unknown, words: CliWords): string {
  const code = (e as { code?: string }).code;
  const option = /'(-[^' ]+)/.exec((e as Error).message ?? "")?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return words.optionNeedsValue(option);
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return words.unknownOption(option);
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") return words.unknownOption(option);
  throw e;
}

/** Help in the language asked for; in both, Indonesian first, when none was asked for. */
function helpText(args: readonly string[]): string {
  const asked = args.some((a) => /^--lang(=|$)/.test(a));
  if (asked) return cliWords(langOf(args)).checkHelp;
  return `${cliWords("id").checkHelp}\n\n${cliWords("en").checkHelp}`;
}

export const checkCommand: CliCommand = {
  name: "check",
  summary: { id: cliWords("id").summaries.check, en: cliWords("en").summaries.check },
  run: runCheck,
};
