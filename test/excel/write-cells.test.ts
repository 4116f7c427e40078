import type { CellWrite } from "../../src/engine/model";
import { toA1 } from "../../src/engine/model";
import { ExcelWorkbook } from "../../src/excel";
import { toWorkbookError } from "../../src/excel/errors";
import { groupWrites } from "../../src/excel/write-batches";
import { FakeExcel } from "./fake-excel";
import { FIRST_DATA_ROW, lombokSheet, SHEET } from "./lombok-sheet";

const capaian = (row: number, col: number): CellWrite => ({
  row,
  col,
  formula: `=IFERROR(${toA1(row, col - 1)}/${toA1(row, col - 2)}*100,"")`,
  format: "0.00",
});

describe("grouping writes into rectangles", () => {
  it.each<[string, CellWrite[], Array<[number, number, number, number]>]>([
    ["one capaian column over 100 rows", Array.from({ length: 100 }, (_, i) => capaian(10 + i, 20)), [[10, 20, 100, 1]]],
    ["capaian for TW I–IV side by side", [0, 1, 2, 3].flatMap((tw) => Array.from({ length: 50 }, (_, i) => capaian(10 + i, 20 + tw))), [[10, 20, 50, 4]]],
    ["a total row between two blocks", [...Array.from({ length: 5 }, (_, i) => capaian(10 + i, 20)), ...Array.from({ length: 5 }, (_, i) => capaian(16 + i, 20))], [[10, 20, 5, 1], [16, 20, 5, 1]]],
    ["a single cell", [capaian(3, 7)], [[3, 7, 1, 1]]],
  ])("%s", (_label, writes, expected) => {
    expect(groupWrites(writes).map((b) => [b.top, b.left, b.rowCount, b.colCount])).toEqual(expected);
  });

  it("never lets a block overwrite a neighbour's format or value it was not asked to write", () => {
    const blocks = groupWrites([
      { row: 0, col: 0, value: 80 },
      { row: 0, col: 1, value: 75, format: "0.00" },
      { row: 0, col: 2, format: "0%" },
    ]);
    expect(blocks).toEqual([
      { top: 0, left: 0, rowCount: 1, colCount: 1, contents: [[80]], formats: undefined },
      { top: 0, left: 1, rowCount: 1, colCount: 1, contents: [[75]], formats: [["0.00"]] },
      { top: 0, left: 2, rowCount: 1, colCount: 1, contents: undefined, formats: [["0%"]] },
    ]);
  });

  it("lets a later write to the same cell win, and clears with an empty value", () => {
    const [block] = groupWrites([
      { row: 2, col: 2, value: 1 },
      { row: 2, col: 2, value: null },
    ]);
    expect(block.contents).toEqual([[""]]);
  });
});

describe("writing cells to the live workbook", () => {
  it("writes 1,000 capaian formulas with a handful of range proxies and two syncs", async () => {
    const excel = new FakeExcel();
    const sheet = lombokSheet(excel, 1_000);
    const writes = [0, 1].flatMap((k) => Array.from({ length: 1_000 }, (_, i) => capaian(FIRST_DATA_ROW + i, 17 + k)));
    excel.resetStats();
    await new ExcelWorkbook({ run: excel.run, isSetSupported: excel.isSetSupported }).writeCells(SHEET, writes);

    expect(excel.stats.syncs).toBe(2);
    expect(excel.stats.rangeProxies).toBe(1);
    expect(sheet.cell("R5")).toMatchObject({ formula: '=IFERROR(Q5/P5*100,"")', numberFormat: "0.00" });
    expect(sheet.cell(`S${FIRST_DATA_ROW + 1_000}`)).toMatchObject({ formula: expect.stringContaining("R1004") });
    expect(sheet.cell("Q5")!.value).toBe("Kepala Bidang Perizinan"); // the neighbour is untouched
  });

  it("refuses a protected sheet before writing anything", async () => {
    const excel = new FakeExcel();
    const sheet = lombokSheet(excel, 3);
    sheet.protected = true;
    const wb = new ExcelWorkbook({ run: excel.run, isSetSupported: excel.isSetSupported });
    await expect(wb.writeCells(SHEET, [capaian(FIRST_DATA_ROW, 17)])).rejects.toMatchObject({ code: "PROTECTED_SHEET", detail: SHEET });
    expect(sheet.cell("R5")).toBeUndefined();
  });

  it.each([
    ["AccessDenied", "write", "PROTECTED_SHEET"],
    ["InvalidOperation", "write", "PROTECTED_SHEET"],
    ["InvalidOperation", "read", "UNKNOWN"],
    ["ItemNotFound", "read", "SHEET_NOT_FOUND"],
    ["ApiNotFound", "read", "API_NOT_SUPPORTED"],
    ["ResponsePayloadSizeLimitExceeded", "read", "TOO_LARGE"],
    ["GeneralException", "write", "UNKNOWN"],
  ] as const)("turns Office error %s during a %s into %s", (code, during, expected) => {
    const error = Object.assign(new Error("boom"), { code });
    expect(toWorkbookError(error, SHEET, during)).toMatchObject({ name: "WorkbookError", code: expected });
  });
});
