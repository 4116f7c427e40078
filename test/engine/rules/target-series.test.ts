/**
 * A series of period targets read against its annual target, the way the cells are typed on real
 * sheets (Indonesian decimals, units inside values, percents as text, grades, dashes), through the
 * engine's own number reader.
 */
import type { IndicatorReading } from "../../../src/engine/capaian/indicator-kind";
import type { ParsedValue, Polarity } from "../../../src/engine/model";
import { parseValue } from "../../../src/engine/numbers";
import { judgeSeries, type SeriesReading } from "../../../src/engine/rules/support/target-series";

const read = (text: string): ParsedValue => parseValue({ value: text, text }, { convention: "id", role: "target" });

interface Case {
  annual: string;
  periods: string[];
  satuan?: string;
  polarity?: Polarity;
  reading?: IndicatorReading;
}

/** `annual | p1 p2 p3 p4` with `;` between periods when a value holds spaces. */
function judge({ annual, periods, satuan, polarity, reading }: Case) {
  return judgeSeries({ annual: annual === "" ? undefined : read(annual), periods: periods.map(read), satuan, polarity, reading });
}

const Q = (...periods: string[]) => periods;

describe("period targets that fit a reading", () => {
  it.each<[string, Case, SeriesReading[]]>([
    // Cumulative: never down, the last stated period is the annual.
    ["cumulative reports (Buleleng style, quarterly)", { annual: "12 Laporan", periods: Q("3 Laporan", "6 Laporan", "9 Laporan", "12 Laporan") }, ["cumulative"]],
    ["cumulative percents at two decimals (Bone 11,76%)", { annual: "11,76%", periods: Q("2,50%", "5,00%", "7,50%", "11,76%") }, ["cumulative"]],
    ["cumulative, the annual shown with one decimal less (11,8 vs 11,76)", { annual: "11,8%", periods: Q("2,94%", "5,88%", "8,82%", "11,76%") }, ["cumulative"]],
    ["cumulative level (Bone 31% → 34,50%)", { annual: "34,50%", periods: Q("31,00%", "32,00%", "33,00%", "34,50%") }, ["cumulative"]],
    ["monthly 1 … 12", { annual: "12", periods: Q("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12") }, ["cumulative"]],
    ["cumulative with the annual's unit only in the satuan", { annual: "3", periods: Q("1 KOP", "2 KOP", "3 KOP", "-"), satuan: "Kop" }, ["cumulative"]],
    // Incremental: the periods add up.
    ["a split in equal parts", { annual: "12", periods: Q("3", "3", "3", "3") }, ["incremental"]],
    ["a split that goes up and down (Lombok Tengah 3 | 4 | 3 | -)", { annual: "10", periods: Q("3", "4", "3", "-") }, ["incremental"]],
    ["a split with units (Bone: 1 Laporan Triwulan each quarter)", { annual: "4 Laporan Triwulan", periods: Q("1 Laporan Triwulan", "1 Laporan Triwulan", "1 Laporan Triwulan", "1 Laporan Triwulan") }, ["incremental"]],
    ["a split of unit words in two spellings (3 kegiatan, 1 Kegiatan)", { annual: "3 kegiatan", periods: Q("-", "1 Kegiatan", "1 Kegiatan", "1 Kegiatan") }, ["incremental"]],
    ["thirds rounded to two decimals (33,33 + 33,33 + 33,33)", { annual: "100%", periods: Q("33,33%", "33,33%", "33,33%", "-") }, ["incremental", "percentOfAnnual"]],
    ["percents under an annual typed without its sign (Lombok Tengah 40% 20% 20% 20% of 100)", { annual: "100", periods: Q("40%", "20%", "20%", "20%") }, ["incremental", "percentOfAnnual"]],
    // Constant: a stock kept.
    ["markets kept every quarter", { annual: "6", periods: Q("6", "6", "6", "6") }, ["cumulative", "constant"]],
    ["a report due in TW IV only", { annual: "1", periods: Q("-", "-", "-", "1") }, ["cumulative", "incremental", "constant"]],
    ["a target reached in TW II with nothing after (Lombok Tengah 30)", { annual: "30", periods: Q("-", "30", "-", "-") }, ["cumulative", "incremental", "constant"]],
    ["Persen in the satuan, the sign typed in one cell only (95 and 95%)", { annual: "95", periods: Q("-", "-", "95%", "-"), satuan: "Persen" }, ["cumulative", "incremental", "constant"]],
    // Shares of the annual, in percent.
    ["shares of an amount (Bone 30% … 100% of 248,71 M)", { annual: "248,71 M", periods: Q("30%", "50%", "80%", "100%") }, ["percentOfAnnual"]],
    ["shares of a percent target (Bone program: 30% … 100% of 80%)", { annual: "80%", periods: Q("30%", "50%", "80%", "100%") }, ["percentOfAnnual"]],
    ["shares of a document, with dashes", { annual: "1 Dokumen", periods: Q("-", "-", "50%", "100%") }, ["percentOfAnnual"]],
    ["equal shares of a count (25% each of 12 Bulan)", { annual: "12 Bulan", periods: Q("25%", "25%", "25%", "25%") }, ["percentOfAnnual"]],
    // Grades and ranges.
    ["grades rising to the annual (C, CC, B, B)", { annual: "B", periods: Q("C", "CC", "B", "B") }, ["cumulative"]],
    ["a grade kept (WTP)", { annual: "WTP", periods: Q("WTP", "WTP", "WTP", "WTP") }, ["constant"]],
    ["a grade stated at the year's end only (Bone B)", { annual: "B", periods: Q("-", "-", "-", "B") }, ["constant"]],
    ["a range kept every quarter", { annual: "80-90%", periods: Q("80-90%", "80-90%", "80-90%", "80-90%") }, ["constant"]],
    ["a climb into the range", { annual: "80-90%", periods: Q("20%", "45%", "70%", "85%") }, ["cumulative"]],
    // A lower-is-better level may come down to its annual target.
    // An even split rounded at the precision typed: every period is the share, so the sum may miss.
    ["twelfths at two decimals (8,33% × 12 = 99,96%)", { annual: "100%", periods: Array(12).fill("8,33%") }, ["incremental", "percentOfAnnual"]],
    ["twelfths in whole percents (8% × 12 = 96% of 100%)", { annual: "100%", periods: Array(12).fill("8%") }, ["incremental", "percentOfAnnual"]],
    ["thirds in whole percents (33% × 3 = 99% of 100%)", { annual: "100%", periods: Q("33%", "33%", "33%", "-") }, ["incremental", "percentOfAnnual"]],
    ["whole percents that add up exactly (8% × 8 + 9% × 4)", { annual: "100%", periods: [...Array(8).fill("8%"), ...Array(4).fill("9%")] }, ["incremental", "percentOfAnnual"]],
    ["angka kemiskinan brought down (negative indicator)", { annual: "10,5%", periods: Q("11,2%", "11%", "10,8%", "10,5%"), polarity: "negative" }, ["cumulative"]],
  ])("%s", (_name, c, readings) => {
    expect(judge(c)).toEqual({ kind: "fits", readings });
  });
});

