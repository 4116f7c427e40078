import type { Mark, Scalar, Severity } from "../engine/model";
import { toA1 } from "../engine/model";
import { blockAddress, parseAreas, qualified } from "./addresses";
import { decodeLedger, encodeLedger, LEDGER_SHEET, type FillSnapshot, type LedgerEntry } from "./ledger";
import type { CommentLike, ContextLike, NoteLike, RangeFillLike, RangeLike, WorksheetLike } from "./office-shapes";
import type { Capabilities, Feature } from "./requirements";
import { assertUnprotected, queueProtection } from "./write-cells";

export { LEDGER_SHEET };

/** Fill per severity: light enough to keep the number readable. */
export const MARK_FILL: Record<Severity, string> = {
  error: "#F8CBAD",
  warning: "#FFE699",
  info: "#BDD7EE",
};

/** How a mark carries its message: classic notes (1.18), threaded comments (1.10), or the fill alone. */
type NoteMode = "notes" | "comments" | "none";

function noteModeOf(caps: Capabilities): NoteMode {
  if (caps.notes) return "notes";
  if (caps.comments) return "comments";
  return "none";
}

function skippedFor(mode: NoteMode): Feature[] {
  return mode === "notes" ? [] : mode === "comments" ? ["notes"] : ["notes", "comments"];
}

/** What Cermat writes into a note: its message, then the person's own note kept below it. */
export function noteText(message: string, original: string | null): string {
  return original ? `${message}\n\n${original}` : message;
}

/**
 * The fill as Excel reports it, in neutral form. Without ExcelApi 1.9 there is no `pattern`, and
 * Excel reports "no fill" as white: white is then taken for no fill (a deliberate white fill is
 * restored as no fill, which looks the same).
 */
function snapshotFill(fill: RangeFillLike, caps: Capabilities): FillSnapshot {
  if (caps.fillPattern) {
    if (fill.pattern === "None" || fill.pattern === null) return { color: null };
    return { color: fill.color, pattern: fill.pattern, patternColor: fill.patternColor };
  }
  return { color: fill.color && fill.color.toUpperCase() !== "#FFFFFF" ? fill.color : null };
}

function restoreFill(fill: RangeFillLike, snapshot: FillSnapshot, caps: Capabilities): void {
  if (snapshot.color === null) {
    fill.clear();
    return;
  }
  fill.color = snapshot.color;
  if (caps.fillPattern && snapshot.pattern) {
    fill.pattern = snapshot.pattern;
    if (snapshot.patternColor) fill.patternColor = snapshot.patternColor;
  }
}

function paint(fill: RangeFillLike, severity: Severity, caps: Capabilities): void {
  fill.color = MARK_FILL[severity];
  if (caps.fillPattern) fill.pattern = "Solid";
}

const entryKey = (sheet: string, address: string) => `${sheet}\u0000${address}`;

/** The sheet part and cell of a location such as "'Rencana Aksi'!B3". */
function splitLocation(address: string): { sheet: string; cell: string } | undefined {
  const bang = address.lastIndexOf("!");
  const area = parseAreas(address)[0];
  if (bang < 0 || !area) return undefined;
  const sheet = address.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
  return { sheet, cell: toA1(area.top, area.left) };
}

interface LedgerRead {
  sheet?: WorksheetLike;
  used?: RangeLike;
}

/** First sync: does the ledger sheet exist? Second: its rows. (Core API 1.2 has no getItemOrNullObject.) */
function queueLedgerRead(context: ContextLike, exists: boolean): LedgerRead {
  if (!exists) return {};
  const sheet = context.workbook.worksheets.getItem(LEDGER_SHEET);
  const used = sheet.getUsedRange(true);
  used.load("values");
  return { sheet, used };
}

function ledgerEntries(read: LedgerRead): LedgerEntry[] {
  return read.used ? decodeLedger(read.used.values as Scalar[][]) : [];
}

/** Rewrites the whole ledger (a few hundred rows at most) as one text-formatted block. */
function queueLedgerWrite(context: ContextLike, read: LedgerRead, entries: readonly LedgerEntry[]): void {
  let sheet = read.sheet;
  if (!sheet) {
    if (entries.length === 0) return;
    sheet = context.workbook.worksheets.add(LEDGER_SHEET);
    // Very hidden: out of the Unhide dialog, so nobody edits it by accident.
    sheet.visibility = "VeryHidden";
  }
  read.used?.clear("Contents");
  if (entries.length === 0) {
    sheet.delete();
    return;
  }
  const rows = encodeLedger(entries);
  const width = Math.max(...rows.map((r) => r.length));
  const block = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ""));
  const range = sheet.getRange(blockAddress(0, 0, block.length, width));
  // Text format first, so a note that starts with "=" or looks like a date stays exactly as written.
  range.numberFormat = block.map((r) => r.map(() => "@"));
  range.values = block;
}

interface CommentAt {
  comment: CommentLike;
  location: RangeLike;
}

function queueCommentLocations(comments: readonly CommentLike[]): CommentAt[] {
  return comments.map((comment) => {
    const location = comment.getLocation();
    location.load("address");
    return { comment, location };
  });
}

