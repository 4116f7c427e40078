import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeSheet } from "../../src/engine/analyze";
import { DEFAULT_SETTINGS } from "../../src/engine/model";
import { withCrossSheetFindings } from "../../src/engine/workbook/cross-sheet";
import { reportWords } from "../../src/i18n/report";
import { uiWords } from "../../src/i18n/ui";
import { buildCheckReport } from "../../src/report/check-report";
import { buildRekap } from "../../src/report/rekap";
import { checkBatch, notRecognizedText, outcomesOf, type BatchProgress } from "../../src/workbench/rekap-batch";
import { filterRows, nextSort, sortRows, statusCounts } from "../../src/workbench/rekap-table";
import { XlsxFileWorkbook } from "../../src/xlsx/node-file";

const FIXTURES = join(__dirname, "..", "fixtures");
const ID = uiWords("id");

function bytesOf(name: string): ArrayBuffer {
  const b = readFileSync(join(FIXTURES, name));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

const fixture = (name: string) => ({ path: name, read: async () => bytesOf(name) });
const damaged = { path: "rusak.xlsx", read: async () => new TextEncoder().encode("PK\u0003\u0004 bukan zip").buffer as ArrayBuffer };

/** The report `cermat check --json` gives for a fixture (src/cli/commands/check.ts, without --sheet). */
async function cliReport(name: string) {
  const book = await XlsxFileWorkbook.fromFile(join(FIXTURES, name));
  const analyses = [];
  for (const sheet of await book.sheetNames()) analyses.push(analyzeSheet(await book.readSheet(sheet), DEFAULT_SETTINGS, await book.columnChoices(sheet)));
  return buildCheckReport(name, withCrossSheetFindings(analyses), "id");
}

describe("a batch of workbooks checked in the workbench", () => {
  it("gives each readable file the command line's report, and a damaged file a failure without stopping the rest", async () => {
    const progress: BatchProgress[] = [];
    const files = await checkBatch([fixture("lombok-tengah.xlsx"), damaged, fixture("not-rencana-aksi.xlsx")], analyzeSheet, "id", (p) => progress.push(p));
    expect(files?.map((f) => [f.path, f.report ? "report" : f.failure.code])).toEqual([
      ["lombok-tengah.xlsx", "report"],
      ["rusak.xlsx", "UNREADABLE_FILE"],
      ["not-rencana-aksi.xlsx", "report"],
    ]);
    expect(files?.[0].report).toEqual(await cliReport("lombok-tengah.xlsx"));
    expect(files?.[2].report).toEqual(await cliReport("not-rencana-aksi.xlsx"));
    // The bytes are kept, to open a file from the rekap without reading it again.
    expect(files?.[0].bytes?.byteLength).toBe(readFileSync(join(FIXTURES, "lombok-tengah.xlsx")).byteLength);
    expect(progress).toEqual([0, 1, 2, 3].map((done) => ({ done, total: 3 })));
  });

  it("stops when a newer batch replaces it", async () => {
    let calls = 0;
    const result = await checkBatch([fixture("lombok-tengah-clean.xlsx"), fixture("lombok-tengah.xlsx")], analyzeSheet, "id", () => undefined, () => ++calls > 1);
    expect(result).toBeUndefined();
  });

  it("folds into the rekap with the single-file view's words for the file it could not read", async () => {
    const files = (await checkBatch([fixture("lombok-tengah.xlsx"), fixture("lombok-tengah-clean.xlsx"), damaged, fixture("not-rencana-aksi.xlsx")], analyzeSheet, "id", () => undefined))!;
    const rekap = buildRekap(outcomesOf(files, ID), notRecognizedText(ID));
    expect(rekap.rows.map((r) => [r.file, r.status])).toEqual([
      ["lombok-tengah.xlsx", "errors"],
      ["lombok-tengah-clean.xlsx", expect.stringMatching(/^(ready|incomplete)$/)],
      ["rusak.xlsx", "unreadable"],
      ["not-rencana-aksi.xlsx", "not-sakip"],
    ]);
    expect(rekap.rows[2].reason).toBe("rusak.xlsx tidak dapat dibuka: Berkas tidak dapat dibaca. Berkas rusak atau tidak lengkap.");
    expect(rekap.rows[3].reason).toMatch(/^Keputusan: .+; Daftar Harga ATK: /);
    const en = uiWords("en");
    expect(buildRekap(outcomesOf(files, en), notRecognizedText(en)).rows[2].reason).toBe("rusak.xlsx could not be opened: The file cannot be read. The file is damaged or incomplete.");
  });
});

describe("the rekap table", () => {
  const words = reportWords("id");
  const row = (file: string, errors: number, status: "errors" | "ready" | "unreadable", sheet?: string) => ({ file, sheet, errors, warnings: 0, infos: 0, rowsRead: 10, unreadColumns: [], status, codes: {} });
  const rows = [row("b.xlsx", 3, "errors", "RA"), row("a.xlsx", 0, "ready", "RA"), row("c.xlsx", 0, "unreadable"), row("a.xlsx", 7, "errors", "PK")];

  it("sorts numbers largest first on the first click, and turns around on the next", () => {
    const first = nextSort(undefined, "errors");
    expect(first).toEqual({ column: "errors", direction: "descending" });
    expect(sortRows(rows, first, words).map((r) => r.errors)).toEqual([7, 3, 0, 0]);
    expect(sortRows(rows, nextSort(first, "errors"), words).map((r) => `${r.file}:${r.errors}`)).toEqual(["a.xlsx:0", "c.xlsx:0", "b.xlsx:3", "a.xlsx:7"]);
  });

  it("sorts words A to Z first, rows that tie keeping the rekap's order", () => {
    expect(sortRows(rows, nextSort(undefined, "file"), words).map((r) => `${r.file}/${r.sheet ?? ""}`)).toEqual(["a.xlsx/RA", "a.xlsx/PK", "b.xlsx/RA", "c.xlsx/"]);
    expect(sortRows(rows, { column: "status", direction: "ascending" }, words).map((r) => r.status)).toEqual(["errors", "errors", "ready", "unreadable"]);
  });

  it("filters by status and counts the statuses that occur, worst first", () => {
    expect(filterRows(rows, "errors")).toHaveLength(2);
    expect(filterRows(rows, "all")).toHaveLength(4);
    expect(statusCounts(rows)).toEqual([
      { status: "errors", count: 2 },
      { status: "ready", count: 1 },
      { status: "unreadable", count: 1 },
    ]);
  });
});
