import type { CellWrite, ColumnChoices, Grid, Mark, SheetSpec } from "../../../src/engine/model";
import { WorkbookError, type WorkbookErrorCode, type WorkbookPort } from "../../../src/port/workbook-port";

type Method = keyof WorkbookPort;

export interface PortCall {
  method: Method;
  args: unknown[];
}

/**
 * A workbook port that records every call and answers from a grid, for the pane's tests.
 * `failing` makes a method reject with a typed WorkbookError, as the adapters do.
 */
export class RecordingPort implements WorkbookPort {
  readonly calls: PortCall[] = [];
  private readonly failures = new Map<Method, WorkbookError>();
  marksOnSheet = 0;
  /** The column choices "saved in the workbook", per sheet. */
  readonly savedChoices = new Map<string, ColumnChoices>();

  constructor(
    private readonly grid: Grid,
    private active = grid.sheetName,
  ) {}

  failing(method: Method, code: WorkbookErrorCode, detail?: string): this {
    this.failures.set(method, new WorkbookError(code, `${method} failed with ${code}`, detail));
    return this;
  }

  /** Holds every later readSheet until the returned function is called (a check "under way"). */
  holdReads(): () => void {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const read = this.readSheet.bind(this);
    this.readSheet = async (name) => {
      await gate;
      return read(name);
    };
    return release;
  }

  callsOf(method: Method): unknown[][] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  private async record(method: Method, args: unknown[]): Promise<void> {
    this.calls.push({ method, args });
    const failure = this.failures.get(method);
    if (failure) throw failure;
  }

  async sheetNames(): Promise<string[]> {
    await this.record("sheetNames", []);
    return [this.grid.sheetName];
  }
  async activeSheetName(): Promise<string> {
    await this.record("activeSheetName", []);
    return this.active;
  }
  async readSheet(name: string): Promise<Grid> {
    await this.record("readSheet", [name]);
    return this.grid;
  }
  async writeCells(sheet: string, writes: CellWrite[]): Promise<void> {
    await this.record("writeCells", [sheet, writes]);
  }
  async mark(sheet: string, marks: Mark[]): Promise<void> {
    await this.record("mark", [sheet, marks]);
    this.marksOnSheet += marks.length;
  }
  async clearMarks(sheet: string): Promise<number> {
    await this.record("clearMarks", [sheet]);
    const n = this.marksOnSheet;
    this.marksOnSheet = 0;
    return n;
  }
  async addSheet(spec: SheetSpec): Promise<string> {
    await this.record("addSheet", [spec]);
    return spec.name;
  }
  async removeSheet(name: string): Promise<void> {
    await this.record("removeSheet", [name]);
  }
  async selectCell(sheet: string, address: string): Promise<void> {
    await this.record("selectCell", [sheet, address]);
  }
  async columnChoices(sheet: string): Promise<ColumnChoices> {
    await this.record("columnChoices", [sheet]);
    return this.savedChoices.get(sheet) ?? {};
  }
  async saveColumnChoices(sheet: string, choices: ColumnChoices): Promise<void> {
    await this.record("saveColumnChoices", [sheet, choices]);
    this.savedChoices.set(sheet, choices);
  }
}
