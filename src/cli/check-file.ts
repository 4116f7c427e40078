import { analyzeSheet, type SheetAnalysis } from "../engine/analyze";
import { DEFAULT_SETTINGS, type ColumnChoices } from "../engine/model";
import { withCrossSheetFindings } from "../engine/workbook/cross-sheet";
import type { Lang } from "../i18n/format";
import type { CommandContext } from "./guard";
import { openInput, requireSheet, savedChoices, sheetNamesOf } from "./input";

export interface CheckOptions {
  file: string;
  sheet?: string;
  json: boolean;
  lang: Lang;
  /** `--columns`: roles for the sheets checked, on top of the choices saved in the file. */
  columns?: ColumnChoices;
}

/** Reads and analyses the sheets asked for. Pure apart from reading the file. */
export async function checkFile(options: CheckOptions, ctx: CommandContext): Promise<SheetAnalysis[]> {
  const book = await openInput(options.file, ctx);
  const names = await sheetNamesOf(book, ctx);
  const sheets = options.sheet !== undefined ? [requireSheet(options.sheet, names, ctx)] : names;
  // Every sheet is read, even with --sheet: the one asked for is compared with the workbook's other
  // documents (CROSS_SHEET_TARGET), and only its findings are reported.
  const analyses: SheetAnalysis[] = [];
  for (const sheet of names) {
    const asked = sheets.includes(sheet);
    const choices = { ...(await savedChoices(book, sheet, ctx)), ...(asked ? options.columns : {}) };
    analyses.push(analyzeSheet(await book.readSheet(sheet), { ...DEFAULT_SETTINGS, lang: options.lang }, choices));
  }
  return withCrossSheetFindings(analyses).filter((a) => sheets.includes(a.sheet));
}
