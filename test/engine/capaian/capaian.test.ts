import { analyzeSheet } from "../../../src/engine/analyze";
import {
  agreesAtPrecision,
  annualBases,
  capaianOf,
  capOf,
  comparableUnits,
  detectConventions,
  polarityFromText,
  polarityFromWords,
  polarityOf,
  predikatOf,
  statedPoints,
  whyNoCapaian,
  type NoCapaianReason,
  type SheetConventions,
} from "../../../src/engine/capaian";
import { DEFAULT_PREDIKAT_SCALE, DEFAULT_SETTINGS, type Item, type ParsedValue, type Polarity, type Settings } from "../../../src/engine/model";
import { parseValue } from "../../../src/engine/numbers";
import { pkSheet, type PkRow } from "./pk-sheet";

/** A value as a person types it, read the Indonesian way. */
const typed = (text: string): ParsedValue => parseValue({ value: text, text }, { convention: "id" });

describe("polarity from the indikator's words", () => {
  it.each([
    ["Angka kemiskinan", "negative"],
    ["Persentase penduduk miskin", "negative"],
    ["Tingkat Pengangguran Terbuka (TPT)", "negative"],
    ["Jumlah temuan BPK yang berulang", "negative"],
    ["Koefisien variasi harga bahan pokok", "negative"],
    ["Koefisien  Variasi   Harga", "negative"],
    ["Prevalensi stunting pada balita", "negative"],
    ["Angka Kematian Ibu (AKI)", "negative"],
    ["Tingkat inflasi daerah", "negative"],
    ["Jumlah kasus DBD", "negative"],
    ["Indeks kedalaman kemiskinan", "negative"],
    ["Angka kriminalitas", "negative"],
    ["Persentase penurunan angka kemiskinan", "positive"],
    // A bad quantity (waktu pelayanan) whose decrease is the measure: higher is better.
    ["Persentase penurunan waktu pelayanan perizinan", "positive"],
    ["Persentase jumlah temuan yang ditindaklanjuti", "positive"],
    ["Persentase jumlah pengaduan yang tertangani", "positive"],
    ["Persentase desa bebas stunting", "positive"],
    ["Cakupan penanggulangan gizi buruk", "positive"],
  ])("%s → %s", (indikator, polarity) => {
    expect(polarityFromWords(indikator)).toBe(polarity);
  });

  it.each([
    "Jumlah koperasi sehat",
    "Persentase UMKM yang diberdayakan",
    "Laporan tingkat kesehatan KSP/USP",
    // "penurunan" alone says nothing: what goes down is not a bad quantity here.
    "Persentase penurunan emisi gas rumah kaca",
    // A word that merely contains a phrase is not it.
    "Jumlah pelaku usaha inflasioner",
  ])("%s says nothing", (indikator) => {
    expect(polarityFromWords(indikator)).toBeUndefined();
  });

  it.each([
    ["Negatif", "negative"],
    ["NEGATIF (-)", "negative"],
    ["Minimize", "negative"],
    ["↓", "negative"],
    ["Positif", "positive"],
    ["Maximize", "positive"],
    ["-", undefined],
    ["", undefined],
  ])("a Polaritas cell %j → %s", (text, polarity) => {
    expect(polarityFromText(text)).toBe(polarity);
  });
});

