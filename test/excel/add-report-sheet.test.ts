/**
 * The findings report written into Excel through Office.js (the recording fake): links to the
 * findings' cells as hyperlinks where ExcelApi 1.7 has them, as HYPERLINK formulas on Excel 2016;
 * filter buttons on the header; the same two syncs whatever the number of findings.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeSheet, type SheetAnalysis } from "../../src/engine/analyze";
import type { Grid } from "../../src/engine/model";
import { ExcelWorkbook, type Feature } from "../../src/excel";
import { findingsReportSpec } from "../../src/report/findings-sheet";
import { PackageWorkbook } from "../../src/xlsx/package-workbook";
import { FakeExcel } from "./fake-excel";

const DATE = new Date(2026, 11, 4);

async function lombok(): Promise<{ grid: Grid; analysis: SheetAnalysis }> {
  const book = await PackageWorkbook.fromBuffer(readFileSync(join(__dirname, "..", "fixtures", "lombok-tengah.xlsx")));
  const grid = await book.readSheet("Renaksi 2022");
  return { grid, analysis: analyzeSheet(grid) };
}

function insert(apiVersion: string, analysis: SheetAnalysis, degraded: Feature[][] = []) {
  const excel = new FakeExcel();
  excel.apiVersion = apiVersion;
  excel.addSheet("Renaksi 2022");
  excel.resetStats();
  const workbook = new ExcelWorkbook({ run: excel.run, isSetSupported: excel.isSetSupported, onDegraded: (f) => degraded.push(f) });
  return { excel, added: workbook.addSheet(findingsReportSpec(analysis, "id", DATE)) };
}

describe("the findings report inserted in Excel", () => {
  it("links each finding's cell with range.hyperlink and puts filter buttons on the header (ExcelApi 1.9)", async () => {
    const { analysis } = await lombok();
    const { excel, added } = insert("1.18", analysis);
    const sheet = excel.sheet(await added);
    const spec = findingsReportSpec(analysis, "id", DATE);
    const links = spec.cells.filter((c) => c.link);
    expect(links).toHaveLength(analysis.findings.length);
    for (const c of links) {
      expect(sheet.at(c.row, c.col)?.hyperlink).toEqual({ documentReference: `'Renaksi 2022'!${c.link!.cell}`, textToDisplay: c.link!.cell });
      expect(sheet.at(c.row, c.col)?.style).toMatchObject({ fontColor: "#0563C1", underline: "Single" });
    }
    const header = spec.autoFilter!.row;
    const last = Math.max(...spec.cells.map((c) => c.row));
    expect(sheet.autoFilter).toBe(`A${header + 1}:I${last + 1}`);
    expect(excel.stats.syncs).toBe(2);
  });

  it("writes HYPERLINK formulas on Excel 2016 (ExcelApi 1.4) and says the filter buttons are left out", async () => {
    const { analysis } = await lombok();
    const degraded: Feature[][] = [];
    const { excel, added } = insert("1.4", analysis, degraded);
    const sheet = excel.sheet(await added);
    const first = findingsReportSpec(analysis, "id", DATE).cells.find((c) => c.link)!;
    expect(sheet.at(first.row, first.col)?.formula).toBe(`=HYPERLINK("#'Renaksi 2022'!${first.link!.cell}","${first.link!.cell}")`);
    expect(sheet.at(first.row, first.col)?.hyperlink).toBeUndefined();
    expect(sheet.autoFilter).toBeUndefined();
    expect(degraded[0]).toEqual(expect.arrayContaining(["autoFilter", "pageLayout"]));
  });

  it("takes two syncs with three findings as with all of them", async () => {
    const { analysis } = await lombok();
    const few = insert("1.18", { ...analysis, findings: analysis.findings.slice(0, 3) });
    await few.added;
    const all = insert("1.18", analysis);
    await all.added;
    expect(analysis.findings.length).toBeGreaterThan(8);
    expect([few.excel.stats.syncs, all.excel.stats.syncs]).toEqual([2, 2]);
  });

  it("removes the report sheet again in one sync, and says so when it is already gone", async () => {
    const { analysis } = await lombok();
    const { excel, added } = insert("1.18", analysis);
    const name = await added;
    const workbook = new ExcelWorkbook({ run: excel.run, isSetSupported: excel.isSetSupported });
    excel.resetStats();
    await workbook.removeSheet(name);
    expect(excel.findSheet(name)).toBeUndefined();
    expect(excel.findSheet("Renaksi 2022")).toBeDefined();
    expect(excel.stats.syncs).toBe(1);
    await expect(workbook.removeSheet(name)).rejects.toMatchObject({ name: "WorkbookError", code: "SHEET_NOT_FOUND" });
  });
});
