import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toA1, type Grid, type RoleMap } from "../../src/engine/model";
import { rencanaAksiFrame, type TemplateFrame } from "../../src/engine/templates";
import { PENGUKURAN_COLUMNS } from "../../src/engine/templates/pengukuran";
import { capaianOf, preparePengukuranWithReport } from "../../src/engine/workflow";
import { XlsxWorkbook } from "../support/exceljs/xlsx-workbook";
import { libreOfficeAvailable, recalculate } from "../support/libreoffice";
import { fillWithSeed } from "../templates/fill-sheet";
import { LOMBOK_TENGAH_BLOCKS, LOMBOK_TENGAH_SHAPE } from "../templates/fixtures/lombok-tengah";
import { knownAnalysis, type KnownRow } from "./known-layout";

const PLAN = "Rencana Aksi";
const PENGUKURAN: RoleMap = Object.fromEntries(PENGUKURAN_COLUMNS.map((c, i) => [c.id, i]));
const col = (id: string): number => PENGUKURAN_COLUMNS.findIndex((c) => c.id === id);

/** The template's rows as the engine's items: sasaran rows outside the budget tree. */
function knownRows(frame: TemplateFrame): KnownRow[] {
  const index = new Map(frame.body.map((b, i) => [b.row, i]));
  const parentOf = new Map<number, number>();
  for (const b of frame.body) for (const child of b.children) parentOf.set(child, index.get(b.row)!);
  return frame.body.map((b) => ({ row: b.row, parent: parentOf.get(b.row) }));
}

async function seededPlan(): Promise<{ port: XlsxWorkbook; grid: Grid; frame: TemplateFrame }> {
  const frame = rencanaAksiFrame({ instansi: "Dinas Koperasi dan UKM", pemerintah: "Pemerintah Kabupaten Lombok Tengah", tahun: 2022, ...LOMBOK_TENGAH_SHAPE });
  const port = new XlsxWorkbook();
  await port.addSheet(frame.spec);
  fillWithSeed(port.workbook.getWorksheet(PLAN)!, frame, LOMBOK_TENGAH_BLOCKS);
  return { port, grid: await port.readSheet(PLAN), frame };
}

function planAnalysis(grid: Grid, frame: TemplateFrame) {
  const columns: RoleMap = Object.fromEntries(frame.spec.columnWidths.map((_, c) => [columnIdAt(frame, c), c]));
  return knownAnalysis(grid, columns, knownRows(frame), { top: frame.headerTop, bottom: frame.headerBottom });
}

function columnIdAt(frame: TemplateFrame, c: number): string {
  for (const id of ["no", "sasaran", "indikator", "satuan", "polaritas", "target", "target_tw1", "target_tw2", "target_tw3", "target_tw4", "kode", "program", "anggaran", "anggaran_tw1", "anggaran_tw2", "anggaran_tw3", "anggaran_tw4", "penanggung_jawab", "keterangan"]) {
    if (frame.at(id) === c) return id;
  }
  throw new Error(`no column ${c}`);
}

