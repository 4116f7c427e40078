import { analyzeSheet } from "../../../src/engine/analyze";
import { renderFinding } from "../../../src/i18n";
import { sheet, type RawValue } from "../../support/grid-builder";

/** A Pengukuran Kinerja per triwulan: target and realisasi per TW, then the year. */
function pengukuran(rows: RawValue[][], opts: { annualHeader?: string; sd?: boolean } = {}) {
  const tw = (n: string) => (opts.sd ? `s.d. Triwulan ${n}` : `Triwulan ${n}`);
  return sheet(
    [
      ["PENGUKURAN KINERJA DINAS KOPERASI DAN UKM TAHUN 2024"],
      [],
      ["No", "Indikator Kinerja", "Satuan", "Target Tahunan", tw("I"), null, tw("II"), null, tw("III"), null, tw("IV"), null, opts.annualHeader ?? "Realisasi Tahunan", "Capaian Tahunan (%)"],
      [null, null, null, null, "Target", "Realisasi", "Target", "Realisasi", "Target", "Realisasi", "Target", "Realisasi", null, null],
      ...rows,
    ],
    { merges: ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "G3:H3", "I3:J3", "K3:L3", "M3:M4", "N3:N4"] },
  );
}

/** One indikator row: targets and realisasi per TW as typed, the annual realisasi as stated. */
function row(no: number, indikator: string, satuan: string, target: string, targets: string[], realisasi: string[], annual: string): RawValue[] {
  return [no, indikator, satuan, target, ...targets.flatMap((t, i) => [t, realisasi[i]]), annual, ""];
}

const findingsOf = (grid: ReturnType<typeof pengukuran>) => analyzeSheet(grid).findings.filter((f) => f.code === "REALISASI_ANNUAL_MISMATCH");

