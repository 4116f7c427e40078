/**
 * The polarity words (src/engine/capaian/polarity-words.ts), one case per entry added for issue 12,
 * on indikator names as agencies write them; and the upper-bound hint a target carries.
 */
import { analyzeSheet } from "../../../src/engine/analyze";
import { NEGATIVE_PHRASES, polarityFromWords } from "../../../src/engine/capaian";
import { DEFAULT_SETTINGS } from "../../../src/engine/model";
import { parseValue } from "../../../src/engine/numbers";
import { sheet } from "../../support/grid-builder";

describe("lower is better: the words", () => {
  it.each([
    ["waktu penyelesaian", "Waktu penyelesaian pengaduan masyarakat"],
    ["waktu pelayanan", "Waktu pelayanan administrasi kependudukan"],
    ["waktu tanggap", "Waktu tanggap (response time) pemadam kebakaran"],
    ["rata-rata waktu", "Rata-rata waktu penyelesaian perizinan"],
    ["genangan", "Luas genangan banjir di kawasan perkotaan"],
    ["rusak", "Persentase panjang jalan kabupaten dalam kondisi rusak"],
    ["buta aksara", "Angka buta aksara penduduk usia 15–59 tahun"],
    ["kehilangan air", "Tingkat kehilangan air PDAM"],
    ["rumah tangga miskin", "Jumlah rumah tangga miskin"],
    ["desa tertinggal", "Jumlah desa tertinggal"],
  ])("%s: %s", (phrase, indikator) => {
    expect(NEGATIVE_PHRASES).toContain(phrase);
    expect(polarityFromWords(indikator)).toBe("negative");
  });

  it.each(NEGATIVE_PHRASES.map((p) => [p]))("%s alone is lower-is-better", (phrase) => {
    expect(polarityFromWords(`Jumlah ${phrase}`)).toBe("negative");
  });
});

describe("not lower is better, though a word looks it: finding, treating and acting on cases is work done", () => {
  it.each([
    "Jumlah kasus TBC yang ditemukan dan diobati",
    "Cakupan penemuan kasus baru kusta",
    "Jumlah pelanggaran Perda yang ditindak",
    "Panjang jalan rusak yang diperbaiki",
  ])("%s", (indikator) => {
    expect(polarityFromWords(indikator)).toBe("positive");
  });
});

describe("a target written as an upper bound keeps the hint", () => {
  const target = (text: string) => parseValue({ value: text, text }, { convention: "id", role: "target" });

  it.each([
    ["maks 5 hari", 5],
    ["Maks. 5 Hari", 5],
    ["maksimal 3 kasus", 3],
    ["paling lama 14 hari", 14],
    ["≤ 2,5%", 2.5],
    ["<= 10", 10],
  ])("%s → %d, at most", (text, value) => {
    expect(target(text)).toEqual(expect.objectContaining({ kind: "number", value, atMost: true }));
  });

  it.each(["5 hari", "≥ 80%", "Min. 75 %", "minimal 3"])("%s is no upper bound", (text) => {
    expect(target(text)).not.toHaveProperty("atMost");
  });
});

describe("the polarity resolver uses the hint: a Pengukuran Kinerja row", () => {
  const pk = (indikator: string, satuan: string, target: string, realisasi: string, capaian: string) =>
    sheet([
      ["PENGUKURAN KINERJA DINAS PENANAMAN MODAL DAN PTSP TAHUN 2024"],
      [],
      ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
      [1, indikator, satuan, target, realisasi, capaian],
    ]);
  const capaian = (indikator: string, satuan: string, target: string, realisasi: string, stated: string) =>
    analyzeSheet(pk(indikator, satuan, target, realisasi, stated), DEFAULT_SETTINGS).findings.filter((f) => f.code === "CAPAIAN_MISMATCH");

  it.each<[string, string, string, string, string, string]>([
    ["the words", "Rata-rata waktu penyelesaian perizinan", "Hari", "5", "4", "120"],
    ["the words, units in the values", "Rata-rata waktu penyelesaian perizinan", "Hari", "5 hari", "4 hari", "120%"],
    ["the target's maks.", "Lama proses izin usaha", "Hari", "maks. 5 hari", "4 hari", "120"],
    ["the target's paling lama", "Penerbitan izin mendirikan bangunan", "Hari", "paling lama 14 hari", "7 hari", "150"],
    ["cases acted on are work done", "Jumlah pelanggaran Perda yang ditindak", "Kasus", "50", "60", "120"],
    ["cases found and treated are work done", "Jumlah kasus TBC yang ditemukan dan diobati", "Kasus", "400", "300", "75"],
    ["the words: buta aksara", "Angka buta aksara penduduk usia 15–59 tahun", "%", "2%", "1,5%", "125"],
  ])("%s: %s %s → %s, stated %s passes", (_, indikator, satuan, target, realisasi, stated) => {
    expect(capaian(indikator, satuan, target, realisasi, stated)).toEqual([]);
  });

  it("and says where the polarity came from when the stated value is wrong", () => {
    expect(capaian("Lama proses izin usaha", "Hari", "maks. 5 hari", "4 hari", "80")).toEqual([
      expect.objectContaining({ expected: 120, actual: 80, params: expect.objectContaining({ formula: "negative-permenpan", polaritySource: "target" }) }),
    ]);
  });
});
