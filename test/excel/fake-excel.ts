/**
 * A recording fake of the slice of Office.js Excel that src/excel uses.
 *
 * Like the real thing: every call only queues work; `sync()` runs the queue in order; a
 * property read that was not loaded AND synced throws PropertyNotLoaded; a write to a protected
 * sheet fails the sync with AccessDenied; a missing sheet fails it with ItemNotFound; a batch
 * whose loaded data exceeds `payloadLimit` fails with ResponsePayloadSizeLimitExceeded (Excel on
 * the web). Cells are keyed by address, so tests can assert exactly what ended up where.
 * It records how many syncs ran, how many range proxies were created and how big each load was.
 */
import type {
  CellPropertiesLike,
  CellPropertiesRequest,
  FillAreasLike,
  CommentCollectionLike,
  CommentLike,
  ContextLike,
  ExcelRun,
  NoteCollectionLike,
  NoteLike,
  RangeAreasLike,
  RangeFillLike,
  RangeFormatLike,
  RangeLike,
  RequirementCheck,
  WorkbookLike,
  WorksheetCollectionLike,
  WorksheetLike,
} from "../../src/excel/office-shapes";
import { fromA1, toA1, colLetter } from "../../src/engine/model";

export class OfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

export interface Fill {
  color: string;
  pattern: string;
  patternColor: string;
}
export const NO_FILL: Fill = { color: "#FFFFFF", pattern: "None", patternColor: "#000000" };

export interface FakeCell {
  value: string | number | boolean;
  formula?: string;
  numberFormat?: string;
  /** Display text, when it differs from String(value). */
  text?: string;
  fill?: Fill;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  indent?: number;
  style?: Record<string, string | boolean | number>;
  /** range.hyperlink (ExcelApi 1.7). */
  hyperlink?: { address?: string; documentReference?: string; textToDisplay?: string };
}

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  visibility = "Visible";
  protected = false;
  merges: Box[] = [];
  hiddenRows = new Set<number>();
  hiddenCols = new Set<number>();
  columnWidths = new Map<number, number>();
  validations: Array<{ address: string; rule: unknown }> = [];
  freeze?: { address?: string; rows?: number; cols?: number };
  page: { orientation?: string; paperSize?: string; zoom?: unknown; printTitleRows?: string; printArea?: string } = {};
  /** The range worksheet.autoFilter.apply was given (ExcelApi 1.9). */
  autoFilter?: string;
  borders: Array<{ address: string; edge: string; style: string }> = [];
  constructor(public name: string) {}

  cell(address: string): FakeCell | undefined {
    return this.cells.get(address.replace(/\$/g, "").toUpperCase());
  }
  at(row: number, col: number): FakeCell | undefined {
    return this.cells.get(toA1(row, col));
  }
  ensure(row: number, col: number): FakeCell {
    const key = toA1(row, col);
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: "" };
      this.cells.set(key, cell);
    }
    return cell;
  }
  /** Sets values from a 2-D array at a top-left address (test setup, not through the API). */
  put(address: string, rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null>>): this {
    const { row, col } = fromA1(address);
    rows.forEach((r, i) =>
      r.forEach((v, j) => {
        if (v !== null && v !== "") this.ensure(row + i, col + j).value = v;
      }),
    );
    return this;
  }
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function boxAddress(b: Box): string {
  const a = toA1(b.top, b.left);
  return b.top === b.bottom && b.left === b.right ? a : `${a}:${toA1(b.bottom, b.right)}`;
}

function colIndex(letters: string): number {
  return fromA1(`${letters}1`).col;
}

