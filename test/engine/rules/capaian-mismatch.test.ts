import { analyzeSheet } from "../../../src/engine/analyze";
import { DEFAULT_SETTINGS, type Finding, type Settings } from "../../../src/engine/model";
import { renderFinding } from "../../../src/i18n";
import { pkSheet, type PkRow } from "../capaian/pk-sheet";

const mismatches = (rows: PkRow[], settings: Settings = DEFAULT_SETTINGS, formats: Record<string, string> = {}): Finding[] =>
  analyzeSheet(pkSheet(rows, { formats }), settings).findings.filter((f) => f.code === "CAPAIAN_MISMATCH");

/** One indikator with one triwulan filled (TW I, capaian in H5). */
const tw1 = (indikator: string, target: string | number, realisasi: string | number, capaian: string | number, polaritas = ""): PkRow => ({
  indikator,
  polaritas,
  tw: [[target, realisasi, capaian]],
});

describe("CAPAIAN_MISMATCH: a stated capaian against realisasi ÷ target, at the precision shown", () => {
  it.each<[string, PkRow]>([
    ["77 for 77,5 (truncated)", tw1("Persentase UMKM naik kelas", "40%", "31%", "77")],
    ["78 for 77,5 (rounded)", tw1("Persentase UMKM naik kelas", "40%", "31%", "78%")],
    ["53% for 16 of 30", tw1("Persentase UMKM", "30%", "16%", "53%")],
    ["66,67 for two decimals", tw1("Persentase UMKM", "30", "20", "66,67")],
    ["66,66 truncated", tw1("Persentase UMKM", "30", "20", "66,66")],
    ["units inside the values", tw1("Jumlah laporan", "4 Laporan", "3 Laporan", "75%")],
    ["a bare fraction under no format", tw1("Jumlah laporan", "4", "3", 0.75)],
    ["120 for a negative indicator by PermenPAN-RB 8/2021", tw1("Tingkat pengangguran terbuka", "5", "4", "120")],
    ["80 for a negative indicator over its target", tw1("Tingkat pengangguran terbuka", "5", "6", "80")],
    ["Polaritas Negatif beats the words", tw1("Jumlah koperasi sehat", "10", "8", "120", "Negatif")],
    ["a range target met", tw1("Persentase layanan", "80–90%", "85%", "100%")],
    ["below a range: the lower bound", tw1("Persentase layanan", "80–90%", "72%", "90%")],
    ["a grade reached", tw1("Nilai SAKIP", "BB", "A", "100%")],
  ])("accepts %s", (_, row) => {
    expect(mismatches([row])).toEqual([]);
  });

  it.each<[string, PkRow, Partial<Finding>]>([
    ["83 for 84,0", tw1("Persentase UMKM", "50%", "42%", "83%"), { cell: "H5", severity: "error", expected: 84, actual: 83, difference: -1 }],
    ["65 for 66,67", tw1("Persentase UMKM", "30%", "20%", "65%"), { cell: "H5", severity: "error", expected: 66.6667, actual: 65, difference: -1.6667 }],
    ["66,2 for 66,67: a warning", tw1("Persentase UMKM", "30", "20", "66,2"), { severity: "warning", expected: 66.6667, actual: 66.2 }],
    ["66,7 at two decimals shown as 66,70", tw1("Persentase UMKM", "30", "20", "66,70"), { severity: "warning", actual: 66.7 }],
    ["80 for a negative indicator that did better", tw1("Tingkat pengangguran terbuka", "5", "4", "80"), { expected: 120, actual: 80 }],
    ["a bare fraction that is wrong", tw1("Jumlah laporan", "4", "3", 0.5), { expected: 75, actual: 50 }],
    ["100% for a grade not reached", tw1("Nilai SAKIP", "A", "BB", "100%"), { actual: 100, params: expect.objectContaining({ formula: "grade" }) }],
  ])("reports %s", (_, row, expected) => {
    expect(mismatches([row])).toEqual([expect.objectContaining({ code: "CAPAIAN_MISMATCH", ...expected })]);
  });

  it("names the formula, the period, where the realisasi and the polarity came from", () => {
    const [f] = mismatches([tw1("Tingkat pengangguran terbuka", "5", "4", "80")]);
    expect(f.params).toEqual(expect.objectContaining({ period: "tw1", formula: "negative-permenpan", basis: "period", polaritySource: "words", text: "80" }));
    expect(renderFinding(f, "id")).toContain("(2 × target − realisasi) ÷ target × 100");
    expect(renderFinding(f, "en")).toContain("TW I");
  });

  it("uses target ÷ realisasi for a negative indicator when the person chose it", () => {
    // No cap: with a cap detected, a lone 120 for 125 would read as the sheet capping at 120.
    const inverse = { ...DEFAULT_SETTINGS, negativeFormula: "inverse" as const, capAt: null };
    expect(mismatches([tw1("Tingkat pengangguran terbuka", "5", "4", "125")], inverse)).toEqual([]);
    expect(mismatches([tw1("Tingkat pengangguran terbuka", "5", "4", "120")], inverse)).toEqual([
      expect.objectContaining({ expected: 125, params: expect.objectContaining({ formula: "negative-inverse" }) }),
    ]);
  });

  it("follows the polarity the person set for an indikator", () => {
    const settings = { ...DEFAULT_SETTINGS, polarity: { "jumlah kasus dbd": "positive" as const } };
    expect(mismatches([tw1("Jumlah kasus DBD", "10", "5", "50")], settings)).toEqual([]);
    expect(mismatches([tw1("Jumlah kasus DBD", "10", "5", "50")])).toEqual([expect.objectContaining({ expected: 150, params: expect.objectContaining({ polaritySource: "words" }) })]);
  });

  it.each<[string, PkRow]>([
    ["no realisasi", tw1("Jumlah laporan", "1", "-", "100%")],
    ["no target", tw1("Jumlah laporan", "-", "1", "100%")],
    ["a zero target", tw1("Jumlah laporan", "0", "1", "100%")],
    ["units that differ", tw1("Jumlah laporan", "1 Laporan Triwulan", "90 UM", "100%")],
    ["a percent against a count", tw1("Jumlah laporan", "100%", "4 Dokumen", "100%")],
    ["a capaian in words", tw1("Jumlah laporan", "1", "1", "tercapai")],
    ["a realisasi in words", tw1("Jumlah laporan", "1", "sudah dilaksanakan", "100%")],
  ])("says nothing with %s", (_, row) => {
    expect(mismatches([row])).toEqual([]);
  });
});