function commentsOn(sheetName: string, located: readonly CommentAt[]): Map<string, CommentLike> {
  const byCell = new Map<string, CommentLike>();
  for (const { comment, location } of located) {
    const at = splitLocation(location.address);
    if (at && at.sheet === sheetName) byCell.set(at.cell, comment);
  }
  return byCell;
}

/**
 * Marks cells in three syncs, whatever their number: (1) protection, fills, notes, ledger
 * presence; (2) ledger rows and comment locations; (3) every write. A cell marked again keeps
 * the original fill and note recorded the first time, so clearMarks restores the person's own.
 * Returns the features this Excel lacks (the message then travels by fill only, or as a comment).
 */
export async function mark(context: ContextLike, sheetName: string, marks: readonly Mark[], caps: Capabilities): Promise<Feature[]> {
  const mode = noteModeOf(caps);
  if (marks.length === 0) return [];
  const last = new Map<string, Mark>();
  for (const m of marks) last.set(toA1(m.row, m.col), m);

  const { workbook } = context;
  const sheet = queueProtection(context, sheetName);
  workbook.worksheets.load("items/name");
  const targets = [...last].map(([address, m]) => {
    const range = sheet.getRange(address);
    range.format.fill.load(caps.fillPattern ? "color,pattern,patternColor" : "color");
    let note: NoteLike | undefined;
    if (mode === "notes") {
      note = workbook.notes.getItemOrNullObject(qualified(sheetName, address));
      note.load("content");
    }
    return { address, mark: m, range, note };
  });
  if (mode === "comments") workbook.comments.load("items/content");
  await context.sync();

  assertUnprotected(sheet, sheetName);
  const ledger = queueLedgerRead(context, workbook.worksheets.items.some((s) => s.name === LEDGER_SHEET));
  const located = mode === "comments" ? queueCommentLocations(workbook.comments.items) : [];
  await context.sync();

  const entries = new Map(ledgerEntries(ledger).map((e) => [entryKey(e.sheet, e.address), e]));
  const existingComments = commentsOn(sheetName, located);
  for (const { address, mark: m, range, note } of targets) {
    const previous = entries.get(entryKey(sheetName, address));
    const originalNote = previous ? previous.originalNote : note && !note.isNullObject ? note.content : null;
    const entry: LedgerEntry = {
      sheet: sheetName,
      address,
      severity: m.severity,
      originalFill: previous ? previous.originalFill : snapshotFill(range.format.fill, caps),
      originalNote,
      cermatNote: mode === "notes" ? noteText(m.note, originalNote) : m.note,
    };
    entries.set(entryKey(sheetName, address), entry);
    paint(range.format.fill, m.severity, caps);
    if (mode === "notes" && note) {
      if (note.isNullObject) workbook.notes.add(qualified(sheetName, address), entry.cermatNote);
      else note.content = entry.cermatNote;
    }
    if (mode === "comments") {
      const existing = existingComments.get(address);
      // Never touch the person's own thread; replace only the comment Cermat left before.
      if (existing && previous && existing.content === previous.cermatNote) existing.delete();
      if (!existing || (previous && existing.content === previous.cermatNote)) {
        workbook.comments.add(qualified(sheetName, address), entry.cermatNote);
      }
    }
  }
  queueLedgerWrite(context, ledger, [...entries.values()]);
  await context.sync();
  return skippedFor(mode);
}

/**
 * Removes every Cermat mark on the sheet: the exact original fill and note come back from the
 * ledger (which lives in the workbook, so this works after save and reopen). Values are never
 * touched. Four syncs at most, whatever the number of marks. Returns how many cells it restored.
 */
export async function clearMarks(context: ContextLike, sheetName: string, caps: Capabilities): Promise<number> {
  const mode = noteModeOf(caps);
  const { workbook } = context;
  const sheet = queueProtection(context, sheetName);
  workbook.worksheets.load("items/name");
  if (mode === "comments") workbook.comments.load("items/content");
  await context.sync();

  assertUnprotected(sheet, sheetName);
  const ledger = queueLedgerRead(context, workbook.worksheets.items.some((s) => s.name === LEDGER_SHEET));
  const located = mode === "comments" ? queueCommentLocations(workbook.comments.items) : [];
  await context.sync();

  const all = ledgerEntries(ledger);
  const mine = all.filter((e) => e.sheet === sheetName);
  if (mine.length === 0) return 0;

  const notes = new Map<string, NoteLike>();
  if (mode === "notes") {
    for (const e of mine) {
      const note = workbook.notes.getItemOrNullObject(qualified(sheetName, e.address));
      note.load("content");
      notes.set(e.address, note);
    }
    await context.sync();
  }

  const comments = commentsOn(sheetName, located);
  for (const e of mine) {
    restoreFill(sheet.getRange(e.address).format.fill, e.originalFill, caps);
    const note = notes.get(e.address);
    if (note) {
      if (e.originalNote === null) {
        if (!note.isNullObject) note.delete();
      } else if (note.isNullObject) {
        workbook.notes.add(qualified(sheetName, e.address), e.originalNote);
      } else {
        note.content = e.originalNote;
      }
    }
    const comment = comments.get(e.address);
    if (comment && comment.content === e.cermatNote) comment.delete();
  }
  queueLedgerWrite(context, ledger, all.filter((e) => e.sheet !== sheetName));
  await context.sync();
  return mine.length;
}
