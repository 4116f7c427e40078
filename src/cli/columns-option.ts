import { isRole, type ColumnChoices, type Role } from "../engine/model";
import type { CliWords } from "../i18n/cli";
import { isColumnLetter } from "../port/column-choices";

/** A `--columns` value that cannot be read: the message names the part that is wrong. */
export class ColumnsOptionError extends Error {
  override name = "ColumnsOptionError";
}

/**
 * `--columns "E=periode,F=target_periode,Q=none"`: column letters to role names (or `none`, a
 * column Cermat must not read). Letters are read case-insensitively; a bad letter, an unknown
 * role or a part without "=" is an error in the person's language, never skipped.
 */
export function parseColumnsOption(text: string, words: CliWords): ColumnChoices {
  const choices: Record<string, Role | "none"> = {};
  for (const part of text.split(/[,;]/)) {
    const trimmed = part.trim();
    if (trimmed === "") continue;
    const m = /^([^=]*)=(.*)$/.exec(trimmed);
    if (!m) throw new ColumnsOptionError(words.columnsOption.badPair(trimmed));
    const letter = m[1].trim().toUpperCase();
    const role = m[2].trim().toLowerCase();
    if (!isColumnLetter(letter)) throw new ColumnsOptionError(words.columnsOption.badLetter(m[1].trim(), trimmed));
    if (role !== "none" && !isRole(role)) throw new ColumnsOptionError(words.columnsOption.unknownRole(m[2].trim(), letter));
    choices[letter] = role as Role | "none";
  }
  if (Object.keys(choices).length === 0) throw new ColumnsOptionError(words.columnsOption.badPair(text));
  return choices;
}