describe("REALISASI_ANNUAL_MISMATCH", () => {
  it.each<[string, RawValue[], { severity: string; expected: number; actual: number; basis: string; kind: string }]>([
    ["IKM as Indeks summed (80 | 81 | 82 | 83 → 326)", row(1, "Indeks Kepuasan Masyarakat", "Indeks", "83", ["80", "81", "82", "83"], ["80", "81", "82", "83"], "326"), { severity: "error", expected: 83, actual: 326, basis: "last", kind: "level" }],
    ["a dipping IKM summed", row(1, "Indeks Kepuasan Masyarakat", "Indeks", "82", ["82", "80", "81", "82"], ["82,5", "80,1", "81", "82,4"], "326"), { severity: "error", expected: 82.4, actual: 326, basis: "last", kind: "level" }],
    ["cumulative documents summed (1 | 2 | 3 | 4 → 10)", row(1, "Jumlah dokumen perencanaan yang disusun", "Dokumen", "4", ["1", "2", "3", "4"], ["1", "2", "3", "4"], "10"), { severity: "error", expected: 4, actual: 10, basis: "last", kind: "flow" }],
    ["a flow in one unit however it is written", row(1, "Jumlah dokumen perencanaan", "Dokumen", "4", ["1", "1", "1", "1"], ["1 Dokumen", "1 dokumen", "1", "1 DOKUMEN "], "9 Dokumen"), { severity: "error", expected: 4, actual: 9, basis: "sum", kind: "flow" }],
    ["a percentage summed", row(1, "Persentase koperasi sehat", "Persen", "80", ["20", "40", "60", "80"], ["25", "41", "58", "79,5"], "203,5"), { severity: "error", expected: 79.5, actual: 203.5, basis: "last", kind: "level" }],
    ["a flow split per quarter, the last quarter taken for the year", row(1, "Jumlah pelaku usaha yang dilatih", "Orang", "120", ["30", "30", "30", "30"], ["28", "35", "30", "31"], "31"), { severity: "error", expected: 124, actual: 31, basis: "sum", kind: "flow" }],
    ["a count the targets do not tell, stated as neither (warning)", row(1, "Fasilitasi pameran produk", "Kegiatan", "10", ["2", "3", "2", "2"], ["2", "3", "2", "2"], "12"), { severity: "warning", expected: 9, actual: 12, basis: "sum", kind: "flow" }],
  ])("%s", (_name, data, want) => {
    const found = findingsOf(pengukuran([data]));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ cell: "M5", severity: want.severity, expected: expect.closeTo(want.expected, 9), actual: expect.closeTo(want.actual, 9), params: { basis: want.basis, kind: want.kind } });
  });

  it.each<[string, RawValue[]]>([
    ["IKM at its last quarter", row(1, "Indeks Kepuasan Masyarakat", "Indeks", "83", ["80", "81", "82", "83"], ["80", "81", "82", "83,2"], "83,2")],
    ["cumulative documents at the last quarter", row(1, "Jumlah dokumen perencanaan yang disusun", "Dokumen", "4", ["1", "2", "3", "4"], ["1", "2", "3", "4"], "4")],
    ["a flow summed", row(1, "Jumlah pelaku usaha yang dilatih", "Orang", "120", ["30", "30", "30", "30"], ["28", "35", "30", "31"], "124")],
    ["a percentage rounded to what the cell shows (79,46 shown as 79,5)", row(1, "Persentase koperasi sehat", "Persen", "80", ["20", "40", "60", "80"], ["25", "41", "58", "79,46"], "79,5")],
    ["a year not yet over: the last quarter reported so far", row(1, "Indeks Kepuasan Masyarakat", "Indeks", "83", ["80", "81", "82", "83"], ["80", "81", "", ""], "81")],
    ["an ambiguous count, either reading", row(1, "Fasilitasi pameran produk", "Kegiatan", "10", ["2", "3", "2", "2"], ["2", "3", "2", "2"], "2")],
    ["words in the realisasi", row(1, "Opini BPK", "Opini", "WTP", ["-", "-", "-", "WTP"], ["-", "-", "-", "WTP"], "WTP")],
    ["no period realisasi", row(1, "Indeks Kepuasan Masyarakat", "Indeks", "83", ["80", "81", "82", "83"], ["", "", "", ""], "83")],
    ["periods in another unit than the year", row(1, "Jumlah dokumen perencanaan", "Dokumen", "4", ["1", "1", "1", "1"], ["1 Dokumen", "1 Dokumen", "1 Laporan", "1 Laporan"], "9")],
    ["the year in another unit than its periods", row(1, "Jumlah dokumen perencanaan", "Dokumen", "4", ["1", "1", "1", "1"], ["1 Dokumen", "1 Dokumen", "1 Dokumen", "1 Dokumen"], "9 Laporan")],
    ["percents beside bare numbers", row(1, "Persentase koperasi sehat", "Persen", "80", ["20", "40", "60", "80"], ["25%", "41%", "58%", "79%"], "203")],
  ])("says nothing on %s", (_name, data) => {
    expect(findingsOf(pengukuran([data]))).toEqual([]);
  });

  it("reads running totals under s.d. Triwulan headers at the last quarter", () => {
    const data = row(1, "Pelaku usaha yang difasilitasi", "Usaha", "40", ["10", "20", "30", "40"], ["12", "22", "31", "42"], "107");
    const [f] = findingsOf(pengukuran([data], { sd: true }));
    expect(f).toMatchObject({ expected: 42, actual: 107, params: { basis: "last", kind: "cumulative" } });
  });

  it("reads a Rata-rata annual column as the mean the sheet states", () => {
    const mean = row(1, "Kepuasan pelanggan", "Poin", "80", ["80", "80", "80", "80"], ["78", "80", "82", "84"], "81");
    expect(findingsOf(pengukuran([mean], { annualHeader: "Realisasi Rata-rata" }))).toEqual([]);
    const [f] = findingsOf(pengukuran([[...mean.slice(0, 12), "84", ""]], { annualHeader: "Realisasi Rata-rata" }));
    expect(f).toMatchObject({ expected: 81, actual: 84, params: { basis: "mean" } });
  });

  it("tells the person which reading and why, in both languages", () => {
    const [f] = findingsOf(pengukuran([row(1, "Indeks Kepuasan Masyarakat", "Indeks", "83", ["80", "81", "82", "83"], ["80", "81", "82", "83"], "326")]));
    expect(renderFinding(f, "id")).toBe(
      "Realisasi tahunan tertulis 326, padahal realisasi per periode (80 | 81 | 82 | 83) memberi realisasi periode terakhir 83 Indeks. Indikator ini berupa tingkat, indeks, nilai atau persentase: realisasi tahunannya posisi terakhir, bukan jumlah per periode. Perbaiki sel M5.",
    );
    expect(renderFinding(f, "en")).toBe(
      "The annual realisasi is written as 326, but the period realisasi (80 | 81 | 82 | 83) give the last period's realisasi of 83 Indeks. This indikator is a level, index, score or percentage: its annual realisasi is where it stands at the end, not the periods added up. Correct M5.",
    );
  });
});

describe("REALISASI_ANNUAL_MISMATCH beside a column-number row that states the year's formula", () => {
  it("leaves the Permendagri 86/2017 form's `13 = 9 + 10 + 11 + 12` to COLUMN_RULE_MISMATCH", () => {
    const data = row(1, "Persentase koperasi sehat", "Persen", "80", ["20", "20", "20", "20"], ["23,13", "30,97", "", ""], "54,1");
    const grid = pengukuran([[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, "13 = 6 + 8 + 10 + 12", 14], data]);
    expect(analyzeSheet(grid).tables[0].layout.columnNumbers?.[12]?.formula).toBe("6 + 8 + 10 + 12");
    expect(findingsOf(grid)).toEqual([]);
    // Without the stated formula the same row is read as a percentage: its year is TW II's 30,97.
    expect(findingsOf(pengukuran([data]))).toMatchObject([{ expected: 30.97, actual: 54.1 }]);
  });
});
