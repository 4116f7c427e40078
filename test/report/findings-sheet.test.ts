/**
 * The findings report the pane inserts: on a real Rencana Aksi (Lombok Tengah), written through the
 * .xlsx layer and read back as the person sees it; found again and removed, asking first once
 * someone wrote in it.
 */
import { join } from "node:path";
import { analyzeSheet, type SheetAnalysis } from "../../src/engine/analyze";
import { DEFAULT_SETTINGS, type Grid } from "../../src/engine/model";
import { findingsReportSpec, isFindingsReport, reportWrittenIn } from "../../src/report/findings-sheet";
import { workbookTools } from "../../src/ui/workbook-tools";
import { WorkbenchPort } from "../../src/workbench/workbench-port";
import { XlsxFileWorkbook } from "../../src/xlsx/node-file";
import { openXlsx } from "../../src/xlsx/package/open-xlsx";

const FIXTURES = join(__dirname, "..", "fixtures");
const DATE = new Date(2026, 11, 4);

async function analysed(fixture: string, sheet?: string): Promise<{ book: XlsxFileWorkbook; analysis: SheetAnalysis; name: string }> {
  const book = await XlsxFileWorkbook.fromFile(join(FIXTURES, fixture));
  const name = sheet ?? (await book.sheetNames())[0];
  return { book, name, analysis: analyzeSheet(await book.readSheet(name), DEFAULT_SETTINGS, await book.columnChoices(name)) };
}

const texts = (grid: Grid) => grid.rows.map((row) => row.map((c) => (c?.value === undefined || c?.value === null ? "" : String(c.value))));
const column = (grid: Grid, heading: string) => {
  const header = grid.rows.findIndex((r) => r.some((c) => c?.value === heading));
  const col = grid.rows[header].findIndex((c) => c?.value === heading);
  return { header, col };
};

describe("the findings report of a Rencana Aksi", () => {
  let grid: Grid;
  let analysis: SheetAnalysis;
  let bytes: Uint8Array;
  let reportName: string;
  beforeAll(async () => {
    const opened = await analysed("lombok-tengah.xlsx");
    analysis = opened.analysis;
    reportName = await opened.book.addSheet(findingsReportSpec(analysis, "id", DATE));
    bytes = await opened.book.toBuffer();
    grid = await opened.book.readSheet(reportName);
  });

  it("is titled by its document, under the kop of the sheet checked, saying what was checked and when", () => {
    expect(reportName).toBe("Laporan Pemeriksaan");
    const lines = texts(grid).map((r) => r[0]);
    expect(lines[0]).toBe("Laporan Pemeriksaan Rencana Aksi");
    expect(lines).toContain("Sheet yang diperiksa: Renaksi 2022");
    expect(lines.some((l) => /^Diperiksa: .*anggaran per periode/.test(l))).toBe(true);
    expect(lines.some((l) => /^\d+ kesalahan, \d+ peringatan/.test(l))).toBe(true);
    expect(lines).toContain("Dibuat dengan Cermat, 4 Desember 2026");
    expect(analysis.kop?.instansi).toMatch(/KOPERASI/i);
    expect(lines).toContain(analysis.kop!.instansi);
    expect(isFindingsReport(grid)).toBe(true);
    expect(reportWrittenIn(grid)).toBe(false);
  });

  it("lists every finding with a link to its cell on the sheet checked, and an empty Tindak lanjut", () => {
    const { header, col } = column(grid, "Tindak lanjut");
    const rows = grid.rows.slice(header + 1, header + 1 + analysis.findings.length);
    expect(rows.map((r) => r[1]?.value)).toEqual(analysis.findings.map((f) => f.cell));
    expect(rows.every((r) => r[col] === null || r[col]?.value === undefined || r[col]?.value === null)).toBe(true);
    const { pkg, parts } = openXlsx(bytes);
    const xml = pkg.text(parts.sheets.find((s) => s.name === reportName)!.path!) ?? "";
    const links = [...xml.matchAll(/<hyperlink ref="B(\d+)" location="'Renaksi 2022'!([A-Z]+\d+)"/g)];
    expect(links).toHaveLength(analysis.findings.length);
    for (const [, row, cell] of links) expect(grid.rows[Number(row) - 1][1]?.value).toBe(cell);
  });

  it("ends with a signature block under the table and prints F4 landscape with the header repeated", async () => {
    const all = texts(grid).flat();
    expect(all).toEqual(expect.arrayContaining(["……………………, 4 Desember 2026", "Pemeriksa,", "(……………………………………)", "NIP. ……………………………"]));
    const { header } = column(grid, "Tindak lanjut");
    const signatureRow = grid.rows.findIndex((r) => r.some((c) => c?.value === "Pemeriksa,"));
    expect(signatureRow).toBeGreaterThan(header + analysis.findings.length);
    const spec = findingsReportSpec(analysis, "id", DATE);
    expect(spec.print).toEqual({ orientation: "landscape", paper: "F4", fitToWidth: true, repeatRows: [header, header] });
    expect(spec.freeze).toEqual({ rows: header + 1, cols: 2 });
  });

  it("says what was not read, and never reads as finished over it", async () => {
    const { analysis: eselon } = await analysed("buleleng.xlsx", "RA Eselon II-IV");
    const lines = findingsReportSpec(eselon, "en", DATE).cells.filter((c) => c.col === 0 && c.row < 12).map((c) => String(c.value));
    expect(lines.some((l) => /^Columns not understood: AG/.test(l))).toBe(true);
    expect(lines.some((l) => /^Not ready yet:/.test(l))).toBe(true);
    const clean = findingsReportSpec({ ...analysis, findings: [] }, "id", DATE);
    expect(clean.cells.some((c) => c.value === "Tidak ada temuan pada bagian yang diperiksa.")).toBe(true);
  });
});

