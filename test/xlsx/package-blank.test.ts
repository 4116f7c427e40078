import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TEMPLATES } from "../../src/engine/templates";
import { PackageWorkbook } from "../../src/xlsx/package-workbook";
import { libreOfficeAvailable, recalculate } from "../support/libreoffice";

const spec = TEMPLATES["rencana-aksi"].build({ instansi: "Dinas Pertanian", tahun: 2025, pemerintah: "Pemerintah Kabupaten Tapin" });

async function excel(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

describe("a new file from the blank package (a template written where no file is)", () => {
  it("holds the template sheet, with its formats and print titles, and nothing else", async () => {
    const book = PackageWorkbook.blank();
    expect(await book.sheetNames()).toEqual([]);
    const name = await book.addSheet(spec);
    const workbook = await excel(await book.toBuffer());
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([name]);
    const sheet = workbook.getWorksheet(name)!;
    expect(sheet.pageSetup.printTitlesRow).toBeDefined();
    const reopened = await PackageWorkbook.fromBuffer(await book.toBuffer());
    expect([await reopened.activeSheetName(), (await reopened.readSheet(name)).rows.length > 5]).toEqual([name, true]);
  });

  (libreOfficeAvailable() ? it : it.skip)("opens in LibreOffice", async () => {
    const book = PackageWorkbook.blank();
    await book.addSheet(spec);
    const dir = mkdtempSync(join(tmpdir(), "cermat-blank-"));
    const file = join(dir, "baru.xlsx");
    writeFileSync(file, await book.toBuffer());
    const saved = await excel(readFileSync(recalculate(file)));
    expect(saved.worksheets.map((ws) => ws.name)).toEqual([spec.name]);
  }, 120_000);
});
