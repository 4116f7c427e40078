import type { ColumnChoices } from "../engine/model";
import { WorkbookError } from "../port/workbook-port";
import { XlsxFileWorkbook } from "../xlsx/node-file";
import { CliError } from "./cli-error";
import type { CommandContext } from "./guard";

/** Opens the file a command reads; from here on its failures name this file. */
export async function openInput(path: string, ctx: CommandContext): Promise<XlsxFileWorkbook> {
  ctx.input = path;
  return XlsxFileWorkbook.fromFile(path);
}

/** The workbook's sheet names; a workbook without any is said, not silently passed over. */
export async function sheetNamesOf(book: XlsxFileWorkbook, ctx: CommandContext): Promise<string[]> {
  const names = await book.sheetNames();
  if (names.length === 0) throw new CliError("NO_SHEETS", ctx.words.noSheets);
  return names;
}

/** The sheet asked for with an option, which must be one of the workbook's. */
export function requireSheet(name: string, names: readonly string[], ctx: CommandContext): string {
  if (!names.includes(name)) throw new CliError("SHEET_NOT_FOUND", ctx.words.sheetNotFound(name, names));
  return name;
}

/** The sheet's choices saved in the file; a damaged choices sheet is said, not guessed around. */
export async function savedChoices(book: XlsxFileWorkbook, sheet: string, ctx: CommandContext): Promise<ColumnChoices> {
  try {
    return await book.columnChoices(sheet);
  } catch (e) {
    if (e instanceof WorkbookError && e.code === "UNKNOWN") throw new CliError("COLUMN_CHOICES_DAMAGED", ctx.words.columnsOption.damaged(e.message));
    throw e;
  }
}
