/**
 * Every number form staff type in the four seed documents (and the forms DOMAIN.md lists), read
 * one cell at a time. Column-level decisions are in column-convention.test.ts.
 */
import type { ParsedValue, Role } from "../../../src/engine/model";
import { parseValue } from "../../../src/engine/numbers";

const typed = (text: string, role?: Role): ParsedValue => parseValue({ value: text }, { role });
const num = (value: number, decimals = 0, extra: { percent?: boolean; unit?: string } = {}): ParsedValue => ({ kind: "number", value, decimals, ...extra });
const pct = (value: number, decimals = 0): ParsedValue => num(value, decimals, { percent: true });
const unit = (value: number, u: string): ParsedValue => num(value, 0, { unit: u });

describe("rupiah amounts as typed (Bone, Lombok Tengah, Buleleng)", () => {
  it.each<[string, number]>([
    ["Rp. 45.865.000,-", 45_865_000],
    ["Rp.150.825.000 ,-", 150_825_000],
    ["Rp.346.909.800 ,-", 346_909_800],
    ["Rp. 5.000.000,-", 5_000_000],
    ["Rp. 0,-", 0],
    ["32,535,393", 32_535_393],
    ["4,481,018,876", 4_481_018_876],
    ["201,761,056", 201_761_056],
    ["310.900.622", 310_900_622],
    ["161.426.560", 161_426_560],
    ["0", 0],
  ])("%s → %d", (text, value) => {
    expect(typed(text, "anggaran")).toEqual(num(value));
  });

  it.each<[string, number]>([
    ["Rp 1.250.000,00", 1_250_000],
    ["IDR 2,500,000.00", 2_500_000],
    ["RP. 1.250.000,00", 1_250_000],
    ["idr 2,500,000.00", 2_500_000],
  ])("%s → %d, showing two decimals", (text, value) => {
    expect(typed(text, "anggaran")).toEqual(num(value, 2));
  });
});

describe("scale words: M is miliar in these documents", () => {
  it.each<[string, number, number]>([
    ["694,29 M", 694_290_000_000, 0],
    ["248,71 M", 248_710_000_000, 0],
    ["1,2 Juta", 1_200_000, 0],
    ["15 Jt", 15_000_000, 0],
    ["500 Rb", 500_000, 0],
    ["500 Ribu", 500_000, 0],
    ["2 Miliar", 2_000_000_000, 0],
    ["1,5 Milyar Rupiah", 1_500_000_000, 0],
    ["Rp 1,2 M", 1_200_000_000, 0],
    ["1,2345 Jt", 1_234_500, 0],
    ["1,2345678 Jt", 1_234_567.8, 1],
  ])("%s → %d", (text, value, decimals) => {
    expect(typed(text, "target")).toEqual(num(value, decimals));
  });

  it("keeps a lower-case m as a unit (meter), not a scale", () => {
    expect(typed("150 m", "target")).toEqual(unit(150, "m"));
  });

  it.each(["Ribu", "Miliar", "Juta"])("reads the scale word %s alone as text", (text) => {
    expect(typed(text, "anggaran")).toEqual({ kind: "text", text });
  });
});

describe("percentages (every form in the seeds)", () => {
  it.each<[string, number, number]>([
    ["16%", 16, 0],
    ["30%", 30, 0],
    ["100%", 100, 0],
    ["11,76%", 11.76, 2],
    ["99,86%", 99.86, 2],
    ["99,50%", 99.5, 2],
    ["26,00%", 26, 2],
    ["2,50%", 2.5, 2],
    ["5,90%", 5.9, 2],
    ["87,30%", 87.3, 2],
    ["21,25 %", 21.25, 2],
    ["21,25%", 21.25, 2],
    ["19,37%", 19.37, 2],
    ["77,5%", 77.5, 1],
    ["80,00%", 80, 2],
    ["47,3%", 47.3, 1],
    ["76,79%", 76.79, 2],
    ["0,5%", 0.5, 1],
    ["11,2%", 11.2, 1],
    ["6,7%", 6.7, 1],
    ["30 persen", 30, 0],
    ["-2,5%", -2.5, 1],
    ["≥ 80%", 80, 0],
    ["Min. 75 %", 75, 0],
  ])("%s → %d%% with %d decimals", (text, value, decimals) => {
    expect(typed(text, "target")).toEqual(pct(value, decimals));
  });

  it("reads a bare 0.37 (Lombok Tengah's Pertumbuhan omset) as a plain number: the satuan decides elsewhere", () => {
    expect(typed("0.37", "target")).toEqual(num(0.37, 2));
  });
});

describe("no value: dashes, n/a, empty", () => {
  it.each(["-", "–", "—", "--", "n/a", "N/A", "", "   ", "Rp. -", "Rp -,-"])("%j is empty (not zero)", (text) => {
    expect(typed(text, "target")).toEqual({ kind: "empty" });
  });

  it("reads a missing cell as empty", () => {
    expect(parseValue(null)).toEqual({ kind: "empty" });
  });
});

