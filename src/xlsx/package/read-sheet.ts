/**
 * A worksheet part read in one streaming pass into the engine's Grid: exactly the grid that
 * read-grid.ts builds from ExcelJS for the same sheet, from files ExcelJS refuses too (cells and
 * rows without `r`, prefixed elements, strict OOXML), at a fraction of its time and memory.
 */
import type { Grid, GridCell, Merge } from "../../engine/model";
import { gridCellOf, type RawCell } from "./cell-value";
import { guarded, TooManyCellsError, XlsxReadError } from "./read-error";
import { columnNumber, slideFormula } from "./shared-formula";
import { readSharedStrings, type SharedStrings } from "./shared-strings";
import { StringItem } from "./string-item";
import { readCellStyles, styleAt, type CellStyle } from "./styles-read";
import type { SheetEntry, WorkbookParts } from "./workbook-parts";
import type { XlsxPackage } from "./zip-package";
import { scanXml, type XmlAttributes, type XmlHandler } from "./xml-scan";

/** Far above any real Rencana Aksi (a 100,000-row, 16-column sheet has 1.6 million cells). */
export const DEFAULT_MAX_CELLS = 5_000_000;

export interface ReadSheetOptions {
  /** Stop with TooManyCellsError past this many `<c>` elements (or a larger `<dimension>`). */
  maxCells?: number;
}

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

interface WorkbookContext {
  strings: SharedStrings;
  styles: CellStyle[];
  /** The part texts they were read from: a patched package (a mark appends styles) reads them again. */
  from: [string | undefined, string | undefined];
}

/** Shared strings and styles are read once per state of the package, however many sheets are read. */
const contexts = new WeakMap<XlsxPackage, WorkbookContext>();

function contextOf(pkg: XlsxPackage, parts: WorkbookParts): WorkbookContext {
  const from: WorkbookContext["from"] = [
    parts.sharedStringsPath === undefined ? undefined : pkg.text(parts.sharedStringsPath),
    parts.stylesPath === undefined ? undefined : pkg.text(parts.stylesPath),
  ];
  let context = contexts.get(pkg);
  if (!context || context.from[0] !== from[0] || context.from[1] !== from[1]) {
    context = { strings: readSharedStrings(pkg, parts.sharedStringsPath), styles: readCellStyles(pkg, parts.stylesPath), from };
    contexts.set(pkg, context);
  }
  return context;
}

/** 1-based column of an address's letters (`AB12` → 28); undefined when it has none. */
function columnOf(address: string | undefined): number | undefined {
  if (address === undefined) return undefined;
  // Hand-rolled: this runs once per cell, and a regex match costs a third of the cell's time.
  let col = 0;
  let i = address.charCodeAt(0) === 36 /* $ */ ? 1 : 0;
  for (; i < address.length; i++) {
    const c = address.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + c - 96;
  }
  return col > 0 ? col : undefined;
}

function parseAddress(address: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  return m ? { row: Number(m[2]) - 1, col: columnNumber(m[1].toUpperCase()) - 1 } : undefined;
}

/** A range such as "B2:D3" (or one cell) as a 0-based Merge; undefined when it is not one. */
export function parseRange(range: string | undefined): Merge | undefined {
  const [a, b = a] = (range ?? "").split(":");
  const start = parseAddress(a);
  const end = parseAddress(b);
  if (!start || !end) return undefined;
  return { top: Math.min(start.row, end.row), left: Math.min(start.col, end.col), bottom: Math.max(start.row, end.row), right: Math.max(start.col, end.col) };
}

function truthy(value: string | undefined): boolean {
  return value === "1" || value === "true";
}

interface ColumnSpan {
  min: number;
  max: number;
  hidden: boolean;
}

