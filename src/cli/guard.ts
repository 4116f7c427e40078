import { cliWords, type CliWords } from "../i18n/cli";
import type { Lang } from "../i18n/format";
import { describeFailure, type CliErrorCode } from "./cli-error";
import { EXIT, jsonOf, langOf, type CommandIo } from "./command";

/** What a command knows about how to answer: the person's language, JSON or text, the file it reads. */
export interface CommandContext {
  words: CliWords;
  lang: Lang;
  json: boolean;
  /** The file being read, once known: messages about it name it. */
  input?: string;
}

/**
 * Runs a command's body and answers every failure the person can fix in one voice: one line on
 * stderr, or with `--json` one error document on stdout, exit 2. A fault inside Cermat is
 * rethrown for runCli to report (exit 3).
 */
export async function guarded(args: readonly string[], io: CommandIo, body: (ctx: CommandContext) => Promise<number>): Promise<number> {
  const lang = langOf(args);
  const ctx: CommandContext = { words: cliWords(lang), lang, json: jsonOf(args) };
  try {
    return await body(ctx);
  } catch (e) {
    const failure = describeFailure(e, ctx.words, ctx.input);
    if (!failure) throw e;
    reportFailure(io, ctx.json, failure.code, failure.message);
    return EXIT.usage;
  }
}

/** A failure as the person reads it (`cermat: …` on stderr) or as a program does (`{"error": …}` on stdout). */
export function reportFailure(io: CommandIo, json: boolean, code: CliErrorCode, message: string): void {
  if (json) io.out(JSON.stringify({ error: { code, message } }, null, 2));
  else io.err(`cermat: ${message}`);
}

/**
 * A command's help in the language asked for, in both (Indonesian first) when none was; with
 * --json as `{"help": text}`, so that --json always gives JSON.
 */
export function printHelp(io: CommandIo, args: readonly string[], help: (words: CliWords) => string): number {
  const asked = args.some((a) => /^--lang(=|$)/.test(a));
  const text = asked ? help(cliWords(langOf(args))) : `${help(cliWords("id"))}\n\n${help(cliWords("en"))}`;
  io.out(jsonOf(args) ? JSON.stringify({ help: text }, null, 2) : text);
  return EXIT.ok;
}
