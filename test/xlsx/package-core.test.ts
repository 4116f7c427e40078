import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { strToU8, zipSync } from "fflate";
import { addWorksheet, removeWorksheet } from "../../src/xlsx/package/sheet-registry";
import { appendStyleRecord, styleList } from "../../src/xlsx/package/style-lists";
import { readWorkbookParts } from "../../src/xlsx/package/workbook-parts";
import { PackageLimitError, XlsxPackage } from "../../src/xlsx/package/zip-package";

const FIXTURES = join(__dirname, "..", "fixtures");
const SHEET_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>catatan</t></is></c></row></sheetData></worksheet>';

function open(file: string): XlsxPackage {
  return XlsxPackage.open(readFileSync(join(FIXTURES, file)));
}

describe("the package core on a real workbook (BPS Tapin, saved by Excel with comments, printer settings and calcChain)", () => {
  it("finds the workbook, its sheets in tab order with their parts and visibility", () => {
    const parts = readWorkbookParts(open("tapin-bps-rekap.xlsx"));
    expect(parts.sheets.map((s) => [s.name, s.state])).toEqual([
      ["Rekap Vol RO", "hidden"],
      ["Rekap Vol RO TAPIN", "visible"],
      ["Rekap all", "hidden"],
      ["TVRO", "hidden"],
      ["LK PSS", "hidden"],
      ["LK Penghitungan", "visible"],
      ["Progress", "visible"],
    ]);
    expect(parts.sheets.every((s) => s.path?.startsWith("xl/worksheets/"))).toBe(true);
    expect([parts.sharedStringsPath, parts.stylesPath, parts.activeTab]).toEqual(["xl/sharedStrings.xml", "xl/styles.xml", 5]);
  });

  it("adds a very hidden sheet that ExcelJS reads back, touching only the workbook, its rels and the content types", async () => {
    const pkg = open("tapin-bps-rekap.xlsx");
    const { sheet } = addWorksheet(pkg, readWorkbookParts(pkg), "_cermat_marks", SHEET_XML, "veryHidden");
    expect(sheet).toMatchObject({ name: "_cermat_marks", state: "veryHidden", path: "xl/worksheets/sheet8.xml" });
    expect(pkg.changedPaths().sort()).toEqual(["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/workbook.xml", "xl/worksheets/sheet8.xml"]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(pkg.save() as unknown as ExcelJS.Buffer);
    const added = workbook.getWorksheet("_cermat_marks")!;
    expect([added.state, added.getCell("A1").value]).toEqual(["veryHidden", "catatan"]);
  });

  it("removing the added sheet gives back every part byte for byte", () => {
    const original = open("tapin-bps-rekap.xlsx");
    const pkg = open("tapin-bps-rekap.xlsx");
    const { parts } = addWorksheet(pkg, readWorkbookParts(pkg), "_cermat_marks", SHEET_XML, "veryHidden");
    removeWorksheet(pkg, parts, "_cermat_marks");
    expect(pkg.paths().sort()).toEqual(original.paths().sort());
    for (const path of original.paths()) expect([path, Buffer.from(pkg.bytes(path)!).equals(Buffer.from(original.bytes(path)!))]).toEqual([path, true]);
  });
});

describe("removing a sheet renumbers what counts sheets by position", () => {
  const workbookXml = (names: string) =>
    `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView activeTab="2"/></bookViews><sheets><sheet name="A" sheetId="1" r:id="rId1"/><sheet name="B" sheetId="2" r:id="rId2"/><sheet name="C" sheetId="3" r:id="rId3"/></sheets>${names}</workbook>`;
  function pkgWith(names: string): XlsxPackage {
    const sheet = strToU8(SHEET_XML);
    return XlsxPackage.open(
      zipSync({
        "[Content_Types].xml": strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>'),
        "_rels/.rels": strToU8('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        "xl/workbook.xml": strToU8(workbookXml(names)),
        "xl/_rels/workbook.xml.rels": strToU8(
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
            [1, 2, 3].map((n) => `<Relationship Id="rId${n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${n}.xml"/>`).join("") +
            "</Relationships>",
        ),
        "xl/worksheets/sheet1.xml": sheet,
        "xl/worksheets/sheet2.xml": sheet,
        "xl/worksheets/sheet3.xml": sheet,
      }),
    );
  }

  it("drops names scoped to the removed sheet, shifts those after it, and keeps the active tab on the same sheet", () => {
    const pkg = pkgWith('<definedNames><definedName name="a" localSheetId="0">A!$A$1</definedName><definedName name="b" localSheetId="1">B!$A$1</definedName><definedName name="c" localSheetId="2">C!$A$1</definedName><definedName name="all">A!$A$1</definedName></definedNames>');
    const parts = removeWorksheet(pkg, readWorkbookParts(pkg), "B");
    expect(parts.sheets.map((s) => s.name)).toEqual(["A", "C"]);
    const xml = pkg.text("xl/workbook.xml")!;
    expect(xml).toContain('<definedName name="a" localSheetId="0">A!$A$1</definedName>');
    expect(xml).not.toContain('name="b"');
    expect(xml).toContain('<definedName name="c" localSheetId="1">C!$A$1</definedName>');
    expect(xml).toContain('<definedName name="all">A!$A$1</definedName>');
    expect(xml).toContain('activeTab="1"');
    expect(pkg.has("xl/worksheets/sheet2.xml")).toBe(false);
  });
});

describe("style lists", () => {
  it("appends a fill once, counting it, and reuses an equal one", () => {
    const styles = open("tapin-bps-rekap.xlsx").text("xl/styles.xml")!;
    const before = styleList(styles, "fills").records.length;
    const fill = '<fill><patternFill patternType="solid"><fgColor rgb="FFFFC7CE"/></patternFill></fill>';
    const once = appendStyleRecord(styles, "fills", fill);
    expect([once.index, styleList(once.xml, "fills").records.length]).toEqual([before, before + 1]);
    expect(once.xml).toContain(`<fills count="${before + 1}">`);
    expect(appendStyleRecord(once.xml, "fills", fill)).toEqual(once);
  });

  it("creates a missing list where the schema puts it, and reads a gradient fill as one record", () => {
    const bare = '<styleSheet xmlns="x"><fonts count="1"><font/></fonts><fills count="1"><fill><gradientFill><stop position="0"><color rgb="FF000000"/></stop></gradientFill></fill></fills><cellXfs count="1"><xf/></cellXfs></styleSheet>';
    expect(styleList(bare, "fills").records).toHaveLength(1);
    const added = appendStyleRecord(bare, "numFmts", '<numFmt numFmtId="164" formatCode="0.0"/>');
    expect(added.xml.indexOf("<numFmts")).toBeLessThan(added.xml.indexOf("<fonts"));
    expect(added.index).toBe(0);
  });
});

describe("limits checked from the zip directory", () => {
  it("refuses a package whose parts inflate beyond the limit before inflating them", () => {
    const big = zipSync({ "xl/worksheets/sheet1.xml": new Uint8Array(2_000_000) });
    expect(() => XlsxPackage.open(big, { maxUncompressedBytes: 1_000_000, maxPartBytes: 10_000_000, maxParts: 10 })).toThrow(PackageLimitError);
    expect(() => XlsxPackage.open(big, { maxUncompressedBytes: 10_000_000, maxPartBytes: 1_000_000, maxParts: 10 })).toThrow(/maxPartBytes/);
  });
});

describe("saving", () => {
  afterEach(() => jest.useRealTimers());

  it("dates every part 1 January 1980 as Excel does, so the same package saves to the same bytes at any time", () => {
    const pkg = open("tapin-bps-rekap.xlsx");
    jest.useFakeTimers({ now: new Date(2026, 11, 4, 8, 0, 0) });
    const first = pkg.save();
    jest.setSystemTime(new Date(2026, 11, 4, 8, 0, 7));
    const second = pkg.save();
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    // The DOS date of the first local file header (offset 12): day 1, month 1, year 1980 → 0x0021.
    expect(Buffer.from(first).readUInt16LE(12)).toBe(0x0021);
  });
});
