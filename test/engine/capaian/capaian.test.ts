import { agreesAtPrecision, detectConventions, polarityFromText, polarityFromWords, polarityOf, statedPoints } from "../../../src/engine/capaian";
import { capaianMismatch } from "../../../src/engine/rules/capaian-mismatch";
import { DEFAULT_SETTINGS, type Item, type ParsedValue, type Role, type Settings } from "../../../src/engine/model";
import { parseValue } from "../../../src/engine/numbers";
import type { RuleContext } from "../../../src/engine/rules/context";

describe("polarity from the indikator's words", () => {
  it.each([
    ["Angka kemiskinan", "negative"],
    ["Tingkat Pengangguran Terbuka (TPT)", "negative"],
    ["Jumlah temuan BPK yang berulang", "negative"],
    ["Koefisien variasi harga bahan pokok", "negative"],
    ["Prevalensi stunting pada balita", "negative"],
    ["Persentase penurunan angka kemiskinan", "positive"],
    ["Persentase jumlah temuan yang ditindaklanjuti", "positive"],
    ["Persentase jumlah pengaduan yang tertangani", "positive"],
  ])("%s → %s", (indikator, polarity) => {
    expect(polarityFromWords(indikator)).toBe(polarity);
  });

  it.each(["Jumlah koperasi sehat", "Persentase UMKM yang diberdayakan", "Laporan tingkat kesehatan KSP/USP"])("%s says nothing", (indikator) => {
    expect(polarityFromWords(indikator)).toBeUndefined();
  });

  it.each([
    ["Negatif", "negative"],
    ["NEGATIF (-)", "negative"],
    ["Minimize", "negative"],
    ["Positif", "positive"],
    ["Maximize", "positive"],
    ["-", undefined],
  ])("a Polaritas cell %j → %s", (text, polarity) => {
    expect(polarityFromText(text)).toBe(polarity);
  });
});

describe("a stated capaian at the precision its cell shows", () => {
  it.each<[number, number, number, boolean]>([
    // stated, recomputed, decimals shown, accepted
    [77, 77.5, 0, true], // truncated
    [78, 77.5, 0, true], // rounded
    [83, 84.0, 0, false],
    [66.67, 66.6667, 2, true],
    [66.66, 66.6667, 2, true],
    [66.7, 66.6667, 2, false],
    [100, 100, 0, true],
    [53, 53.3333, 0, true],
  ])("%d for %d at %d decimals → %s", (stated, recomputed, decimals, accepted) => {
    expect(agreesAtPrecision(stated, recomputed, decimals)).toBe(accepted);
  });

  it("reads a bare fraction as percent points only when that is what the realisasi says", () => {
    expect(statedPoints({ kind: "number", value: 0.875 }, 87.5)).toBeCloseTo(87.5);
    expect(statedPoints({ kind: "number", value: 0.875, percent: true }, 87.5)).toBe(0.875);
    expect(statedPoints({ kind: "number", value: 1 }, 1.2)).toBe(1);
  });
});

/** One wide Pengukuran Kinerja row: target, realisasi and capaian per TW (typed text), on sheet row `row`. */
function pkItem(row: number, cells: Partial<Record<Role, string>>, index = 0): Item {
  const refs: Item["cells"] = {};
  let col = 0;
  for (const [role, text] of Object.entries(cells) as Array<[Role, string]>) {
    const value: ParsedValue = parseValue({ value: text, text }, { convention: "id" });
    refs[role] = { row, col: col++, text, value };
  }
  return { index, kind: "row", firstRow: row, lastRow: row, group: 0, cells: refs, inherited: {}, budgetChildren: [] };
}

function ruleContext(items: Item[], settings: Settings = DEFAULT_SETTINGS): RuleContext {
  const conventions = detectConventions(items, settings);
  const layout = { kind: "wide-quarterly", headerTop: 0, headerBottom: 0, repeatedHeaderRows: [], firstDataRow: 1, lastDataRow: 99, columns: {}, groups: [{ columns: {} }] } as unknown as RuleContext["table"]["layout"];
  return { grid: { sheetName: "PK", rows: [], merges: [], hiddenRows: [], hiddenCols: [] }, table: { layout, items, conventions }, settings };
}

describe("the sheet's own cap", () => {
  const overAchieved = (row: number, stated: string) => pkItem(row, { indikator: "Jumlah koperasi sehat", target_tw1: "10", realisasi_tw1: "15", capaian_tw1: stated }, row);

  it("a sheet whose over-achievements all read 100% caps at 100, and is not wrong", () => {
    const items = [overAchieved(1, "100%"), overAchieved(2, "100%"), pkItem(3, { indikator: "Jumlah UMKM", target_tw1: "10", realisasi_tw1: "8", capaian_tw1: "80%" }, 3)];
    expect(detectConventions(items, DEFAULT_SETTINGS).capAt).toBe(100);
    expect(capaianMismatch.run(ruleContext(items))).toEqual([]);
  });

  it("a sheet that states 150% does not cap, so a lone 100% for 150 is wrong", () => {
    const items = [overAchieved(1, "150%"), overAchieved(2, "150%"), overAchieved(3, "100%")];
    expect(detectConventions(items, DEFAULT_SETTINGS).capAt).toBeNull();
    expect(capaianMismatch.run(ruleContext(items))).toEqual([expect.objectContaining({ cell: "D4", severity: "error", expected: 150, actual: 100 })]);
  });

  it("the person's setting wins over what the sheet does", () => {
    const items = [overAchieved(1, "150%")];
    expect(capaianMismatch.run(ruleContext(items, { ...DEFAULT_SETTINGS, capAt: 100 }))).toEqual([expect.objectContaining({ expected: 100, actual: 150, params: expect.objectContaining({ capped: "true", capAt: 100 }) })]);
  });
});