describe("where the polarity comes from: the Polaritas column, then the person's setting, then the words", () => {
  const item = (indikator: string, polaritas?: string): Item => ({
    index: 0,
    kind: "row",
    firstRow: 4,
    lastRow: 4,
    group: 0,
    cells: {
      indikator: { row: 4, col: 1, text: indikator, value: { kind: "text", text: indikator } },
      ...(polaritas !== undefined ? { polaritas: { row: 4, col: 3, text: polaritas, value: { kind: "text", text: polaritas } } } : {}),
    },
    inherited: {},
    budgetChildren: [],
  });
  const person: Settings = { ...DEFAULT_SETTINGS, polarity: { "jumlah kasus dbd": "positive" } };

  it.each<[string, string | undefined, "person" | "none", Polarity, string]>([
    ["Jumlah kasus DBD", "Positif", "none", "positive", "column"],
    ["Jumlah kasus DBD", "Negatif", "person", "negative", "column"],
    ["Jumlah  Kasus DBD", undefined, "person", "positive", "setting"],
    ["Jumlah kasus DBD", "-", "none", "negative", "words"],
    ["Jumlah koperasi sehat", undefined, "none", "positive", "default"],
  ])("%s with Polaritas %j and setting %s → %s from %s", (indikator, polaritas, setting, polarity, source) => {
    expect(polarityOf(item(indikator, polaritas), setting === "person" ? person : DEFAULT_SETTINGS)).toEqual({ polarity, source });
  });

  it("takes no choice from an indikator named like an object's own properties", () => {
    for (const indikator of ["constructor", "toString", "__proto__", "hasOwnProperty"]) {
      expect(polarityOf(item(indikator), person)).toEqual({ polarity: "positive", source: "default" });
    }
  });

  it("answers again when the person's choices change, for the same item", () => {
    const same = item("Jumlah kasus DBD");
    expect(polarityOf(same, DEFAULT_SETTINGS)).toEqual({ polarity: "negative", source: "words" });
    expect(polarityOf(same, person)).toEqual({ polarity: "positive", source: "setting" });
    expect(polarityOf(same, { ...person, polarity: {} })).toEqual({ polarity: "negative", source: "words" });
  });
});

describe("capaian from target and realisasi", () => {
  it.each<[string, string, Polarity, Settings["negativeFormula"], number | null, string | null]>([
    // target, realisasi, polarity, negative formula → points, method
    ["30%", "20%", "positive", "permenpan", 66.6667, "positive"],
    ["12 Laporan", "12 Laporan", "positive", "permenpan", 100, "positive"],
    ["5", "4", "negative", "permenpan", 120, "negative-permenpan"],
    ["5", "6", "negative", "permenpan", 80, "negative-permenpan"],
    // Twice the target or worse on a negative indicator clamps to 0, never below.
    ["5", "12", "negative", "permenpan", 0, "negative-permenpan"],
    ["5", "4", "negative", "inverse", 125, "negative-inverse"],
    ["5", "0", "negative", "inverse", null, null],
    ["5", "0", "negative", "permenpan", 200, "negative-permenpan"],
    ["0", "3", "positive", "permenpan", null, null],
    ["80–90%", "85%", "positive", "permenpan", 100, "range"],
    ["80–90%", "72%", "positive", "permenpan", 90, "range"],
    ["80–90%", "99%", "positive", "permenpan", 110, "range"],
    ["BB", "A", "positive", "permenpan", 100, "grade"],
    ["BB", "BB", "positive", "permenpan", 100, "grade"],
    ["WTP", "WTP", "positive", "permenpan", 100, "grade"],
    // Not met: no number, not a rank ratio (WDP ÷ WTP = 75 has no source).
    ["WTP", "WDP", "positive", "permenpan", null, null],
    ["A", "BB", "positive", "permenpan", null, null],
    ["Ada", "Tidak ada", "positive", "permenpan", null, null],
    ["BB", "WTP", "positive", "permenpan", null, null],
    ["12", "tercapai", "positive", "permenpan", null, null],
  ])("%s against %s (%s, %s) → %s by %s", (target, realisasi, polarity, formula, points, method) => {
    const c = capaianOf(typed(target), typed(realisasi), polarity, formula);
    if (points === null) expect(c).toBeNull();
    else expect(c).toEqual({ value: expect.closeTo(points, 3), method });
  });

  it.each<[string, string, NoCapaianReason | undefined]>([
    ["0", "2", "target-zero"],
    ["0", "0", "target-zero"],
    ["0 Temuan", "1 Temuan", "target-zero"],
    ["WTP", "WDP", "grade-not-met"],
    ["A", "BB", "grade-not-met"],
    ["BB", "A", undefined],
    ["0", "-", undefined],
    ["5", "0", undefined],
    ["BB", "WTP", undefined],
  ])("why %s against %s has no number: %s", (target, realisasi, reason) => {
    expect(whyNoCapaian(typed(target), typed(realisasi))).toBe(reason);
  });

  it.each([
    [95, "Sangat Tinggi"],
    [91, "Sangat Tinggi"],
    [90.5, "Tinggi"],
    [76, "Tinggi"],
    [70, "Sedang"],
    [65.9, "Rendah"],
    [51, "Rendah"],
    [50.99, "Sangat Rendah"],
  ])("predikat of %d → %s", (capaian, predikat) => {
    expect(predikatOf(capaian, DEFAULT_PREDIKAT_SCALE)).toBe(predikat);
  });

  it.each<[string, string, boolean]>([
    ["1 Laporan Triwulan", "90 UM", false],
    ["100%", "4 Dokumen", false],
    ["30%", "20", true],
    ["12 Laporan", "12", true],
    ["3 KOP", "3 Koperasi", true],
    ["3 KOP", "3 Orang", false],
    ["BB", "85", false],
  ])("%s and %s comparable: %s", (target, realisasi, comparable) => {
    expect(comparableUnits(typed(target), typed(realisasi))).toBe(comparable);
  });
});

