import type { Mark, Scalar, Severity } from "../engine/model";

/**
 * The marks ledger: how Cermat remembers what a cell looked like before it was marked, so
 * "Hapus tanda" restores the exact original fill and note, even after the workbook was saved,
 * closed and reopened (possibly with the other adapter: a file marked by the command line and
 * cleared in Excel, or the reverse).
 *
 * The ledger lives in the workbook itself, in a veryHidden worksheet, one row per marked cell.
 * This module is the shared format and the rules; it is pure (no Office.js, no ExcelJS), so
 * src/excel and src/xlsx encode, decode and decide the same way and only do the I/O.
 */

/** Name of the veryHidden worksheet that holds the ledger. */
export const LEDGER_SHEET = "_cermat_marks";

/** True for the ledger's worksheet, which callers never list, read or check. */
export function isLedgerSheet(name: string): boolean {
  return name === LEDGER_SHEET;
}

/** Fill colour of a mark per severity ("RRGGBB": Excel's own "Bad", "Neutral" and a light blue). */
export const MARK_COLORS: Readonly<Record<Severity, string>> = {
  error: "FFC7CE",
  warning: "FFEB9C",
  info: "DDEBF7",
};

/**
 * OOXML pattern names (what ECMA-376 and ExcelJS use). Office.js names differ; convert with
 * `officePatternToOoxml` / `ooxmlPatternToOffice`.
 */
export const FILL_PATTERNS = [
  "none",
  "solid",
  "mediumGray",
  "darkGray",
  "lightGray",
  "darkHorizontal",
  "darkVertical",
  "darkDown",
  "darkUp",
  "darkGrid",
  "darkTrellis",
  "lightHorizontal",
  "lightVertical",
  "lightDown",
  "lightUp",
  "lightGrid",
  "lightTrellis",
  "gray125",
  "gray0625",
] as const;
export type FillPattern = (typeof FILL_PATTERNS)[number];

/**
 * A cell's fill in a shape both adapters can produce and restore. `null` (not this object)
 * means "no fill". Colours follow OOXML: for `solid`, `fgColor` is the cell colour; for the
 * other patterns `fgColor` colours the pattern and `bgColor` the cell behind it. A theme colour
 * is kept as `fgTheme`/`fgTint` because its RGB depends on the workbook's theme.
 */
export interface FillSnapshot {
  pattern: FillPattern;
  /** "RRGGBB", upper case. */
  fgColor?: string;
  bgColor?: string;
  fgTheme?: number;
  fgTint?: number;
  bgTheme?: number;
  bgTint?: number;
  /**
   * The adapter's own exact copy (e.g. an ExcelJS gradient fill), used only by the adapter
   * named here; the other adapter restores from the neutral fields above.
   */
  native?: { adapter: AdapterName; value: unknown };
}

/** `xlsx-package`: the .xlsx patching layer (src/xlsx/package-workbook.ts). */
export type AdapterName = "exceljs" | "officejs" | "xlsx-package";

/** What a cell looked like before Cermat marked it, and what Cermat wrote on it. */
export interface LedgerEntry {
  sheet: string;
  /** A1 address without `$` or sheet name, upper case. */
  address: string;
  severity: Severity;
  originalFill: FillSnapshot | null;
  /** The note the cell had before, exactly; null when it had none (not the same as ""). */
  originalNote: string | null;
  /** The message Cermat put in the note (without the original note it may be combined with). */
  cermatNote: string;
  /** Adapter-specific extras for the note (e.g. ExcelJS rich-text note model), like FillSnapshot.native. */
  nativeNote?: { adapter: AdapterName; value: unknown };
}

/** Column headers of the ledger sheet, row 1. The last one carries the format version. */
export const LEDGER_HEADER = [
  "sheet",
  "address",
  "severity",
  "originalFill",
  "hadNote",
  "originalNote",
  "cermatNote",
  "nativeNote",
  "cermat-marks-v1",
] as const;

