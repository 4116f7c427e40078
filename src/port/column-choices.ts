import { isRole, type ColumnChoices, type Role, type Scalar } from "../engine/model";
import { LEDGER_SHEET } from "./marks-ledger";

/**
 * The person's column choices (Kolom view, `--columns`) kept inside the workbook, so a colleague,
 * the workbench and the command line read a sheet the same way. They live in a veryHidden sheet,
 * one row per chosen column: sheet name | column letter | role (or "none"). Like the marks
 * ledger this module is the shared format only; src/excel and src/xlsx do the I/O.
 */
export const COLUMNS_SHEET = "_cermat_columns";

/** Cermat's own hidden sheets: never listed, read or checked as the person's sheets. */
export function isCermatSheet(name: string): boolean {
  return name === LEDGER_SHEET || name === COLUMNS_SHEET;
}

/** Row 1 of the sheet; the last cell carries the format version. */
export const COLUMNS_HEADER = ["sheet", "column", "role", "cermat-columns-v1"] as const;

/** Every sheet's choices: sheet name → its choices. */
export type WorkbookColumnChoices = Readonly<Record<string, ColumnChoices>>;

/** A column letter as a person or Excel writes it: A … XFD. */
export function isColumnLetter(text: string): boolean {
  if (!/^[A-Z]{1,3}$/.test(text)) return false;
  let index = 0;
  for (const ch of text) index = index * 26 + (ch.charCodeAt(0) - 64);
  return index <= MAX_COLUMNS;
}

/** Excel's last column is XFD. */
const MAX_COLUMNS = 16_384;

/** Thrown when the sheet was damaged (edited by hand): a choice is never guessed. */
export class ColumnChoicesFormatError extends Error {
  constructor(
    message: string,
    readonly rowNumber: number,
  ) {
    super(message);
    this.name = "ColumnChoicesFormatError";
  }
}

/** The rows to write, header first, sheets and columns in a stable order. */
export function encodeColumnChoices(all: WorkbookColumnChoices): Scalar[][] {
  const rows: Scalar[][] = [[...COLUMNS_HEADER]];
  for (const sheet of Object.keys(all).sort()) {
    const choices = all[sheet];
    const letters = Object.keys(choices).sort((a, b) => a.length - b.length || a.localeCompare(b));
    for (const letter of letters) rows.push([sheet, letter, choices[letter], ""]);
  }
  return rows;
}

/**
 * Reads the rows back (header first; blank rows skipped). A row with no sheet, a bad letter or
 * a role this Cermat does not know throws ColumnChoicesFormatError rather than being dropped.
 */
export function decodeColumnChoices(rows: ReadonlyArray<ReadonlyArray<Scalar | undefined> | undefined>): WorkbookColumnChoices {
  const all: Record<string, Record<string, Role | "none">> = {};
  rows.forEach((row, i) => {
    if (i === 0 || !row || row.every((v) => v === null || v === undefined || v === "")) return;
    const rowNumber = i + 1;
    const [sheet, column, role] = row;
    const letter = String(column ?? "").trim().toUpperCase();
    const name = String(role ?? "").trim();
    if (typeof sheet !== "string" || sheet === "") throw new ColumnChoicesFormatError(`${COLUMNS_SHEET} row ${rowNumber}: no sheet name`, rowNumber);
    if (!isColumnLetter(letter)) throw new ColumnChoicesFormatError(`${COLUMNS_SHEET} row ${rowNumber}: not a column letter: ${String(column)}`, rowNumber);
    if (name !== "none" && !isRole(name)) throw new ColumnChoicesFormatError(`${COLUMNS_SHEET} row ${rowNumber}: unknown role ${name}`, rowNumber);
    (all[sheet] ??= {})[letter] = name as Role | "none";
  });
  return all;
}

/** The workbook's choices with one sheet's replaced (an empty set removes the sheet's rows). */
export function withSheetChoices(all: WorkbookColumnChoices, sheet: string, choices: ColumnChoices): WorkbookColumnChoices {
  const next: Record<string, ColumnChoices> = { ...all };
  if (Object.keys(choices).length === 0) delete next[sheet];
  else next[sheet] = { ...choices };
  return next;
}

/** Whether nothing is saved at all (then the hidden sheet is removed). */
export function hasNoChoices(all: WorkbookColumnChoices): boolean {
  return Object.keys(all).length === 0;
}
