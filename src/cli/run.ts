import { cliWords } from "../i18n/cli";
import type { Lang } from "../i18n/format";
import { EXIT, jsonOf, langOf, type CliCommand, type CommandIo } from "./command";
import { COMMANDS } from "./commands";
import { reportFailure } from "./guard";

/**
 * The command line without the process around it: dispatches to a subcommand and turns any
 * unexpected failure into one line on stderr, or the JSON error document with --json (no stack
 * trace; set CERMAT_DEBUG=1 to see it).
 */
export async function runCli(
  argv: readonly string[],
  io: CommandIo,
  env: Record<string, string | undefined> = {},
  commands: readonly CliCommand[] = COMMANDS,
): Promise<number> {
  const lang = langOf(argv);
  const words = cliWords(lang);
  const json = jsonOf(argv);
  const at = commandIndex(argv);
  const name = argv[at];
  if (name === undefined && json) {
    reportFailure(io, json, "UNKNOWN_COMMAND", `${words.missingCommand(commands.map((c) => c.name))} ${words.seeHelp()}`);
    return EXIT.usage;
  }
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    const help = programHelp(argv, commands);
    io.out(json ? JSON.stringify({ help }, null, 2) : help);
    // Nothing at all is a mistake; `cermat --lang en` is a way to ask for the English help.
    return argv.length === 0 ? EXIT.usage : EXIT.ok;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    reportFailure(io, json, "UNKNOWN_COMMAND", `${words.unknownCommand(name)} ${words.seeHelp()}`);
    return EXIT.usage;
  }
  try {
    return await command.run([...argv.slice(0, at), ...argv.slice(at + 1)], io, env);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    reportFailure(io, json, "INTERNAL", words.internalError(message.split("\n")[0]));
    if (env.CERMAT_DEBUG && e instanceof Error && e.stack) io.err(e.stack);
    return EXIT.internal;
  }
}

/** Where the command's name is: `--lang en` and `--json` may come before it (`cermat --lang en check …`). */
function commandIndex(argv: readonly string[]): number {
  let i = 0;
  while (i < argv.length) {
    if (argv[i] === "--json" || /^--lang=/.test(argv[i])) i += 1;
    else if (argv[i] === "--lang") i += 2;
    else break;
  }
  return i;
}

function programHelp(argv: readonly string[], commands: readonly CliCommand[]): string {
  const asked = argv.some((a) => /^--lang(=|$)/.test(a));
  const langs: Lang[] = asked ? [langOf(argv)] : ["id", "en"];
  return langs.map((lang) => cliWords(lang).programHelp(commands.map((c) => ({ name: c.name, summary: c.summary[lang] })))).join("\n\n");
}
