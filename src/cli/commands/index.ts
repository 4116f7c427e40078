import { cliWords } from "../../i18n/cli";
import type { CliCommand } from "../command";
import { checkCommand } from "./check";
import { runFill } from "./fill";
import { runPrepare } from "./prepare";
import { runTemplate } from "./template";

/** A command whose summary lives in the CLI catalogue under its name. */
function listed(name: string, run: CliCommand["run"]): CliCommand {
  return { name, summary: { id: cliWords("id").summaries[name] ?? name, en: cliWords("en").summaries[name] ?? name }, run };
}

/** Every subcommand, in the order `cermat --help` lists them. Adding a command adds a line here. */
export const COMMANDS: readonly CliCommand[] = [
  checkCommand,
  listed("template", runTemplate),
  listed("fill", runFill),
  listed("prepare", runPrepare),
];

export function findCommand(name: string): CliCommand | undefined {
  return COMMANDS.find((c) => c.name === name);
}
