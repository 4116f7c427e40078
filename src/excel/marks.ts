import type { Mark } from "../engine/model";
import { toA1 } from "../engine/model";
import { composeMarkNote, decodeLedger, encodeLedger, LEDGER_SHEET, planClear, planMarks, type AppearanceChange, type LedgerEntry } from "../port/marks-ledger";
import { parseAreas, qualified } from "./addresses";
import { queueFillRead, queueFillWrite } from "./fill-batches";
import { hiddenRows, queueHiddenRead, queueHiddenWrite, type HiddenSheetRead } from "./hidden-sheet";
import type { CommentLike, ContextLike, NoteLike, RangeLike } from "./office-shapes";
import type { Capabilities, Feature } from "./requirements";
import { assertUnprotected, queueProtection } from "./write-cells";

export { LEDGER_SHEET };

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

/**
 * Puts a note in the state `change` asks for, but only over a note Cermat wrote (or none):
 * a note the person edited since marking is theirs, and is left alone.
 */
function applyNote(context: ContextLike, sheet: string, note: NoteLike, change: AppearanceChange, cermatWrote: string | null): void {
  const exists = !note.isNullObject;
  if (exists && cermatWrote !== null && note.content !== cermatWrote) return;
  const address = qualified(sheet, change.address);
  if (change.note === null) {
    if (exists) note.delete();
  } else if (exists) {
    note.content = change.note;
  } else {
    context.workbook.notes.add(address, change.note);
  }
}

/** The sheet part and cell of a location such as "'Rencana Aksi'!B3". */
function splitLocation(address: string): { sheet: string; cell: string } | undefined {
  const bang = address.lastIndexOf("!");
  const area = parseAreas(address)[0];
  if (bang < 0 || !area) return undefined;
  const sheet = address.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
  return { sheet, cell: toA1(area.top, area.left) };
}

function ledgerEntries(read: HiddenSheetRead): LedgerEntry[] {
  return decodeLedger(hiddenRows(read));
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

/** What Cermat wrote in a comment (the comment fallback never reads or keeps the person's notes). */
const commentText = (entry: Pick<LedgerEntry, "cermatNote">) => composeMarkNote(null, entry.cermatNote);

/**
 * Marks cells in three syncs, whatever their number: (1) protection, current fills and notes,
 * ledger presence; (2) ledger rows and comment locations; (3) every write. The plan comes from
 * the shared ledger rules: a cell marked again keeps the original it had the first time.
 * Fills go in batches (fill-batches.ts); notes are one call per cell, as the Notes API has no
 * other way. Returns the features this Excel lacks (the message then travels as a comment, or
 * not at all).
 */
export async function mark(context: ContextLike, sheetName: string, marks: readonly Mark[], caps: Capabilities): Promise<Feature[]> {
  const mode = noteModeOf(caps);
  if (marks.length === 0) return [];
  const { workbook } = context;
  const sheet = queueProtection(context, sheetName);
  workbook.worksheets.load("items/name");
  const addresses = [...new Set(marks.map((m) => toA1(m.row, m.col)))];
  const fills = queueFillRead(sheet, addresses, caps);
  const notes = new Map<string, NoteLike>();
  if (mode === "notes") {
    for (const address of addresses) {
      const note = workbook.notes.getItemOrNullObject(qualified(sheetName, address));
      note.load("content");
      notes.set(address, note);
    }
  }
  if (mode === "comments") workbook.comments.load("items/content");
  await context.sync();

  assertUnprotected(sheet, sheetName);
  const ledger = queueHiddenRead(context, LEDGER_SHEET, workbook.worksheets.items.some((s) => s.name === LEDGER_SHEET));
  const located = mode === "comments" ? queueCommentLocations(workbook.comments.items) : [];
  await context.sync();

  const before = ledgerEntries(ledger);
  const previous = new Map(before.filter((e) => e.sheet === sheetName).map((e) => [e.address, e]));
  const plan = planMarks(before, sheetName, marks, toA1, (address) => {
    const note = notes.get(address);
    return { fill: fills.fillAt(address), note: note && !note.isNullObject ? note.content : null };
  });
  const comments = commentsOn(sheetName, located);
  queueFillWrite(sheet, plan.changes, caps, fills);
  for (const change of plan.changes) {
    const prior = previous.get(change.address);
    const note = notes.get(change.address);
    if (note) {
      const cermatWrote = prior ? composeMarkNote(prior.originalNote, prior.cermatNote) : null;
      applyNote(context, sheetName, note, change, cermatWrote);
    }
    if (mode === "comments") {
      const entry = plan.ledger.find((e) => e.sheet === sheetName && e.address === change.address)!;
      const existing = comments.get(change.address);
      // The person's own thread is never touched; Cermat's earlier comment is replaced.
      const ours = existing !== undefined && prior !== undefined && existing.content === commentText(prior);
      if (ours) existing.delete();
      if (!existing || ours) workbook.comments.add(qualified(sheetName, change.address), commentText(entry));
    }
  }
  queueHiddenWrite(context, ledger, plan.ledger.length === 0 ? null : encodeLedger(plan.ledger));
  await context.sync();
  return skippedFor(mode);
}

/**
 * Removes every Cermat mark on the sheet: the original fill and note come back from the ledger,
 * which lives in the workbook, so this works after save and reopen (and for marks the command
 * line made). Values are never touched. Four syncs at most, whatever the number of marks.
 * Returns how many cells it restored.
 */
export async function clearMarks(context: ContextLike, sheetName: string, caps: Capabilities): Promise<number> {
  const mode = noteModeOf(caps);
  const { workbook } = context;
  const sheet = queueProtection(context, sheetName);
  workbook.worksheets.load("items/name");
  if (mode === "comments") workbook.comments.load("items/content");
  await context.sync();

  assertUnprotected(sheet, sheetName);
  const ledger = queueHiddenRead(context, LEDGER_SHEET, workbook.worksheets.items.some((s) => s.name === LEDGER_SHEET));
  const located = mode === "comments" ? queueCommentLocations(workbook.comments.items) : [];
  await context.sync();

  const entries = ledgerEntries(ledger);
  const plan = planClear(entries, sheetName);
  if (plan.changes.length === 0) return 0;
  const mine = new Map(entries.filter((e) => e.sheet === sheetName).map((e) => [e.address, e]));

  const notes = new Map<string, NoteLike>();
  if (mode === "notes") {
    for (const change of plan.changes) {
      const note = workbook.notes.getItemOrNullObject(qualified(sheetName, change.address));
      note.load("content");
      notes.set(change.address, note);
    }
    await context.sync();
  }

  const comments = commentsOn(sheetName, located);
  queueFillWrite(sheet, plan.changes, caps);
  for (const change of plan.changes) {
    const entry = mine.get(change.address)!;
    const note = notes.get(change.address);
    if (note) applyNote(context, sheetName, note, change, composeMarkNote(entry.originalNote, entry.cermatNote));
    const comment = comments.get(change.address);
    if (comment && comment.content === commentText(entry)) comment.delete();
  }
  queueHiddenWrite(context, ledger, plan.ledger.length === 0 ? null : encodeLedger(plan.ledger));
  await context.sync();
  return plan.changes.length;
}
