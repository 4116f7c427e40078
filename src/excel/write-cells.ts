import type { CellWrite } from "../engine/model";
import { WorkbookError } from "../port/workbook-port";
import { blockAddress } from "./addresses";
import type { ContextLike, WorksheetLike } from "./office-shapes";
import { groupWrites } from "./write-batches";

/** Loads the sheet's protection in the batch being built; call `assertUnprotected` after the sync. */
export function queueProtection(context: ContextLike, sheetName: string): WorksheetLike {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.protection.load("protected");
  return sheet;
}

/** Refuses before writing anything, so a protected sheet is never left half-written. */
export function assertUnprotected(sheet: WorksheetLike, sheetName: string): void {
  if (sheet.protection.protected) {
    throw new WorkbookError("PROTECTED_SHEET", `Sheet "${sheetName}" is protected.`, sheetName);
  }
}

/** Writes in two syncs whatever the number of cells: protection check, then every block at once. */
export async function writeCells(context: ContextLike, sheetName: string, writes: readonly CellWrite[]): Promise<void> {
  if (writes.length === 0) return;
  const sheet = queueProtection(context, sheetName);
  await context.sync();
  assertUnprotected(sheet, sheetName);
  for (const block of groupWrites(writes)) {
    const range = sheet.getRange(blockAddress(block.top, block.left, block.rowCount, block.colCount));
    // Format first: a value written into a text-formatted cell stays text, as the person expects.
    if (block.formats) range.numberFormat = block.formats;
    if (block.contents) range.formulas = block.contents;
  }
  await context.sync();
}
