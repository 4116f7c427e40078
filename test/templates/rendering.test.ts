/**
 * Renders every template through LibreOffice (PDF, then PNG) into test-artifacts/templates/
 * for a person to look at. `UPDATE_README_ASSETS=1` also refreshes the committed README image
 * (a Rencana Aksi filled with the Lombok Tengah rows).
 */
import ExcelJS from "exceljs";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { TEMPLATES, rencanaAksiFrame, type TemplateId } from "../../src/engine/templates";
import { writeSheetSpec } from "../support/exceljs/write-spec";
import { libreOfficeAvailable, renderPng } from "../support/libreoffice";
import { fillWithSeed, fitRowHeights } from "./fill-sheet";
import { LOMBOK_TENGAH_BLOCKS, LOMBOK_TENGAH_SHAPE } from "./fixtures/lombok-tengah";

const ROOT = join(__dirname, "..", "..");
const ARTIFACTS = join(ROOT, "test-artifacts", "templates");
const README_IMAGE = join(ROOT, "assets", "readme", "template-rencana-aksi.png");
const OPTIONS = { instansi: "Dinas Koperasi dan UKM", tahun: 2022, pemerintah: "Pemerintah Kabupaten Lombok Tengah" };
const run = libreOfficeAvailable() ? describe : describe.skip;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

run("templates rendered by LibreOffice", () => {
  beforeAll(() => mkdirSync(ARTIFACTS, { recursive: true }));

  it.each(Object.keys(TEMPLATES) as TemplateId[])("%s prints on one landscape page", async (id) => {
    const workbook = new ExcelJS.Workbook();
    writeSheetSpec(workbook, TEMPLATES[id].build(OPTIONS));
    const xlsx = join(ARTIFACTS, `${id}.xlsx`);
    await workbook.xlsx.writeFile(xlsx);
    const { width, height } = pngSize(renderPng(xlsx, join(ARTIFACTS, `${id}.png`)));
    expect(width).toBeGreaterThan(height);
  }, 60_000);

  it("renders a Rencana Aksi filled with the Lombok Tengah rows (the README image)", async () => {
    const frame = rencanaAksiFrame({ ...OPTIONS, ...LOMBOK_TENGAH_SHAPE });
    const workbook = new ExcelJS.Workbook();
    const sheet = writeSheetSpec(workbook, frame.spec);
    fillWithSeed(sheet, frame, LOMBOK_TENGAH_BLOCKS);
    fitRowHeights(sheet, frame);
    const xlsx = join(ARTIFACTS, "rencana-aksi-filled.xlsx");
    await workbook.xlsx.writeFile(xlsx);
    const target = process.env.UPDATE_README_ASSETS === "1" ? README_IMAGE : join(ARTIFACTS, "rencana-aksi-filled.png");
    const { width, height } = pngSize(renderPng(xlsx, target, { dpi: 130, cropHeight: 700 }));
    expect(width).toBeGreaterThan(1500);
    expect(height).toBe(700);
  }, 60_000);
});