class SheetHandler implements XmlHandler {
  readonly rows: Array<Array<GridCell | null>> = [];
  readonly hiddenRows = new Set<number>();
  readonly merges: Merge[] = [];
  readonly columns: ColumnSpan[] = [];
  private readonly masters = new Map<string, { formula: string; row: number; col: number }>();
  private inSheetData = false;
  private cells = 0;
  /** 1-based numbers of the current row and of the last cell placed in it. */
  private row = 0;
  private col = 0;
  private inCell = false;
  private capture: "v" | "f" | undefined;
  private inline: StringItem | undefined;
  private inInline = false;
  private type: string | undefined;
  private styleIndex = 0;
  private value = "";
  private hasValue = false;
  private formula = "";
  private formulaAttributes: XmlAttributes | undefined;

  constructor(
    private readonly sheet: string,
    private readonly context: WorkbookContext,
    private readonly date1904: boolean,
    private readonly maxCells: number,
  ) {}

  get capturing(): boolean {
    return this.capture !== undefined || (this.inInline && this.inline!.capturing);
  }

  open(name: string, a: XmlAttributes): void {
    if (this.inInline) {
      this.inline!.open(name, a);
      return;
    }
    if (this.inCell) {
      this.openInCell(name, a);
      return;
    }
    switch (name) {
      case "sheetData":
        this.inSheetData = true;
        return;
      case "row":
        if (this.inSheetData) this.openRow(a);
        return;
      case "c":
        if (this.inSheetData) this.openCell(a);
        return;
      case "dimension":
        this.checkDimension(a.ref);
        return;
      case "col":
        this.columns.push({ min: parseInt(a.min ?? "0", 10) || 0, max: Math.min(parseInt(a.max ?? "0", 10) || 0, MAX_COL), hidden: truthy(a.hidden) });
        return;
      case "mergeCell": {
        const merge = parseRange(a.ref);
        if (merge) this.merges.push(merge);
        return;
      }
    }
  }

  close(name: string): void {
    if (this.inInline) {
      if (name === "is") this.inInline = false;
      else this.inline!.close(name);
      return;
    }
    if (name === "v" || name === "f") this.capture = undefined;
    else if (name === "c" && this.inCell) this.closeCell();
    else if (name === "sheetData") this.inSheetData = false;
  }

  text(text: string): void {
    if (this.inInline) this.inline!.text(text);
    else if (this.capture === "v") {
      this.value += text;
      this.hasValue = true;
    } else if (this.capture === "f") this.formula += text;
  }

  private checkDimension(ref: string | undefined): void {
    const area = parseRange(ref);
    if (!area) return;
    const cells = (area.bottom - area.top + 1) * (area.right - area.left + 1);
    if (cells > this.maxCells) throw new TooManyCellsError(this.sheet, cells, this.maxCells);
  }

  private openRow(a: XmlAttributes): void {
    // A row without `r` follows the one before it (ECMA-376 lets writers leave it out).
    const r = a.r !== undefined ? parseInt(a.r, 10) : this.row + 1;
    if (!(r >= 1 && r <= MAX_ROW)) throw new XlsxReadError("corrupt", `Sheet "${this.sheet}": row number ${a.r} out of range`);
    this.row = r;
    this.col = 0;
    if (truthy(a.hidden)) this.hiddenRows.add(r - 1);
  }

  private openCell(a: XmlAttributes): void {
    // A cell without `r` sits right of the one before it.
    const col = columnOf(a.r) ?? this.col + 1;
    if (col > MAX_COL) throw new XlsxReadError("corrupt", `Sheet "${this.sheet}": cell ${a.r} is past column XFD`);
    if (this.row === 0) this.row = 1;
    this.col = col;
    if (++this.cells > this.maxCells) throw new TooManyCellsError(this.sheet, this.cells, this.maxCells);
    this.inCell = true;
    this.type = a.t;
    this.styleIndex = a.s !== undefined ? parseInt(a.s, 10) || 0 : 0;
    this.value = "";
    this.hasValue = false;
    this.formula = "";
    this.formulaAttributes = undefined;
    this.inline = undefined;
  }