/** "B3", "B3:D7", "5:7" (rows), "C:E" (columns), optionally after "Sheet!". */
export function parseBox(address: string): Box {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const clean = bare.replace(/\$/g, "").trim();
  const rows = /^(\d+):(\d+)$/.exec(clean);
  if (rows) return { top: Number(rows[1]) - 1, bottom: Number(rows[2]) - 1, left: 0, right: MAX_COLS - 1 };
  const cols = /^([A-Za-z]+):([A-Za-z]+)$/.exec(clean);
  if (cols) return { top: 0, bottom: MAX_ROWS - 1, left: colIndex(cols[1]), right: colIndex(cols[2]) };
  const [a, b = a] = clean.split(":");
  const p = fromA1(a);
  const q = fromA1(b);
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

function* cellsOf(b: Box): Generator<{ row: number; col: number }> {
  for (let row = b.top; row <= b.bottom; row++) for (let col = b.left; col <= b.right; col++) yield { row, col };
}

function grid<T>(b: Box, f: (row: number, col: number) => T): T[][] {
  return Array.from({ length: b.bottom - b.top + 1 }, (_, r) => Array.from({ length: b.right - b.left + 1 }, (_, c) => f(b.top + r, b.left + c)));
}

function uniform<T>(values: T[]): T | null {
  return values.every((v) => v === values[0]) ? values[0] : null;
}

interface Stats {
  syncs: number;
  rangeProxies: number;
  /** RangeAreas made by worksheet.getRanges. */
  rangeAreasProxies: number;
  /** Bytes (JSON) of each load of cell arrays, with the range it read. */
  loads: Array<{ address: string; cells: number; bytes: number }>;
  /** Total loaded bytes per sync. */
  syncBytes: number[];
}

type Op = () => (() => void) | void;

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  /** Workbook notes keyed by "Sheet!A1". */
  readonly notes = new Map<string, string>();
  readonly comments: Array<{ id: number; sheet: string; cell: string; content: string }> = [];
  active = 0;
  selection?: { sheet: string; address: string };
  /** Highest ExcelApi version this "Excel" supports. */
  apiVersion = "1.18";
  /** Excel on the web refuses bigger batches; undefined = desktop (no limit). */
  payloadLimit?: number;
  readonly stats: Stats = { syncs: 0, rangeProxies: 0, rangeAreasProxies: 0, loads: [], syncBytes: [] };
  private nextCommentId = 1;

  addSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    return sheet;
  }
  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`test setup: no sheet ${name}`);
    return s;
  }
  findSheet(name: string): FakeSheet | undefined {
    return this.sheets.find((x) => x.name === name);
  }
  noteAt(sheet: string, address: string): string | undefined {
    return this.notes.get(`${sheet}!${address}`);
  }
  addComment(sheet: string, cell: string, content: string): void {
    this.comments.push({ id: this.nextCommentId++, sheet, cell, content });
  }

  readonly isSetSupported: RequirementCheck = (name, minVersion) => {
    if (name !== "ExcelApi") return false;
    const [a, b] = (minVersion ?? "1.1").split(".").map(Number);
    const [x, y] = this.apiVersion.split(".").map(Number);
    return x > a || (x === a && y >= b);
  };

  readonly run: ExcelRun = async (batch) => batch(new FakeContext(this));

  resetStats(): void {
    this.stats.syncs = 0;
    this.stats.rangeProxies = 0;
    this.stats.rangeAreasProxies = 0;
    this.stats.loads = [];
    this.stats.syncBytes = [];
  }
}

/** Longest getRanges address list this fake Excel accepts (real Excel fails some near 8,000). */
export const AREA_LIST_LIMIT = 8_000;

/** Fails the sync, as Excel does, when a call needs a newer ExcelApi than this "Excel" has. */
function requireApi(excel: FakeExcel, version: string, what: string): void {
  if (!excel.isSetSupported("ExcelApi", version)) throw new OfficeError("ApiNotFound", `${what} needs ExcelApi ${version}`);
}

export class FakeContext implements ContextLike {
  private ops: Op[] = [];
  private bytes = 0;
  readonly workbook: WorkbookLike;
  constructor(readonly excel: FakeExcel) {
    this.workbook = {
      worksheets: new FakeWorksheets(this),
      notes: new FakeNotes(this),
      comments: new FakeComments(this),
    };
  }
  queue(op: Op): void {
    this.ops.push(op);
  }
  countBytes(address: string, cells: number, data: unknown): void {
    const bytes = JSON.stringify(data).length;
    this.bytes += bytes;
    this.excel.stats.loads.push({ address, cells, bytes });
  }
  async sync(): Promise<unknown> {
    this.excel.stats.syncs++;
    const ops = this.ops;
    this.ops = [];
    this.bytes = 0;
    const reveal: Array<() => void> = [];
    for (const op of ops) {
      const after = op();
      if (after) reveal.push(after);
    }
    this.excel.stats.syncBytes.push(this.bytes);
    if (this.excel.payloadLimit !== undefined && this.bytes > this.excel.payloadLimit) {
      throw new OfficeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    }
    for (const r of reveal) r();
    return undefined;
  }
}

/** A proxy: loads are snapshots taken at sync time, readable only after that sync. */
abstract class Proxy {
  protected readonly loaded = new Map<string, unknown>();
  constructor(protected readonly ctx: FakeContext) {}

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) {
      throw new OfficeError("PropertyNotLoaded", `The property '${prop}' is not available. Call load() and sync() before reading it.`);
    }
    return this.loaded.get(prop) as T;
  }
  protected abstract snapshot(prop: string): unknown;
  /** Null objects (…OrNullObject) report isNullObject after any load. */
  protected isNull(): boolean {
    return false;
  }

  load(propertyNames: string): this {
    const props = propertyNames.split(",").map((p) => p.trim()).filter(Boolean);
    this.ctx.queue(() => {
      const isNull = this.isNull();
      const snap = new Map<string, unknown>();
      if (!isNull) for (const p of props) snap.set(p, this.snapshot(p));
      return () => {
        this.loaded.set("isNullObject", isNull);
        for (const [k, v] of snap) this.loaded.set(k, v);
      };
    });
    return this;
  }
  get isNullObject(): boolean {
    return this.read<boolean>("isNullObject");
  }
}