describe("period targets that fit no reading", () => {
  it.each<[string, Case, { reading: string; measure: string; expected: number; actual: number; unit: string }]>([
    ["Bone: a cumulative series ending at 61% for 64%", { annual: "64%", periods: Q("15%", "30%", "45%", "61%") }, { reading: "cumulative", measure: "last", expected: 64, actual: 61, unit: "%" }],
    ["an equal split one short", { annual: "12", periods: Q("3", "3", "3", "2") }, { reading: "incremental", measure: "sum", expected: 12, actual: 11, unit: "" }],
    ["Lombok Tengah: 95 in TW I only for 100, satuan Persen", { annual: "100", periods: Q("95", "-", "-", "-"), satuan: "Persen" }, { reading: "cumulative", measure: "last", expected: 100, actual: 95, unit: "%" }],
    ["a split with units that falls short", { annual: "45 Produk", periods: Q("10 Produk", "10 Produk", "10 Produk", "10 Produk") }, { reading: "incremental", measure: "sum", expected: 45, actual: 40, unit: "produk" }],
    ["a cumulative series with units that overshoots", { annual: "45 Produk", periods: Q("11 Produk", "20 Produk", "30 Produk", "50 Produk") }, { reading: "cumulative", measure: "last", expected: 45, actual: 50, unit: "produk" }],
    ["Nganjuk: 21,25% each quarter of 12 Bulan", { annual: "12 Bulan", periods: Q("21,25%", "21,25%", "21,25%", "21,25%") }, { reading: "percentOfAnnual", measure: "sum", expected: 100, actual: 85, unit: "%" }],
    ["Nganjuk: 0,5% 11,2% 4,8% of 100 Unit Usaha", { annual: "100 Unit Usaha", periods: Q("0,5%", "11,2%", "4,8%", "-") }, { reading: "percentOfAnnual", measure: "sum", expected: 100, actual: 16.5, unit: "%" }],
    ["shares that stop short of 100%", { annual: "1 Dokumen", periods: Q("25%", "50%", "75%", "90%") }, { reading: "percentOfAnnual", measure: "last", expected: 100, actual: 90, unit: "%" }],
    ["a whole percent apart is not rounding (99% for 100%)", { annual: "100%", periods: Q("25%", "50%", "75%", "99%") }, { reading: "cumulative", measure: "last", expected: 100, actual: 99, unit: "%" }],
    ["two decimals apart at two decimals (11,75 for 11,76)", { annual: "11,76%", periods: Q("2,94%", "5,88%", "8,82%", "11,75%") }, { reading: "cumulative", measure: "last", expected: 11.76, actual: 11.75, unit: "%" }],
    ["outside a range", { annual: "80-90%", periods: Q("20%", "40%", "60%", "70%") }, { reading: "cumulative", measure: "last", expected: 80, actual: 70, unit: "%" }],
    // Rounding slack is the precision typed, not half a point per month (issue 12).
    ["monthly whole percents 5 points short (8% × 11 + 7% of 100%)", { annual: "100%", periods: [...Array(11).fill("8%"), "7%"] }, { reading: "incremental", measure: "sum", expected: 100, actual: 95, unit: "%" }],
    ["monthly shares 4 points short, no annual percent (8% × 8 + 7% × 4 of 12 Laporan)", { annual: "12 Laporan", periods: [...Array(8).fill("8%"), ...Array(4).fill("7%")] }, { reading: "percentOfAnnual", measure: "sum", expected: 100, actual: 92, unit: "%" }],
    ["quarterly whole percents 2 points short (25% 25% 25% 23%)", { annual: "100%", periods: Q("25%", "25%", "25%", "23%") }, { reading: "incremental", measure: "sum", expected: 100, actual: 98, unit: "%" }],
  ])("%s", (_name, c, closest) => {
    const verdict = judge(c);
    expect(verdict.kind).toBe("misfit");
    if (verdict.kind !== "misfit") return;
    expect(verdict.closest).toMatchObject({ ...closest, expected: expect.closeTo(closest.expected, 9), actual: expect.closeTo(closest.actual, 9) });
  });

  it("grades ending below the annual grade name both grades", () => {
    expect(judge({ annual: "A", periods: Q("B", "BB", "BB", "BB") })).toEqual({
      kind: "misfit",
      closest: { reading: "cumulative", measure: "last", unit: "", expectedGrade: "A", actualGrade: "BB" },
    });
  });
});

