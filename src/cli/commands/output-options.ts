import type { CliWords } from "../../i18n/cli";
import { CliError } from "../cli-error";
import type { CommandIo } from "../command";
import type { CommandContext } from "../guard";
import type { OptionSpec, ParsedOptions } from "../options";

/** The options of every command that writes a workbook. */
export const OUTPUT_OPTIONS: OptionSpec = {
  output: { type: "string", short: "o" },
  "in-place": { type: "boolean" },
};

/** `FILE.xlsx -o OUT.xlsx`: both are needed, and nothing more. */
export function inputAndOutput(options: ParsedOptions, command: string, words: CliWords): { input: string; output: string } {
  const [input, ...extra] = options.positionals;
  if (input === undefined) throw new CliError("BAD_OPTION", `${words.output.missingInput} ${words.seeHelp(command)}`);
  if (extra.length > 0) throw new CliError("BAD_OPTION", `${words.output.extraArguments(extra.join(" "))} ${words.seeHelp(command)}`);
  return { input, output: requireOutput(options, command, words) };
}

export function requireOutput(options: ParsedOptions, command: string, words: CliWords): string {
  const output = options.text("output");
  if (output === undefined) throw new CliError("BAD_OPTION", `${words.output.missingOutput} ${words.seeHelp(command)}`);
  return output;
}

/**
 * Says what a command did, once its file is written: the lines (after the copy --in-place kept,
 * if any), or with --json the one document.
 */
export function reportDone(io: CommandIo, ctx: CommandContext, report: { copy?: string }, lines: readonly string[]): void {
  if (ctx.json) {
    io.out(JSON.stringify(report, null, 2));
    return;
  }
  if (report.copy !== undefined) io.out(ctx.words.output.copyKept(report.copy));
  for (const line of lines) io.out(line);
}
