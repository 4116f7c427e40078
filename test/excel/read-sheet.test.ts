import { cellAt, toA1 } from "../../src/engine/model";
import { ExcelWorkbook } from "../../src/excel";
import { CHUNK_CELL_BUDGET, PAYLOAD_LIMIT_BYTES, planChunks, WORST_CASE_BYTES_PER_CELL } from "../../src/excel/chunks";
import { WorkbookError } from "../../src/port/workbook-port";
import { FakeExcel } from "./fake-excel";
import { FIRST_DATA_ROW, lombokSheet, SHEET } from "./lombok-sheet";

function workbook(excel: FakeExcel): ExcelWorkbook {
  return new ExcelWorkbook({ run: excel.run, isSetSupported: excel.isSetSupported });
}

describe("reading a Rencana Aksi sheet from the live workbook", () => {
  it("keeps absolute coordinates, display text, formats, formulas, bold and merges", async () => {
    const excel = new FakeExcel();
    lombokSheet(excel, 3);
    const grid = await workbook(excel).readSheet(SHEET);

    expect(grid.sheetName).toBe(SHEET);
    expect(grid.rows[0]).toEqual([]); // row 1 is above the used range
    expect(cellAt(grid, 1, 0)).toBeNull(); // column A is left of it
    expect(cellAt(grid, 1, 1)).toMatchObject({ value: "No", text: "No" });
    const anggaran = cellAt(grid, FIRST_DATA_ROW, 11);
    expect(anggaran).toEqual({ value: 32535393, text: "32,535,393", format: "#,##0" });
    expect(cellAt(grid, FIRST_DATA_ROW + 1, 5)).toMatchObject({ value: 0.43, text: "43%", format: "0%" });
    expect(cellAt(grid, FIRST_DATA_ROW, 10)).toMatchObject({ bold: true });
    expect(cellAt(grid, FIRST_DATA_ROW + 3, 11)).toMatchObject({ formula: "=SUM(L5:L7)" });
    expect(grid.merges).toEqual(
      expect.arrayContaining([
        { top: 1, left: 6, bottom: 1, right: 9 },
        { top: 1, left: 12, bottom: 1, right: 15 },
        { top: 1, left: 1, bottom: 2, right: 1 },
      ]),
    );
    expect(grid.mergesUnknown).toBeUndefined();
    expect(grid.hiddenRows).toEqual([]);
  });

  it("reports hidden rows and columns (a repeated page header hidden inside the table)", async () => {
    const excel = new FakeExcel();
    const s = lombokSheet(excel, 30);
    s.hiddenRows = new Set([FIRST_DATA_ROW + 10, FIRST_DATA_ROW + 11, FIRST_DATA_ROW + 20]);
    s.hiddenCols = new Set([3]);
    const grid = await workbook(excel).readSheet(SHEET);
    expect(grid.hiddenRows).toEqual([14, 15, 24]);
    expect(grid.hiddenCols).toEqual([3]);
  });

  it.each([
    ["100 rows", 100],
    ["10,000 rows", 10_000],
  ])("needs the same number of syncs for %s", async (_label, rows) => {
    const excel = new FakeExcel();
    const s = lombokSheet(excel, rows);
    s.hiddenRows = new Set([FIRST_DATA_ROW + 5]);
    const grid = await workbook(excel).readSheet(SHEET);
    expect(grid.rows.length).toBe(FIRST_DATA_ROW + rows + 1);
    expect(grid.hiddenRows).toEqual([FIRST_DATA_ROW + 5]);
    expect(excel.stats.syncs).toBe(2);
  });

  it("cuts chunks that each stay under Excel on the web's 5 MB payload limit", async () => {
    expect(CHUNK_CELL_BUDGET * WORST_CASE_BYTES_PER_CELL).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    for (const cols of [1, 16, 40, 300]) {
      const chunks = planChunks(0, 100_000, cols);
      expect(chunks.every((c) => c.rowCount * cols <= Math.max(CHUNK_CELL_BUDGET, cols))).toBe(true);
      expect(chunks.reduce((n, c) => n + c.rowCount, 0)).toBe(100_000);
    }

    const excel = new FakeExcel();
    lombokSheet(excel, 10_000);
    await workbook(excel).readSheet(SHEET);
    const perChunk = new Map<string, number>();
    for (const load of excel.stats.loads) perChunk.set(load.address, (perChunk.get(load.address) ?? 0) + load.bytes);
    expect(perChunk.size).toBeGreaterThan(1);
    for (const bytes of perChunk.values()) expect(bytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  });

  it("falls back to one sync per chunk when Excel on the web refuses the whole batch", async () => {
    const excel = new FakeExcel();
    lombokSheet(excel, 10_000);
    excel.payloadLimit = PAYLOAD_LIMIT_BYTES; // the whole read of this sheet is about 17 MB
    const grid = await workbook(excel).readSheet(SHEET);
    expect(cellAt(grid, FIRST_DATA_ROW + 9_999, 1)).toMatchObject({ value: 10_000 });
    expect(excel.stats.syncs).toBeGreaterThan(2);
    // The refused batch counted, every later one fit.
    expect(excel.stats.syncBytes.slice(2).every((b) => b <= excel.payloadLimit!)).toBe(true);
  });

  it("says merges are unknown without ExcelApi 1.13, and probes rows one by one without 1.9", async () => {
    const excel = new FakeExcel();
    excel.apiVersion = "1.8";
    const s = lombokSheet(excel, 12);
    s.hiddenRows = new Set([FIRST_DATA_ROW + 2]);
    const grid = await workbook(excel).readSheet(SHEET);
    expect(grid.mergesUnknown).toBe(true);
    expect(grid.merges).toEqual([]);
    expect(grid.hiddenRows).toEqual([FIRST_DATA_ROW + 2]);
    expect(cellAt(grid, FIRST_DATA_ROW, 10)?.bold).toBeUndefined();
    expect(excel.stats.syncs).toBe(2);
  });

  it("rejects with SHEET_NOT_FOUND for a sheet that is not there", async () => {
    const excel = new FakeExcel();
    lombokSheet(excel, 3);
    await expect(workbook(excel).readSheet("Sheet9")).rejects.toMatchObject({ code: "SHEET_NOT_FOUND" });
  });

  it("rejects with API_NOT_SUPPORTED, naming the set, on Excel older than ExcelApi 1.2", async () => {
    const excel = new FakeExcel();
    excel.apiVersion = "1.1";
    lombokSheet(excel, 3);
    const error = await workbook(excel).readSheet(SHEET).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error).toMatchObject({ code: "API_NOT_SUPPORTED", detail: "ExcelApi 1.2" });
    expect(excel.stats.syncs).toBe(0);
  });

  it("lists sheets without the hidden marks ledger, and names the active one", async () => {
    const excel = new FakeExcel();
    lombokSheet(excel, 1);
    excel.addSheet("_cermat_marks").visibility = "VeryHidden";
    excel.addSheet("PK 2022");
    excel.active = 2;
    const wb = workbook(excel);
    expect(await wb.sheetNames()).toEqual([SHEET, "PK 2022"]);
    expect(await wb.activeSheetName()).toBe("PK 2022");
  });

  it("selects a cell on its sheet", async () => {
    const excel = new FakeExcel();
    lombokSheet(excel, 3);
    excel.addSheet("Other");
    excel.active = 1;
    await workbook(excel).selectCell(SHEET, toA1(FIRST_DATA_ROW, 11));
    expect(excel.active).toBe(0);
    expect(excel.selection).toEqual({ sheet: SHEET, address: "L5" });
  });
});

describe("the fake Excel itself", () => {
  it("throws PropertyNotLoaded on a read that was not loaded and synced, like Office.js", async () => {
    const excel = new FakeExcel();
    lombokSheet(excel, 1);
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem(SHEET).getRange("B2:C3");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([["No", "Sasaran Strategis"], ["", ""]]);
      expect(() => range.text).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });
});