describe("a stated capaian at the precision its cell shows", () => {
  it.each<[number, number, number, boolean]>([
    // stated, recomputed, decimals shown, accepted
    [77, 77.5, 0, true], // truncated
    [78, 77.5, 0, true], // rounded
    [83, 84.0, 0, false],
    [85, 84.0, 0, false],
    [66.67, 66.6667, 2, true],
    [66.66, 66.6667, 2, true],
    [66.7, 66.6667, 2, false],
    [66.6, 66.6667, 1, true],
    [66.7, 66.6667, 1, true],
    [100, 100, 0, true],
    [53, 53.3333, 0, true],
    [54, 53.3333, 0, false],
  ])("%d for %d at %d decimals → %s", (stated, recomputed, decimals, accepted) => {
    expect(agreesAtPrecision(stated, recomputed, decimals)).toBe(accepted);
  });

  it("reads a bare fraction as percent points only when that is what the realisasi says", () => {
    expect(statedPoints({ kind: "number", value: 0.875 }, 87.5)).toBeCloseTo(87.5);
    expect(statedPoints({ kind: "number", value: 0.875, percent: true }, 87.5)).toBe(0.875);
    expect(statedPoints({ kind: "number", value: 1 }, 1.2)).toBe(1);
  });

  it("in a sheet that keeps bare fractions, every bare number is one, even a wrong one", () => {
    expect(statedPoints({ kind: "number", value: 0.01 }, 1, "fraction")).toBeCloseTo(1);
    expect(statedPoints({ kind: "number", value: 0.5 }, 80, "fraction")).toBeCloseTo(50);
    expect(statedPoints({ kind: "number", value: 87.5, percent: true }, 87.5, "fraction")).toBe(87.5);
  });
});

describe("the annual capaian: Σ realisasi for a flow, the last for a stock or a percentage", () => {
  it.each<[string, string[], string, string[]]>([
    // annual target, period targets, satuan → readings
    ["12", ["3", "3", "3", "3"], "Laporan", ["sum"]],
    ["12", ["3", "6", "9", "12"], "Laporan", ["last"]],
    ["6", ["6", "6", "6", "6"], "Pasar", ["last"]],
    ["80%", ["20%", "40%", "60%", "80%"], "%", ["last"]],
    ["75", ["70", "72", "74", "75"], "Persen", ["last"]],
    ["248.710.000.000", ["30%", "50%", "80%", "100%"], "Rupiah", ["last"]],
    ["B", ["B", "B", "B", "B"], "Predikat", ["last"]],
    // One period only: it is both the sum and the last, so either reading stands.
    ["4", ["-", "-", "-", "4"], "Dokumen", ["last", "sum"]],
    // Fits nothing: the targets do not tell.
    ["10", ["2", "3", "2", "2"], "Kegiatan", ["last", "sum"]],
  ])("annual %s, periods %j (%s) → %j", (annual, periods, satuan, bases) => {
    expect(annualBases(typed(annual), periods.map(typed), satuan)).toEqual(bases);
  });
});

