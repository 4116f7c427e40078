/**
 * End to end: a Rencana Aksi written by openpyxl (Debian's python3-openpyxl), whose formulas have
 * no cached results, read through the file adapter and checked. openpyxl never calculates, so the
 * file holds exactly what report generators produce.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyzeSheet } from "../../../src/engine/analyze";
import { XlsxFileWorkbook } from "../../../src/xlsx/node-file";

// The pyenv python3 on PATH has no openpyxl; Debian's does (python3-openpyxl).
const PYTHON = "/usr/bin/python3";

function hasOpenpyxl(): boolean {
  try {
    execFileSync(PYTHON, ["-c", "import openpyxl"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

const available = hasOpenpyxl();
if (!available && process.env.CI === "true") throw new Error(`${PYTHON} has no openpyxl; CI must install python3-openpyxl`);
if (!available) console.warn(`Skipping the openpyxl end-to-end test: ${PYTHON} cannot import openpyxl (apt-get install python3-openpyxl).`);
const describeIf = available ? describe : describe.skip;

const SCRIPT = String.raw`
import sys, openpyxl
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Renaksi 2025"
ws.append(["RENCANA AKSI DINAS KOPERASI DAN UKM TAHUN 2025"])
ws.append([])
ws.append(["No", "Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator", "Satuan", "Target", "Anggaran (Rp)", "Anggaran per Triwulan", None, None, None, "Penanggung Jawab"])
ws.append([None, None, None, None, None, None, None, "I", "II", "III", "IV", None])
for rng in ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:G4", "H3:K3", "L3:L4"]:
    ws.merge_cells(rng)
cols = "GHIJK"
ws.append([1, "2.17.02", "PROGRAM PEMBERDAYAAN USAHA MIKRO", "Persentase usaha mikro naik kelas", "%", "5%"] + ["=%s6+%s9" % (c, c) for c in cols] + ["Kepala Bidang UMKM"])
ws.append([None, "2.17.02.2.01", "Pemberdayaan Usaha Mikro", "Jumlah usaha mikro yang diberdayakan", "Unit", 120] + ["=SUM(%s7:%s8)" % (c, c) for c in cols])
ws.append([None, "2.17.02.2.01.0001", "Fasilitasi Kemudahan Perizinan Berusaha", "Jumlah usaha mikro difasilitasi", "Unit", 80, 50000000, 12500000, 12500000, 12500000, 12500000])
# TW III typed 1.000.000 too high: the one mistake.
ws.append([None, "2.17.02.2.01.0002", "Pemberdayaan Kelembagaan Usaha Mikro", "Jumlah usaha mikro dibina", "Unit", 40, 30000000, 7500000, 7500000, 8500000, 7500000])
ws.append([None, "2.17.02.2.02", "Pengembangan Usaha Mikro", "Jumlah usaha mikro naik skala", "Unit", 10] + ["=SUM(%s10)" % c for c in cols])
ws.append([None, "2.17.02.2.02.0001", "Pelatihan Peningkatan Produksi", "Jumlah usaha mikro dilatih", "Unit", 10, "=ROUND(SUM(H10:K10),0)", 5000000, 5000000, 5000000, 5000000])
ws.append(["Jumlah", None, None, None, None, None] + ["=SUM(%s5)" % c for c in cols])
ws.merge_cells("A11:F11")
for row in ws.iter_rows(min_row=5, max_row=11, min_col=7, max_col=11):
    for cell in row:
        cell.number_format = "#,##0"
wb.save(sys.argv[1])
`;

describeIf("a Rencana Aksi written by openpyxl, formulas without results", () => {
  let dir = "";
  let file = "";

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "cermat-openpyxl-"));
    file = join(dir, "renaksi.xlsx");
    execFileSync(PYTHON, ["-c", SCRIPT, file]);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("is read with its formulas and no results, as the file holds them", async () => {
    const grid = await (await XlsxFileWorkbook.fromFile(file)).readSheet("Renaksi 2025");
    expect(grid.rows[5]?.[6]).toMatchObject({ value: null, formula: "=SUM(G7:G8)" });
  });

  it("is checked on the computed amounts: the one mistake, no blank-parent errors", async () => {
    const grid = await (await XlsxFileWorkbook.fromFile(file)).readSheet("Renaksi 2025");
    const analysis = analyzeSheet(grid);
    expect(analysis.recognized).toBe(true);
    const kegiatan = analysis.tables[0].items.find((i) => i.firstRow === 5);
    expect(kegiatan?.cells.anggaran?.value).toMatchObject({ kind: "number", value: 80_000_000 });
    expect(analysis.findings.filter((f) => f.severity === "error").map((f) => [f.code, f.cell, f.difference])).toEqual([["BUDGET_PERIOD_SUM", "G8", -1_000_000]]);
    expect(analysis.findings.some((f) => f.code === "FORMULA_NOT_CALCULATED" || f.code === "INVALID_NUMBER")).toBe(false);
  });
});
