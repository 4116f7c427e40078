import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeSheet } from "../../src/engine/analyze";
import { COLUMNS_SHEET } from "../../src/port/column-choices";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";

const SHEET = "Renaksi 2022";
const open = () => XlsxWorkbook.fromBuffer(readFileSync(join(__dirname, "../fixtures/lombok-tengah.xlsx")));
const reopen = async (book: XlsxWorkbook) => XlsxWorkbook.fromBuffer(await book.toBuffer());
const codes = (book: XlsxWorkbook) => book.readSheet(SHEET).then(async (grid) => analyzeSheet(grid, undefined, await book.columnChoices(SHEET)).findings.map((f) => f.code));

describe("column choices saved in an .xlsx file", () => {
  it("survive save and reopen, in a very hidden sheet that is never listed or checked", async () => {
    const book = await open();
    expect(await book.columnChoices(SHEET)).toEqual({});
    expect(await codes(book)).toContain("BUDGET_PERIOD_SUM");

    await book.saveColumnChoices(SHEET, { K: "none", Q: "keterangan" });
    const reopened = await reopen(book);

    expect(await reopened.columnChoices(SHEET)).toEqual({ K: "none", Q: "keterangan" });
    expect(reopened.workbook.getWorksheet(COLUMNS_SHEET)?.state).toBe("veryHidden");
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
    expect(reopened.workbook.getWorksheet(COLUMNS_SHEET)).toBeUndefined();
    expect(await reopened.columnChoices(SHEET)).toEqual({});
  });

  it("say so when the hidden sheet was damaged by hand", async () => {
    const book = await open();
    book.workbook.addWorksheet(COLUMNS_SHEET, { state: "veryHidden" }).addRows([
      ["sheet", "column", "role"],
      [SHEET, "K", "anggaran_kabupaten"],
    ]);
    await expect(book.columnChoices(SHEET)).rejects.toMatchObject({ code: "UNKNOWN", detail: "columns" });
  });

  it("refuse a sheet that does not exist", async () => {
    const book = await open();
    await expect(book.saveColumnChoices("Tidak ada", { K: "none" })).rejects.toMatchObject({ code: "SHEET_NOT_FOUND" });
  });
});