describe("units inside values: the number is the quantity, the unit is kept", () => {
  it.each<[string, number, string]>([
    ["3 KOP", 3, "KOP"],
    ["7 Kop", 7, "Kop"],
    ["12 Bulan", 12, "Bulan"],
    ["1 Laporan Triwulan", 1, "Laporan Triwulan"],
    ["4 Laporan Triwulan", 4, "Laporan Triwulan"],
    ["100 Orang", 100, "Orang"],
    ["90 UM", 90, "UM"],
    ["900 UM", 900, "UM"],
    ["45WUB", 45, "WUB"],
    ["7 Dokumen", 7, "Dokumen"],
    ["1 dokument", 1, "dokument"],
    ["12 Laporan", 12, "Laporan"],
    ["2 jenis", 2, "jenis"],
    ["229 UMKM", 229, "UMKM"],
    ["30 Pelaku Usha", 30, "Pelaku Usha"],
    ["5 produk UMKM", 5, "produk UMKM"],
    ["6 IKM", 6, "IKM"],
    ["1 keg", 1, "keg"],
    ["12 rek", 12, "rek"],
    ["81 Kali", 81, "Kali"],
    ["100 Unit Usaha", 100, "Unit Usaha"],
    ["40 Kegiatan", 40, "Kegiatan"],
    ["10 Buah", 10, "Buah"],
    ["1 Paket", 1, "Paket"],
    ["250 Koperasi", 250, "Koperasi"],
    ["1 (satu) Dokumen", 1, "Dokumen"],
  ])("%s → %d %s", (text, value, u) => {
    expect(typed(text, "target")).toEqual(unit(value, u));
  });

  it("keeps a plain count plain (Lombok Tengah's 30, Nganjuk's 2)", () => {
    expect(typed("30", "target")).toEqual(num(30));
    expect(typed("2", "target_tw1")).toEqual(num(2));
  });
});

describe("ranges", () => {
  it.each<[string, ParsedValue]>([
    ["80–90%", { kind: "range", low: 80, high: 90, percent: true }],
    ["80-90 %", { kind: "range", low: 80, high: 90, percent: true }],
    ["80% - 90%", { kind: "range", low: 80, high: 90, percent: true }],
    ["80 s.d. 90%", { kind: "range", low: 80, high: 90, percent: true }],
    ["75,5 s/d 80,5", { kind: "range", low: 75.5, high: 80.5 }],
    ["2-3 Dokumen", { kind: "range", low: 2, high: 3, unit: "Dokumen" }],
  ])("%s", (text, expected) => {
    expect(typed(text, "target")).toEqual(expected);
  });

  it("refuses a reversed range rather than swapping it", () => {
    expect(typed("90–80%", "target")).toEqual({ kind: "invalid", text: "90–80%", reason: "range-reversed" });
  });
});

describe("qualitative values: a grade with a rank (higher is better)", () => {
  it.each<[string, "sakip" | "opini" | "ada", string, number]>([
    ["AA", "sakip", "AA", 7],
    ["A", "sakip", "A", 6],
    ["BB", "sakip", "BB", 5],
    ["B", "sakip", "B", 4],
    ["CC", "sakip", "CC", 3],
    ["C", "sakip", "C", 2],
    ["D", "sakip", "D", 1],
    ["Predikat BB", "sakip", "BB", 5],
    ["WTP", "opini", "WTP", 4],
    ["Opini WDP", "opini", "WDP", 3],
    ["TW", "opini", "TW", 2],
    ["TMP", "opini", "TMP", 1],
    ["Wajar Tanpa Pengecualian", "opini", "WTP", 4],
    ["Ada", "ada", "Ada", 1],
    ["Tidak Ada", "ada", "Tidak Ada", 0],
    ["Tersedia", "ada", "Ada", 1],
    ["Tidak Tersedia", "ada", "Tidak Ada", 0],
    ["tidak", "ada", "Tidak Ada", 0],
  ])("%s → %s %s (rank %d)", (text, scale, grade, rank) => {
    expect(typed(text, "target")).toEqual({ kind: "grade", scale, grade, rank });
  });

  it("orders the SAKIP scale AA > A > BB > B > CC > C > D", () => {
    const ranks = ["AA", "A", "BB", "B", "CC", "C", "D"].map((g) => {
      const v = typed(g);
      return v.kind === "grade" ? v.rank : Number.NaN;
    });
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(new Set(ranks).size).toBe(7);
  });
});

describe("words where a number was expected", () => {
  it.each(["Kepala Bidang", "Terlampir", "Sesuai kebutuhan", "Lampiran 3", "TW 1"])("%s is text", (text) => {
    expect(typed(text, "target")).toEqual({ kind: "text", text });
  });
});

describe("noise is reported, never guessed", () => {
  it.each<[string, string]>([
    ["11`,76%", "stray-character"],
    ["$1,67%", "stray-character"],
    ["12a5", "stray-character"],
    ["3 Kop%", "stray-character"],
    ["1O0", "letter-o-for-zero"],
    ["1O", "letter-o-for-zero"],
    ["O,5%", "letter-o-for-zero"],
    ["21,2 5%", "space-inside-number"],
    ["2 1,25 5 %", "space-inside-number"],
    ["2 1,2 5 %", "space-inside-number"],
    ["21,25 5%", "space-inside-number"],
    ["21, 25 %", "space-inside-number"],
    ["21, 25 5%", "space-inside-number"],
    ["2 1, 2 5 %", "space-inside-number"],
    ["45 865 000", "space-inside-number"],
    ["1.2.3", "malformed-number"],
    ["12,34,567", "malformed-number"],
    ["1.234,5,6", "malformed-number"],
    ["21,", "malformed-number"],
    ["#DIV/0!", "formula-error"],
    ["#REF!", "formula-error"],
  ])("%j → invalid (%s)", (text, reason) => {
    expect(typed(text, "target")).toEqual({ kind: "invalid", text, reason });
  });
});

describe("a header scale multiplies the column (Rp. (juta))", () => {
  it("multiplies amounts", () => {
    expect(parseValue({ value: "45,865" }, { role: "anggaran", scale: 1e6 })).toEqual(num(45_865_000, 0));
    expect(parseValue({ value: 1.5 }, { role: "anggaran", scale: 1e6 })).toEqual(num(1_500_000, 0));
  });

  it("does not scale percentages", () => {
    expect(parseValue({ value: "80%" }, { role: "anggaran", scale: 1e6 })).toEqual(pct(80));
  });
});
