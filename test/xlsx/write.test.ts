import { cellAt, type SheetSpec, type StyleName } from "../../src/engine/model";
import { uniqueSheetName } from "../../src/xlsx/sheet-names";
import { FILE_ADAPTERS, asksFullCalc, excelOf, type FileAdapter, type FileBook } from "./adapters";
import { ROWS, SHEET, lombokWorkbook, toBytes } from "./lombok-workbook";

const NO_STYLES = Object.fromEntries(
  (["title", "subtitle", "header", "colnum", "text", "number", "rupiah", "percent", "input", "total", "label", "signature"] as StyleName[]).map((s) => [s, {}]),
) as SheetSpec["styles"];

function spec(name: string): SheetSpec {
  return {
    name,
    cells: [
      { row: 0, col: 0, value: "Pengukuran Kinerja", style: "title" },
      { row: 1, col: 0, value: 80 },
      { row: 1, col: 1, value: 100 },
      { row: 1, col: 2, formula: "=B2/A2*100", format: "0.00" },
    ],
    merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
    styles: NO_STYLES,
    columnWidths: [12, 12, 12],
    validations: [],
    print: { orientation: "landscape", paper: "A4", fitToWidth: true },
  };
}

describe.each(FILE_ADAPTERS)("writing cells ($name)", (adapter: FileAdapter) => {
  const lombok = async () => adapter.open(await toBytes(lombokWorkbook()));
  const reopen = async (book: FileBook) => adapter.open(await book.toBuffer());

  it("writes values, formulas with their =, and formats; the rest of the sheet is untouched", async () => {
    const book = await lombok();
    const before = await book.readSheet(SHEET);
    await book.writeCells(SHEET, [
      { row: ROWS.izin - 1, col: 17, value: 100, format: "0.00" },
      { row: ROWS.izin - 1, col: 18, formula: "=R8/E8*100" },
      { row: ROWS.terbit - 1, col: 17, value: "Tercapai" },
    ]);
    const after = await (await reopen(book)).readSheet(SHEET);
    expect(after.rows[7][17]).toMatchObject({ value: 100, format: "0.00", text: "100.00" });
    expect(after.rows[7][18]).toMatchObject({ formula: "=R8/E8*100" });
    expect(after.rows[8][17]).toMatchObject({ value: "Tercapai" });
    for (let r = 0; r < before.rows.length; r++) {
      for (let c = 0; c < 17; c++) expect(cellAt(after, r, c)).toEqual(cellAt(before, r, c));
    }
    // The new formula has no cached result: the file asks Excel to recompute on open.
    expect(await asksFullCalc(book)).toBe(true);
  });

  it("stores the engine's result of a formula as its cached value, so the file reads right before Excel recalculates", async () => {
    const book = await lombok();
    await book.writeCells(SHEET, [
      { row: ROWS.izin - 1, col: 18, formula: "=R8/E8*100", result: 87.5 },
      { row: ROWS.terbit - 1, col: 18, formula: "=R9/E9*100" },
    ]);
    const after = await (await reopen(book)).readSheet(SHEET);
    expect(after.rows[7][18]).toMatchObject({ formula: "=R8/E8*100", value: 87.5 });
    expect(after.rows[8][18]).toMatchObject({ formula: "=R9/E9*100", value: null });
    expect(await asksFullCalc(book)).toBe(true);
  });

  it("changing one cell's format does not change another cell that shared its style", async () => {
    const book = await lombok();
    await book.writeCells(SHEET, [{ row: ROWS.izin - 1, col: 11, format: "0" }]);
    const grid = await (await reopen(book)).readSheet(SHEET);
    expect(grid.rows[7][11]?.format).toBe("0");
    expect(grid.rows[7][12]?.format).toBe("#,##0");
  });

  it("refuses to write inside a merged area rather than into its first cell", async () => {
    const book = await lombok();
    await expect(book.writeCells(SHEET, [{ row: ROWS.terbit - 1, col: 1, value: "x" }])).rejects.toMatchObject({ code: "UNKNOWN" });
  });

  it("rejects writes to a sheet that does not exist", async () => {
    const book = await lombok();
    await expect(book.writeCells("Tidak Ada", [{ row: 0, col: 0, value: 1 }])).rejects.toMatchObject({ code: "SHEET_NOT_FOUND" });
  });
});

describe.each(FILE_ADAPTERS)("adding a sheet ($name)", (adapter: FileAdapter) => {
  const lombok = async () => adapter.open(await toBytes(lombokWorkbook()));
  const reopen = async (book: FileBook) => adapter.open(await book.toBuffer());

  it("writes the spec under the name asked for, or a free one", async () => {
    const book = await lombok();
    expect(await book.addSheet(spec("Pengukuran"))).toBe("Pengukuran");
    expect(await book.addSheet(spec("pengukuran"))).toBe("pengukuran (2)");
    expect(await book.addSheet(spec("RA 2022"))).toBe("RA 2022 (2)");
    const reopened = await reopen(book);
    expect(await reopened.sheetNames()).toEqual([SHEET, "Pengukuran", "pengukuran (2)", "RA 2022 (2)"]);
    const grid = await reopened.readSheet("Pengukuran");
    expect(grid.rows[1][2]).toMatchObject({ formula: "=B2/A2*100", format: "0.00" });
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
  });

  it.each([
    ["Rencana Aksi: TW I/II [2024]?", [], "Rencana Aksi- TW I-II -2024--"],
    ["Pengukuran Kinerja Triwulan 2024 Dinas", [], "Pengukuran Kinerja Triwulan 202"],
    ["Pengukuran Kinerja Triwulan 2024 Dinas", ["Pengukuran Kinerja Triwulan 202"], "Pengukuran Kinerja Triwulan (2)"],
    ["RA", ["RA", "ra (2)"], "RA (3)"],
    ["''", [], "Sheet"],
  ])("%j among %j becomes %j", (wanted, existing, expected) => {
    const name = uniqueSheetName(wanted, existing);
    expect(name).toBe(expected);
    expect(name.length).toBeLessThanOrEqual(31);
  });
});

describe.each(FILE_ADAPTERS)("selecting a cell ($name)", (adapter: FileAdapter) => {
  const lombok = async () => adapter.open(await toBytes(lombokWorkbook()));
  const reopen = async (book: FileBook) => adapter.open(await book.toBuffer());

  it("makes the sheet active and the cell the active cell, also after saving", async () => {
    const wb = lombokWorkbook();
    wb.addWorksheet("PK");
    const book = await adapter.open(await toBytes(wb));
    expect(await book.activeSheetName()).toBe(SHEET);
    await book.selectCell("PK", "$C$12");
    const reopened = await reopen(book);
    expect(await reopened.activeSheetName()).toBe("PK");
    expect((await excelOf(reopened)).getWorksheet("PK")!.views[0].activeCell).toBe("C12");
  });

  it("rejects an address that is not a cell", async () => {
    const book = await lombok();
    await expect(book.selectCell(SHEET, "K")).rejects.toMatchObject({ code: "UNKNOWN" });
  });
});