describe("a cumulative series that goes down", () => {
  it.each<[string, Case, number, number]>([
    ["counts ending at the annual", { annual: "12", periods: Q("3", "6", "5", "12") }, 2, 1],
    ["percents ending at the annual", { annual: "80%", periods: Q("20%", "40%", "30%", "80%") }, 2, 1],
    ["shares ending at 100% of a document", { annual: "1 Dokumen", periods: Q("25%", "50%", "40%", "100%") }, 2, 1],
    ["shares with a dash before the drop", { annual: "1 Dokumen", periods: Q("50%", "-", "40%", "100%") }, 2, 0],
    ["monthly reports with a slip and no annual written", { annual: "", periods: Q("1 Laporan", "2 Laporan", "3 Laporan", "4 Laporan", "5 Laporan", "4 Laporan", "7 Laporan", "8 Laporan", "9 Laporan", "10 Laporan", "11 Laporan", "12 Laporan") }, 5, 4],
    ["shares ending at 100% with no annual written", { annual: "", periods: Q("30%", "60%", "50%", "100%") }, 2, 1],
    ["grades that slip before reaching the annual", { annual: "BB", periods: Q("B", "BB", "B", "BB") }, 2, 1],
  ])("%s", (_name, c, at, previous) => {
    expect(judge(c)).toMatchObject({ kind: "decrease", at, previous });
  });

  it("a level the sheet calls kumulatif, or a flow, is still judged", () => {
    expect(judge({ annual: "80%", periods: Q("20%", "40%", "30%", "80%"), reading: { kind: "level", cumulative: true } })).toMatchObject({ kind: "decrease", at: 2 });
    expect(judge({ annual: "4 Dokumen", periods: Q("1", "2", "1", "4"), reading: { kind: "flow", cumulative: false } })).toMatchObject({ kind: "decrease", at: 2 });
  });

  it("gives the two values that fall, as numbers", () => {
    expect(judge({ annual: "12 Laporan", periods: Q("3 Laporan", "6 Laporan", "5 Laporan", "12 Laporan") })).toEqual({ kind: "decrease", at: 2, previous: 1, value: 5, previousValue: 6 });
  });

  it("does not call a fall within the precision shown a fall (11,8 after 11,76)", () => {
    expect(judge({ annual: "11,8%", periods: Q("5%", "11,76%", "11,8%", "11,8%") }).kind).toBe("fits");
  });
});