describe("the sheet's own conventions", () => {
  const conventionsOf = (rows: PkRow[], settings: Settings = DEFAULT_SETTINGS): SheetConventions => analyzeSheet(pkSheet(rows), settings).tables[0].conventions;
  /** Realisasi 15 of target 10 stated as `stated`, in TW I. */
  const over = (stated: string | number): PkRow => ({ indikator: "Jumlah koperasi sehat", satuan: "Unit", tw: [["10", "15", stated]] });
  const under = (stated: string | number): PkRow => ({ indikator: "Jumlah UMKM binaan", satuan: "Unit", tw: [["10", "8", stated]] });
  const between = (stated: string | number): PkRow => ({ indikator: "Jumlah wirausaha baru", satuan: "Orang", tw: [["10", "11,5", stated]] });

  it.each<[string, PkRow[], number | null]>([
    ["every over-achievement reads 100", [over("100"), over("100"), under("80")], 100],
    ["one over-achievement, read 100", [over("100"), under("80")], 100],
    ["over-achievements read as themselves", [over("150"), over("150"), under("80")], null],
    ["one read 100 and one as itself: no cap", [over("100"), over("150")], null],
    ["none over-achieved: nothing to tell", [under("80"), under("80")], null],
    ["150 read 120 and 115 as itself: a cap at 120", [over("120"), between("115")], 120],
    ["150 read 150 and 115 as itself: no cap", [over("150"), between("115")], null],
    // A wrong value under the cap says nothing against it.
    ["100, 100 and a wrong 90", [over("100"), over("100"), over("90")], 100],
  ])("%s → cap %s", (_, rows, cap) => {
    expect(conventionsOf(rows).capAt).toBe(cap);
  });

  it.each<[Settings["capAt"], number | null]>([
    [100, 100],
    [120, 120],
    [null, null],
  ])("the person's setting %s wins over what the sheet does", (setting, cap) => {
    expect(conventionsOf([over("150"), over("150")], { ...DEFAULT_SETTINGS, capAt: setting }).capAt).toBe(cap);
  });

  it("the cap rule reads stated against recomputed points", () => {
    expect(capOf([{ stated: 100, raw: 150 }, { stated: 80, raw: 80 }])).toBe(100);
    expect(capOf([{ stated: 100, raw: 150 }, { stated: 150, raw: 150 }])).toBeNull();
    expect(capOf([])).toBeNull();
  });

  it.each<[string, Array<string | number>, number]>([
    ["whole points", ["80", "100", "53"], 0],
    ["two decimals, Indonesian", ["80,00", "66,67", "53,33"], 2],
    ["mostly one decimal", ["80,0", "66,7", "53"], 1],
  ])("decimals shown: %s → %d", (_, stated, decimals) => {
    const rows = stated.map((s, i) => ({ indikator: `Jumlah dokumen ${i}`, tw: [["3", "2", s]] as PkRow["tw"] }));
    expect(conventionsOf(rows).capaianDecimals).toBe(decimals);
  });

  it("capaian kept as bare fractions (0,8 for 80%) are told apart from points", () => {
    const rows = (cells: Array<string | number>): PkRow[] => cells.map((c, i) => ({ indikator: `Jumlah dokumen ${i}`, tw: [["10", "8", c]] }));
    expect(conventionsOf(rows([0.8, 0.8, 0.8])).capaianStorage).toBe("fraction");
    expect(conventionsOf(rows(["80", "80", "0,8"])).capaianStorage).toBe("points");
    expect(conventionsOf([{ indikator: "Jumlah dokumen", tw: [["10", "-", "-"]] }]).capaianStorage).toBeUndefined();
  });

  it("capaian kept as fractions under a % format (0.8 shown as 80%) are fractions when the grid is at hand", () => {
    const grid = pkSheet([0.8, 0.8, 0.75].map((c, i) => ({ indikator: `Jumlah dokumen ${i}`, tw: [["10", "8", c]] as PkRow["tw"] })), { formats: { "H5:H7": "0%" } });
    const { items } = analyzeSheet(grid).tables[0];
    expect(detectConventions(items, DEFAULT_SETTINGS, grid)).toEqual({ capAt: null, capaianDecimals: 0, capaianStorage: "fraction", negativeFormula: "permenpan", periodBasis: "period", annualBasis: "indikator" });
    // Without the grid only the numbers are seen: the number reader already made them points.
    expect(detectConventions(items, DEFAULT_SETTINGS).capaianStorage).toBe("points");
    // And either way the stated 75% for 80 is read in points.
    expect(analyzeSheet(grid).findings.filter((f) => f.code === "CAPAIAN_MISMATCH")).toEqual([expect.objectContaining({ cell: "H7", expected: 80, actual: 75 })]);
  });
});
