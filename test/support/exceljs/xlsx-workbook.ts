import ExcelJS from "exceljs";
import { toA1, type CellWrite, type ColumnChoices, type Grid, type Mark, type Scalar, type SheetSpec } from "../../../src/engine/model";
import {
  LEDGER_SHEET,
  LedgerFormatError,
  decodeLedger,
  encodeLedger,
  planClear,
  planMarks,
  type LedgerEntry,
} from "../../../src/port/marks-ledger";
import {
  COLUMNS_SHEET,
  ColumnChoicesFormatError,
  decodeColumnChoices,
  encodeColumnChoices,
  hasNoChoices,
  isCermatSheet,
  withSheetChoices,
  type WorkbookColumnChoices,
} from "../../../src/port/column-choices";
import { WorkbookError, type WorkbookPort } from "../../../src/port/workbook-port";
import { applyLook, lookOf } from "./cell-look";
import { sniffUnreadable, unreadable } from "../../../src/xlsx/load-errors";
import { readGrid } from "./read-grid";
import { uniqueSheetName } from "../../../src/xlsx/sheet-names";
import { writeSheetSpec } from "./write-spec";

/**
 * The workbook port over an .xlsx file held in memory (ExcelJS). Used by the command line,
 * the browser workbench and the tests. This module imports only ExcelJS, so it bundles for the
 * browser; reading and writing files on disk lives in ./node-file.
 */
export class XlsxWorkbook implements WorkbookPort {
  constructor(readonly workbook: ExcelJS.Workbook = new ExcelJS.Workbook()) {}

