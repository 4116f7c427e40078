import ExcelJS from "exceljs";
import { cellAt, fromA1, type Grid, type GridCell } from "../../src/engine/model";
import { WorkbookError } from "../../src/port/workbook-port";
import { XlsxWorkbook } from "../support/exceljs/xlsx-workbook";
import { ROWS, SHEET, lombokWorkbook, toBytes } from "./lombok-workbook";

/** The cell at an A1 address, as the adapter read it. */
function cell(grid: Grid, address: string): GridCell | null {
  const { row, col } = fromA1(address);
  return cellAt(grid, row, col);
}

describe("reading a Rencana Aksi workbook saved as .xlsx", () => {
  let grid: Grid;
  beforeAll(async () => {
    const book = await XlsxWorkbook.fromBuffer(await toBytes(lombokWorkbook()));
    grid = await book.readSheet(SHEET);
  });

  it("keeps grid coordinates absolute: A1 is rows[0][0]", () => {
    expect(grid.sheetName).toBe(SHEET);
    expect(grid.rows[0][0]?.value).toMatch(/^RENCANA AKSI KINERJA/);
    expect(cell(grid, "F3")?.value).toBe("Rencana Aksi per Triwulan");
  });

  it("reports the merged multi-row header as 0-based inclusive areas", () => {
    expect(grid.merges).toEqual(
      expect.arrayContaining([
        { top: 2, left: 5, bottom: 3, right: 8 }, // F3:I4
        { top: 2, left: 10, bottom: 2, right: 14 }, // K3:O3
        { top: 3, left: 11, bottom: 3, right: 14 }, // L4:O4
        { top: 6, left: 1, bottom: 8, right: 1 }, // B7:B9, the sasaran merged down its indicators
        { top: 11, left: 0, bottom: 11, right: 9 }, // the JUMLAH label
      ]),
    );
    expect(grid.merges).toHaveLength(14);
  });

  it("leaves the covered parts of a merged area empty, as Excel stores them", () => {
    expect(cell(grid, "B8")).toBeNull();
    expect(cell(grid, "G3")).toBeNull();
    expect(cell(grid, "B7")?.value).toBe("Terwujudnya koperasi berkualitas");
  });

  it.each<[string, Partial<GridCell>]>([
    // A percentage with a 0.00% format: the stored fraction, and the text Excel shows.
    ["E7", { value: 0.16, format: "0.00%", text: "16.00%" }],
    ["L8", { value: 2944920, format: "#,##0", text: "2,944,920" }],
    // A formula: its cached result and the formula with its `=`.
    ["K8", { value: 32535393, formula: "=SUM(L8:O8)" }],
    // The shared formula, translated to its own row.
    ["K9", { value: 32535393, formula: "=SUM(L9:O9)" }],
    // Errors read as the error text, also as a formula's result.
    ["K12", { value: "#VALUE!", formula: "=K8+K11", text: "#VALUE!" }],
    ["L12", { value: "#DIV/0!", formula: "=1/0" }],
    // Rich text is plain text; all-bold runs make a bold cell.
    ["J8", { value: "PROGRAM PELAYANAN IZIN USAHA SIMPAN PINJAM", bold: true }],
    // Indonesian number text stays text for the number reader.
    ["K11", { value: "201.761.056", text: "201.761.056" }],
    ["E11", { value: "43%" }],
    ["F8", { value: "-" }],
    ["J9", { value: "Penerbitan Izin Usaha Simpan Pinjam", indent: 2 }],
    ["A3", { value: "No", bold: true }],
  ])("%s reads as %j", (address, expected) => {
    expect(cell(grid, address)).toMatchObject(expected);
  });

  it("reports hidden rows and hidden columns (0-based)", () => {
    expect(grid.hiddenRows).toEqual([ROWS.hiddenHelper - 1]);
    expect(grid.hiddenCols).toEqual([16]);
  });

  it("does not mark plain cells bold or give them a format", () => {
    const c = cell(grid, "C8");
    expect(c?.bold).toBeUndefined();
    expect(c?.format).toBeUndefined();
    expect(c?.formula).toBeUndefined();
  });
});

