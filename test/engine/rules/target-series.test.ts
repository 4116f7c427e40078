import type { ParsedValue } from "../../../src/engine/model";
import { parseValue } from "../../../src/engine/numbers";
import { judgeSeries } from "../../../src/engine/rules/support/target-series";

const read = (text: string): ParsedValue => parseValue({ value: text, text }, { convention: "id" });

/** Annual target, then the period targets as typed (`-` for a period without one). */
function judge(annual: string, ...periods: string[]) {
  return judgeSeries(annual === "" ? undefined : read(annual), periods.map(read));
}

describe("a series of period targets against the annual target", () => {
  it.each<[string, string, string[], string[]]>([
    ["cumulative reports", "12 Laporan", ["3 Laporan", "6 Laporan", "9 Laporan", "12 Laporan"], ["cumulative"]],
    ["incremental", "12", ["3", "3", "3", "3"], ["incremental"]],
    ["constant stock", "6", ["6", "6", "6", "6"], ["cumulative", "constant"]],
    ["a report due in TW IV only", "1", ["-", "-", "-", "1"], ["cumulative", "incremental", "constant"]],
    ["shares of an amount", "248,71 M", ["30%", "50%", "80%", "100%"], ["percentOfAnnual"]],
    ["shares of a percent target (Bone)", "80%", ["30%", "50%", "80%", "100%"], ["percentOfAnnual"]],
    ["percent series with blanks", "1 Dokumen", ["-", "-", "50%", "100%"], ["percentOfAnnual"]],
    ["decimals at the sheet's precision", "11,76%", ["2,94%", "5,88%", "8,82%", "11,76%"], ["cumulative"]],
    ["percents under an annual typed without its sign", "100", ["40%", "20%", "20%", "20%"], ["incremental"]],
    ["monthly cumulative", "12", ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"], ["cumulative"]],
    ["grades rising to the annual", "BB", ["B", "B", "BB", "BB"], ["cumulative"]],
    ["grades kept", "WTP", ["WTP", "WTP", "WTP", "WTP"], ["constant"]],
  ])("%s fits", (_name, annual, periods, readings) => {
    expect(judge(annual, ...periods)).toEqual({ kind: "fits", readings });
  });

  it.each<[string, string, string[], number, "sum" | "last"]>([
    ["a cumulative series ending short (Bone: 61% for 64%)", "64%", ["15%", "30%", "45%", "61%"], 61, "last"],
    ["an incremental split that does not add up", "12", ["3", "3", "3", "2"], 11, "sum"],
    ["a first quarter only, short of the annual (Lombok Tengah)", "100", ["95", "-", "-", "-"], 95, "sum"],
  ])("%s fits nothing", (_name, annual, periods, closest, reading) => {
    expect(judge(annual, ...periods)).toMatchObject({ kind: "misfit", closest, reading });
  });

  it("grades ending below the annual grade fit nothing", () => {
    expect(judge("A", "B", "BB", "BB", "BB")).toMatchObject({ kind: "misfit", reading: "last" });
  });

  it("finds where a series that ends at the annual target goes down", () => {
    expect(judge("12", "3", "6", "5", "12")).toEqual({ kind: "decrease", at: { index: 2, value: 5, decimals: 0 }, previous: { index: 1, value: 6, decimals: 0 } });
    expect(judge("1 Dokumen", "25%", "50%", "40%", "100%")).toMatchObject({ kind: "decrease", at: { index: 2 } });
  });

  it("calls percents under a count that never reach 100% unclear (Nganjuk: 21,25% each quarter of 12 Bulan)", () => {
    expect(judge("12 Bulan", "21,25%", "21,25%", "21,25%", "21,25%")).toMatchObject({ kind: "misfit", unclear: true });
  });

  it.each<[string, string, string[]]>([
    ["no annual target", "", ["3", "3", "3", "3"]],
    ["different units", "1 Laporan Triwulan", ["90 UM", "-", "-", "-"]],
    ["words among the targets", "12", ["Jumlah koperasi", "3", "3", "3"]],
    ["no period targets", "12", ["-", "-", "-", "-"]],
  ])("%s: nothing to judge", (_name, annual, periods) => {
    expect(judge(annual, ...periods)).toEqual({ kind: "skip" });
  });
});
