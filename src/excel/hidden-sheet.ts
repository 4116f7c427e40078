import type { Scalar } from "../engine/model";
import { blockAddress } from "./addresses";
import type { ContextLike, RangeLike, WorksheetLike } from "./office-shapes";

/** One of Cermat's very hidden sheets (the marks ledger, the column choices) as queued for reading. */
export interface HiddenSheetRead {
  name: string;
  sheet?: WorksheetLike;
  used?: RangeLike;
}

/**
 * Queues the read of a hidden sheet's values. Core API 1.2 has no getItemOrNullObject: whether
 * the sheet exists is known from the sheet names loaded in an earlier sync.
 */
export function queueHiddenRead(context: ContextLike, name: string, exists: boolean): HiddenSheetRead {
  if (!exists) return { name };
  const sheet = context.workbook.worksheets.getItem(name);
  const used = sheet.getUsedRange(true);
  used.load("values");
  return { name, sheet, used };
}

/** The values read (after the sync); no sheet: no rows. */
export function hiddenRows(read: HiddenSheetRead): Scalar[][] {
  return read.used ? (read.used.values as Scalar[][]) : [];
}

/** Queues rewriting the whole hidden sheet as one text-formatted block; null rows delete it. */
export function queueHiddenWrite(context: ContextLike, read: HiddenSheetRead, rows: Scalar[][] | null): void {
  let sheet = read.sheet;
  if (!sheet) {
    if (!rows) return;
    sheet = context.workbook.worksheets.add(read.name);
    // Very hidden: not in the Unhide dialog, so nobody edits it by accident.
    sheet.visibility = "VeryHidden";
  }
  if (!rows) {
    sheet.delete();
    return;
  }
  read.used?.clear("Contents");
  const width = Math.max(...rows.map((r) => r.length));
  const block = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ""));
  const range = sheet.getRange(blockAddress(0, 0, block.length, width));
  // Text format first, so a note that starts with "=" or looks like a date stays as written.
  range.numberFormat = block.map((r) => r.map(() => "@"));
  range.values = block;
}
