import type { CellWrite, ColumnChoices, Grid, Mark, SheetSpec } from "../engine/model";
import { WorkbookError, type WorkbookPort } from "../port/workbook-port";
import type { PackageWorkbook } from "../xlsx/package-workbook";
import { withIndonesianNumberTexts } from "./number-texts";

/**
 * What the workbench's grid needs to hear about: a sheet's cells changed (read it again), only its
 * fills and notes changed (repaint), a sheet was added, or a cell was chosen.
 */
export type WorkbenchEvent =
  | { kind: "changed"; sheet: string }
  | { kind: "looks"; sheet: string }
  | { kind: "added"; sheet: string }
  | { kind: "removed"; sheet: string }
  | { kind: "selected"; sheet: string; address: string };

/**
 * The file's workbook port as the pane sees it in the browser: the "active sheet" is the tab
 * the person is looking at, and every change is told to the grid so it repaints.
 */
export class WorkbenchPort implements WorkbookPort {
  private readonly listeners = new Set<(event: WorkbenchEvent) => void>();
  /**
   * Each sheet's grid as last read, until its cells change: the grid drawn on screen is the one
   * Periksa checks, so a 10,000-row sheet is read once, not again at every check and every mark.
   */
  private readonly grids = new Map<string, Promise<Grid>>();

  constructor(
    readonly file: PackageWorkbook,
    private active: string,
  ) {}

  /** The person switched sheet tabs. */
  setActive(sheet: string): void {
    this.active = sheet;
  }

  subscribe(listener: (event: WorkbenchEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(event: WorkbenchEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  sheetNames(): Promise<string[]> {
    return this.file.sheetNames();
  }

  async activeSheetName(): Promise<string> {
    const names = await this.file.sheetNames();
    if (!names.includes(this.active)) throw new WorkbookError("SHEET_NOT_FOUND", `No sheet named "${this.active}"`, this.active);
    return this.active;
  }

  readSheet(name: string): Promise<Grid> {
    let grid = this.grids.get(name);
    if (!grid) {
      // Numbers quoted as staff's Excel shows them, in the grid, the findings and the tools alike.
      grid = this.file.readSheet(name).then(withIndonesianNumberTexts);
      this.grids.set(name, grid);
      // A failed read is not kept: the next attempt reads again.
      grid.catch(() => this.grids.delete(name));
    }
    return grid;
  }

  async writeCells(sheet: string, writes: CellWrite[]): Promise<void> {
    this.grids.delete(sheet);
    try {
      await this.file.writeCells(sheet, writes);
    } finally {
      this.grids.delete(sheet);
    }
    this.emit({ kind: "changed", sheet });
  }

  async mark(sheet: string, marks: Mark[]): Promise<void> {
    await this.file.mark(sheet, marks);
    this.emit({ kind: "looks", sheet });
  }

  async clearMarks(sheet: string): Promise<number> {
    const count = await this.file.clearMarks(sheet);
    this.emit({ kind: "looks", sheet });
    return count;
  }

  async addSheet(spec: SheetSpec): Promise<string> {
    const name = await this.file.addSheet(spec);
    this.emit({ kind: "added", sheet: name });
    return name;
  }

  async removeSheet(name: string): Promise<void> {
    await this.file.removeSheet(name);
    this.grids.delete(name);
    this.emit({ kind: "removed", sheet: name });
  }

  columnChoices(sheet: string): Promise<ColumnChoices> {
    return this.file.columnChoices(sheet);
  }

  saveColumnChoices(sheet: string, choices: ColumnChoices): Promise<void> {
    // Nothing on the grid changes: the choice lives in a hidden sheet.
    return this.file.saveColumnChoices(sheet, choices);
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    // The file remembers the selection too, so the downloaded workbook opens on that cell.
    await this.file.selectCell(sheet, address);
    this.active = sheet;
    this.emit({ kind: "selected", sheet, address: address.replace(/\$/g, "").toUpperCase() });
  }
}
