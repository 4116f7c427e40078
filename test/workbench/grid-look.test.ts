import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gridPage } from "../../src/workbench/grid-page";
import { columnWidths, DEFAULT_COLUMN_PX, widthToPixels } from "../../src/xlsx/package/column-widths";
import { PackageWorkbook } from "../../src/xlsx/package-workbook";

const BONE = join(__dirname, "..", "fixtures", "bone.xlsx");

describe("column widths as the worksheet states them", () => {
  it("converts Excel's character widths to pixels as Excel does at 96 dpi (8.43 → 64 px)", () => {
    expect(widthToPixels(8.43)).toBe(64);
    expect(widthToPixels(4)).toBe(33);
  });

  it("reads spans, the sheet's default and prefixed elements, and ignores what follows sheetData", () => {
    const xml =
      '<x:worksheet xmlns:x="s"><x:sheetFormatPr defaultColWidth="10"/><x:cols><x:col min="2" max="3" width="20" customWidth="1"/><x:col min="5" max="5" width="0" hidden="1"/></x:cols>' +
      '<x:sheetData><x:row r="1"><x:c r="A1"><x:is><x:t>&lt;col min="1" max="1" width="99"/&gt;</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>';
    const widths = columnWidths(xml);
    expect([0, 1, 2, 3, 4].map((c) => widths.at(c))).toEqual([75, 145, 145, 75, 5]);
  });

  it("falls back to Excel's default when the part states none or cannot be read", () => {
    expect(columnWidths("<worksheet><sheetData/></worksheet>").at(3)).toBe(DEFAULT_COLUMN_PX);
    expect(columnWidths("not xml at all").at(0)).toBe(DEFAULT_COLUMN_PX);
  });

  it("gives the Bone seed's widths through the workbench's looks", async () => {
    const file = await PackageWorkbook.fromBuffer(readFileSync(BONE));
    const [sheet] = await file.sheetNames();
    const looks = file.looks(sheet);
    // A: 4 characters, B: 18, J: 22 (the seed's own <cols>), G: not listed → the default.
    expect([0, 1, 9, 6].map((c) => looks.widthAt(c))).toEqual([33, 131, 159, DEFAULT_COLUMN_PX]);
  });
});

describe("the grid page", () => {
  it("draws kop lines and section headings on one line; table rows keep wrapping", async () => {
    const file = await PackageWorkbook.fromBuffer(readFileSync(BONE));
    const [sheet] = await file.sheetNames();
    const page = gridPage(await file.readSheet(sheet), 0);
    const title = (row: number) => page.rows.find((r) => r.row === row)?.title;
    // Rows 1–3 (kop), 5 "TUJUAN :", 6–7 (one goal each): one text each. Row 9 is the table header; 12 a data row.
    expect([0, 1, 2, 4, 5, 6].map(title)).toEqual([true, true, true, true, true, true]);
    expect([3, 8, 11].map(title)).toEqual([false, false, false]);
  });
});
