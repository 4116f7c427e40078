import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { PackageWorkbook } from "../../src/xlsx/package-workbook";
import { translateFormula } from "../../src/xlsx/package/formula-shift";
import { cellElement } from "../../src/xlsx/package/cell-values";
import { patchCells, sheetCells, type CellPatch } from "../../src/xlsx/package/sheet-cells";
import { writeCellsXml } from "../../src/xlsx/package/cell-writes";
import { XlsxPackage } from "../../src/xlsx/package/zip-package";

const STYLES = '<styleSheet><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellXfs></styleSheet>';
const sheet = (rows: string, prefix = "") => `<${prefix}worksheet xmlns${prefix ? `:${prefix.slice(0, -1)}` : ""}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${prefix}sheetData>${rows}</${prefix}sheetData></${prefix}worksheet>`;
const value = (v: number | string): CellPatch => (existing, ref) => cellElement(existing, ref, "", { value: v }, undefined);

describe("splicing cells into a worksheet part", () => {
  it("inserts among cells without r by giving that row's cells their r, and leaves other rows alone", () => {
    const xml = sheet('<row r="1"><c><v>1</v></c><c><v>2</v></c><c><v>4</v></c></row><row><c><v>9</v></c></row>');
    const out = patchCells(xml, new Map([[0, new Map([[3, value(3)]])]]));
    expect([...sheetCells(out)].map((c) => [c.row, c.col, c.xml])).toEqual([
      [0, 0, '<c r="A1"><v>1</v></c>'],
      [0, 1, '<c r="B1"><v>2</v></c>'],
      [0, 2, '<c r="C1"><v>4</v></c>'],
      [0, 3, '<c r="D1"><v>3</v></c>'],
      [1, 0, "<c><v>9</v></c>"],
    ]);
  });

  it("keeps the element prefix and puts a new row in order", () => {
    const xml = sheet('<x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row><x:row r="5"><x:c r="A5"><x:v>5</x:v></x:c></x:row>', "x:");
    const out = writeCellsXml("S", xml, STYLES, [{ row: 2, col: 1, value: "tiga" }]).sheet;
    expect(out).toContain('</x:row><x:row r="3"><x:c r="B3" t="inlineStr"><x:is><x:t>tiga</x:t></x:is></x:c></x:row><x:row r="5">');
  });

  it("puts several new rows before the same row in row order, whatever order they were asked in", () => {
    const xml = sheet('<row r="1"><c r="A1"><v>1</v></c></row><row r="9"><c r="A9"><v>9</v></c></row>');
    const out = patchCells(xml, new Map([[4, new Map([[0, value(5)]])], [2, new Map([[0, value(3)]])], [6, new Map([[0, value(7)]])]]));
    expect([...sheetCells(out)].map((c) => [c.row, c.xml])).toEqual([
      [0, '<c r="A1"><v>1</v></c>'],
      [2, '<c r="A3"><v>3</v></c>'],
      [4, '<c r="A5"><v>5</v></c>'],
      [6, '<c r="A7"><v>7</v></c>'],
      [8, '<c r="A9"><v>9</v></c>'],
    ]);
  });

  it("marks a few cells of a big sheet in one rebuild of the part (every other byte unchanged)", () => {
    const row = (r: number, b: number) => `<row r="${r + 1}"><c r="A${r + 1}"><v>${r}</v></c><c r="B${r + 1}"><v>${b}</v></c></row>`;
    const picked = [10, 999, 2500, 4999];
    const xml = sheet(Array.from({ length: 5000 }, (_, r) => row(r, r * 2)).join(""));
    const out = patchCells(xml, new Map(picked.map((r) => [r, new Map([[1, value(-1)]])])));
    expect(out).toBe(sheet(Array.from({ length: 5000 }, (_, r) => row(r, picked.includes(r) ? -1 : r * 2)).join("")));
  });

  it("hands a shared formula to the cells that shared it when its master is overwritten", () => {
    const xml = sheet('<row r="8"><c r="K8"><f t="shared" ref="K8:K9" si="0">SUM(L8:O8)</f><v>3</v></c></row><row r="9"><c r="K9"><f t="shared" si="0"/><v>3</v></c></row>');
    const out = writeCellsXml("S", xml, STYLES, [{ row: 7, col: 10, value: 5 }]).sheet;
    expect(out).toContain('<c r="K8"><v>5</v></c>');
    expect(out).toContain('<c r="K9"><f>SUM(L9:O9)</f><v>3</v></c>');
  });

  it.each([
    ["SUM(L8:O8)", 1, 0, "SUM(L9:O9)"],
    ["$A$1+B2*'Sheet 1'!C3", 2, 1, "$A$1+C4*'Sheet 1'!D5"],
    ['IF(A1="B2",LOG10(A1),0)', 1, 1, 'IF(B2="B2",LOG10(B2),0)'],
  ])("moves %s by %i rows and %i columns", (formula, rows, cols, expected) => {
    expect(translateFormula(formula, rows, cols)).toBe(expected);
  });
});

