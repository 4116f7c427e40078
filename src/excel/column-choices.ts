import type { ColumnChoices } from "../engine/model";
import {
  COLUMNS_SHEET,
  ColumnChoicesFormatError,
  decodeColumnChoices,
  encodeColumnChoices,
  hasNoChoices,
  withSheetChoices,
  type WorkbookColumnChoices,
} from "../port/column-choices";
import { WorkbookError } from "../port/workbook-port";
import { hiddenRows, queueHiddenRead, queueHiddenWrite, type HiddenSheetRead } from "./hidden-sheet";
import type { ContextLike } from "./office-shapes";

/** Sync 1: the sheet names (is there a choices sheet?); sync 2: its values. */
async function readChoicesSheet(context: ContextLike): Promise<{ read: HiddenSheetRead; all: WorkbookColumnChoices }> {
  const { worksheets } = context.workbook;
  worksheets.load("items/name");
  await context.sync();
  const read = queueHiddenRead(context, COLUMNS_SHEET, worksheets.items.some((s) => s.name === COLUMNS_SHEET));
  await context.sync();
  try {
    return { read, all: decodeColumnChoices(hiddenRows(read)) };
  } catch (cause) {
    if (cause instanceof ColumnChoicesFormatError) {
      throw new WorkbookError("UNKNOWN", `The column choices sheet ${COLUMNS_SHEET} is damaged: ${cause.message}`, "columns");
    }
    throw cause;
  }
}

/** The choices saved for one sheet, in two syncs whatever the workbook holds. */
export async function readColumnChoices(context: ContextLike, sheet: string): Promise<ColumnChoices> {
  const { all } = await readChoicesSheet(context);
  return all[sheet] ?? {};
}

/** Replaces one sheet's choices, keeping the other sheets' rows: three syncs. */
export async function writeColumnChoices(context: ContextLike, sheet: string, choices: ColumnChoices): Promise<void> {
  const { read, all } = await readChoicesSheet(context);
  const next = withSheetChoices(all, sheet, choices);
  queueHiddenWrite(context, read, hasNoChoices(next) ? null : encodeColumnChoices(next));
  await context.sync();
}