describe("CAPAIAN_MISMATCH follows the sheet's cap", () => {
  /** Realisasi 15 of target 10 in TW I, stated as `stated`, on its own row. */
  const over = (stated: string) => tw1("Jumlah koperasi sehat", "10", "15", stated);

  it("a sheet whose over-achievements all read 100% caps at 100, and is not wrong", () => {
    expect(mismatches([over("100%"), over("100%"), tw1("Jumlah UMKM", "10", "8", "80%")])).toEqual([]);
  });

  it("a sheet that states 150% does not cap, so a lone 100% for 150 is wrong", () => {
    expect(mismatches([over("150%"), over("150%"), over("100%")])).toEqual([expect.objectContaining({ cell: "H7", severity: "error", expected: 150, actual: 100 })]);
  });

  it("a capped sheet still catches a wrong value under the cap, and says the cap", () => {
    const [f] = mismatches([over("100%"), over("100%"), over("90%")]);
    expect(f).toEqual(expect.objectContaining({ cell: "H7", expected: 100, actual: 90, params: expect.objectContaining({ capped: "true", capAt: 100, uncapped: 150 }) }));
    expect(renderFinding(f, "id")).toContain("dibatasi 100%");
  });

  it("the person's cap wins over what the sheet does", () => {
    expect(mismatches([over("150%")], { ...DEFAULT_SETTINGS, capAt: 100 })).toEqual([
      expect.objectContaining({ expected: 100, actual: 150, params: expect.objectContaining({ capped: "true", capAt: 100 }) }),
    ]);
    expect(mismatches([over("100%"), over("100%")], { ...DEFAULT_SETTINGS, capAt: null })).toHaveLength(2);
  });
});

