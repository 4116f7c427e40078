import type { Lang } from "../i18n/format";

/** Where a command writes: lines for the person or program (stdout) and problems (stderr). */
export interface CommandIo {
  out(line: string): void;
  err(line: string): void;
  /**
   * Rewrites one status line (a progress bar) where a person watches: given only when stderr is a
   * terminal, so that logs and pipes stay quiet. An empty line clears it.
   */
  progress?(line: string): void;
}

/** A subcommand: one file under src/cli/commands/, listed in commands/index.ts. */
export interface CliCommand {
  name: string;
  /** One line for `cermat --help`, per language. */
  summary: Record<Lang, string>;
  /** Runs with the arguments after the command's name; resolves to the exit code. `env`: the process's environment. */
  run(args: readonly string[], io: CommandIo, env?: Record<string, string | undefined>): Promise<number>;
}

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 3 } as const;

/**
 * The language asked for with `--lang id|en` (or `--lang=en`), read before the real parse so
 * that even a message about a wrong option comes in the person's language. Indonesian by default.
 */
export function langOf(args: readonly string[]): Lang {
  for (let i = 0; i < args.length && args[i] !== "--"; i++) {
    const m = /^--lang(?:=(.*))?$/.exec(args[i]);
    if (!m) continue;
    const value = m[1] ?? args[i + 1];
    if (value === "en" || value === "id") return value;
  }
  return "id";
}

/** Whether `--json` was asked for, read before the real parse so that even a wrong option is answered in JSON. */
export function jsonOf(args: readonly string[]): boolean {
  const end = args.indexOf("--");
  return (end < 0 ? args : args.slice(0, end)).includes("--json");
}