  /**
   * Opens .xlsx bytes. Rejects with WorkbookError("UNREADABLE_FILE") and a `detail` saying why
   * (empty, encrypted, legacy-xls, not-zip, not-xlsx, corrupt).
   */
  static async fromBuffer<T extends XlsxWorkbook>(this: new (workbook: ExcelJS.Workbook) => T, data: ArrayBuffer | Uint8Array): Promise<T> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    const sniffed = sniffUnreadable(bytes);
    if (sniffed) throw unreadable(sniffed);
    const workbook = new ExcelJS.Workbook();
    try {
      // ExcelJS's types ask for a node Buffer; JSZip underneath takes any Uint8Array.
      await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    } catch (cause) {
      throw unreadable("corrupt", cause);
    }
    if (workbook.worksheets.length === 0) throw unreadable("not-xlsx");
    return new this(workbook);
  }

  /** The workbook as .xlsx bytes. */
  async toBuffer(): Promise<Uint8Array> {
    const out = await this.workbook.xlsx.writeBuffer();
    return out instanceof Uint8Array ? out : new Uint8Array(out);
  }

  async sheetNames(): Promise<string[]> {
    return this.visibleToCaller().map((ws) => ws.name);
  }

  async activeSheetName(): Promise<string> {
    const sheets = this.workbook.worksheets;
    const active = sheets[this.workbook.views?.[0]?.activeTab ?? -1];
    if (active && !isCermatSheet(active.name)) return active.name;
    const first = this.visibleToCaller()[0];
    if (!first) throw new WorkbookError("SHEET_NOT_FOUND", "The workbook has no worksheet");
    return first.name;
  }

  async readSheet(name: string): Promise<Grid> {
    return readGrid(this.sheet(name), this.workbook.properties?.date1904 === true);
  }

  async writeCells(sheet: string, writes: CellWrite[]): Promise<void> {
    const ws = this.editableSheet(sheet);
    let wroteFormula = false;
    for (const write of writes) {
      const cell = ws.getCell(write.row + 1, write.col + 1);
      if (cell.type === ExcelJS.ValueType.Merge) {
        // ExcelJS would silently write into the merged area's first cell instead.
        throw new WorkbookError("UNKNOWN", `${sheet}!${cell.address} is inside a merged area; write to ${cell.master.address}`, cell.address);
      }
      if (write.formula !== undefined) {
        const formula = write.formula.replace(/^=/, "");
        cell.value = (write.result === undefined || write.result === null ? { formula } : { formula, result: write.result }) as ExcelJS.CellFormulaValue;
        wroteFormula = true;
      } else if (write.value !== undefined) {
        cell.value = write.value;
      }
      if (write.format !== undefined) cell.style = { ...cell.style, numFmt: write.format };
    }
    // The engine's cached result is a courtesy for readers that do not calculate: Excel and
    // LibreOffice still compute every formula on open.
    if (wroteFormula) this.workbook.calcProperties = { ...this.workbook.calcProperties, fullCalcOnLoad: true };
  }

  async mark(sheet: string, marks: Mark[]): Promise<void> {
    const ws = this.editableSheet(sheet);
    const plan = planMarks(this.readLedger(), sheet, marks, toA1, (address) => lookOf(ws.getCell(address)));
    for (const change of plan.changes) applyLook(ws.getCell(change.address), change);
    this.writeLedger(plan.ledger);
  }

  async clearMarks(sheet: string): Promise<number> {
    const ws = this.editableSheet(sheet);
    const plan = planClear(this.readLedger(), sheet);
    for (const change of plan.changes) applyLook(ws.getCell(change.address), change);
    this.writeLedger(plan.ledger);
    return plan.changes.length;
  }

  async removeSheet(name: string): Promise<void> {
    const sheet = this.workbook.getWorksheet(name);
    if (sheet) this.workbook.removeWorksheet(sheet.id);
  }

  async addSheet(spec: SheetSpec): Promise<string> {
    const name = uniqueSheetName(
      spec.name,
      this.workbook.worksheets.map((ws) => ws.name),
    );
    writeSheetSpec(this.workbook, { ...spec, name });
    return name;
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    const ws = this.sheet(sheet);
    const cell = address.replace(/\$/g, "").toUpperCase();
    if (!/^[A-Z]{1,3}\d+$/.test(cell)) throw new WorkbookError("UNKNOWN", `Not a cell address: ${address}`, address);
    const index = this.workbook.worksheets.indexOf(ws);
    const defaults: ExcelJS.WorkbookView = { x: 0, y: 0, width: 12000, height: 24000, firstSheet: 0, activeTab: 0, visibility: "visible" };
    this.workbook.views = [{ ...defaults, ...this.workbook.views?.[0], activeTab: index }];
    // Only the active sheet's tab may be selected, or Excel opens with the sheets grouped.
    for (const other of this.workbook.worksheets) {
      if (other !== ws) other.views = viewsOf(other).map((v) => asView({ ...v, tabSelected: false }));
    }
    const views = viewsOf(ws);
    ws.views = (views.length > 0 ? views : [{ state: "normal" } as SheetView]).map((v, i) => asView(i === 0 ? { ...v, activeCell: cell, tabSelected: true } : v));
  }

  async columnChoices(sheet: string): Promise<ColumnChoices> {
    this.sheet(sheet);
    return this.readAllChoices()[sheet] ?? {};
  }

  async saveColumnChoices(sheet: string, choices: ColumnChoices): Promise<void> {
    this.sheet(sheet);
    const all = withSheetChoices(this.readAllChoices(), sheet, choices);
    this.rewriteHidden(COLUMNS_SHEET, hasNoChoices(all) ? null : encodeColumnChoices(all));
  }

  private visibleToCaller(): ExcelJS.Worksheet[] {
    return this.workbook.worksheets.filter((ws) => !isCermatSheet(ws.name));
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const ws = isCermatSheet(name) ? undefined : this.workbook.getWorksheet(name);
    if (!ws) throw new WorkbookError("SHEET_NOT_FOUND", `No sheet named "${name}"`, name);
    return ws;
  }

  /** Excel refuses edits on a protected sheet; the file adapter refuses them too, so both behave alike. */
  private editableSheet(name: string): ExcelJS.Worksheet {
    const ws = this.sheet(name);
    const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection;
    if (protection?.sheet) throw new WorkbookError("PROTECTED_SHEET", `Sheet "${name}" is protected`, name);
    return ws;
  }

  private readAllChoices(): WorkbookColumnChoices {
    try {
      return decodeColumnChoices(this.hiddenRows(COLUMNS_SHEET));
    } catch (cause) {
      if (cause instanceof ColumnChoicesFormatError) {
        throw new WorkbookError("UNKNOWN", `The column choices sheet ${COLUMNS_SHEET} is damaged: ${cause.message}`, "columns");
      }
      throw cause;
    }
  }

  /** The plain values of one of Cermat's hidden sheets (none: no rows). */
  private hiddenRows(name: string): Scalar[][] {
    const ws = this.workbook.getWorksheet(name);
    const rows: Scalar[][] = [];
    ws?.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const values: Scalar[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        values[col - 1] = ledgerScalar(cell.value);
      });
      rows[rowNumber - 1] = values;
    });
    return rows;
  }

  private readLedger(): LedgerEntry[] {
    try {
      return decodeLedger(this.hiddenRows(LEDGER_SHEET));
    } catch (cause) {
      if (cause instanceof LedgerFormatError) {
        throw new WorkbookError("UNKNOWN", `The marks ledger sheet ${LEDGER_SHEET} is damaged: ${cause.message}`, "ledger");
      }
      throw cause;
    }
  }

  private writeLedger(entries: readonly LedgerEntry[]): void {
    this.rewriteHidden(LEDGER_SHEET, entries.length === 0 ? null : encodeLedger(entries));
  }

  /** Rewrites one of Cermat's very hidden sheets whole (null: removes it). */
  private rewriteHidden(name: string, rows: Scalar[][] | null): void {
    // Rewritten whole: ExcelJS's spliceRows leaves phantom rows that a later addRows appends after.
    const existing = this.workbook.getWorksheet(name);
    if (existing) this.removeKeepingActive(existing);
    if (!rows) return;
    this.workbook.addWorksheet(name, { state: "veryHidden" }).addRows(rows);
  }

  /** Removing a sheet shifts the tab indexes; keep the person's active sheet active. */
  private removeKeepingActive(ws: ExcelJS.Worksheet): void {
    const sheets = this.workbook.worksheets;
    const view = this.workbook.views?.[0];
    const active = view ? sheets[view.activeTab] : undefined;
    this.workbook.removeWorksheet(ws.id);
    if (view && active && active !== ws) {
      this.workbook.views = [{ ...view, activeTab: this.workbook.worksheets.indexOf(active) }];
    }
  }
}

/** ExcelJS reads and writes `tabSelected` on sheet views but its types leave it out. */
type SheetView = Partial<ExcelJS.WorksheetView> & { tabSelected?: boolean };

function viewsOf(ws: ExcelJS.Worksheet): SheetView[] {
  return (ws.views ?? []) as SheetView[];
}

function asView(view: SheetView): Partial<ExcelJS.WorksheetView> {
  return view as Partial<ExcelJS.WorksheetView>;
}

/** Ledger cells hold plain strings and booleans; rich text can appear if someone edited the sheet in Excel. */
function ledgerScalar(value: ExcelJS.CellValue): Scalar {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString();
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("formula" in value || "sharedFormula" in value) return ledgerScalar((value.result ?? null) as ExcelJS.CellValue);
  if ("text" in value) return String(value.text);
  return null;
}
