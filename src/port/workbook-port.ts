import type { CellWrite, ColumnChoices, Grid, Mark, SheetSpec } from "../engine/model";

/**
 * The one interface callers (task pane, command line, tests) use to reach a workbook.
 * Implemented by src/excel (Office.js, the live workbook) and src/xlsx (ExcelJS, files).
 * Implementations reject with WorkbookError, never with a bare string.
 */
export interface WorkbookPort {
  /** Names of all worksheets, in order. */
  sheetNames(): Promise<string[]>;
  /** Name of the sheet the person is looking at (the first one for a file). */
  activeSheetName(): Promise<string>;
  /** Reads a whole sheet: values, display text, number formats, formulas, merges, hidden rows/cols. */
  readSheet(name: string): Promise<Grid>;
  /** Writes values/formulas/formats in batches. Never called for cells the person has not agreed to. */
  writeCells(sheet: string, writes: CellWrite[]): Promise<void>;
  /** Fills and annotates cells; keeps each cell's original fill and note so clearMarks restores them. */
  mark(sheet: string, marks: Mark[]): Promise<void>;
  /** Removes every mark Cermat made on the sheet, restoring the original fill and note; returns how many. */
  clearMarks(sheet: string): Promise<number>;
  /** Adds a sheet from a description; a name clash gets a suffix. Returns the name used. */
  addSheet(spec: SheetSpec): Promise<string>;
  /** Removes a sheet Cermat added (its findings report), after the person agreed. */
  removeSheet(name: string): Promise<void>;
  /** Selects (and scrolls to) a cell. */
  selectCell(sheet: string, address: string): Promise<void>;
  /** The person's column choices saved in the workbook for this sheet (none saved: `{}`). */
  columnChoices(sheet: string): Promise<ColumnChoices>;
  /** Saves this sheet's column choices in the workbook, replacing the earlier ones (`{}` forgets them). */
  saveColumnChoices(sheet: string, choices: ColumnChoices): Promise<void>;
}

export type WorkbookErrorCode =
  | "PROTECTED_SHEET"
  | "API_NOT_SUPPORTED"
  | "UNREADABLE_FILE"
  | "SHEET_NOT_FOUND"
  | "TOO_LARGE"
  | "UNKNOWN";

/** A typed failure from an adapter; the UI and CLI turn `code` into a message in the person's language. */
export class WorkbookError extends Error {
  constructor(
    readonly code: WorkbookErrorCode,
    message: string,
    readonly detail?: string,
  ) {
    super(message);
    this.name = "WorkbookError";
  }
}

