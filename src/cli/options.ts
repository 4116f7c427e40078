import { parseArgs } from "node:util";
import type { CliWords } from "../i18n/cli";
import type { Lang } from "../i18n/format";
import { CliError } from "./cli-error";

/** The options a command takes besides the ones every command takes (--json, --lang, --help). */
export type OptionSpec = Record<string, { type: "string" | "boolean"; short?: string }>;

/** What the person gave: the words without a dash, and the options by their long name. */
export interface ParsedOptions {
  positionals: string[];
  lang: Lang;
  json: boolean;
  help: boolean;
  /** A string option's value; `undefined` when it was not given. */
  text(name: string): string | undefined;
  /** Whether a switch was given. */
  flag(name: string): boolean;
}

const COMMON: OptionSpec = {
  json: { type: "boolean" },
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
};

/**
 * Reads a command's arguments strictly: an unknown option (with or without a value), an option
 * without its value (also an empty one, `-o ""`) and a value given to a switch are all refused
 * with BAD_OPTION in the person's language, never skipped.
 */
export function parseOptions(args: readonly string[], spec: OptionSpec, command: string, words: CliWords): ParsedOptions {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...args], options: { ...spec, ...COMMON }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new CliError("BAD_OPTION", `${describeParseError(e, words)} ${words.seeHelp(command)}`);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  for (const [name, value] of Object.entries(values)) {
    if (value === "") throw new CliError("BAD_OPTION", `${words.optionNeedsValue(`--${name}`)} ${words.seeHelp(command)}`);
  }
  const lang = values.lang ?? "id";
  if (lang !== "id" && lang !== "en") throw new CliError("BAD_OPTION", words.badLang(String(lang)));
  return {
    positionals: parsed.positionals,
    lang,
    json: values.json === true,
    help: values.help === true,
    text: (name) => (typeof values[name] === "string" ? (values[name] as string) : undefined),
    flag: (name) => values[name] === true,
  };
}

/** node's parseArgs explains in English; say it in the person's language, naming the option. */
function describeParseError(e: unknown, words: CliWords): string {
  const code = (e as { code?: string }).code;
  const message = e instanceof Error ? e.message : String(e);
  const option = /'(-[^' ,]+)/.exec(message)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    return /does not take an argument/.test(message) ? words.optionTakesNoValue(option) : words.optionNeedsValue(option);
  }
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" || code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") return words.unknownOption(option);
  throw e;
}
