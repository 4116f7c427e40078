import type { CellWrite, ColumnChoices, Grid, Mark, SheetSpec } from "../engine/model";
import { isCermatSheet } from "../port/column-choices";
import type { WorkbookPort } from "../port/workbook-port";
import { addSheet } from "./add-sheet";
import { toWorkbookError } from "./errors";
import { readColumnChoices, writeColumnChoices } from "./column-choices";
import { clearMarks, mark } from "./marks";
import type { ContextLike, ExcelRun, RequirementCheck } from "./office-shapes";
import { readSheet } from "./read-sheet";
import { detectCapabilities, requireCore, type Capabilities, type Feature } from "./requirements";
import { writeCells } from "./write-cells";

export interface ExcelWorkbookOptions {
  /** `Excel.run`, or a fake in tests. */
  run: ExcelRun;
  /** `Office.context.requirements.isSetSupported`, or a fake in tests. */
  isSetSupported: RequirementCheck;
  /**
   * Told when a feature was left out because this Excel lacks its API set (a template without
   * drop-downs, marks without notes…), so the UI can say so instead of failing.
   */
  onDegraded?: (features: Feature[]) => void;
}

/**
 * The live workbook behind the WorkbookPort: the only code in Cermat that calls `Excel.run`
 * and `context.sync`. Every operation takes a constant number of syncs, whatever the sheet size.
 * Failures reject with WorkbookError (PROTECTED_SHEET, API_NOT_SUPPORTED, SHEET_NOT_FOUND, …).
 */
export class ExcelWorkbook implements WorkbookPort {
  readonly capabilities: Capabilities;
  private readonly run: ExcelRun;
  private readonly onDegraded: (features: Feature[]) => void;

  constructor(options: ExcelWorkbookOptions) {
    this.run = options.run;
    this.capabilities = detectCapabilities(options.isSetSupported);
    this.onDegraded = options.onDegraded ?? (() => undefined);
  }

  /** In Excel: the real `Excel.run` and requirement checker. */
  static fromOffice(onDegraded?: (features: Feature[]) => void): ExcelWorkbook {
    return new ExcelWorkbook({
      run: (batch) => Excel.run((context) => batch(context)),
      isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
      onDegraded,
    });
  }

  private async batch<T>(sheet: string | undefined, during: "read" | "write", body: (context: ContextLike) => Promise<T>): Promise<T> {
    requireCore(this.capabilities);
    try {
      return await this.run(body);
    } catch (error) {
      throw toWorkbookError(error, sheet, during);
    }
  }

  private degraded(features: Feature[]): void {
    if (features.length > 0) this.onDegraded(features);
  }

  sheetNames(): Promise<string[]> {
    return this.batch(undefined, "read", async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      return sheets.items.map((s) => s.name).filter((name) => !isCermatSheet(name));
    });
  }

  activeSheetName(): Promise<string> {
    return this.batch(undefined, "read", async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load("name");
      await context.sync();
      return sheet.name;
    });
  }

  readSheet(name: string): Promise<Grid> {
    return this.batch(name, "read", (context) => readSheet(context, name, this.capabilities));
  }

  writeCells(sheet: string, writes: CellWrite[]): Promise<void> {
    return this.batch(sheet, "write", (context) => writeCells(context, sheet, writes));
  }

  async mark(sheet: string, marks: Mark[]): Promise<void> {
    const skipped = await this.batch(sheet, "write", (context) => mark(context, sheet, marks, this.capabilities));
    this.degraded(skipped);
  }

  clearMarks(sheet: string): Promise<number> {
    return this.batch(sheet, "write", (context) => clearMarks(context, sheet, this.capabilities));
  }

  async addSheet(spec: SheetSpec): Promise<string> {
    const { name, skipped } = await this.batch(spec.name, "write", (context) => addSheet(context, spec, this.capabilities));
    this.degraded(skipped);
    return name;
  }

  removeSheet(name: string): Promise<void> {
    return this.batch(name, "write", async (context) => {
      context.workbook.worksheets.getItem(name).delete();
      await context.sync();
    });
  }

  columnChoices(sheet: string): Promise<ColumnChoices> {
    return this.batch(sheet, "read", (context) => readColumnChoices(context, sheet));
  }

  saveColumnChoices(sheet: string, choices: ColumnChoices): Promise<void> {
    return this.batch(sheet, "write", (context) => writeColumnChoices(context, sheet, choices));
  }

  selectCell(sheet: string, address: string): Promise<void> {
    return this.batch(sheet, "read", async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await context.sync();
    });
  }
}