describe("CAPAIAN_MISMATCH on single rows", () => {
  const run = (cells: Partial<Record<Role, string>>, settings: Settings = DEFAULT_SETTINGS) => capaianMismatch.run(ruleContext([pkItem(5, cells)], settings));

  it("accepts a rounded capaian and reports one a point or more away as an error with the numbers", () => {
    expect(run({ indikator: "Persentase UMKM", target_tw1: "30%", realisasi_tw1: "16%", capaian_tw1: "53%" })).toEqual([]);
    expect(run({ indikator: "Persentase UMKM", target_tw1: "30%", realisasi_tw1: "20%", capaian_tw1: "65%" })).toEqual([
      expect.objectContaining({ code: "CAPAIAN_MISMATCH", severity: "error", cell: "D6", expected: 66.6667, actual: 65, params: expect.objectContaining({ period: "tw1", formula: "positive" }) }),
    ]);
  });

  it("calls a difference below one point a warning", () => {
    expect(run({ indikator: "Persentase UMKM", target_tw2: "30", realisasi_tw2: "20", capaian_tw2: "66,2" })).toEqual([expect.objectContaining({ severity: "warning" })]);
  });

  it("uses (2·target − realisasi) / target for a negative indicator, and target / realisasi when the person chose it", () => {
    const row = { indikator: "Tingkat pengangguran terbuka", target_tw1: "5", realisasi_tw1: "4", capaian_tw1: "120" };
    expect(run(row)).toEqual([]);
    expect(run({ ...row, capaian_tw1: "125" }, { ...DEFAULT_SETTINGS, negativeFormula: "inverse" })).toEqual([]);
    expect(run({ ...row, capaian_tw1: "80" })).toEqual([expect.objectContaining({ expected: 120, params: expect.objectContaining({ formula: "negative-permenpan", polaritySource: "words" }) })]);
  });

  it("follows the polarity the person set for an indicator", () => {
    const settings = { ...DEFAULT_SETTINGS, polarity: { "jumlah kasus dbd": "positive" as const } };
    expect(run({ indikator: "Jumlah kasus DBD", target_tw1: "10", realisasi_tw1: "5", capaian_tw1: "50" }, settings)).toEqual([]);
    expect(polarityOf(pkItem(1, { indikator: "Jumlah kasus DBD" }), settings)).toEqual({ polarity: "positive", source: "setting" });
  });

  it("compares grades on the SAKIP scale and ranges against the nearer bound", () => {
    expect(run({ indikator: "Nilai SAKIP", target_tw4: "BB", realisasi_tw4: "A", capaian_tw4: "100%" })).toEqual([]);
    expect(run({ indikator: "Persentase layanan", target_tw4: "80–90%", realisasi_tw4: "72%", capaian_tw4: "90%" })).toEqual([]);
  });

  it("leaves alone what cannot be recomputed: no realisasi, a zero target, different units, text", () => {
    expect(run({ indikator: "Jumlah laporan", target_tw1: "1", capaian_tw1: "100%" })).toEqual([]);
    expect(run({ indikator: "Jumlah laporan", target_tw1: "0", realisasi_tw1: "1", capaian_tw1: "100%" })).toEqual([]);
    expect(run({ indikator: "Jumlah laporan", target_tw1: "1 Laporan Triwulan", realisasi_tw1: "90 UM", capaian_tw1: "100%" })).toEqual([]);
    expect(run({ indikator: "Jumlah laporan", target_tw1: "1", realisasi_tw1: "1", capaian_tw1: "tercapai" })).toEqual([]);
  });

  it("accepts an annual capaian from the last realisasi or from their sum, whichever the document used", () => {
    const base = { indikator: "Jumlah koperasi", target: "12", target_tw1: "3", target_tw2: "3", target_tw3: "3", target_tw4: "3", realisasi_tw1: "3", realisasi_tw2: "3", realisasi_tw3: "3", realisasi_tw4: "3" };
    expect(run({ ...base, capaian: "100%" })).toEqual([]);
    expect(run({ ...base, capaian: "25%" })).toEqual([]);
    expect(run({ ...base, capaian: "60%" })).toEqual([expect.objectContaining({ cell: "K6", expected: 25, actual: 60, params: expect.objectContaining({ period: "annual" }) })]);
  });
});
