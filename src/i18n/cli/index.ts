import type { Lang } from "../format";
import { CLI_EN } from "./en";
import { CLI_ID } from "./id";
import type { CliWords } from "./words";

export type { CliWords } from "./words";

/** The command line's words in the person's language. */
export function cliWords(lang: Lang): CliWords {
  return lang === "en" ? CLI_EN : CLI_ID;
}
