/**
 * The one reading of an annual realisasi that Siapkan Pengukuran Kinerja writes and the check
 * applies (`annualReading`), per kind of indikator, on targets typed the way staff type them.
 */
import { annualBases, annualReading, annualRealisasi, annualValue, type AnnualBasis } from "../../../src/engine/capaian/annual";
import type { ParsedValue } from "../../../src/engine/model";
import { parseValue } from "../../../src/engine/numbers";

const typed = (text: string): ParsedValue => parseValue({ value: text, text }, { convention: "id" });

interface Case {
  indikator: string;
  satuan: string;
  target: string;
  targets: string[];
  sd?: boolean;
  mean?: boolean;
}

describe("annualReading", () => {
  it.each<[string, Case, AnnualBasis[], AnnualBasis]>([
    ["IKM as Indeks, rising", { indikator: "Indeks Kepuasan Masyarakat", satuan: "Indeks", target: "83", targets: ["80", "81", "82", "83"] }, ["last"], "last"],
    ["IKM as Indeks, dipping", { indikator: "Indeks Kepuasan Masyarakat", satuan: "Indeks", target: "82", targets: ["82", "80", "81", "82"] }, ["last"], "last"],
    ["a level named only by its words (Tingkat …, satuan Poin)", { indikator: "Tingkat kepuasan pelaku usaha", satuan: "", target: "3,5", targets: ["3,2", "3,1", "3,4", "3,5"] }, ["last"], "last"],
    ["a percentage", { indikator: "Cakupan pelayanan", satuan: "Persen", target: "80", targets: ["20", "40", "60", "80"] }, ["last"], "last"],
    ["documents split per quarter", { indikator: "Jumlah dokumen perencanaan", satuan: "Dokumen", target: "4", targets: ["1", "1", "1", "1"] }, ["sum"], "sum"],
    ["documents counted s.d. (cumulative targets)", { indikator: "Laporan keuangan", satuan: "Dokumen", target: "4", targets: ["1", "2", "3", "4"] }, ["last"], "last"],
    ["a flow the sheet heads s.d. Triwulan", { indikator: "Pelaku usaha difasilitasi", satuan: "Usaha", target: "40", targets: ["10", "10", "10", "10"], sd: true }, ["last"], "last"],
    ["a flow whose targets tell nothing: both readings stand, the sum is written", { indikator: "Fasilitasi pameran", satuan: "Kegiatan", target: "10", targets: ["2", "3", "2", "2"] }, ["last", "sum"], "sum"],
    ["a flow without an annual target", { indikator: "Jumlah peserta pelatihan", satuan: "Orang", target: "", targets: ["30", "30", "30", "30"] }, ["sum"], "sum"],
    ["nothing known, no annual target", { indikator: "Terselenggaranya pelayanan", satuan: "", target: "", targets: ["1", "1", "1", "1"] }, ["last", "sum"], "sum"],
    ["a mean stated in the indikator", { indikator: "Kepuasan pelanggan (rata-rata triwulan)", satuan: "Poin", target: "80", targets: ["80", "80", "80", "80"] }, ["mean"], "mean"],
    ["a mean stated by the sheet's annual column", { indikator: "Kepuasan pelanggan", satuan: "Poin", target: "80", targets: ["80", "80", "80", "80"], mean: true }, ["mean"], "mean"],
    ["Rata-rata as the indikator's own measure is a level, not a mean of quarters", { indikator: "Rata-rata lama sekolah", satuan: "Tahun", target: "8,2", targets: ["8,2", "8,2", "8,2", "8,2"] }, ["last"], "last"],
  ])("%s → %j, writes %s", (_name, c, bases, written) => {
    const reading = annualReading({
      annualTarget: c.target ? typed(c.target) : undefined,
      periodTargets: c.targets.map(typed),
      satuan: c.satuan,
      indikator: c.indikator,
      sheetSaysCumulative: c.sd,
      sheetSaysMean: c.mean,
    });
    expect(reading.bases).toEqual(bases);
    expect(reading.written).toBe(written);
  });

  it("computes each basis from the typed quarters", () => {
    expect(annualValue("sum", [80, 81, 82, 83])).toBe(326);
    expect(annualValue("last", [80, 81, 82, 83])).toBe(83);
    expect(annualValue("mean", [78, 80, 82, 84])).toBe(81);
    expect(annualValue("sum", [])).toBeUndefined();
  });

  it("lets the capaian check hear the indikator's words too (annualBases)", () => {
    const dip = ["82", "80", "81", "82"].map(typed);
    expect(annualBases(typed("82"), dip, "")).toEqual(["last", "sum"]);
    expect(annualBases(typed("82"), dip, "", "Indeks Kepuasan Masyarakat")).toEqual(["last"]);
  });
});

describe("annualRealisasi: the realisasi an annual capaian stands on", () => {
  const values = (texts: Array<string | undefined>) => texts.map((t) => (t === undefined ? undefined : typed(t)));

  it("takes the annual realisasi column when the sheet has one", () => {
    expect(annualRealisasi(typed("11"), values(["3", "3"]), ["sum", "last"])).toEqual([{ value: typed("11"), basis: "realisasi" }]);
  });

  it("adds the periods given, at the finest precision shown, and takes the last one given", () => {
    const [last, sum] = annualRealisasi(undefined, values(["2,5", undefined, "3,25", undefined]), ["last", "sum"]);
    expect(last).toEqual({ value: typed("3,25"), basis: "last" });
    expect(sum).toEqual({ value: expect.objectContaining({ kind: "number", value: 5.75, decimals: 2 }), basis: "sum" });
  });

  it("adds numbers in one unit however it is written, and not numbers in two", () => {
    const one = annualRealisasi(undefined, values(["2 Dokumen", "3 dokumen ", "1"]), ["sum"]);
    expect(one).toEqual([{ value: expect.objectContaining({ value: 6, unit: "Dokumen" }), basis: "sum" }]);
    expect(annualRealisasi(undefined, values(["2 Dokumen", "3 Laporan"]), ["sum"])).toEqual([]);
  });

  it("adds nothing over words or grades, but still takes the last period", () => {
    expect(annualRealisasi(undefined, values(["3", "Tercapai"]), ["last", "sum"])).toEqual([{ value: typed("Tercapai"), basis: "last" }]);
  });

  it("answers nothing without a realisasi", () => {
    expect(annualRealisasi(undefined, [undefined, undefined], ["last", "sum"])).toEqual([]);
  });
});