describe("series left alone", () => {
  it.each<[string, Case, string]>([
    ["no period targets", { annual: "12", periods: Q("-", "-", "-", "-") }, "no-targets"],
    ["words among the targets", { annual: "12", periods: Q("Jumlah koperasi", "3", "3", "3") }, "words"],
    ["an unreadable number among the targets (INVALID_NUMBER speaks for it)", { annual: "7 Dokumen", periods: Q("21,2 5%", "21,25 %", "21,25 %", "21,25 %") }, "words"],
    ["a text annual target", { annual: "Tersedianya dokumen", periods: Q("1", "1", "1", "1") }, "words"],
    ["different units (1 Laporan Triwulan for 90 UM)", { annual: "1 Laporan Triwulan", periods: Q("90 UM", "-", "-", "-") }, "units-differ"],
    ["a percent annual over counts", { annual: "80%", periods: Q("3 KOP", "3 KOP", "3 KOP", "3 KOP") }, "units-differ"],
    ["mixed units within the series (6 IKM … 25 Dokumen)", { annual: "", periods: Q("6 IKM", "12 IKM", "18 IKM", "25 Dokumen") }, "units-differ"],
    ["no annual target: a split of unknown total", { annual: "", periods: Q("3", "3", "3", "3") }, "no-annual"],
    ["no annual target: four quarters that fall once could be a split", { annual: "", periods: Q("3", "6", "5", "12") }, "no-annual"],
    ["no annual target: percents short of 100% (Buleleng 30% 40% 55% 76,79%)", { annual: "", periods: Q("30%", "40%", "55%", "76,79%") }, "no-annual"],
    ["a lower-is-better level that wanders to its target", { annual: "10,5%", periods: Q("11%", "10,8%", "10,9%", "10,5%"), polarity: "negative" }, "level"],
    ["an index that dips on the way (IKM 82, 80, 81, 82)", { annual: "82", periods: Q("82", "80", "81", "82"), reading: { kind: "level", cumulative: false } }, "level"],
    ["a percentage that dips on the way", { annual: "80%", periods: Q("20%", "40%", "30%", "80%"), reading: { kind: "level", cumulative: false } }, "level"],
    ["a level without an annual that slips once in twelve months", { annual: "", periods: Q("70", "71", "72", "73", "74", "72", "75", "76", "77", "78", "79", "80"), reading: { kind: "level", cumulative: false } }, "no-annual"],
    ["a range in the periods against a number", { annual: "85%", periods: Q("80-90%", "-", "-", "-") }, "range"],
  ])("%s", (_name, c, reason) => {
    expect(judge(c)).toEqual({ kind: "skip", reason });
  });
});