class FakeWorksheets extends Proxy implements WorksheetCollectionLike {
  private proxies: FakeWorksheet[] = [];
  protected snapshot(prop: string): unknown {
    if (prop !== "items/name") throw new Error(`fake: cannot load ${prop} on worksheets`);
    return this.ctx.excel.sheets.map((s) => s.name);
  }
  override load(propertyNames: string): this {
    super.load(propertyNames);
    this.ctx.queue(() => {
      const names = this.ctx.excel.sheets.map((s) => s.name);
      return () => {
        this.proxies = names.map((n) => {
          const p = new FakeWorksheet(this.ctx, () => this.lookup(n));
          p.reveal("name", n);
          return p;
        });
      };
    });
    return this;
  }
  get items(): WorksheetLike[] {
    this.read("items/name");
    return this.proxies;
  }
  lookup(name: string): FakeSheet {
    const sheet = this.ctx.excel.findSheet(name);
    if (!sheet) throw new OfficeError("ItemNotFound", `The requested resource doesn't exist: ${name}`);
    return sheet;
  }
  getItem(key: string): WorksheetLike {
    return new FakeWorksheet(this.ctx, () => this.lookup(key));
  }
  getActiveWorksheet(): WorksheetLike {
    return new FakeWorksheet(this.ctx, () => this.ctx.excel.sheets[this.ctx.excel.active]);
  }
  add(name?: string): WorksheetLike {
    const wanted = name ?? `Sheet${this.ctx.excel.sheets.length + 1}`;
    let created: FakeSheet | undefined;
    this.ctx.queue(() => {
      if (this.ctx.excel.sheets.some((s) => s.name.toLowerCase() === wanted.toLowerCase())) {
        throw new OfficeError("ItemAlreadyExists", `A sheet named ${wanted} already exists.`);
      }
      created = this.ctx.excel.addSheet(wanted);
    });
    return new FakeWorksheet(this.ctx, () => {
      if (!created) throw new Error("fake: sheet used before it was added");
      return created;
    });
  }
}

class FakeWorksheet extends Proxy implements WorksheetLike {
  constructor(
    ctx: FakeContext,
    readonly resolve: () => FakeSheet,
  ) {
    super(ctx);
  }
  reveal(prop: string, value: unknown): void {
    this.loaded.set(prop, value);
  }
  protected snapshot(prop: string): unknown {
    const s = this.resolve();
    if (prop === "name") return s.name;
    if (prop === "visibility") return s.visibility;
    throw new Error(`fake: cannot load ${prop} on a worksheet`);
  }
  get name(): string {
    return this.read("name");
  }
  set name(_v: string) {
    throw new Error("fake: renaming is not supported");
  }
  get visibility(): string {
    return this.read("visibility");
  }
  set visibility(v: string) {
    this.ctx.queue(() => {
      this.resolve().visibility = v;
    });
  }
  private protectionProxy?: FakeProtection;
  /** Navigation properties return the same child proxy every time, as in Office.js. */
  get protection(): FakeProtection {
    this.protectionProxy ??= new FakeProtection(this.ctx, this.resolve);
    return this.protectionProxy;
  }
  get freezePanes(): WorksheetLike["freezePanes"] {
    const set = (freeze: FakeSheet["freeze"]) =>
      this.ctx.queue(() => {
        this.resolve().freeze = freeze;
      });
    return {
      freezeAt: (address: string) => set({ address }),
      freezeRows: (rows?: number) => set({ rows }),
      freezeColumns: (cols?: number) => set({ cols }),
    };
  }
  get autoFilter(): WorksheetLike["autoFilter"] {
    return {
      apply: (range: RangeLike | string) =>
        this.ctx.queue(() => {
          this.resolve().autoFilter = typeof range === "string" ? range : (range as FakeRange).boxAddress();
        }),
    };
  }
  get pageLayout(): WorksheetLike["pageLayout"] {
    const ctx = this.ctx;
    const resolve = this.resolve;
    const set = (key: keyof FakeSheet["page"], value: unknown) =>
      ctx.queue(() => {
        (resolve().page as Record<string, unknown>)[key] = value;
      });
    return {
      get orientation(): string {
        throw new OfficeError("PropertyNotLoaded", "orientation");
      },
      set orientation(v: string) {
        set("orientation", v);
      },
      get paperSize(): string {
        throw new OfficeError("PropertyNotLoaded", "paperSize");
      },
      set paperSize(v: string) {
        set("paperSize", v);
      },
      get zoom(): { horizontalFitToPages?: number } {
        throw new OfficeError("PropertyNotLoaded", "zoom");
      },
      set zoom(v: { horizontalFitToPages?: number }) {
        set("zoom", v);
      },
      setPrintTitleRows: (rows: string) => set("printTitleRows", rows),
      setPrintArea: (area: string) => set("printArea", area),
    };
  }
  getRanges(address: string): FillAreasLike {
    return new FakeRangeAreas(this.ctx, this.resolve, address);
  }
  getRange(address?: string): RangeLike {
    return new FakeRange(this.ctx, this.resolve, () => (address ? parseBox(address) : { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 }));
  }
  getUsedRange(valuesOnly?: boolean): RangeLike {
    return new FakeRange(this.ctx, this.resolve, () => {
      const s = this.resolve();
      let box: Box | undefined;
      for (const [addr, cell] of s.cells) {
        const used = cell.value !== "" || cell.formula !== undefined || (!valuesOnly && (cell.fill || cell.numberFormat));
        if (!used) continue;
        const { row, col } = fromA1(addr);
        box = box
          ? { top: Math.min(box.top, row), left: Math.min(box.left, col), bottom: Math.max(box.bottom, row), right: Math.max(box.right, col) }
          : { top: row, left: col, bottom: row, right: col };
      }
      return box ?? { top: 0, left: 0, bottom: 0, right: 0 };
    });
  }
  activate(): void {
    this.ctx.queue(() => {
      this.ctx.excel.active = this.ctx.excel.sheets.indexOf(this.resolve());
    });
  }
  delete(): void {
    this.ctx.queue(() => {
      const excel = this.ctx.excel;
      excel.sheets.splice(excel.sheets.indexOf(this.resolve()), 1);
    });
  }
}

