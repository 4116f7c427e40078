import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeSheet } from "../../src/engine/analyze";
import { renderFinding } from "../../src/i18n";
import { indonesianNumberText, withIndonesianNumberTexts } from "../../src/workbench/number-texts";
import { WorkbenchPort } from "../../src/workbench/workbench-port";
import { PackageWorkbook } from "../../src/xlsx/package-workbook";

const FIXTURES = join(__dirname, "..", "fixtures");
const FILES = readdirSync(FIXTURES).filter((f) => f.endsWith(".xlsx"));

describe("number texts as an Indonesian Excel shows them", () => {
  it("swaps the separators of en-US number texts", () => {
    expect(["1,250,000.50", "85.00%", "Rp 3,669,940", "12"].map(indonesianNumberText)).toEqual(["1.250.000,50", "85,00%", "Rp 3.669.940", "12"]);
  });

  it.each(FILES)("%s: the engine finds the same with either spelling", async (file) => {
    const workbook = await PackageWorkbook.fromBuffer(readFileSync(join(FIXTURES, file)));
    for (const name of await workbook.sheetNames()) {
      const grid = await workbook.readSheet(name);
      const key = (f: { code: string; cell: string; severity: string; expected?: number; actual?: number }) => `${f.code} ${f.cell} ${f.severity} ${f.expected} ${f.actual}`;
      expect(analyzeSheet(withIndonesianNumberTexts(grid)).findings.map(key)).toEqual(analyzeSheet(grid).findings.map(key));
    }
  });

  it("the workbench quotes a cell in a finding as staff see it (Bone: \"11`,76%\" stays as typed, numbers take Indonesian separators)", async () => {
    const file = await PackageWorkbook.fromBuffer(readFileSync(join(FIXTURES, "bone.xlsx")));
    const sheet = (await file.sheetNames())[0];
    const grid = await new WorkbenchPort(file, sheet).readSheet(sheet);
    const numericTexts = grid.rows.flat().filter((c) => c && typeof c.value === "number" && c.text !== undefined).map((c) => c!.text!);
    expect(numericTexts.some((t) => /\d,\d/.test(t))).toBe(true);
    expect(numericTexts.filter((t) => /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t))).toEqual([]);
    const messages = analyzeSheet(grid).findings.map((f) => renderFinding(f, "id"));
    expect(messages.some((m) => m.includes("“11`,76%”"))).toBe(true);
  });
});