describe("reading values that are not plain", () => {
  async function gridOf(build: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<Grid> {
    const wb = new ExcelJS.Workbook();
    build(wb.addWorksheet("S"), wb);
    const book = await XlsxWorkbook.fromBuffer(await toBytes(wb));
    return book.readSheet("S");
  }

  it("reads a date as Excel's serial number, with its text from the date format", async () => {
    const grid = await gridOf((ws) => {
      ws.getCell("A1").value = new Date(Date.UTC(2022, 0, 31));
      ws.getCell("A1").numFmt = "dd/mm/yyyy";
      ws.getCell("A2").value = new Date(Date.UTC(2022, 11, 15));
    });
    expect(cell(grid, "A1")).toMatchObject({ value: 44592, text: "31/01/2022" });
    expect(cell(grid, "A2")?.value).toBe(44910);
  });

  it("reads a hyperlink as its text and a boolean as TRUE/FALSE", async () => {
    const grid = await gridOf((ws) => {
      ws.getCell("A1").value = { text: "Dokumen RA", hyperlink: "https://example.org/ra.pdf" };
      ws.getCell("A2").value = true;
    });
    expect(cell(grid, "A1")?.value).toBe("Dokumen RA");
    expect(cell(grid, "A2")).toMatchObject({ value: true, text: "TRUE" });
  });

  it("gives a formula without a cached result a null value, not a zero", async () => {
    const grid = await gridOf((ws) => {
      ws.getCell("A1").value = 1;
      ws.getCell("A2").value = { formula: "A1*2" } as ExcelJS.CellFormulaValue;
    });
    expect(cell(grid, "A2")).toEqual({ value: null, formula: "=A1*2" });
  });

  it("keeps a formula's cached 0 and FALSE (ExcelJS's value getter drops them)", async () => {
    const grid = await gridOf((ws) => {
      ws.getCell("A1").value = { formula: "K45-SUM(L45:O45)", result: 0 } as ExcelJS.CellFormulaValue;
      ws.getCell("A1").numFmt = "#,##0";
      ws.getCell("A2").value = { formula: "1>2", result: false } as ExcelJS.CellFormulaValue;
    });
    expect(cell(grid, "A1")).toEqual({ value: 0, formula: "=K45-SUM(L45:O45)", format: "#,##0", text: "0" });
    expect(cell(grid, "A2")).toMatchObject({ value: false, formula: "=1>2" });
  });

  it("reads a sheet of 5,000 rows × 20 columns in one pass", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Besar");
    for (let r = 1; r <= 5000; r++) ws.addRow(Array.from({ length: 20 }, (_, c) => (c === 0 ? `Indikator ${r}` : r * c)));
    const book = await XlsxWorkbook.fromBuffer(await toBytes(wb));
    const started = Date.now();
    const grid = await book.readSheet("Besar");
    const elapsed = Date.now() - started;
    expect(grid.rows).toHaveLength(5000);
    expect(cell(grid, "T5000")?.value).toBe(5000 * 19);
    // One pass over 100,000 cells takes well under a second on the shared 2-core machine.
    expect(elapsed).toBeLessThan(3000);
  });
});

describe("files that are not a readable .xlsx", () => {
  async function reason(bytes: Uint8Array): Promise<string | undefined> {
    try {
      await XlsxWorkbook.fromBuffer(bytes);
    } catch (e) {
      expect(e).toBeInstanceOf(WorkbookError);
      expect((e as WorkbookError).code).toBe("UNREADABLE_FILE");
      return (e as WorkbookError).detail;
    }
    throw new Error("the file was accepted");
  }
  const text = (s: string) => new TextEncoder().encode(s);
  const ole = (extra: string) => {
    const bytes = new Uint8Array(2048);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const name = extra.split("").flatMap((ch) => [ch.charCodeAt(0), 0]);
    bytes.set(name, 1024);
    return bytes;
  };

  it.each<[string, () => Promise<Uint8Array> | Uint8Array, string]>([
    ["an empty file", () => new Uint8Array(0), "empty"],
    ["a .csv renamed to .xlsx", () => text("No;Indikator;Target\n1;Jumlah koperasi;30\n"), "not-zip"],
    ["an old .xls workbook", () => ole("Workbook"), "legacy-xls"],
    ["a password-protected .xlsx", () => ole("EncryptionInfo"), "encrypted"],
    ["a truncated .xlsx", async () => (await toBytes(lombokWorkbook())).slice(0, 3000), "corrupt"],
  ])("rejects %s", async (_name, bytes, expected) => {
    expect(await reason(await bytes())).toBe(expected);
  });

  it("rejects an unknown sheet with SHEET_NOT_FOUND", async () => {
    const book = await XlsxWorkbook.fromBuffer(await toBytes(lombokWorkbook()));
    await expect(book.readSheet("Tidak Ada")).rejects.toMatchObject({ code: "SHEET_NOT_FOUND" });
  });
});
