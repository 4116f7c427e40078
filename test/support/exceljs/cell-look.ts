import type ExcelJS from "exceljs";
import type { AppearanceChange, CellAppearance, FillSnapshot } from "../../../src/port/marks-ledger";

/**
 * A cell's fill and note, between ExcelJS and the marks ledger's neutral shape. Every fill
 * snapshot also carries the exact ExcelJS fill, so a cell marked and cleared by this adapter
 * gets back precisely what it had (gradients, theme tints, indexed colours included).
 */

export function lookOf(cell: ExcelJS.Cell): CellAppearance {
  const look: CellAppearance = { fill: fillSnapshot(cell.fill), note: noteText(cell.note) };
  if (cell.note !== undefined && typeof cell.note !== "string") {
    look.nativeNote = { adapter: "exceljs", value: clone(cell.note) };
  }
  return look;
}

/** Applies a planned change. The style object is copied first: ExcelJS shares one style object between cells read with the same style, and assigning `cell.fill` would repaint them all. */
export function applyLook(cell: ExcelJS.Cell, change: AppearanceChange): void {
  const style: Partial<ExcelJS.Style> = { ...cell.style };
  const fill = excelFill(change.fill);
  if (fill) style.fill = fill;
  else delete style.fill;
  cell.style = style;
  if (change.nativeNote?.adapter === "exceljs") cell.note = clone(change.nativeNote.value) as ExcelJS.Comment;
  else if (change.note !== null) cell.note = change.note;
  else clearNote(cell);
}

function clearNote(cell: ExcelJS.Cell): void {
  // ExcelJS has no "remove note": its setter always creates one. Drop the private comment, and
  // the copy ExcelJS leaves on the value's model the first time the cell was serialised
  // (numbers, strings and formulas keep one model object and write it out again).
  if (cell.note === undefined) return;
  const internal = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
  internal._comment = undefined;
  if (internal._value?.model) delete internal._value.model.comment;
}

function noteText(note: string | ExcelJS.Comment | undefined): string | null {
  if (note === undefined || note === null) return null;
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((run) => run.text).join("");
}

export function fillSnapshot(fill: ExcelJS.Fill | undefined): FillSnapshot | null {
  if (!fill) return null;
  if (fill.type === "pattern") {
    if (fill.pattern === "none") return null;
    const snapshot: FillSnapshot = { pattern: fill.pattern };
    colorInto(snapshot, "fg", fill.fgColor);
    colorInto(snapshot, "bg", fill.bgColor);
    snapshot.native = { adapter: "exceljs", value: clone(fill) };
    return snapshot;
  }
  // A gradient has no neutral form: the other adapter sees its first colour as a solid fill.
  const snapshot: FillSnapshot = { pattern: "solid" };
  colorInto(snapshot, "fg", fill.stops[0]?.color);
  snapshot.native = { adapter: "exceljs", value: clone(fill) };
  return snapshot;
}

function colorInto(snapshot: FillSnapshot, which: "fg" | "bg", color: Partial<ExcelJS.Color> | undefined): void {
  if (!color) return;
  if (typeof color.argb === "string" && /^[0-9A-F]{8}$/i.test(color.argb)) {
    snapshot[`${which}Color`] = color.argb.slice(2).toUpperCase();
  }
  if (typeof color.theme === "number") {
    snapshot[`${which}Theme`] = color.theme;
    const tint = (color as { tint?: number }).tint;
    if (typeof tint === "number") snapshot[`${which}Tint`] = tint;
  }
}

export function excelFill(snapshot: FillSnapshot | null): ExcelJS.Fill | undefined {
  if (!snapshot || snapshot.pattern === "none") return undefined;
  if (snapshot.native?.adapter === "exceljs") return clone(snapshot.native.value) as ExcelJS.Fill;
  const fill: ExcelJS.FillPattern = { type: "pattern", pattern: snapshot.pattern };
  const fg = excelColor(snapshot.fgColor, snapshot.fgTheme, snapshot.fgTint);
  const bg = excelColor(snapshot.bgColor, snapshot.bgTheme, snapshot.bgTint);
  if (fg) fill.fgColor = fg;
  if (bg) fill.bgColor = bg;
  return fill;
}

function excelColor(rgb: string | undefined, theme: number | undefined, tint: number | undefined): Partial<ExcelJS.Color> | undefined {
  if (rgb) return { argb: `FF${rgb}` };
  if (theme === undefined) return undefined;
  const color: Partial<ExcelJS.Color> & { tint?: number } = { theme };
  if (tint !== undefined) color.tint = tint;
  return color;
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