describe("CAPAIAN_MISMATCH on the annual capaian", () => {
  const flow: PkRow = {
    indikator: "Jumlah laporan keuangan koperasi",
    satuan: "Laporan",
    target: "12",
    tw: [["3", "3", "100"], ["3", "3", "100"], ["3", "3", "100"], ["3", "2", "67"]],
  };
  const stock: PkRow = {
    indikator: "Jumlah pasar yang dikelola",
    satuan: "Pasar",
    target: "6",
    tw: [["6", "6", "100"], ["6", "6", "100"], ["6", "5", "83"], ["6", "5", "83"]],
  };

  it.each<[string, string, number | null, PkRow]>([
    // Incremental targets: a flow, Σ realisasi 11 of 12.
    ["a flow: Σ realisasi", "91,67", null, flow],
    ["a flow read as the last quarter", "16,67", 91.6667, flow],
    // Constant targets: a stock, the last realisasi 5 of 6.
    ["a stock: the last realisasi", "83,33", null, stock],
    ["a stock added up", "366,67", 83.3333, stock],
  ])("%s, stated %s → expected %s", (_, stated, expected, row) => {
    const found = mismatches([{ ...row, capaian: stated }], { ...DEFAULT_SETTINGS, capAt: null });
    if (expected === null) expect(found).toEqual([]);
    else expect(found).toEqual([expect.objectContaining({ cell: "S5", expected, params: expect.objectContaining({ period: "annual", basis: row === flow ? "sum" : "last" }) })]);
  });

  it("an annual realisasi column, when filled, is the one to divide", () => {
    const row: PkRow = { ...flow, realisasi: "10", capaian: "91,67" };
    expect(mismatches([row])).toEqual([expect.objectContaining({ cell: "S5", expected: 83.3333, params: expect.objectContaining({ basis: "realisasi" }) })]);
    expect(renderFinding(mismatches([row])[0], "id")).toContain("realisasi tahunan");
  });

  it("a single period target is both the sum and the last: either reading is accepted", () => {
    const row: PkRow = { indikator: "Jumlah dokumen evaluasi", target: "4", tw: [["-", "1", "-"], ["-", "1", "-"], ["-", "1", "-"], ["4", "2", "50"]] };
    expect(mismatches([{ ...row, capaian: "50" }])).toEqual([]);
    expect(mismatches([{ ...row, capaian: "125" }])).toEqual([]);
    expect(mismatches([{ ...row, capaian: "90" }])).toHaveLength(1);
  });

  describe("targets as shares of an annual amount (30%, 50%, 80%, 100% of Rp 248,71 M)", () => {
    const shares = (realisasi: string[], capaian: string[], annual: string): PkRow => ({
      indikator: "Nilai investasi yang terealisasi",
      satuan: "Rupiah",
      target: "248.710.000.000",
      tw: ["30%", "50%", "80%", "100%"].map((t, i) => [t, realisasi[i], capaian[i]] as [string, string, string]),
      capaian: annual,
    });

    it("compares a realisasi given as an amount as its share of the annual", () => {
      // 70 M of 248,71 M is 28,145% against 30%: 93,82; the year: 240 M of 248,71 M is 96,50.
      const row = shares(["70.000.000.000", "120.000.000.000", "190.000.000.000", "240.000.000.000"], ["93,82", "96,50", "95,49", "96,50"], "96,50");
      expect(mismatches([row])).toEqual([]);
      const wrong = shares(["70.000.000.000", "120.000.000.000", "190.000.000.000", "240.000.000.000"], ["100", "96,50", "95,49", "96,50"], "96,50");
      expect(mismatches([wrong])).toEqual([expect.objectContaining({ cell: "H5", expected: 93.8174, actual: 100 })]);
    });

    it("compares a realisasi given as a share with the share planned, the year with the last share", () => {
      expect(mismatches([shares(["28%", "45%", "76%", "96%"], ["93,33", "90,00", "95,00", "96,00"], "96,00")])).toEqual([]);
      expect(mismatches([shares(["28%", "45%", "76%", "96%"], ["93,33", "90,00", "95,00", "96,00"], "38,6")])).toEqual([
        expect.objectContaining({ cell: "S5", expected: 96, params: expect.objectContaining({ basis: "last" }) }),
      ]);
    });
  });
});