describe("preparePengukuran from the Lombok Tengah plan", () => {
  let plan: { port: XlsxWorkbook; grid: Grid; frame: TemplateFrame };
  beforeAll(async () => {
    plan = await seededPlan();
  });

  it("refers to the plan's indikator, target and anggaran cells, so changes flow through", () => {
    const { spec } = preparePengukuranWithReport(plan.grid, planAnalysis(plan.grid, plan.frame));
    const sub = plan.frame.body.find((b) => b.kind === "subkegiatan")!;
    const outRow = 7 + plan.frame.body.indexOf(sub);
    const cell = (id: string) => spec.cells.find((c) => c.row === outRow && c.col === col(id));
    expect(cell("indikator")).toMatchObject({ formula: `='${PLAN}'!${toA1(sub.row, plan.frame.at("indikator"))}`, value: LOMBOK_TENGAH_BLOCKS[0].kegiatan[0].subs[0].indikator });
    expect(cell("target")?.formula).toBe(`='${PLAN}'!${toA1(sub.row, plan.frame.at("target"))}`);
    expect(cell("target_tw3")?.formula).toBe(`='${PLAN}'!${toA1(sub.row, plan.frame.at("target_tw3"))}`);
    expect(cell("anggaran")?.formula).toBe(`='${PLAN}'!${toA1(sub.row, plan.frame.at("anggaran"))}`);
    // A blank plan cell is referred to without showing 0.
    const kode = `'${PLAN}'!${toA1(sub.row, plan.frame.at("kode"))}`;
    expect(cell("kode")?.formula).toBe(`=IF(${kode}="","",${kode})`);
    expect(cell("realisasi_tw1")?.formula).toBeUndefined();
    expect(cell("capaian_tw1")?.formula).toMatch(/^=IF\(AND\(ISNUMBER/);
  });

  it("reads the kop for the title and sums realisasi anggaran up the budget tree", () => {
    const { spec } = preparePengukuranWithReport(plan.grid, planAnalysis(plan.grid, plan.frame));
    expect(spec.name).toBe("Pengukuran Kinerja");
    const texts = spec.cells.filter((c) => c.row < 3).map((c) => c.value);
    expect(texts).toEqual(["PEMERINTAH KABUPATEN LOMBOK TENGAH", "DINAS KOPERASI DAN UKM", "PENGUKURAN KINERJA TAHUN 2022"]);
    const kegiatanIndex = plan.frame.body.findIndex((b) => b.kind === "kegiatan");
    const kegiatan = spec.cells.find((c) => c.row === 7 + kegiatanIndex && c.col === col("realisasi_anggaran"));
    const first = 7 + kegiatanIndex + 1;
    expect(kegiatan?.formula).toBe(`=SUM(${toA1(first, col("realisasi_anggaran"))}:${toA1(first + 3, col("realisasi_anggaran"))})`);
  });

  it("keeps every realisasi already typed when run again, matching rows by the plan row they refer to", async () => {
    const analysis = planAnalysis(plan.grid, plan.frame);
    const first = preparePengukuranWithReport(plan.grid, analysis);
    const name = await plan.port.addSheet(first.spec);
    const sheet = plan.port.workbook.getWorksheet(name)!;
    const typed = new Map<string, number>();
    plan.frame.body.forEach((b, i) => {
      if (b.kind !== "subkegiatan") return;
      const row = 7 + i;
      for (const [id, v] of [["realisasi_tw1", i], ["realisasi_tw3", i * 2], ["realisasi_anggaran", 1_000_000 * i]] as const) {
        sheet.getCell(row + 1, col(id) + 1).value = v;
        typed.set(toA1(row, col(id)), v);
      }
    });
    const earlier = await plan.port.readSheet(name);
    const earlierAnalysis = knownAnalysis(earlier, PENGUKURAN, plan.frame.body.map((_, i) => ({ row: 7 + i })), { top: 4, bottom: 5 });
    const again = preparePengukuranWithReport(plan.grid, analysis, { existing: { grid: earlier, analysis: earlierAnalysis } });
    for (const [address, value] of typed) {
      const cell = again.spec.cells.find((c) => toA1(c.row, c.col) === address);
      expect(cell?.value).toBe(value);
    }
    expect(again.carried).toBe(typed.size);
    expect(again.orphans).toEqual([]);
  });

  it("matches by indikator text when the earlier sheet holds plain text, and lists rows that match nothing", async () => {
    const analysis = planAnalysis(plan.grid, plan.frame);
    const sub = plan.frame.body.filter((b) => b.kind === "subkegiatan");
    const seedSub = LOMBOK_TENGAH_BLOCKS[1].kegiatan[0].subs[2];
    // A hand-typed Pengukuran: row order differs from the plan, no formulas.
    const rows = [
      [], [], [], [], [], [], [],
      rowWith({ indikator: seedSub.indikator, realisasi_tw2: 48 }),
      rowWith({ indikator: "Indikator yang sudah dihapus dari rencana", realisasi_tw1: 7 }),
    ];
    const earlier: Grid = { sheetName: "Pengukuran lama", rows, merges: [], hiddenRows: [], hiddenCols: [] };
    const earlierAnalysis = knownAnalysis(earlier, PENGUKURAN, [{ row: 7 }, { row: 8 }], { top: 4, bottom: 5 });
    const result = preparePengukuranWithReport(plan.grid, analysis, { existing: { grid: earlier, analysis: earlierAnalysis } });
    const target = plan.frame.body.indexOf(sub.find((b) => plan.grid.rows[b.row]?.[plan.frame.at("indikator")]?.value === seedSub.indikator)!);
    expect(result.spec.cells.find((c) => c.row === 7 + target && c.col === col("realisasi_tw2"))?.value).toBe(48);
    expect(result.orphans).toEqual([{ cell: toA1(8, col("indikator")), indikator: "Indikator yang sudah dihapus dari rencana", values: ["7"] }]);
  });
});

function rowWith(values: Record<string, string | number>) {
  const row: Array<{ value: string | number } | null> = PENGUKURAN_COLUMNS.map(() => null);
  for (const [id, v] of Object.entries(values)) row[col(id)] = { value: v };
  return row;
}

const run = libreOfficeAvailable() ? describe : describe.skip;

run("a prepared Pengukuran recalculated by LibreOffice", () => {
  it("shows the plan's targets through its references and computes capaian from typed realisasi", async () => {
    const plan = await seededPlan();
    const { spec } = preparePengukuranWithReport(plan.grid, planAnalysis(plan.grid, plan.frame));
    const name = await plan.port.addSheet(spec);
    const sheet = plan.port.workbook.getWorksheet(name)!;
    const subs = plan.frame.body.map((b, i) => ({ b, row: 7 + i })).filter((x) => x.b.kind === "subkegiatan" && plan.grid.rows[x.b.row]?.[plan.frame.at("indikator")]?.value);
    subs.forEach(({ row }, i) => (sheet.getCell(row + 1, col("realisasi_tw3") + 1).value = 10 + i * 7));
    const dir = mkdtempSync(join(tmpdir(), "cermat-prepare-"));
    const file = join(dir, "prepared.xlsx");
    writeFileSync(file, await plan.port.toBuffer());
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(recalculate(file));
    const ws = back.getWorksheet(name)!;
    const shown = (row: number, id: string): unknown => {
      const cell = ws.getCell(row + 1, col(id) + 1);
      return cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
    };
    for (const [i, { b, row }] of subs.entries()) {
      const planTarget = plan.grid.rows[b.row]![plan.frame.at("target_tw3")]!.value;
      expect(shown(row, "target_tw3")).toEqual(planTarget);
      if (typeof planTarget !== "number") continue;
      const expected = capaianOf({ kind: "number", value: planTarget }, { kind: "number", value: 10 + i * 7 }, "positive", "permenpan");
      expect(Number(shown(row, "capaian_tw3")) * 100).toBeCloseTo(expected!.value, 9);
    }
    expect(subs.length).toBeGreaterThan(4);
  }, 120_000);
});
