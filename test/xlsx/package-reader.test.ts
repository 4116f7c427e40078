import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { fromA1, type Grid, type GridCell } from "../../src/engine/model";
import { readNotes } from "../../src/xlsx/package/notes-read";
import { openXlsx } from "../../src/xlsx/package/open-xlsx";
import { TooManyCellsError, XlsxReadError } from "../../src/xlsx/package/read-error";
import { readSheetGrid } from "../../src/xlsx/package/read-sheet";
import { slideFormula } from "../../src/xlsx/package/shared-formula";
import { isDateFormat } from "../../src/xlsx/package/styles-read";
import { XlsxWorkbook } from "../support/exceljs/xlsx-workbook";

const ROOT = join(__dirname, "..", "..");
const FILES = [
  ...readdirSync(join(ROOT, "test/fixtures")).filter((f) => f.endsWith(".xlsx")).map((f) => join("test/fixtures", f)),
  ...readdirSync(join(ROOT, "assets/samples")).filter((f) => f.endsWith(".xlsx")).map((f) => join("assets/samples", f)),
];

function cell(grid: Grid, address: string): GridCell | null | undefined {
  const { row, col } = fromA1(address);
  return grid.rows[row]?.[col] ?? null;
}

/**
 * ExcelJS drops the backslashes of a format code (`\-* #,##0` → `-* #,##0`). Ours keeps the
 * code as written, which is what Excel and Office.js report, so the add-in and the file reader
 * agree; the text shown is the same either way, since a backslash only quotes the next character.
 */
function asExcelJsFormats(grid: Grid): Grid {
  const rows = grid.rows.map((row) => row.map((c) => (c?.format ? { ...c, format: c.format.replace(/\\(.)/g, "$1") } : c)));
  return { ...grid, rows };
}

describe("the package reader gives the grid ExcelJS gives", () => {
  it.each(FILES)("%s, every sheet", async (file) => {
    const bytes = readFileSync(join(ROOT, file));
    const book = await XlsxWorkbook.fromBuffer(bytes);
    const { pkg, parts } = openXlsx(bytes);
    expect(parts.sheets.map((s) => s.name)).toEqual(book.workbook.worksheets.map((ws) => ws.name));
    for (const sheet of parts.sheets) {
      const ours = readSheetGrid(pkg, parts, sheet);
      expect(asExcelJsFormats(ours)).toEqual(await book.readSheet(sheet.name));
    }
  });

  it("keeps format codes as Excel writes them (tapin's accounting format)", () => {
    const { pkg, parts } = openXlsx(readFileSync(join(ROOT, "test/fixtures/tapin-bps-rekap.xlsx")));
    const grid = readSheetGrid(pkg, parts, parts.sheets[0]);
    expect(cell(grid, "E4")).toMatchObject({ value: 0, format: '_-* #,##0_-;\\-* #,##0_-;_-* "-"_-;_-@_-', text: " - " });
  });

  it("reads the notes ExcelJS reads (tapin's comments, written by Excel)", async () => {
    const bytes = readFileSync(join(ROOT, "test/fixtures/tapin-bps-rekap.xlsx"));
    const book = await XlsxWorkbook.fromBuffer(bytes);
    const { pkg, parts } = openXlsx(bytes);
    let compared = 0;
    for (const sheet of parts.sheets) {
      const expected = new Map<string, string>();
      book.workbook.getWorksheet(sheet.name)?.eachRow((row) =>
        row.eachCell((c) => {
          const note = c.note;
          if (note !== undefined) expected.set(c.address, typeof note === "string" ? note : (note.texts ?? []).map((t) => t.text).join(""));
        }),
      );
      expect(readNotes(pkg, sheet)).toEqual(expected);
      compared += expected.size;
    }
    expect(compared).toBeGreaterThan(0);
  });
});

const PYTHON = "/usr/bin/python3";
const hasOpenpyxl = spawnSync(PYTHON, ["-c", "import openpyxl"]).status === 0;
if (!hasOpenpyxl && process.env.CI !== "true") {
  console.warn(`Skipping the openpyxl workbook: ${PYTHON} has no openpyxl (apt-get install python3-openpyxl)`);
}
const withOpenpyxl = hasOpenpyxl || process.env.CI === "true" ? describe : describe.skip;

