import { join } from "node:path";
import { analyzeSheet } from "../../src/engine/analyze";
import { DEFAULT_SETTINGS } from "../../src/engine/model";
import { buildCheckReport, type JsonSheet } from "../../src/report/check-report";
import { buildRekap, rekapNeedsAttention, type FileOutcome } from "../../src/report/rekap";
import { XlsxFileWorkbook } from "../../src/xlsx/node-file";

const FIXTURES = join(__dirname, "..", "fixtures");

async function outcome(name: string): Promise<FileOutcome> {
  const book = await XlsxFileWorkbook.fromFile(join(FIXTURES, name));
  const analyses = [];
  for (const sheet of await book.sheetNames()) analyses.push(analyzeSheet(await book.readSheet(sheet), DEFAULT_SETTINGS));
  return { file: name, report: buildCheckReport(name, analyses, "id") };
}

const reason = (s: JsonSheet) => s.reason?.code ?? "?";

describe("the rekap of several workbooks", () => {
  let outcomes: FileOutcome[];
  beforeAll(async () => {
    outcomes = [
      await outcome("lombok-tengah.xlsx"),
      await outcome("lombok-tengah-clean.xlsx"),
      await outcome("not-rencana-aksi.xlsx"),
      { file: "rusak.xlsx", failure: { code: "UNREADABLE_FILE", message: "rusak.xlsx bukan file .xlsx" } },
    ];
  });

  it("has a row per recognised sheet, and one per file that is not SAKIP or cannot be read", () => {
    const rekap = buildRekap(outcomes, reason);
    expect(rekap.rows.map((r) => [r.file, r.sheet, r.status])).toEqual([
      ["lombok-tengah.xlsx", "Renaksi 2022", "errors"],
      ["lombok-tengah-clean.xlsx", "Renaksi 2022", expect.stringMatching(/^(ready|incomplete)$/)],
      ["not-rencana-aksi.xlsx", undefined, "not-sakip"],
      ["rusak.xlsx", undefined, "unreadable"],
    ]);
    expect(rekap.rows[0]).toMatchObject({ opd: "DINAS KOPERASI KABUPATEN LOMBOK TENGAH", tahun: 2022, document: "rencana-aksi", rowsRead: 63 });
    expect(rekap.rows[2].reason).toMatch(/^Keputusan: .*; Daftar Harga ATK: /);
    expect(rekap.rows[3].reason).toBe("rusak.xlsx bukan file .xlsx");
  });

  it("lists every finding once, in the order of the rows, and counts them per rule", () => {
    const rekap = buildRekap(outcomes, reason);
    const findings = outcomes[0].report!.sheets[0].findings;
    const all = outcomes.flatMap((o) => o.report?.sheets.flatMap((sh) => sh.findings) ?? []);
    expect(rekap.temuan).toHaveLength(all.length);
    expect(rekap.temuan.filter((t) => t.file === "lombok-tengah.xlsx")).toHaveLength(findings.length);
    expect(rekap.rows[0].firstFinding).toBe(0);
    expect(rekap.rows[0].errors).toBe(findings.filter((f) => f.severity === "error").length);
    const k48 = rekap.temuan.find((t) => t.cell === "K46");
    expect(k48).toMatchObject({ code: "BUDGET_PERIOD_SUM", rootCause: "K48" });
    const perCode = Object.values(rekap.rows[0].codes).reduce((a, b) => a + (b ?? 0), 0);
    expect(perCode).toBe(findings.length);
    // Codes with an error come before codes that only warn.
    const errorCodes = new Set(rekap.temuan.filter((t) => t.severity === "error").map((t) => t.code));
    expect(rekap.codes.slice(0, errorCodes.size).every((c) => errorCodes.has(c))).toBe(true);
    expect(new Set(rekap.codes)).toEqual(new Set(rekap.temuan.map((t) => t.code)));
  });

  it("needs the reviewer when a file has errors or cannot be read, not for a clean batch", () => {
    expect(rekapNeedsAttention(buildRekap(outcomes, reason))).toBe(true);
    expect(rekapNeedsAttention(buildRekap([outcomes[1], outcomes[2]], reason))).toBe(false);
    expect(rekapNeedsAttention(buildRekap([outcomes[3]], reason))).toBe(true);
  });

  it("totals the batch", () => {
    expect(buildRekap(outcomes, reason).totals).toMatchObject({ files: 4, unreadable: 1, notSakip: 1, sheetsChecked: 2 });
  });
});