describe("a workbook saved by Excel (BPS Tapin: notes, printer settings, calcChain)", () => {
  const bytes = readFileSync(join(__dirname, "../fixtures/tapin-bps-rekap.xlsx"));

  it("gives back every part after mark, save, reopen and Hapus tanda", async () => {
    const book = await PackageWorkbook.fromBuffer(bytes);
    const sheetName = "LK Penghitungan";
    await book.mark(sheetName, [
      { row: 4, col: 2, severity: "error", note: "a" },
      { row: 10, col: 5, severity: "warning", note: "b" },
      { row: 200, col: 30, severity: "info", note: "c" },
    ]);
    const again = await PackageWorkbook.fromBuffer(await book.toBuffer());
    expect(await again.clearMarks(sheetName)).toBe(3);
    const before = XlsxPackage.open(bytes);
    const after = XlsxPackage.open(await again.toBuffer());
    expect(after.paths().sort()).toEqual(before.paths().sort());
    const differ = before.paths().filter((p) => !Buffer.from(before.bytes(p)!).equals(Buffer.from(after.bytes(p)!)));
    expect(differ).toEqual([]);
  });

  it("drops calcChain only when a formula becomes a value", async () => {
    const book = await PackageWorkbook.fromBuffer(bytes);
    const names = await book.sheetNames();
    expect(names).toContain("LK Penghitungan");
    await book.writeCells("Progress", [{ row: 0, col: 40, value: 1 }]);
    expect(XlsxPackage.open(await book.toBuffer()).has("xl/calcChain.xml")).toBe(true);
  });
});

describe("opening what is not a workbook", () => {
  const zip = (files: Record<string, string>) => zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));

  it.each([
    ["an empty file", new Uint8Array(0), { code: "UNREADABLE_FILE", detail: "empty" }],
    ["a csv renamed", strToU8("a,b\n1,2\n"), { code: "UNREADABLE_FILE", detail: "not-zip" }],
    ["a zip without a workbook (a .docx)", zip({ "word/document.xml": "<w:document/>" }), { code: "UNREADABLE_FILE", detail: "not-xlsx" }],
    ["a damaged zip", zip({ "xl/workbook.xml": "<workbook/>".repeat(50) }).slice(0, 60), { code: "UNREADABLE_FILE", detail: "corrupt" }],
  ])("%s", async (_name, bytes, expected) => {
    await expect(PackageWorkbook.fromBuffer(bytes)).rejects.toMatchObject(expected);
  });

  it("refuses a package too large to open before inflating it", async () => {
    const bytes = readFileSync(join(__dirname, "../fixtures/tapin-bps-rekap.xlsx"));
    await expect(PackageWorkbook.fromBuffer(bytes, { limits: { maxUncompressedBytes: 1000, maxPartBytes: 1e9, maxParts: 1e4 } })).rejects.toMatchObject({ code: "TOO_LARGE" });
  });
});

describe("reading after a change in the same workbook", () => {
  it("a marked cell keeps its number format and display text (the styles a mark appends are read again)", async () => {
    const { readFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { PackageWorkbook } = await import("../../src/xlsx/package-workbook");
    const book = await PackageWorkbook.fromBuffer(readFileSync(join(__dirname, "..", "fixtures", "lombok-tengah.xlsx")));
    const [sheet] = await book.sheetNames();
    const before = (await book.readSheet(sheet)).rows[61][10];
    await book.mark(sheet, [{ row: 61, col: 10, severity: "error", note: "Cermat: contoh" }]);
    expect((await book.readSheet(sheet)).rows[61][10]).toEqual(before);
    expect(before).toMatchObject({ format: "#,##0", text: "3,669,940" });
  });
});
