/**
 * The slice of the Office.js Excel API that Cermat uses, as structural interfaces.
 *
 * Why not `Excel.RequestContext` directly: the adapter is tested against a recording fake, and
 * a fake of the full API (thousands of members) would be mostly `as unknown as` casts. These
 * interfaces name only what we call; `ShapeCheck` below makes the compiler prove that the real
 * `Excel.RequestContext` satisfies them, so the fake and Office.js cannot drift apart silently.
 * Method syntax (not arrow properties) is deliberate: it keeps parameter checks bivariant, so
 * `freezeAt(range: Excel.Range | string)` still matches our `freezeAt(address: string)`.
 */

/** Anything that can queue a property load for the next `sync`. */
export interface Loadable {
  load(propertyNames: string): unknown;
}

export interface RangeFillLike extends Loadable {
  color: string;
  /** ExcelApi 1.9. */
  pattern: string;
  /** ExcelApi 1.9. */
  patternColor: string;
  clear(): void;
}

export interface RangeFontLike {
  bold: boolean;
  italic: boolean;
  size: number;
  /** "#RRGGBB". */
  color: string;
  /** "None" or "Single". */
  underline: string;
}

export interface RangeBorderLike {
  style: string;
}

export interface RangeFormatLike {
  fill: RangeFillLike;
  font: RangeFontLike;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  /** ExcelApi 1.9 for reading per cell through getCellProperties; writable since 1.1. */
  indentLevel: number;
  /** Points; ExcelApi 1.2. */
  columnWidth: number;
  borders: { getItem(index: string): RangeBorderLike };
}

export interface ListRuleLike {
  list: { inCellDropDown: boolean; source: string };
}

export interface DataValidationLike {
  rule: ListRuleLike | object;
  clear(): void;
}

/** What `getCellProperties` returns per cell (only the parts we ask for). */
export interface CellPropertiesLike {
  format?: {
    font?: { bold?: boolean };
    indentLevel?: number;
    fill?: { color?: string; pattern?: string; patternColor?: string };
  };
}

/** The cell properties Cermat asks getCellProperties for: bold and indent (reading), or the fill (marking). */
export type CellPropertiesRequest =
  | { format: { font: { bold: true }; indentLevel: true } }
  | { format: { fill: { color: true; pattern: true; patternColor: true } } };

/** Several blocks of one sheet handled as one (ExcelApi 1.9): here, to fill them at once. */
export interface FillAreasLike {
  readonly format: { readonly fill: RangeFillLike };
}

export interface RangeAreasLike extends Loadable {
  readonly isNullObject: boolean;
  /** "Sheet1!A1:B2, Sheet1!D4" */
  readonly address: string;
}

export interface RangeLike extends Loadable {
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  values: unknown[][];
  readonly text: string[][];
  numberFormat: unknown[][];
  formulas: unknown[][];
  rowHidden: boolean;
  columnHidden: boolean;
  readonly format: RangeFormatLike;
  /** ExcelApi 1.8. */
  readonly dataValidation: DataValidationLike;
  /** ExcelApi 1.13. */
  getMergedAreasOrNullObject(): RangeAreasLike;
  /** ExcelApi 1.9. */
  getSpecialCellsOrNullObject(cellType: "Visible"): RangeAreasLike;
  /** ExcelApi 1.9. */
  getCellProperties(options: CellPropertiesRequest): {
    readonly value: CellPropertiesLike[][];
  };
  /** ExcelApi 1.7: a link to a cell of this workbook (`documentReference`) shown as `textToDisplay`. */
  hyperlink: { address?: string; documentReference?: string; textToDisplay?: string };
  /** ExcelApi 1.2. */
  merge(across?: boolean): void;
  clear(applyTo?: "All" | "Formats" | "Contents"): void;
  select(): void;
}

export interface ProtectionLike extends Loadable {
  readonly protected: boolean;
}

export interface PageLayoutLike {
  orientation: string;
  paperSize: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  setPrintTitleRows(printTitleRows: string): void;
  setPrintArea(printArea: string): void;
}

export interface WorksheetLike extends Loadable {
  name: string;
  visibility: string;
  /** ExcelApi 1.2. */
  readonly protection: ProtectionLike;
  /** ExcelApi 1.7. */
  readonly freezePanes: {
    freezeAt(frozenRange: string): void;
    freezeRows(count?: number): void;
    freezeColumns(count?: number): void;
  };
  /** ExcelApi 1.9. */
  readonly pageLayout: PageLayoutLike;
  /** ExcelApi 1.9. */
  readonly autoFilter: { apply(range: RangeLike | string): void };
  getRange(address?: string): RangeLike;
  /** ExcelApi 1.9: "A1,K5:K9,…" as one RangeAreas. */
  getRanges(address: string): FillAreasLike;
  getUsedRange(valuesOnly?: boolean): RangeLike;
  activate(): void;
  delete(): void;
}

export interface WorksheetCollectionLike extends Loadable {
  readonly items: WorksheetLike[];
  getItem(key: string): WorksheetLike;
  getActiveWorksheet(): WorksheetLike;
  add(name?: string): WorksheetLike;
}

export interface NoteLike extends Loadable {
  readonly isNullObject: boolean;
  content: string;
  delete(): void;
}

export interface NoteCollectionLike {
  add(cellAddress: string, content: string): NoteLike;
  getItemOrNullObject(key: string): NoteLike;
}

export interface CommentLike extends Loadable {
  readonly content: string;
  delete(): void;
  getLocation(): RangeLike;
}

export interface CommentCollectionLike extends Loadable {
  readonly items: CommentLike[];
  add(cellAddress: string, content: string): CommentLike;
}

export interface WorkbookLike {
  readonly worksheets: WorksheetCollectionLike;
  /** ExcelApi 1.18. */
  readonly notes: NoteCollectionLike;
  /** ExcelApi 1.10. */
  readonly comments: CommentCollectionLike;
}

/** The request context handed to a batch: queue loads and writes, then `sync`. */
export interface ContextLike {
  readonly workbook: WorkbookLike;
  sync(): Promise<unknown>;
}

/** The shape of `Excel.run` (the single-batch overload). */
export type ExcelRun = <T>(batch: (context: ContextLike) => Promise<T>) => Promise<T>;

/** The shape of `Office.context.requirements.isSetSupported`. */
export type RequirementCheck = (name: string, minVersion?: string) => boolean;

/** Compile-time proof that the real API satisfies our slice (fails `tsc` if Office.js drifts). */
type Assignable<From, To> = From extends To ? true : never;
export const SHAPE_CHECK: Assignable<Excel.RequestContext, ContextLike> = true;