  private openInCell(name: string, a: XmlAttributes): void {
    if (name === "v") {
      this.capture = "v";
    } else if (name === "f") {
      this.capture = "f";
      this.formulaAttributes = a;
    } else if (name === "is") {
      this.inline = new StringItem();
      this.inInline = true;
    }
  }

  private closeCell(): void {
    this.inCell = false;
    this.capture = undefined;
    const row = this.row - 1;
    const col = this.col - 1;
    const f = this.formulaAttributes;
    const raw: RawCell = {
      type: this.type,
      style: styleAt(this.context.styles, this.styleIndex),
      value: this.hasValue && this.value !== "" ? this.value : undefined,
      inline: this.inline,
      isFormula: f !== undefined && (this.formula !== "" || !!f.t),
      formula: this.formula || undefined,
    };
    if (f?.t === "shared" && f.si !== undefined) raw.formula = this.sharedFormula(f, row, col);
    this.place(row, col, gridCellOf(raw, this.context.strings, this.date1904));
  }

  /** The master's text is kept for the cells after it; the others move it by their distance. */
  private sharedFormula(f: XmlAttributes, row: number, col: number): string | undefined {
    const si = f.si!;
    if (f.ref) {
      this.masters.set(si, { formula: this.formula, row, col });
      return this.formula || undefined;
    }
    if (this.formula) return this.formula;
    const master = this.masters.get(si);
    return master?.formula ? slideFormula(master.formula, row - master.row, col - master.col) : undefined;
  }

  private place(row: number, col: number, cell: GridCell | null): void {
    const rows = this.rows;
    if (!cell) {
      // A later empty cell at the same address replaces an earlier one, as it would in Excel.
      if (row < rows.length && col < rows[row].length) rows[row][col] = null;
      return;
    }
    while (rows.length <= row) rows.push([]);
    const cells = rows[row];
    while (cells.length < col) cells.push(null);
    cells[col] = cell;
  }

  hiddenCols(): number[] {
    // As ExcelJS reads <cols>: by `min`, each column taking the first span that reaches it.
    const hidden: number[] = [];
    let next = 1;
    for (const span of [...this.columns].sort((a, b) => a.min - b.min)) {
      next = Math.max(next, span.min);
      for (; next <= span.max; next++) if (span.hidden) hidden.push(next - 1);
    }
    return hidden;
  }
}

/** The covered parts of merged areas hold nothing (Excel keeps only the first cell); then no trailing blanks. */
function clearMergedAndTrim(rows: Array<Array<GridCell | null>>, merges: readonly Merge[]): void {
  for (const m of merges) {
    for (let r = m.top; r <= Math.min(m.bottom, rows.length - 1); r++) {
      const cells = rows[r];
      for (let c = m.left; c <= Math.min(m.right, cells.length - 1); c++) if (r !== m.top || c !== m.left) cells[c] = null;
    }
  }
  for (const cells of rows) while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
}

/**
 * Reads one worksheet into a Grid. Throws only XlsxReadError ("corrupt" for a part that cannot
 * be read, TooManyCellsError past `maxCells`): a chart sheet or a missing part reads as empty.
 */
export function readSheetGrid(pkg: XlsxPackage, parts: WorkbookParts, sheet: SheetEntry, options: ReadSheetOptions = {}): Grid {
  return guarded(`Sheet "${sheet.name}" cannot be read`, () => {
    const xml = sheet.path ? pkg.text(sheet.path) : undefined;
    if (xml === undefined) return { sheetName: sheet.name, rows: [], merges: [], hiddenRows: [], hiddenCols: [] };
    const h = new SheetHandler(sheet.name, contextOf(pkg, parts), parts.date1904, options.maxCells ?? DEFAULT_MAX_CELLS);
    scanXml(xml, h);
    clearMergedAndTrim(h.rows, h.merges);
    return {
      sheetName: sheet.name,
      rows: h.rows,
      merges: h.merges,
      hiddenRows: [...h.hiddenRows].sort((a, b) => a - b),
      hiddenCols: h.hiddenCols(),
    };
  });
}