describe("inserting and removing the report through the pane's tools, on the .xlsx workbook", () => {
  it("adds it beside the sheet, removes it, and asks first once someone wrote a follow-up in it", async () => {
    const { book, name } = await analysed("lombok-tengah.xlsx");
    const tools = workbookTools(book, async (grid, settings, choices) => analyzeSheet(grid, settings, choices));
    const added = await tools.insertReport!(DEFAULT_SETTINGS);
    expect(added).toEqual({ kind: "sheetAdded", sheet: "Laporan Pemeriksaan" });
    expect(await book.sheetNames()).toEqual([name, "Laporan Pemeriksaan"]);
    expect(await tools.removeReport!(false)).toEqual({ kind: "sheetsRemoved", sheets: ["Laporan Pemeriksaan"] });
    expect(await book.sheetNames()).toEqual([name]);
    expect(await tools.removeReport!(false)).toEqual({ kind: "notPossible", problem: "NO_REPORT" });

    await tools.insertReport!(DEFAULT_SETTINGS);
    const report = await book.readSheet("Laporan Pemeriksaan");
    const { header, col } = column(report, "Tindak lanjut");
    await book.writeCells("Laporan Pemeriksaan", [{ row: header + 1, col, value: "Sudah diperbaiki oleh bidang" }]);
    expect(await tools.removeReport!(false)).toEqual({ kind: "confirmRemoval", sheets: ["Laporan Pemeriksaan"] });
    expect(await book.sheetNames()).toContain("Laporan Pemeriksaan");
    expect(await tools.removeReport!(true)).toEqual({ kind: "sheetsRemoved", sheets: ["Laporan Pemeriksaan"] });
    expect(await book.sheetNames()).toEqual([name]);
  });

  it("asks first when the signature was filled in, refuses to report on a report, and leaves a sheet of the person's own alone", async () => {
    const { book, name } = await analysed("lombok-tengah.xlsx");
    const port = new WorkbenchPort(book, name);
    const tools = workbookTools(port, async (grid, settings, choices) => analyzeSheet(grid, settings, choices));
    await tools.insertReport!(DEFAULT_SETTINGS);
    port.setActive("Laporan Pemeriksaan");
    expect(await tools.insertReport!(DEFAULT_SETTINGS)).toEqual({ kind: "notPossible", problem: "REPORT_OF_REPORT" });
    const report = await book.readSheet("Laporan Pemeriksaan");
    const nameRow = report.rows.findIndex((r) => r.some((c) => c?.value === "(……………………………………)"));
    const nameCol = report.rows[nameRow].findIndex((c) => c?.value === "(……………………………………)");
    await port.writeCells("Laporan Pemeriksaan", [{ row: nameRow, col: nameCol, value: "(Drs. I Made Sudarma)" }]);
    expect(reportWrittenIn(await book.readSheet("Laporan Pemeriksaan"))).toBe(true);
    // A sheet the person named alike, without Cermat's content, is not a report.
    await book.addSheet({ ...findingsReportSpec((await analysed("lombok-tengah.xlsx")).analysis, "id", DATE), name: "Laporan Pemeriksaan Bidang", cells: [{ row: 0, col: 0, value: "Laporan Pemeriksaan Bidang Koperasi" }] });
    expect(await tools.removeReport!(false)).toEqual({ kind: "confirmRemoval", sheets: ["Laporan Pemeriksaan"] });
    await tools.removeReport!(true);
    expect(await book.sheetNames()).toContain("Laporan Pemeriksaan Bidang");
    expect(await book.sheetNames()).not.toContain("Laporan Pemeriksaan");
  });
});