/** The ledger as rows of plain values, header first: what an adapter writes to the ledger sheet. */
export function encodeLedger(entries: readonly LedgerEntry[]): Scalar[][] {
  return [
    [...LEDGER_HEADER],
    ...entries.map((e): Scalar[] => [
      e.sheet,
      e.address,
      e.severity,
      JSON.stringify(e.originalFill),
      e.originalNote !== null,
      e.originalNote ?? "",
      e.cermatNote,
      e.nativeNote ? JSON.stringify(e.nativeNote) : "",
      "",
    ]),
  ];
}

/** Thrown when the ledger sheet was damaged (edited by hand, truncated): never guessed around. */
export class LedgerFormatError extends Error {
  constructor(
    message: string,
    readonly rowNumber: number,
  ) {
    super(message);
    this.name = "LedgerFormatError";
  }
}

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/**
 * Reads the rows of the ledger sheet (header first; blank rows are skipped). An empty sheet or
 * no rows is an empty ledger. Throws LedgerFormatError on a row it cannot read, because
 * dropping it would lose the person's original fill or note.
 */
export function decodeLedger(rows: ReadonlyArray<ReadonlyArray<Scalar | undefined> | undefined>): LedgerEntry[] {
  const entries: LedgerEntry[] = [];
  rows.forEach((row, i) => {
    if (i === 0 || !row || row.every((v) => v === null || v === undefined || v === "")) return;
    const rowNumber = i + 1;
    const [sheet, address, severity, fill, hadNote, note, cermatNote, nativeNote] = row;
    if (typeof sheet !== "string" || typeof address !== "string" || sheet === "" || address === "") {
      throw new LedgerFormatError(`Marks ledger row ${rowNumber}: missing sheet or address`, rowNumber);
    }
    if (!SEVERITIES.includes(severity as Severity)) {
      throw new LedgerFormatError(`Marks ledger row ${rowNumber}: unknown severity ${String(severity)}`, rowNumber);
    }
    const entry: LedgerEntry = {
      sheet,
      address: normalizeAddress(address),
      severity: severity as Severity,
      originalFill: parseFill(fill, rowNumber),
      originalNote: readBool(hadNote) ? String(note ?? "") : null,
      cermatNote: String(cermatNote ?? ""),
    };
    if (typeof nativeNote === "string" && nativeNote !== "") {
      entry.nativeNote = parseJson(nativeNote, rowNumber) as LedgerEntry["nativeNote"];
    }
    entries.push(entry);
  });
  return entries;
}

function readBool(v: Scalar | undefined): boolean {
  // Spreadsheets may hand a boolean back as TRUE/FALSE text or 1/0 after a round trip.
  return v === true || v === 1 || (typeof v === "string" && v.toUpperCase() === "TRUE");
}

function parseFill(v: Scalar | undefined, rowNumber: number): FillSnapshot | null {
  if (v === null || v === undefined || v === "" || v === "null") return null;
  const parsed = parseJson(String(v), rowNumber);
  if (parsed === null) return null;
  if (typeof parsed !== "object" || !FILL_PATTERNS.includes((parsed as FillSnapshot).pattern)) {
    throw new LedgerFormatError(`Marks ledger row ${rowNumber}: unreadable fill ${String(v)}`, rowNumber);
  }
  return parsed as FillSnapshot;
}

function parseJson(text: string, rowNumber: number): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new LedgerFormatError(`Marks ledger row ${rowNumber}: not JSON: ${text.slice(0, 60)}`, rowNumber);
  }
}

/** `$k$12` → `K12`, so entries written by either adapter match. */
export function normalizeAddress(address: string): string {
  return address.replace(/\$/g, "").trim().toUpperCase();
}

/** The fill Cermat puts on a marked cell. */
export function markFill(severity: Severity): FillSnapshot {
  return { pattern: "solid", fgColor: MARK_COLORS[severity] };
}

