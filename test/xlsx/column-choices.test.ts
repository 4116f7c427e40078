import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeSheet } from "../../src/engine/analyze";
import { COLUMNS_SHEET } from "../../src/port/column-choices";
import ExcelJS from "exceljs";
import { FILE_ADAPTERS, excelOf, type FileAdapter, type FileBook } from "./adapters";

const SHEET = "Renaksi 2022";
const FIXTURE = readFileSync(join(__dirname, "../fixtures/lombok-tengah.xlsx"));
const codes = (book: FileBook) => book.readSheet(SHEET).then(async (grid) => analyzeSheet(grid, undefined, await book.columnChoices(SHEET)).findings.map((f) => f.code));

describe.each(FILE_ADAPTERS)("column choices saved in an .xlsx file ($name)", (adapter: FileAdapter) => {
  const open = () => adapter.open(FIXTURE);
  const reopen = async (book: FileBook) => adapter.open(await book.toBuffer());

  it("survive save and reopen, in a very hidden sheet that is never listed or checked", async () => {
    const book = await open();
    expect(await book.columnChoices(SHEET)).toEqual({});
    expect(await codes(book)).toContain("BUDGET_PERIOD_SUM");

    await book.saveColumnChoices(SHEET, { K: "none", Q: "keterangan" });
    const reopened = await reopen(book);

    expect(await reopened.columnChoices(SHEET)).toEqual({ K: "none", Q: "keterangan" });
    expect((await excelOf(reopened)).getWorksheet(COLUMNS_SHEET)?.state).toBe("veryHidden");
    expect(await reopened.sheetNames()).toEqual([SHEET]);
    await expect(reopened.readSheet(COLUMNS_SHEET)).rejects.toMatchObject({ code: "SHEET_NOT_FOUND" });
    // With the annual anggaran left unread, no budget check has a total to compare with.
    expect(await codes(reopened)).toEqual(["TARGET_PERIOD_SUM"]);
  });

  it("keep the person's active sheet active and sit beside the marks ledger", async () => {
    const book = await open();
    await book.mark(SHEET, [{ row: 47, col: 10, severity: "error", note: "x" }]);
    await book.saveColumnChoices(SHEET, { K: "none" });
    await book.saveColumnChoices(SHEET, { K: "anggaran", E: "target" });
    const reopened = await reopen(book);
    expect(await reopened.activeSheetName()).toBe(SHEET);
    expect(await reopened.columnChoices(SHEET)).toEqual({ K: "anggaran", E: "target" });
    expect(await reopened.clearMarks(SHEET)).toBe(1);
  });

  it("are removed whole when the last choice is reset", async () => {
    const book = await open();
    await book.saveColumnChoices(SHEET, { K: "none" });
    await book.saveColumnChoices(SHEET, {});
    const reopened = await reopen(book);
    expect((await excelOf(reopened)).getWorksheet(COLUMNS_SHEET)).toBeUndefined();
    expect(await reopened.columnChoices(SHEET)).toEqual({});
  });

  it("say so when the hidden sheet was damaged by hand", async () => {
    const damaged = new ExcelJS.Workbook();
    await damaged.xlsx.load(FIXTURE as unknown as ExcelJS.Buffer);
    damaged.addWorksheet(COLUMNS_SHEET, { state: "veryHidden" }).addRows([
      ["sheet", "column", "role"],
      [SHEET, "K", "anggaran_kabupaten"],
    ]);
    const book = await adapter.open(new Uint8Array(await damaged.xlsx.writeBuffer()));
    await expect(book.columnChoices(SHEET)).rejects.toMatchObject({ code: "UNKNOWN", detail: "columns" });
  });

  it("refuse a sheet that does not exist", async () => {
    const book = await open();
    await expect(book.saveColumnChoices("Tidak ada", { K: "none" })).rejects.toMatchObject({ code: "SHEET_NOT_FOUND" });
  });
});
