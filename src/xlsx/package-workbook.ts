import { toA1, type CellWrite, type ColumnChoices, type Grid, type Mark, type Scalar, type SheetSpec } from "../engine/model";
import {
  COLUMNS_SHEET,
  ColumnChoicesFormatError,
  decodeColumnChoices,
  encodeColumnChoices,
  hasNoChoices,
  isCermatSheet,
  withSheetChoices,
  type WorkbookColumnChoices,
} from "../port/column-choices";
import { LEDGER_SHEET, LedgerFormatError, decodeLedger, encodeLedger, planClear, planMarks, type AppearanceChange, type CellAppearance, type FillSnapshot, type LedgerEntry } from "../port/marks-ledger";
import { WorkbookError, type WorkbookPort } from "../port/workbook-port";
import { sniffUnreadable, unreadable } from "./load-errors";
import { readNotes, writeNotes, type NoteChange } from "./package/cell-notes";
import { fillOfStyle, PACKAGE_ADAPTER, restoredStyle, styleCount, trimStyles, withFill, xfRecord } from "./package/cell-styles";
import { cellElement, cellScalar, sharedStrings } from "./package/cell-values";
import { hiddenSheetXml, shareAndCalcEffects, stylesOf, usedStyleIndexes, writeCellsXml } from "./package/cell-writes";
import { cellIndex, parseRef, patchCells, sheetCells, type CellPatch } from "./package/sheet-cells";
import { addWorksheet, removeWorksheet } from "./package/sheet-registry";
import { NotAWorkbookError, readWorkbookParts, type SheetEntry, type WorkbookParts } from "./package/workbook-parts";
import { removeCalcChain, requestFullCalc, selectCellIn } from "./package/workbook-settings";
import { PackageLimitError, XlsxPackage, type PackageLimits, type RawInflate } from "./package/zip-package";
import { columnWidths } from "./package/column-widths";
import { blankPackageBytes } from "./package/blank-package";
import { openXlsx } from "./package/open-xlsx";
import { TooManyCellsError } from "./package/read-error";
import { readSheetGrid } from "./package/read-sheet";
import { insertSheetSpec } from "./package/insert-spec-sheet";
import { uniqueSheetName } from "./sheet-names";

export interface PackageWorkbookOptions {
  /** Size limits checked before inflating (default: DEFAULT_LIMITS). */
  limits?: PackageLimits;
  /** Inflates the parts (node's zlib, src/xlsx/node-file.ts); fflate when not given. */
  inflate?: RawInflate;
  /**
   * Awaited between the parts of marking and clearing a large sheet (in the browser: a new task,
   * so the page paints between them). Nothing else may change the workbook meanwhile.
   */
  pause?: () => Promise<void>;
}

/** What this adapter keeps of a cell in the ledger's nativeNote, to give it back exactly. */
interface NativeLook {
  /** The cell's own `s` before marking (null: it had none). */
  s: string | null;
  /** The cell's `<comment>` element before marking (null: it had no note). */
  comment: string | null;
  /** The `xf` record `s` pointed at: `s` is trusted only while it still points at this (Excel may renumber styles on save). */
  xf: string;
  /** Records in cellXfs and fills before marking: what clearing may trim back to. */
  xfs: number;
  fills: number;
}

/** Every failure of the package reader as the port's typed error. */
function readFailure(cause: unknown): WorkbookError {
  if (cause instanceof WorkbookError) return cause;
  if (cause instanceof PackageLimitError) return new WorkbookError("TOO_LARGE", cause.message, cause.limit);
  if (cause instanceof TooManyCellsError) return new WorkbookError("TOO_LARGE", cause.message, "cells");
  if (cause instanceof NotAWorkbookError) return unreadable("not-xlsx", cause);
  return unreadable("corrupt", cause);
}

/**
 * The workbook port over an .xlsx package that is patched, not rewritten: only the parts a change
 * touches are written again, so charts, drawings, images, pivot tables, printer settings,
 * defined names, data validations and a macro project stay byte for byte as they were.
 */
export class PackageWorkbook implements WorkbookPort {
  private parts: WorkbookParts;
  /** Sheets read since the last change. */
  private readonly grids = new Map<string, { changes: number; grid: Grid }>();
  private changes = 0;

  constructor(
    readonly pkg: XlsxPackage,
    private readonly options: PackageWorkbookOptions = {},
  ) {
    this.parts = readWorkbookParts(pkg);
  }

