/**
 * The templates' formulas, recalculated by a real spreadsheet engine (LibreOffice headless),
 * compared with the numbers the domain expects.
 */
import ExcelJS from "exceljs";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { pengukuranFrame, rencanaAksiFrame, type TemplateFrame } from "../../src/engine/templates";
import { writeSheetSpec } from "../support/exceljs/write-spec";
import { libreOfficeAvailable, recalculate } from "../support/libreoffice";
import { amount, fillWithSeed } from "./fill-sheet";
import { LOMBOK_TENGAH_BLOCKS, LOMBOK_TENGAH_SHAPE } from "./fixtures/lombok-tengah";

const ARTIFACTS = join(__dirname, "..", "..", "test-artifacts", "templates");
const OPTIONS = { instansi: "Dinas Koperasi dan UKM Kabupaten Lombok Tengah", tahun: 2022, pemerintah: "Pemerintah Kabupaten Lombok Tengah" };
const run = libreOfficeAvailable() ? describe : describe.skip;

/** Writes the template, lets `fill` type into it, recalculates in LibreOffice, returns the sheet read back. */
async function recalculated(frame: TemplateFrame, file: string, fill: (sheet: ExcelJS.Worksheet) => void): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  fill(writeSheetSpec(workbook, frame.spec));
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, file);
  await workbook.xlsx.writeFile(path);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(recalculate(path));
  return back.getWorksheet(frame.spec.name)!;
}

/** The cached result of a formula cell (or the value of a plain one); "" for an empty result. */
function result(sheet: ExcelJS.Worksheet, row: number, col: number): number | string | null {
  const cell = sheet.getCell(row + 1, col + 1);
  // `cell.value.result` drops a 0 result (ExcelJS 4.4 uses `||`); `cell.result` keeps it.
  if (cell.type === ExcelJS.ValueType.Formula) return cell.result === undefined ? "" : (cell.result as number | string);
  return cell.value as number | string | null;
}

run("Rencana Aksi filled with the Lombok Tengah rows, recalculated by LibreOffice", () => {
  const frame = rencanaAksiFrame({ ...OPTIONS, ...LOMBOK_TENGAH_SHAPE });
  let sheet: ExcelJS.Worksheet;
  beforeAll(async () => {
    sheet = await recalculated(frame, "rencana-aksi-lombok-tengah.xlsx", (s) => fillWithSeed(s, frame, LOMBOK_TENGAH_BLOCKS));
  }, 120_000);

  const quarters = [1, 2, 3, 4].map((q) => `anggaran_tw${q}`);

  it("makes each sub kegiatan's annual anggaran the sum of its typed quarters (dashes count as 0)", () => {
    LOMBOK_TENGAH_BLOCKS.forEach((block, b) => {
      const kegiatan = frame.body.filter((r) => r.block === b && r.kind === "kegiatan")[0];
      block.kegiatan[0].subs.forEach((sub, s) => {
        const expected = sub.anggaranTw.map(amount).reduce((x, y) => x + y, 0);
        expect(result(sheet, kegiatan.children[s], frame.at("anggaran"))).toBe(expected);
      });
    });
  });

  it("sums kegiatan, program and Jumlah per quarter and per year", () => {
    const total = [0, 0, 0, 0];
    LOMBOK_TENGAH_BLOCKS.forEach((block, b) => {
      const rows = frame.body.filter((r) => r.block === b);
      const perQuarter = [0, 1, 2, 3].map((q) => block.kegiatan[0].subs.reduce((sum, sub) => sum + amount(sub.anggaranTw[q]), 0));
      for (const kind of ["kegiatan", "program"] as const) {
        const row = rows.find((r) => r.kind === kind)!.row;
        quarters.forEach((id, q) => expect(result(sheet, row, frame.at(id))).toBe(perQuarter[q]));
        expect(result(sheet, row, frame.at("anggaran"))).toBe(perQuarter.reduce((x, y) => x + y, 0));
      }
      perQuarter.forEach((v, q) => (total[q] += v));
    });
    quarters.forEach((id, q) => expect(result(sheet, frame.totalRow, frame.at(id))).toBe(total[q]));
    expect(result(sheet, frame.totalRow, frame.at("anggaran"))).toBe(total.reduce((x, y) => x + y, 0));
  });

  it("shows where the document's own typing went wrong: the Kemitraan quarters miss Rp 6.349.833", () => {
    const program = frame.body.find((r) => r.block === 1 && r.kind === "program")!.row;
    expect(LOMBOK_TENGAH_BLOCKS[1].program.statedAnggaran - Number(result(sheet, program, frame.at("anggaran")))).toBe(6349833);
  });

  it("leaves a spare sub kegiatan row at 0, not an error", () => {
    const spare = frame.body.filter((r) => r.block === 0 && r.kind === "kegiatan")[0].children[3];
    expect(result(sheet, spare, frame.at("anggaran"))).toBe(0);
  });
});

interface MeasureCase {
  name: string;
  satuan: string;
  polaritas?: "Positif" | "Negatif";
  target: number | string;
  targets: Array<number | string>;
  realisasi: Array<number | string>;
  /** Expected capaian per TW and annual, as fractions ("" = left empty). */
  capaian: Array<number | "">;
  annualRealisasi: number | "";
  annualCapaian: number | "";
  predikat: string;
}