withOpenpyxl("a workbook saved by openpyxl, which ExcelJS refuses", () => {
  let bytes: Uint8Array;
  beforeAll(() => {
    const out = join(mkdtempSync(join(tmpdir(), "cermat-openpyxl-")), "quirks.xlsx");
    const run = spawnSync(PYTHON, [join(ROOT, "test/fixtures/build/openpyxl/quirks.py"), out], { encoding: "utf8" });
    if (run.status !== 0) throw new Error(`openpyxl failed: ${run.stderr}`);
    bytes = readFileSync(out);
  });

  it("is refused by ExcelJS (its comments reader expects Excel's rels)", async () => {
    await expect(XlsxWorkbook.fromBuffer(bytes)).rejects.toThrow(/damaged/);
  });

  it("lists every sheet with its state, hidden ones included", () => {
    const { parts } = openXlsx(bytes);
    expect(parts.sheets.map((s) => [s.name, s.state])).toEqual([
      ["Rencana Aksi", "visible"],
      ["Tersembunyi", "hidden"],
      ["Rahasia", "veryHidden"],
    ]);
  });

  it("reads cells, formulas without cached values, merges and hidden rows and columns", () => {
    const { pkg, parts } = openXlsx(bytes);
    const grid = readSheetGrid(pkg, parts, parts.sheets[0]);
    expect(cell(grid, "A1")).toEqual({ value: "RENCANA AKSI 2024", text: "RENCANA AKSI 2024", bold: true });
    expect(cell(grid, "B1")).toBeNull();
    expect(cell(grid, "B2")).toEqual({ value: 1250000, format: "#,##0", text: "1,250,000" });
    // openpyxl does not calculate: the formula is there, its value is not.
    expect(cell(grid, "C2")).toEqual({ value: null, formula: "=B2*2" });
    expect(cell(grid, "D2")).toEqual({ value: 0.875, format: "0.00%", text: "87.50%" });
    expect(cell(grid, "E2")).toEqual({ value: 45306, format: "dd/mm/yyyy", text: "15/01/2024" });
    expect(cell(grid, "F2")).toEqual({ value: true, text: "TRUE" });
    expect(cell(grid, "B3")).toEqual({ value: "Sub kegiatan", text: "Sub kegiatan", indent: 2 });
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(grid.hiddenRows).toEqual([3]);
    expect(grid.hiddenCols).toEqual([6]);
    expect(readSheetGrid(pkg, parts, parts.sheets[2]).rows).toEqual([[{ value: "very hidden", text: "very hidden" }]]);
  });

  it("reads the note openpyxl writes as one plain text", () => {
    const { pkg, parts } = openXlsx(bytes);
    expect(readNotes(pkg, parts.sheets[0])).toEqual(new Map([["B2", "Periksa angka ini"]]));
  });
});

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships";

/** A workbook zipped by hand: one sheet part per entry, no styles or shared strings. */
function handBuilt(sheets: Record<string, string>, rel = REL, ns = MAIN): Uint8Array {
  const names = Object.keys(sheets);
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(`<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`),
    "_rels/.rels": strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    "xl/workbook.xml": strToU8(
      `<workbook xmlns="${ns}" xmlns:r="${rel}"><sheets>${names.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}</Relationships>`,
    ),
  };
  names.forEach((n, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheets[n])));
  return zipSync(files);
}

describe("sheets ExcelJS misreads or refuses", () => {
  it("places cells and rows without r by their order", async () => {
    const xml = `<worksheet xmlns="${MAIN}"><sheetData>
      <row><c t="inlineStr"><is><t>No</t></is></c><c t="inlineStr"><is><t>Indikator</t></is></c></row>
      <row><c><v>1</v></c><c/><c t="inlineStr"><is><r><rPr><b/></rPr><t>Jumlah</t></r><r><t xml:space="preserve"> </t></r></is></c></row>
      <row r="5"><c r="C5"><v>7</v></c><c><v>8</v></c></row>
      <row><c t="b"><v>0</v></c></row>
    </sheetData></worksheet>`;
    const bytes = handBuilt({ Data: xml });
    const { pkg, parts } = openXlsx(bytes);
    const grid = readSheetGrid(pkg, parts, parts.sheets[0]);
    expect(grid.rows).toEqual([
      [{ value: "No", text: "No" }, { value: "Indikator", text: "Indikator" }],
      [{ value: 1, text: "1" }, null, { value: "Jumlah ", text: "Jumlah ", bold: true }],
      [],
      [],
      [null, null, { value: 7, text: "7" }, { value: 8, text: "8" }],
      [{ value: false, text: "FALSE" }],
    ]);
    await expect(XlsxWorkbook.fromBuffer(bytes)).rejects.toThrow(/damaged/);
  });

  it("reads prefixed elements and strict OOXML namespaces", () => {
    const prefixed = `<x:worksheet xmlns:x="${STRICT}"><x:sheetData><x:row r="1"><x:c r="B1" t="inlineStr"><x:is><x:t>Target</x:t></x:is></x:c></x:row></x:sheetData><x:mergeCells><x:mergeCell ref="B1:C1"/></x:mergeCells></x:worksheet>`;
    const { pkg, parts } = openXlsx(handBuilt({ Strict: prefixed }, STRICT_REL, STRICT));
    expect(readSheetGrid(pkg, parts, parts.sheets[0])).toEqual({
      sheetName: "Strict",
      rows: [[null, { value: "Target", text: "Target" }]],
      merges: [{ top: 0, left: 1, bottom: 0, right: 2 }],
      hiddenRows: [],
      hiddenCols: [],
    });
  });

  it("moves a shared formula to each cell, keeping absolute references and string literals", () => {
    const xml = `<worksheet xmlns="${MAIN}"><sheetData>
      <row r="2"><c r="K2"><f t="shared" ref="K2:K4" si="0">SUM(L2:O2)+$A$1&amp;"A1"</f><v>10</v></c></row>
      <row r="3"><c r="K3"><f t="shared" si="0"/><v>20</v></c></row>
      <row r="4"><c r="K4"><f t="array" ref="K4">L4*2</f><v>30</v></c></row>
    </sheetData></worksheet>`;
    const { pkg, parts } = openXlsx(handBuilt({ Data: xml }));
    const grid = readSheetGrid(pkg, parts, parts.sheets[0]);
    expect(cell(grid, "K2")?.formula).toBe('=SUM(L2:O2)+$A$1&"A1"');
    expect(cell(grid, "K3")).toEqual({ value: 20, text: "20", formula: '=SUM(L3:O3)+$A$1&"A1"' });
    expect(cell(grid, "K4")?.formula).toBe("=L4*2");
  });
});