  /**
   * Opens .xlsx bytes. Rejects with WorkbookError("UNREADABLE_FILE") and a `detail` saying why
   * (empty, encrypted, legacy-xls, not-zip, not-xlsx, corrupt), or "TOO_LARGE" before inflating.
   */
  static async fromBuffer<T extends PackageWorkbook>(
    this: new (pkg: XlsxPackage, options?: PackageWorkbookOptions) => T,
    data: ArrayBuffer | Uint8Array,
    options: PackageWorkbookOptions = {},
  ): Promise<T> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    const sniffed = sniffUnreadable(bytes);
    if (sniffed) throw unreadable(sniffed);
    let book: T;
    try {
      book = new this(openXlsx(bytes, options.limits, options.inflate).pkg, options);
    } catch (cause) {
      throw readFailure(cause);
    }
    if (!book.parts.sheets.some((s) => s.path)) throw unreadable("not-xlsx");
    return book;
  }

  /** A new, empty workbook (for a template written where no file is yet); add a sheet before saving. */
  static blank<T extends PackageWorkbook>(this: new (pkg: XlsxPackage, options?: PackageWorkbookOptions) => T, options: PackageWorkbookOptions = {}): T {
    return new this(XlsxPackage.open(blankPackageBytes()), options);
  }

  /** The workbook as .xlsx bytes: every part nobody changed is the original's, byte for byte. */
  async toBuffer(): Promise<Uint8Array> {
    return this.pkg.save();
  }

  async sheetNames(): Promise<string[]> {
    return this.visibleToCaller().map((s) => s.name);
  }

  async activeSheetName(): Promise<string> {
    const active = this.parts.sheets[this.parts.activeTab];
    if (active?.path && !isCermatSheet(active.name)) return active.name;
    const first = this.visibleToCaller()[0];
    if (!first) throw new WorkbookError("SHEET_NOT_FOUND", "The workbook has no worksheet");
    return first.name;
  }

  async readSheet(name: string): Promise<Grid> {
    const entry = this.sheet(name);
    // Read straight from the package; cached until the next change.
    const cached = this.grids.get(name);
    if (cached && cached.changes === this.changes) return cached.grid;
    let grid: Grid;
    try {
      grid = readSheetGrid(this.pkg, this.parts, entry);
    } catch (cause) {
      throw readFailure(cause);
    }
    this.grids.set(name, { changes: this.changes, grid });
    return grid;
  }

  async writeCells(sheet: string, writes: CellWrite[]): Promise<void> {
    const entry = this.editableSheet(sheet);
    const path = entry.path!;
    const xml = this.pkg.text(path) ?? "";
    const styles = stylesOf(this.pkg, this.parts);
    const out = writeCellsXml(sheet, xml, styles.xml, writes);
    const effects = shareAndCalcEffects(xml, writes);
    this.pkg.setText(path, out.sheet);
    if (out.styles !== styles.xml) styles.save(out.styles);
    if (effects.droppedFormula) removeCalcChain(this.pkg, this.parts);
    // The engine's cached result is a courtesy for readers that do not calculate: Excel and
    // LibreOffice still compute every formula on open.
    if (effects.wroteFormula) requestFullCalc(this.pkg, this.parts);
    this.touched();
  }

  async mark(sheet: string, marks: Mark[]): Promise<void> {
    const entry = this.editableSheet(sheet);
    const path = entry.path!;
    const styles = stylesOf(this.pkg, this.parts);
    const xml = this.pkg.text(path) ?? "";
    const notes = readNotes(this.pkg, path);
    const counts = { xfs: styleCount(styles.xml, "cellXfs"), fills: styleCount(styles.xml, "fills") };
    // The rows are found once; only the marked cells' rows are split into cells.
    const index = cellIndex(xml);
    const styleAt = (address: string) => {
      const at = parseRef(address);
      return at ? index.at(at.row, at.col)?.attributes.s : undefined;
    };
    const plan = planMarks(this.readLedger(), sheet, marks, toA1, (address): CellAppearance => {
      const s = styleAt(address);
      const note = notes.get(address);
      const native: NativeLook = { s: s ?? null, xf: xfRecord(styles.xml, s), comment: note?.xml ?? null, ...counts };
      return { fill: fillOfStyle(styles.xml, s), note: note?.text ?? null, nativeNote: { adapter: PACKAGE_ADAPTER, value: native } };
    });
    await this.pause();
    await this.applyLooks(path, plan.changes, (s, change) => withFill(styles.current(), s, change.fill), styles);
    this.writeLedger(plan.ledger);
    this.touched();
  }

  /**
   * Each cell's fill and note and each column's width in pixels as the file holds them now (the
   * workbench paints its grid with these, so marks show as Excel will show them). The sheet's rows
   * are located once per call and split into cells only when asked for.
   */
  looks(sheet: string): { fillAt(row: number, col: number): FillSnapshot | null; noteAt(row: number, col: number): string | undefined; widthAt(col: number): number } {
    const path = this.sheet(sheet).path!;
    const styles = stylesOf(this.pkg, this.parts).xml;
    const notes = readNotes(this.pkg, path);
    const xml = this.pkg.text(path) ?? "";
    // Only the rows drawn are split into cells: a page of a hundred rows, not the whole sheet.
    const index = cellIndex(xml);
    const widths = columnWidths(xml);
    const fills = new Map<string | undefined, FillSnapshot | null>();
    return {
      fillAt: (row, col) => {
        const s = index.at(row, col)?.attributes.s;
        if (!fills.has(s)) fills.set(s, fillOfStyle(styles, s));
        return fills.get(s) ?? null;
      },
      noteAt: (row, col) => notes.get(toA1(row, col))?.text,
      widthAt: (col) => widths.at(col),
    };
  }

  async clearMarks(sheet: string): Promise<number> {
    const entry = this.editableSheet(sheet);
    const path = entry.path!;
    const styles = stylesOf(this.pkg, this.parts);
    const plan = planClear(this.readLedger(), sheet);
    const natives = plan.changes.map((c) => nativeOf(c));
    await this.applyLooks(
      path,
      plan.changes,
      (s, change) => {
        const native = nativeOf(change);
        const exact = native !== undefined && xfRecord(styles.current(), native.s ?? undefined) === native.xf;
        return exact ? restoredStyle(styles.current(), s, native.s) : withFill(styles.current(), s, change.fill);
      },
      styles,
    );
    // Styles appended for the marks go again once no cell uses them. The lowest count seen moves
    // to the marks left on other sheets, so clearing those later trims back to the first mark's.
    const floors = [...natives, ...plan.ledger.map((e) => nativeOf({ address: e.address, fill: null, note: null, nativeNote: e.nativeNote }))].filter((n): n is NativeLook => n !== undefined);
    if (floors.length > 0) {
      const floor = { xfs: Math.min(...floors.map((n) => n.xfs)), fills: Math.min(...floors.map((n) => n.fills)) };
      for (const native of floors) Object.assign(native, floor);
      styles.save(trimStyles(styles.current(), floor, usedStyleIndexes(this.pkg, this.parts)));
    }
    this.writeLedger(plan.ledger);
    this.touched();
    return plan.changes.length;
  }

  async addSheet(spec: SheetSpec): Promise<string> {
    const name = uniqueSheetName(
      spec.name,
      this.parts.sheets.map((s) => s.name),
    );
    this.parts = insertSheetSpec(this.pkg, this.parts, { ...spec, name }).parts;
    this.touched();
    return name;
  }

  async removeSheet(name: string): Promise<void> {
    this.sheet(name); // SHEET_NOT_FOUND for a name that is not one of the person's sheets
    this.parts = removeWorksheet(this.pkg, this.parts, name);
    this.touched();
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    const entry = this.sheet(sheet);
    const cell = address.replace(/\$/g, "").toUpperCase();
    if (!/^[A-Z]{1,3}\d+$/.test(cell)) throw new WorkbookError("UNKNOWN", `Not a cell address: ${address}`, address);
    selectCellIn(this.pkg, this.parts, this.parts.sheets.indexOf(entry), cell);
    this.parts = readWorkbookParts(this.pkg);
    this.touched();
  }

  async columnChoices(sheet: string): Promise<ColumnChoices> {
    this.sheet(sheet);
    return this.readAllChoices()[sheet] ?? {};
  }

  async saveColumnChoices(sheet: string, choices: ColumnChoices): Promise<void> {
    this.sheet(sheet);
    const all = withSheetChoices(this.readAllChoices(), sheet, choices);
    this.rewriteHidden(COLUMNS_SHEET, hasNoChoices(all) ? null : encodeColumnChoices(all));
    this.touched();
  }

  /** Restyles and re-annotates cells; `styleFor` gives the new `s` for a cell's current one. */
  private pause(): Promise<void> {
    return this.options.pause?.() ?? Promise.resolve();
  }

  private async applyLooks(
    path: string,
    changes: readonly AppearanceChange[],
    styleFor: (s: string | undefined, change: AppearanceChange) => { styles: string; s: string | null },
    styles: ReturnType<typeof stylesOf>,
  ): Promise<void> {
    const patches = new Map<number, Map<number, CellPatch>>();
    const notes: NoteChange[] = [];
    const derived = new Map<string, string | null>();
    const prefix = /<([\w.-]+:)?worksheet[\s>]/.exec(this.pkg.text(path) ?? "")?.[1] ?? "";
    for (const change of changes) {
      const at = parseRef(change.address)!;
      const patch: CellPatch = (existing, ref) => {
        const s = existing?.attributes.s;
        // Cells sharing a style and a change share the derived style: styles.xml is parsed once per pair, not per cell.
        const key = `${s ?? ""}|${JSON.stringify(change.fill)}|${nativeOf(change)?.s ?? ""}`;
        let next = derived.get(key);
        if (next === undefined) {
          const made = styleFor(s, change);
          styles.save(made.styles);
          next = made.s;
          derived.set(key, next);
        }
        return cellElement(existing, ref, prefix, undefined, next);
      };
      if (!patches.has(at.row)) patches.set(at.row, new Map());
      patches.get(at.row)!.set(at.col, patch);
      // A note this adapter recorded comes back as its exact element (runs, author, size).
      const comment = nativeOf(change)?.comment;
      notes.push(comment && change.note !== null ? { row: at.row, col: at.col, text: change.note, xml: comment } : { row: at.row, col: at.col, text: change.note });
    }
    this.pkg.setText(path, patchCells(this.pkg.text(path) ?? "", patches));
    await this.pause();
    writeNotes(this.pkg, path, notes);
  }

  private visibleToCaller(): SheetEntry[] {
    return this.parts.sheets.filter((s) => s.path && !isCermatSheet(s.name));
  }

  private sheet(name: string): SheetEntry {
    const entry = isCermatSheet(name) ? undefined : this.parts.sheets.find((s) => s.name === name && s.path);
    if (!entry) throw new WorkbookError("SHEET_NOT_FOUND", `No sheet named "${name}"`, name);
    return entry;
  }

  /** Excel refuses edits on a protected sheet; so does this adapter, so all behave alike. */
  private editableSheet(name: string): SheetEntry {
    const entry = this.sheet(name);
    const protection = /<([\w.-]+:)?sheetProtection\b[^>]*>/.exec(this.pkg.text(entry.path!) ?? "")?.[0];
    if (protection && /\ssheet="(1|true)"/.test(protection)) throw new WorkbookError("PROTECTED_SHEET", `Sheet "${name}" is protected`, name);
    return entry;
  }

  /** The plain values of one of Cermat's hidden sheets (none: no rows). */
  private hiddenRows(name: string): Scalar[][] {
    const path = this.parts.sheets.find((s) => s.name === name)?.path;
    if (!path) return [];
    const strings = sharedStrings(this.parts.sharedStringsPath ? this.pkg.text(this.parts.sharedStringsPath) : undefined);
    const rows: Scalar[][] = [];
    for (const cell of sheetCells(this.pkg.text(path) ?? "")) (rows[cell.row] ??= [])[cell.col] = cellScalar(cell, strings);
    return rows;
  }

  private readAllChoices(): WorkbookColumnChoices {
    try {
      return decodeColumnChoices(this.hiddenRows(COLUMNS_SHEET));
    } catch (cause) {
      if (cause instanceof ColumnChoicesFormatError) throw new WorkbookError("UNKNOWN", `The column choices sheet ${COLUMNS_SHEET} is damaged: ${cause.message}`, "columns");
      throw cause;
    }
  }

  private readLedger(): LedgerEntry[] {
    try {
      return decodeLedger(this.hiddenRows(LEDGER_SHEET));
    } catch (cause) {
      if (cause instanceof LedgerFormatError) throw new WorkbookError("UNKNOWN", `The marks ledger sheet ${LEDGER_SHEET} is damaged: ${cause.message}`, "ledger");
      throw cause;
    }
  }

  private writeLedger(entries: readonly LedgerEntry[]): void {
    this.rewriteHidden(LEDGER_SHEET, entries.length === 0 ? null : encodeLedger(entries));
  }

  /** Rewrites one of Cermat's very hidden sheets whole (null: removes it), as the ExcelJS adapter does. */
  private rewriteHidden(name: string, rows: Scalar[][] | null): void {
    if (this.parts.sheets.some((s) => s.name === name)) this.parts = removeWorksheet(this.pkg, this.parts, name);
    if (rows) this.parts = addWorksheet(this.pkg, this.parts, name, hiddenSheetXml(rows), "veryHidden").parts;
  }

  private touched(): void {
    this.changes++;
  }
}

function nativeOf(change: AppearanceChange): NativeLook | undefined {
  return change.nativeNote?.adapter === PACKAGE_ADAPTER ? (change.nativeNote.value as NativeLook) : undefined;
}