class FakeProtection extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly resolve: () => FakeSheet,
  ) {
    super(ctx);
  }
  protected snapshot(prop: string): unknown {
    if (prop !== "protected") throw new Error(`fake: cannot load ${prop} on protection`);
    return this.resolve().protected;
  }
  get protected(): boolean {
    return this.read("protected");
  }
}

class FakeRange extends Proxy implements RangeLike, FillTarget {
  constructor(
    override readonly ctx: FakeContext,
    readonly sheetOf: () => FakeSheet,
    readonly boxOf: () => Box,
  ) {
    super(ctx);
    ctx.excel.stats.rangeProxies++;
  }

  /** Writes fail on a protected sheet, as in Excel. */
  write(apply: (sheet: FakeSheet, box: Box) => void): void {
    this.ctx.queue(() => {
      const sheet = this.sheetOf();
      if (sheet.protected) throw new OfficeError("AccessDenied", "The cell or chart you're trying to change is on a protected sheet.");
      apply(sheet, this.boxOf());
    });
  }
  cells(): Array<{ row: number; col: number }> {
    return [...cellsOf(this.boxOf())];
  }
  writeEach(apply: (sheet: FakeSheet, cells: Array<{ row: number; col: number }>) => void): void {
    this.write((sheet, box) => apply(sheet, [...cellsOf(box)]));
  }