describe("failures are typed", () => {
  const sheet = (rows: number) =>
    `<worksheet xmlns="${MAIN}"><sheetData>${Array.from({ length: rows }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>${r}</v></c><c r="B${r + 1}"><v>${r}</v></c></row>`).join("")}</sheetData></worksheet>`;

  it("stops a sheet with more cells than allowed, counting as it reads", () => {
    const { pkg, parts } = openXlsx(handBuilt({ Big: sheet(10) }));
    expect(() => readSheetGrid(pkg, parts, parts.sheets[0], { maxCells: 15 })).toThrow(TooManyCellsError);
    expect(readSheetGrid(pkg, parts, parts.sheets[0], { maxCells: 20 }).rows).toHaveLength(10);
  });

  it("stops before reading when <dimension> already says too many", () => {
    const xml = `<worksheet xmlns="${MAIN}"><dimension ref="A1:Z200000"/><sheetData/></worksheet>`;
    const { pkg, parts } = openXlsx(handBuilt({ Big: xml }));
    const error = (() => {
      try {
        readSheetGrid(pkg, parts, parts.sheets[0]);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(XlsxReadError);
    expect(error).toMatchObject({ reason: "too-many-cells", cells: 5_200_000 });
  });

  it.each([
    ["a tag left open", `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v></c></sheetData></worksheet>`],
    ["a DTD", `<!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet xmlns="${MAIN}"/>`],
    ["an unquoted attribute", `<worksheet xmlns="${MAIN}"><sheetData><row r=1/></sheetData></worksheet>`],
    ["a cell past column XFD", `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="XFE1"><v>1</v></c></row></sheetData></worksheet>`],
  ])("reports %s as a corrupt sheet", (_what, xml) => {
    const { pkg, parts } = openXlsx(handBuilt({ Bad: xml }));
    expect(() => readSheetGrid(pkg, parts, parts.sheets[0])).toThrow(expect.objectContaining({ name: "XlsxReadError", reason: "corrupt" }));
  });

  it("reports a damaged zip as corrupt, not as fflate's own error", () => {
    const bytes = handBuilt({ Data: sheet(2) }).slice(0, 200);
    expect(() => openXlsx(bytes)).toThrow(XlsxReadError);
  });
});

describe("shared formulas and date formats", () => {
  it.each<[string, number, number, string]>([
    ["SUM(L8:O8)", 1, 0, "SUM(L9:O9)"],
    ["$A$1+A1", 2, 3, "$A$1+D3"],
    ["A$1+$A1", 1, 1, "B$1+$A2"],
    ["'TW 1'!B2*Data!C3", 1, 0, "'TW 1'!B3*Data!C4"],
    ['IF(A1="B2","A1",LOG10(A1))', 0, 1, 'IF(B1="B2","A1",LOG10(B1))'],
    ["A1-1", 0, -1, "#REF!-1"],
  ])("%s moved by %i rows and %i columns is %s", (formula, rows, cols, expected) => {
    expect(slideFormula(formula, rows, cols)).toBe(expected);
  });

  it.each<[string, boolean]>([
    ["dd/mm/yyyy", true],
    ["[$-421]d mmmm yyyy", true],
    ["[h]:mm:ss", true],
    ["mm-dd-yy", true],
    ["#,##0", false],
    ['"Rp"#,##0', false],
    ["_-* #,##0_-;\\-* #,##0_-", false],
    ["0\\h", false],
    ["0.00%", false],
    ["General", false],
  ])("%s is a date format: %p", (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });
});
