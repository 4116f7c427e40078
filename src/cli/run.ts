import { cliWords } from "../i18n/cli";
import type { Lang } from "../i18n/format";
import { EXIT, langOf, type CliCommand, type CommandIo } from "./command";
import { COMMANDS } from "./commands";

/**
 * The command line without the process around it: dispatches to a subcommand and turns any
 * unexpected failure into one line on stderr (no stack trace; set CERMAT_DEBUG=1 to see it).
 */
export async function runCli(
  argv: readonly string[],
  io: CommandIo,
  env: Record<string, string | undefined> = {},
  commands: readonly CliCommand[] = COMMANDS,
): Promise<number> {
  const lang = langOf(argv);
  const words = cliWords(lang);
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help" || name.startsWith("--lang")) {
    io.out(programHelp(argv, commands));
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`cermat: ${words.unknownCommand(name)} ${words.seeHelp()}`);
    return EXIT.usage;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    io.err(`cermat: ${words.internalError(message.split("\n")[0])}`);
    if (env.CERMAT_DEBUG && e instanceof Error && e.stack) io.err(e.stack);
    return EXIT.internal;
  }
}

function programHelp(argv: readonly string[], commands: readonly CliCommand[]): string {
  const asked = argv.some((a) => /^--lang(=|$)/.test(a));
  const langs: Lang[] = asked ? [langOf(argv)] : ["id", "en"];
  return langs.map((lang) => cliWords(lang).programHelp(commands.map((c) => ({ name: c.name, summary: c.summary[lang] })))).join("\n\n");
}