  protected snapshot(prop: string): unknown {
    const s = this.sheetOf();
    const b = this.boxOf();
    const cell = (r: number, c: number) => s.at(r, c);
    let data: unknown;
    switch (prop) {
      case "address":
        return `${quoteSheet(s.name)}!${boxAddress(b)}`;
      case "rowIndex":
        return b.top;
      case "columnIndex":
        return b.left;
      case "rowCount":
        return b.bottom - b.top + 1;
      case "columnCount":
        return b.right - b.left + 1;
      case "rowHidden": {
        const rows = Array.from({ length: b.bottom - b.top + 1 }, (_, i) => s.hiddenRows.has(b.top + i));
        return uniform(rows);
      }
      case "columnHidden": {
        const cols = Array.from({ length: b.right - b.left + 1 }, (_, i) => s.hiddenCols.has(b.left + i));
        return uniform(cols);
      }
      case "values":
        data = grid(b, (r, c) => cell(r, c)?.value ?? "");
        break;
      case "text":
        data = grid(b, (r, c) => {
          const x = cell(r, c);
          return x?.text ?? (x ? String(x.value) : "");
        });
        break;
      case "numberFormat":
        data = grid(b, (r, c) => cell(r, c)?.numberFormat ?? "General");
        break;
      case "formulas":
        data = grid(b, (r, c) => cell(r, c)?.formula ?? cell(r, c)?.value ?? "");
        break;
      default:
        throw new Error(`fake: cannot load ${prop} on a range`);
    }
    this.ctx.countBytes(boxAddress(b), (b.bottom - b.top + 1) * (b.right - b.left + 1), data);
    return data;
  }

  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get rowHidden(): boolean {
    return this.read("rowHidden");
  }
  set rowHidden(v: boolean) {
    this.write((s, b) => {
      for (let r = b.top; r <= b.bottom; r++) {
        if (v) s.hiddenRows.add(r);
        else s.hiddenRows.delete(r);
      }
    });
  }
  get columnHidden(): boolean {
    return this.read("columnHidden");
  }
  set columnHidden(v: boolean) {
    this.write((s, b) => {
      for (let c = b.left; c <= b.right; c++) {
        if (v) s.hiddenCols.add(c);
        else s.hiddenCols.delete(c);
      }
    });
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  set values(v: unknown[][]) {
    this.setGrid(v, (cell, x) => {
      cell.value = x as FakeCell["value"];
      delete cell.formula;
    });
  }
  get text(): string[][] {
    return this.read("text");
  }
  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this.setGrid(v, (cell, x) => {
      cell.numberFormat = String(x);
    });
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set formulas(v: unknown[][]) {
    this.setGrid(v, (cell, x) => {
      if (typeof x === "string" && x.startsWith("=")) {
        cell.formula = x;
        cell.value = 0;
      } else {
        delete cell.formula;
        cell.value = x as FakeCell["value"];
      }
    });
  }
  private setGrid(v: unknown[][], apply: (cell: FakeCell, x: unknown) => void): void {
    this.write((s, b) => {
      const rows = b.bottom - b.top + 1;
      const cols = b.right - b.left + 1;
      if (v.length !== rows || v.some((r) => r.length !== cols)) {
        throw new OfficeError("InvalidArgument", `The number of rows or columns in the input array doesn't match the size of the range ${boxAddress(b)}.`);
      }
      for (const { row, col } of cellsOf(b)) apply(s.ensure(row, col), v[row - b.top][col - b.left]);
    });
  }

  private formatProxy?: FakeFormat;
  get format(): RangeFormatLike {
    this.formatProxy ??= new FakeFormat(this);
    return this.formatProxy;
  }
  /** The box as "A1:C3", for what the fake records. */
  boxAddress(): string {
    return boxAddress(this.boxOf());
  }
  get hyperlink(): RangeLike["hyperlink"] {
    throw new OfficeError("PropertyNotLoaded", "hyperlink");
  }
  set hyperlink(link: RangeLike["hyperlink"]) {
    this.write((s, b) => {
      for (const { row, col } of cellsOf(b)) s.ensure(row, col).hyperlink = link;
    });
  }
  get dataValidation(): RangeLike["dataValidation"] {
    const write = (apply: (sheet: FakeSheet, box: Box) => void) => this.write(apply);
    return {
      get rule(): object {
        throw new OfficeError("PropertyNotLoaded", "rule");
      },
      set rule(rule: object) {
        write((s, b) => s.validations.push({ address: boxAddress(b), rule }));
      },
      clear: () => write((s, b) => (s.validations = s.validations.filter((x) => x.address !== boxAddress(b)))),
    };
  }

  getMergedAreasOrNullObject(): RangeAreasLike {
    return new FakeAreas(this.ctx, () => {
      const s = this.sheetOf();
      const b = this.boxOf();
      const hits = s.merges.filter((m) => m.top <= b.bottom && m.bottom >= b.top && m.left <= b.right && m.right >= b.left);
      return hits.length ? hits.map((m) => `${quoteSheet(s.name)}!${boxAddress(m)}`).join(", ") : null;
    });
  }
  getSpecialCellsOrNullObject(cellType: "Visible"): RangeAreasLike {
    if (cellType !== "Visible") throw new Error("fake: only Visible special cells");
    return new FakeAreas(this.ctx, () => {
      const s = this.sheetOf();
      const b = this.boxOf();
      const runs = (from: number, to: number, hidden: Set<number>) => {
        const out: Array<[number, number]> = [];
        for (let i = from; i <= to; i++) {
          if (hidden.has(i)) continue;
          const last = out[out.length - 1];
          if (last && last[1] === i - 1) last[1] = i;
          else out.push([i, i]);
        }
        return out;
      };
      const rowRuns = runs(b.top, b.bottom, s.hiddenRows);
      const colRuns = runs(b.left, b.right, s.hiddenCols);
      const areas = rowRuns.flatMap(([top, bottom]) => colRuns.map(([left, right]) => `${quoteSheet(s.name)}!${boxAddress({ top, bottom, left, right })}`));
      return areas.length ? areas.join(", ") : null;
    });
  }
  getCellProperties(options: CellPropertiesRequest): { readonly value: CellPropertiesLike[][] } {
    let value: CellPropertiesLike[][] | undefined;
    this.ctx.queue(() => {
      requireApi(this.ctx.excel, "1.9", "getCellProperties");
      const s = this.sheetOf();
      const b = this.boxOf();
      const props = grid(b, (r, c): CellPropertiesLike => {
        const cell = s.at(r, c);
        if ("fill" in options.format) {
          const { color, pattern, patternColor } = cell?.fill ?? NO_FILL;
          return { format: { fill: { color, pattern, patternColor } } };
        }
        return { format: { font: { bold: cell?.bold ?? false }, indentLevel: cell?.indent ?? 0 } };
      });
      this.ctx.countBytes(boxAddress(b), (b.bottom - b.top + 1) * (b.right - b.left + 1), props);
      return () => {
        value = props;
      };
    });
    return {
      get value(): CellPropertiesLike[][] {
        if (!value) throw new OfficeError("PropertyNotLoaded", "The value of the result object has not been loaded yet.");
        return value;
      },
    };
  }
  merge(): void {
    this.write((s, b) => s.merges.push(b));
  }
  clear(applyTo: "All" | "Formats" | "Contents" = "All"): void {
    this.write((s, b) => {
      for (const { row, col } of cellsOf(b)) {
        const cell = s.at(row, col);
        if (!cell) continue;
        if (applyTo !== "Formats") {
          cell.value = "";
          delete cell.formula;
        }
        if (applyTo !== "Contents") {
          delete cell.fill;
          delete cell.numberFormat;
        }
      }
    });
  }
  select(): void {
    this.ctx.queue(() => {
      this.ctx.excel.selection = { sheet: this.sheetOf().name, address: boxAddress(this.boxOf()) };
    });
  }
}

class FakeFormat implements RangeFormatLike {
  constructor(private readonly range: FakeRange) {}
  private fillProxy?: FakeFill;
  get fill(): RangeFillLike {
    this.fillProxy ??= new FakeFill(this.range);
    return this.fillProxy;
  }
  get font(): RangeFormatLike["font"] {
    const range = this.range;
    const set = (key: "bold" | "italic" | "fontSize", v: boolean | number) =>
      range.write((s, b) => {
        for (const { row, col } of cellsOf(b)) (s.ensure(row, col) as unknown as Record<string, unknown>)[key] = v;
      });
    // Colour and underline are kept with the cell's other looks, as the alignment is.
    const style = (key: "fontColor" | "underline", v: string) => this.style(key, v);
    return {
      get bold(): boolean {
        throw new OfficeError("PropertyNotLoaded", "bold");
      },
      set bold(v: boolean) {
        set("bold", v);
      },
      get italic(): boolean {
        throw new OfficeError("PropertyNotLoaded", "italic");
      },
      set italic(v: boolean) {
        set("italic", v);
      },
      get size(): number {
        throw new OfficeError("PropertyNotLoaded", "size");
      },
      set size(v: number) {
        set("fontSize", v);
      },
      get color(): string {
        throw new OfficeError("PropertyNotLoaded", "color");
      },
      set color(v: string) {
        style("fontColor", v);
      },
      get underline(): string {
        throw new OfficeError("PropertyNotLoaded", "underline");
      },
      set underline(v: string) {
        style("underline", v);
      },
    };
  }
  private style(key: string, v: string | boolean | number): void {
    this.range.write((s, b) => {
      for (const { row, col } of cellsOf(b)) {
        const cell = s.ensure(row, col);
        cell.style = { ...cell.style, [key]: v };
      }
    });
  }
  get horizontalAlignment(): string {
    throw new OfficeError("PropertyNotLoaded", "horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    this.style("horizontalAlignment", v);
  }
  get verticalAlignment(): string {
    throw new OfficeError("PropertyNotLoaded", "verticalAlignment");
  }
  set verticalAlignment(v: string) {
    this.style("verticalAlignment", v);
  }
  get wrapText(): boolean {
    throw new OfficeError("PropertyNotLoaded", "wrapText");
  }
  set wrapText(v: boolean) {
    this.style("wrapText", v);
  }
  get indentLevel(): number {
    throw new OfficeError("PropertyNotLoaded", "indentLevel");
  }
  set indentLevel(v: number) {
    this.range.write((s, b) => {
      for (const { row, col } of cellsOf(b)) s.ensure(row, col).indent = v;
    });
  }
  get columnWidth(): number {
    throw new OfficeError("PropertyNotLoaded", "columnWidth");
  }
  set columnWidth(v: number) {
    this.range.write((s, b) => {
      for (let c = b.left; c <= b.right; c++) s.columnWidths.set(c, v);
    });
  }
  get borders(): RangeFormatLike["borders"] {
    const range = this.range;
    return {
      getItem: (edge: string) => ({
        get style(): string {
          throw new OfficeError("PropertyNotLoaded", "style");
        },
        set style(v: string) {
          range.write((s, b) => s.borders.push({ address: boxAddress(b), edge, style: v }));
        },
      }),
    };
  }
}

/** Cells whose fill can be read and written: one range, or the blocks of a RangeAreas. */
interface FillTarget {
  readonly ctx: FakeContext;
  sheetOf(): FakeSheet;
  cells(): Array<{ row: number; col: number }>;
  writeEach(apply: (sheet: FakeSheet, cells: Array<{ row: number; col: number }>) => void): void;
}

class FakeFill extends Proxy implements RangeFillLike {
  constructor(private readonly target: FillTarget) {
    super(target.ctx);
  }
  protected snapshot(prop: string): unknown {
    const s = this.target.sheetOf();
    const fills = this.target.cells().map(({ row, col }) => s.at(row, col)?.fill ?? NO_FILL);
    if (prop === "color" || prop === "pattern" || prop === "patternColor") return uniform(fills.map((f) => f[prop]));
    throw new Error(`fake: cannot load ${prop} on a fill`);
  }
  private setFill(change: (f: Fill) => Fill): void {
    this.target.writeEach((s, cells) => {
      for (const { row, col } of cells) {
        const cell = s.ensure(row, col);
        cell.fill = change(cell.fill ?? NO_FILL);
      }
    });
  }
  get color(): string {
    return this.read("color");
  }
  set color(v: string) {
    // As in Excel: giving a colour to an unfilled cell makes it a solid fill.
    this.setFill((f) => ({ ...f, color: v.toUpperCase(), pattern: f.pattern === "None" ? "Solid" : f.pattern }));
  }
  get pattern(): string {
    return this.read("pattern");
  }
  set pattern(v: string) {
    this.setFill((f) => ({ ...f, pattern: v }));
  }
  get patternColor(): string {
    return this.read("patternColor");
  }
  set patternColor(v: string) {
    this.setFill((f) => ({ ...f, patternColor: v.toUpperCase() }));
  }
  clear(): void {
    this.target.writeEach((s, cells) => {
      for (const { row, col } of cells) {
        const cell = s.at(row, col);
        if (cell) delete cell.fill;
      }
    });
  }
}

/**
 * worksheet.getRanges (ExcelApi 1.9): the blocks of a comma-separated list, filled as one.
 * Like Excel, an address list longer than `AREA_LIST_LIMIT` characters is refused at sync.
 */
class FakeRangeAreas implements FillAreasLike, FillTarget {
  private fillProxy?: FakeFill;
  private readonly boxes: Box[];
  constructor(
    readonly ctx: FakeContext,
    readonly sheetOf: () => FakeSheet,
    private readonly list: string,
  ) {
    ctx.excel.stats.rangeAreasProxies++;
    this.boxes = list.split(",").map(parseBox);
    ctx.queue(() => {
      requireApi(ctx.excel, "1.9", "getRanges");
      if (list.length > AREA_LIST_LIMIT) throw new OfficeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
    });
  }
  cells(): Array<{ row: number; col: number }> {
    return this.boxes.flatMap((b) => [...cellsOf(b)]);
  }
  writeEach(apply: (sheet: FakeSheet, cells: Array<{ row: number; col: number }>) => void): void {
    this.ctx.queue(() => {
      const sheet = this.sheetOf();
      if (sheet.protected) throw new OfficeError("AccessDenied", "The cell or chart you're trying to change is on a protected sheet.");
      apply(sheet, this.cells());
    });
  }
  get format(): { readonly fill: RangeFillLike } {
    this.fillProxy ??= new FakeFill(this);
    return { fill: this.fillProxy };
  }
}

class FakeAreas extends Proxy implements RangeAreasLike {
  constructor(
    ctx: FakeContext,
    private readonly compute: () => string | null,
  ) {
    super(ctx);
  }
  protected override isNull(): boolean {
    return this.compute() === null;
  }
  protected snapshot(prop: string): unknown {
    if (prop !== "address") throw new Error(`fake: cannot load ${prop} on RangeAreas`);
    return this.compute();
  }
  get address(): string {
    return this.read("address");
  }
}

/** "'Rencana Aksi'!B3" → ["Rencana Aksi", "B3"]. */
function splitQualified(address: string): [string, string] {
  const bang = address.lastIndexOf("!");
  if (bang < 0) throw new OfficeError("InvalidArgument", `Expected a sheet-qualified address: ${address}`);
  const sheet = address.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
  return [sheet, address.slice(bang + 1).replace(/\$/g, "")];
}

class FakeNote extends Proxy implements NoteLike {
  constructor(
    ctx: FakeContext,
    private readonly key: string,
  ) {
    super(ctx);
  }
  protected override isNull(): boolean {
    return !this.ctx.excel.notes.has(this.key);
  }
  protected snapshot(prop: string): unknown {
    if (prop !== "content") throw new Error(`fake: cannot load ${prop} on a note`);
    return this.ctx.excel.notes.get(this.key);
  }
  get content(): string {
    return this.read("content");
  }
  set content(v: string) {
    this.ctx.queue(() => {
      if (!this.ctx.excel.notes.has(this.key)) throw new OfficeError("ItemNotFound", `No note at ${this.key}`);
      this.ctx.excel.notes.set(this.key, v);
    });
  }
  delete(): void {
    this.ctx.queue(() => {
      if (!this.ctx.excel.notes.delete(this.key)) throw new OfficeError("ItemNotFound", `No note at ${this.key}`);
    });
  }
}

class FakeNotes implements NoteCollectionLike {
  constructor(private readonly ctx: FakeContext) {}
  private key(address: string): string {
    const [sheet, cell] = splitQualified(address);
    return `${sheet}!${cell}`;
  }
  add(cellAddress: string, content: string): NoteLike {
    const key = this.key(cellAddress);
    this.ctx.queue(() => {
      const [sheet] = splitQualified(cellAddress);
      if (this.ctx.excel.sheet(sheet).protected) throw new OfficeError("AccessDenied", "protected");
      if (this.ctx.excel.notes.has(key)) throw new OfficeError("InvalidArgument", `A note already exists at ${key}`);
      this.ctx.excel.notes.set(key, content);
    });
    return new FakeNote(this.ctx, key);
  }
  getItemOrNullObject(key: string): NoteLike {
    return new FakeNote(this.ctx, this.key(key));
  }
}

class FakeComment extends Proxy implements CommentLike {
  constructor(
    ctx: FakeContext,
    private readonly id: number,
  ) {
    super(ctx);
  }
  private get entry() {
    const e = this.ctx.excel.comments.find((c) => c.id === this.id);
    if (!e) throw new OfficeError("ItemNotFound", `No comment ${this.id}`);
    return e;
  }
  reveal(content: string): void {
    this.loaded.set("content", content);
  }
  protected snapshot(prop: string): unknown {
    if (prop !== "content") throw new Error(`fake: cannot load ${prop} on a comment`);
    return this.entry.content;
  }
  get content(): string {
    return this.read("content");
  }
  delete(): void {
    this.ctx.queue(() => {
      const list = this.ctx.excel.comments;
      list.splice(list.indexOf(this.entry), 1);
    });
  }
  getLocation(): RangeLike {
    return new FakeRange(this.ctx, () => this.ctx.excel.sheet(this.entry.sheet), () => parseBox(this.entry.cell));
  }
}

class FakeComments extends Proxy implements CommentCollectionLike {
  private proxies: FakeComment[] = [];
  protected snapshot(prop: string): unknown {
    if (prop !== "items/content") throw new Error(`fake: cannot load ${prop} on comments`);
    return this.ctx.excel.comments.map((c) => ({ ...c }));
  }
  override load(propertyNames: string): this {
    super.load(propertyNames);
    this.ctx.queue(() => {
      const snap = this.ctx.excel.comments.map((c) => ({ ...c }));
      return () => {
        this.proxies = snap.map((c) => {
          const p = new FakeComment(this.ctx, c.id);
          p.reveal(c.content);
          return p;
        });
      };
    });
    return this;
  }
  get items(): CommentLike[] {
    this.read("items/content");
    return this.proxies;
  }
  add(cellAddress: string, content: string): CommentLike {
    const [sheet, cell] = splitQualified(cellAddress);
    let id = 0;
    this.ctx.queue(() => {
      if (this.ctx.excel.comments.some((c) => c.sheet === sheet && c.cell === cell)) {
        throw new OfficeError("InvalidArgument", `A comment already exists at ${cellAddress}`);
      }
      this.ctx.excel.addComment(sheet, cell, content);
      id = this.ctx.excel.comments[this.ctx.excel.comments.length - 1].id;
    });
    return new FakeComment(this.ctx, id);
  }
}

/** Column letters for test readability. */
export { colLetter };