const CASES: MeasureCase[] = [
  {
    name: "flow indicator: quarters add up",
    satuan: "Laporan", target: 12, targets: [3, 3, 3, 3], realisasi: [3, 2, 4, 3],
    capaian: [1, 2 / 3, 4 / 3, 1], annualRealisasi: 12, annualCapaian: 1, predikat: "Sangat Tinggi",
  },
  {
    name: "percentage indicator: the last quarter is the year",
    satuan: "Persen", target: 80, targets: [20, 40, 60, 80], realisasi: [20, 35, 50, 72.4],
    capaian: [1, 35 / 40, 50 / 60, 72.4 / 80], annualRealisasi: 72.4, annualCapaian: 72.4 / 80, predikat: "Tinggi",
  },
  {
    name: "index indicator (satuan Indeks): the last quarter is the year, not 326",
    satuan: "Indeks", target: 83, targets: [80, 81, 82, 83], realisasi: [80, 81, 82, 83],
    capaian: [1, 1, 1, 1], annualRealisasi: 83, annualCapaian: 1, predikat: "Sangat Tinggi",
  },
  {
    name: "negative indicator below target (PermenPAN-RB 8/2021)",
    satuan: "Persen", polaritas: "Negatif", target: 20, targets: ["-", "-", "-", 20], realisasi: ["-", "-", "-", 15],
    capaian: ["", "", "", 1.25], annualRealisasi: 15, annualCapaian: 1.25, predikat: "Sangat Tinggi",
  },
  {
    name: "negative indicator far above target clamps at 0",
    satuan: "Persen", polaritas: "Negatif", target: 20, targets: ["-", "-", "-", 20], realisasi: ["-", "-", "-", 50],
    capaian: ["", "", "", 0], annualRealisasi: 50, annualCapaian: 0, predikat: "Sangat Rendah",
  },
  {
    name: "zero target: no capaian, no #DIV/0!",
    satuan: "Unit", target: 0, targets: [0, "-", "-", "-"], realisasi: [5, "-", "-", "-"],
    capaian: ["", "", "", ""], annualRealisasi: 5, annualCapaian: "", predikat: "",
  },
  {
    name: "nothing typed yet",
    satuan: "Dokumen", target: 1, targets: ["-", "-", "-", 1], realisasi: ["", "", "", ""],
    capaian: ["", "", "", ""], annualRealisasi: "", annualCapaian: "", predikat: "",
  },
  {
    name: "in the gap between bands (90,5%) reads as Tinggi",
    satuan: "Unit", target: 200, targets: ["-", "-", "-", 200], realisasi: ["-", "-", "-", 181],
    capaian: ["", "", "", 0.905], annualRealisasi: 181, annualCapaian: 0.905, predikat: "Tinggi",
  },
  {
    name: "Sedang and Rendah bands",
    satuan: "Unit", target: 100, targets: ["-", "-", 100, "-"], realisasi: ["-", "-", 66, "-"],
    capaian: ["", "", 0.66, ""], annualRealisasi: 66, annualCapaian: 0.66, predikat: "Sedang",
  },
];

run("Pengukuran Kinerja recalculated by LibreOffice", () => {
  const frame = pengukuranFrame({ ...OPTIONS, programs: 1, kegiatan: 1, rows: CASES.length });
  const subs = frame.body.filter((r) => r.kind === "subkegiatan");
  const anggaran = CASES.map((_, i) => 10_000_000 * (i + 1));
  const realisasiAnggaran = CASES.map((_, i) => 7_500_000 * (i + 1));
  let sheet: ExcelJS.Worksheet;
  beforeAll(async () => {
    sheet = await recalculated(frame, "pengukuran-cases.xlsx", (s) => {
      CASES.forEach((c, i) => {
        const row = subs[i].row + 1;
        const put = (id: string, v: number | string | undefined): void => {
          if (v !== undefined && v !== "") s.getCell(row, frame.at(id) + 1).value = v;
        };
        put("indikator", c.name);
        put("satuan", c.satuan);
        put("polaritas", c.polaritas);
        put("target", c.target);
        c.targets.forEach((t, q) => put(`target_tw${q + 1}`, t));
        c.realisasi.forEach((r, q) => put(`realisasi_tw${q + 1}`, r));
        put("anggaran", anggaran[i]);
        put("realisasi_anggaran", realisasiAnggaran[i]);
      });
    });
  }, 120_000);

  it.each(CASES.map((c, i) => [c.name, i] as const))("%s", (_name, i) => {
    const c = CASES[i];
    const row = subs[i].row;
    const near = (actual: unknown, expected: number | ""): void => {
      if (expected === "") expect(actual).toBe("");
      else expect(actual).toBeCloseTo(expected, 10);
    };
    c.capaian.forEach((expected, q) => near(result(sheet, row, frame.at(`capaian_tw${q + 1}`)), expected));
    near(result(sheet, row, frame.at("realisasi")), c.annualRealisasi);
    near(result(sheet, row, frame.at("capaian")), c.annualCapaian);
    expect(result(sheet, row, frame.at("predikat"))).toBe(c.predikat);
  });

  it("sums anggaran and realisasi anggaran to the kegiatan, program and Jumlah, with serapan", () => {
    const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
    for (const row of [frame.body.find((r) => r.kind === "kegiatan")!.row, frame.body.find((r) => r.kind === "program")!.row, frame.totalRow]) {
      expect(result(sheet, row, frame.at("anggaran"))).toBe(sum(anggaran));
      expect(result(sheet, row, frame.at("realisasi_anggaran"))).toBe(sum(realisasiAnggaran));
      expect(result(sheet, row, frame.at("serapan"))).toBeCloseTo(0.75, 12);
    }
    expect(result(sheet, subs[2].row, frame.at("serapan"))).toBeCloseTo(0.75, 12);
  });
});
