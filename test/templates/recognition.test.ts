/**
 * Every template, written to .xlsx and read back through the file adapter, is recognised by
 * the engine with each column in its role and no findings; filled with the Lombok Tengah rows
 * and recalculated by LibreOffice, its sums agree with the engine's own budget check.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyzeSheet } from "../../src/engine/analyze";
import type { Role } from "../../src/engine/model";
import { bulananFrame, pengukuranFrame, rencanaAksiFrame, type TemplateFrame, type TemplateOptions } from "../../src/engine/templates";
import { XlsxWorkbook } from "../support/exceljs/xlsx-workbook";
import { libreOfficeAvailable, recalculate } from "../support/libreoffice";
import { fillWithSeed } from "./fill-sheet";
import { LOMBOK_TENGAH_BLOCKS, LOMBOK_TENGAH_SHAPE } from "./fixtures/lombok-tengah";

const OPTIONS: TemplateOptions = { instansi: "Dinas Koperasi dan UKM", tahun: 2024, pemerintah: "Pemerintah Kabupaten Lombok Tengah" };
const FRAMES: Array<[string, (o: TemplateOptions) => TemplateFrame]> = [
  ["rencana-aksi", rencanaAksiFrame],
  ["pengukuran", pengukuranFrame],
  ["bulanan", bulananFrame],
];

async function readBack(frame: TemplateFrame, fill?: (sheet: ExcelJS.Worksheet) => void) {
  const port = new XlsxWorkbook();
  const name = await port.addSheet(frame.spec);
  fill?.(port.workbook.getWorksheet(name)!);
  const back = await XlsxWorkbook.fromBuffer(await port.toBuffer());
  return back.readSheet(name);
}

const recalculated = libreOfficeAvailable() ? it : it.skip;

describe.each(FRAMES)("template %s read back by the engine", (_id, build) => {
  const frame = build(OPTIONS);

  it("puts every column in its role, finds the header and the column numbers, and reports nothing", async () => {
    const analysis = analyzeSheet(await readBack(frame));
    expect(analysis.recognized).toBe(true);
    expect(analysis.tables).toHaveLength(1);
    const { layout } = analysis.tables[0];
    const expected = Object.fromEntries(frame.spec.columnWidths.map((_, c) => [idAt(frame, c), c]));
    expect(layout.columns).toEqual(expected);
    expect(layout.headerTop).toBe(frame.headerTop);
    expect(layout.columnNumberRow).toBe(frame.columnNumberRow);
    expect(analysis.findings).toEqual([]);
  });

  recalculated("adds up once filled with the Lombok Tengah rows and recalculated by LibreOffice: every formula sum matches the engine's", async () => {
    // Formulas written by a program carry no results until a spreadsheet computes them, as Excel does on opening.
    const seeded = build({ ...OPTIONS, ...LOMBOK_TENGAH_SHAPE });
    const port = new XlsxWorkbook();
    const name = await port.addSheet(seeded.spec);
    fillWithSeed(port.workbook.getWorksheet(name)!, seeded, LOMBOK_TENGAH_BLOCKS);
    const file = join(mkdtempSync(join(tmpdir(), "cermat-recog-")), `${_id}.xlsx`);
    writeFileSync(file, await port.toBuffer());
    const grid = await (await XlsxWorkbook.fromBuffer(readFileSync(recalculate(file)))).readSheet(name);
    expect(typeof grid.rows[seeded.totalRow]?.[seeded.at("anggaran")]?.value).toBe("number");
    const analysis = analyzeSheet(grid);
    expect(analysis.findings.filter((f) => f.code.startsWith("BUDGET") || f.code === "CAPAIAN_MISMATCH" || f.code === "INVALID_NUMBER")).toEqual([]);
  }, 120_000);
});

function idAt(frame: TemplateFrame, c: number): Role {
  for (const id of Object.keys(ROLE_PROBE) as Role[]) {
    try {
      if (frame.at(id) === c) return id;
    } catch {
      // This template has no such column.
    }
  }
  throw new Error(`column ${c} has no role`);
}

const ROLE_PROBE: Partial<Record<Role, true>> = Object.fromEntries(
  [
    "no", "sasaran", "indikator", "satuan", "polaritas", "target", "realisasi", "capaian", "predikat", "kode", "program",
    "anggaran", "realisasi_anggaran", "serapan", "penanggung_jawab", "keterangan",
    ...["tw1", "tw2", "tw3", "tw4"].flatMap((q) => [`target_${q}`, `realisasi_${q}`, `capaian_${q}`, `anggaran_${q}`]),
    ...Array.from({ length: 12 }, (_, i) => `target_b${i + 1}`),
  ].map((r) => [r, true]),
);