/**
 * The note text Cermat writes on a marked cell. A person's own note stays readable above the
 * message, so marking hides nothing they wrote.
 */
export function composeMarkNote(originalNote: string | null, cermatNote: string): string {
  const message = `Cermat: ${cermatNote}`;
  return originalNote ? `${originalNote}\n\n${message}` : message;
}

/** What a cell looks like now, as an adapter reads it before marking or clearing. */
export interface CellAppearance {
  fill: FillSnapshot | null;
  note: string | null;
  nativeNote?: LedgerEntry["nativeNote"];
}

/** What an adapter must do to one cell. */
export interface AppearanceChange {
  address: string;
  fill: FillSnapshot | null;
  note: string | null;
  /** When restoring: the adapter's own copy of the original note, if it wrote one. */
  nativeNote?: LedgerEntry["nativeNote"];
}

export interface MarkPlan {
  /** The whole ledger after marking (all sheets). */
  ledger: LedgerEntry[];
  changes: AppearanceChange[];
}

/**
 * Decides how to mark cells. A cell that is already marked keeps its FIRST original fill and
 * note (its current look is Cermat's own mark, not the person's); only severity and message
 * change. When two marks target one cell in the same call, the most severe one wins and the
 * messages are joined. `current(address)` is called only for cells not yet in the ledger.
 */
export function planMarks(
  ledger: readonly LedgerEntry[],
  sheet: string,
  marks: readonly Mark[],
  addressOf: (row: number, col: number) => string,
  current: (address: string) => CellAppearance,
): MarkPlan {
  const merged = mergeMarksByCell(marks, addressOf);
  const next = ledger.map((e) => ({ ...e }));
  const index = new Map(next.map((e, i) => [ledgerKey(e.sheet, e.address), i]));
  const changes: AppearanceChange[] = [];
  for (const [address, mark] of merged) {
    const key = ledgerKey(sheet, address);
    const existing = index.get(key);
    let entry: LedgerEntry;
    if (existing !== undefined) {
      entry = { ...next[existing], severity: mark.severity, cermatNote: mark.note };
      next[existing] = entry;
    } else {
      const before = current(address);
      entry = { sheet, address, severity: mark.severity, originalFill: before.fill, originalNote: before.note, cermatNote: mark.note };
      if (before.nativeNote) entry.nativeNote = before.nativeNote;
      index.set(key, next.length);
      next.push(entry);
    }
    changes.push({ address, fill: markFill(entry.severity), note: composeMarkNote(entry.originalNote, entry.cermatNote) });
  }
  return { ledger: next, changes };
}

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

function mergeMarksByCell(marks: readonly Mark[], addressOf: (row: number, col: number) => string): Map<string, Mark> {
  const byCell = new Map<string, Mark>();
  for (const mark of marks) {
    const address = normalizeAddress(addressOf(mark.row, mark.col));
    const seen = byCell.get(address);
    if (!seen) {
      byCell.set(address, mark);
      continue;
    }
    const severity = SEVERITY_RANK[mark.severity] > SEVERITY_RANK[seen.severity] ? mark.severity : seen.severity;
    const note = seen.note === mark.note ? seen.note : `${seen.note}\n${mark.note}`;
    byCell.set(address, { ...seen, severity, note });
  }
  return byCell;
}

export interface ClearPlan {
  /** The ledger without the cleared sheet's entries. */
  ledger: LedgerEntry[];
  /** Restore these cells to their original look. */
  changes: AppearanceChange[];
}

/** Decides how to clear every mark on `sheet`: restore each cell's original, drop its rows. */
export function planClear(ledger: readonly LedgerEntry[], sheet: string): ClearPlan {
  const remaining: LedgerEntry[] = [];
  const changes: AppearanceChange[] = [];
  for (const entry of ledger) {
    if (entry.sheet !== sheet) {
      remaining.push(entry);
      continue;
    }
    const change: AppearanceChange = { address: entry.address, fill: entry.originalFill, note: entry.originalNote };
    if (entry.nativeNote) change.nativeNote = entry.nativeNote;
    changes.push(change);
  }
  return { ledger: remaining, changes };
}

function ledgerKey(sheet: string, address: string): string {
  return `${sheet}\u0000${normalizeAddress(address)}`;
}

/**
 * Office.js FillPattern names ↔ OOXML names (the mapping Excel itself uses when saving).
 * Office.js reports "None" for no fill: map that to a `null` snapshot, not to pattern "none".
 */
const OFFICE_TO_OOXML: Readonly<Record<string, FillPattern>> = {
  None: "none",
  Solid: "solid",
  Gray50: "mediumGray",
  Gray75: "darkGray",
  Gray25: "lightGray",
  Horizontal: "darkHorizontal",
  Vertical: "darkVertical",
  Down: "darkDown",
  Up: "darkUp",
  Checker: "darkGrid",
  SemiGray75: "darkTrellis",
  LightHorizontal: "lightHorizontal",
  LightVertical: "lightVertical",
  LightDown: "lightDown",
  LightUp: "lightUp",
  Grid: "lightGrid",
  CrissCross: "lightTrellis",
  Gray16: "gray125",
  Gray8: "gray0625",
};

/** Office.js `RangeFill.pattern` → OOXML; unknown names (gradients) fall back to solid. */
export function officePatternToOoxml(pattern: string | null | undefined): FillPattern {
  return (pattern && OFFICE_TO_OOXML[pattern]) || "solid";
}

/** OOXML → Office.js `RangeFill.pattern`. */
export function ooxmlPatternToOffice(pattern: FillPattern): string {
  for (const [office, ooxml] of Object.entries(OFFICE_TO_OOXML)) if (ooxml === pattern) return office;
  return "Solid";
}

/** The parts of an Office.js RangeFill that describe a fill (colours as "#RRGGBB"). */
export interface OfficeFillLike {
  color: string | null;
  pattern?: string | null;
  patternColor?: string | null;
}

/**
 * Office.js RangeFill → neutral snapshot. Office calls the cell colour `color` and the pattern's
 * colour `patternColor`; OOXML puts the cell colour in fgColor for solid fills and in bgColor
 * otherwise.
 */
export function fillFromOffice(fill: OfficeFillLike): FillSnapshot | null {
  const color = hexOrUndefined(fill.color);
  const pattern = fill.pattern === undefined || fill.pattern === null ? (color ? "solid" : "none") : officePatternToOoxml(fill.pattern);
  if (pattern === "none" || (!color && pattern === "solid")) return null;
  if (pattern === "solid") return { pattern, fgColor: color };
  const snapshot: FillSnapshot = { pattern };
  const patternColor = hexOrUndefined(fill.patternColor);
  if (patternColor) snapshot.fgColor = patternColor;
  if (color) snapshot.bgColor = color;
  return snapshot;
}

/** Neutral snapshot → what to set on an Office.js RangeFill (`null` means `fill.clear()`). */
export function fillToOffice(snapshot: FillSnapshot | null): OfficeFillLike | null {
  if (!snapshot || snapshot.pattern === "none") return null;
  if (snapshot.pattern === "solid") return { color: snapshot.fgColor ? `#${snapshot.fgColor}` : null, pattern: "Solid" };
  return {
    color: snapshot.bgColor ? `#${snapshot.bgColor}` : null,
    pattern: ooxmlPatternToOffice(snapshot.pattern),
    patternColor: snapshot.fgColor ? `#${snapshot.fgColor}` : null,
  };
}

function hexOrUndefined(color: string | null | undefined): string | undefined {
  if (!color) return undefined;
  const hex = color.replace(/^#/, "").toUpperCase();
  return /^[0-9A-F]{6}$/.test(hex) ? hex : undefined;
}
