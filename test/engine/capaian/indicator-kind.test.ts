/**
 * The level / flow vocabulary, one realistic indikator per entry: a new word comes with its row
 * here, and a word dropped from the list makes its row fail.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { CUMULATIVE, earliestWord, FLOW_WORDS, LEVEL_WORDS, readIndicator, saysCumulative } from "../../../src/engine/capaian/indicator-kind";
import { XlsxFileWorkbook } from "../../../src/xlsx/node-file";

/** [word, indikator, satuan] as seen in Rencana Aksi sheets. */
const LEVELS: ReadonlyArray<[string, string, string]> = [
  ["indeks", "Indeks Kepuasan Masyarakat (IKM)", "Indeks"],
  ["index", "Human Development Index", ""],
  ["nilai", "Nilai SAKIP Perangkat Daerah", "Nilai"],
  ["skor", "Skor reformasi birokrasi", "Skor"],
  ["poin", "Kepuasan pelanggan", "Poin"],
  ["persen", "Cakupan pelayanan", "Persen"],
  ["persentase", "Persentase koperasi sehat", ""],
  ["prosentase", "Prosentase temuan yang ditindaklanjuti", ""],
  ["prosen", "Cakupan layanan", "prosen"],
  ["%", "Cakupan imunisasi dasar lengkap", "%"],
  ["rasio", "Rasio guru terhadap murid", "Rasio"],
  ["tingkat", "Tingkat pengangguran terbuka", ""],
  ["rata-rata", "Rata-rata lama sekolah", ""],
  ["rerata", "Rerata waktu layanan perizinan", ""],
  ["angka", "Angka kemiskinan", ""],
  ["laju", "Laju pertumbuhan ekonomi", ""],
  ["predikat", "Predikat kota layak anak", "Predikat"],
  ["opini", "Opini BPK atas laporan keuangan", "Opini"],
  ["level", "Level maturitas SPIP", "Level"],
  ["derajat", "Derajat kesehatan masyarakat", ""],
];

const FLOWS: ReadonlyArray<[string, string, string]> = [
  ["jumlah", "Jumlah koperasi yang dibina", ""],
  ["banyaknya", "Banyaknya UMKM terdaftar", ""],
  ["dokumen", "Tersusunnya Renja", "Dokumen"],
  ["orang", "Aparatur yang mengikuti diklat", "Orang"],
  ["kegiatan", "Fasilitasi pameran produk", "Kegiatan"],
  ["laporan", "Laporan keuangan yang disusun", "Laporan"],
  ["paket", "Pengadaan alat kesehatan", "Paket"],
  ["unit", "Sarana yang dibangun", "Unit"],
  ["kali", "Rapat koordinasi yang dilaksanakan", "Kali"],
  ["peserta", "Pelatihan kewirausahaan", "Peserta"],
  ["buku", "Penyusunan profil daerah", "Buku"],
  ["berkas", "Verifikasi SPJ", "Berkas"],
  ["surat", "Layanan administrasi persuratan", "Surat"],
  ["rekomendasi", "Kajian kebijakan", "Rekomendasi"],
  ["naskah", "Naskah akademik yang disusun", ""],
  ["dokumentasi", "Publikasi kegiatan pimpinan", "Dokumentasi"],
  ["perda", "Rancangan peraturan daerah", "Perda"],
  ["perkada", "Peraturan kepala daerah yang ditetapkan", "Perkada"],
  ["sertifikat", "Sertifikasi halal UMKM", "Sertifikat"],
  ["izin", "Penerbitan perizinan berusaha", "Izin"],
  ["bulan", "Pelayanan administrasi perkantoran", "Bulan"],
  ["kop", "Koperasi aktif yang dibina", "Kop"],
  ["koperasi", "Pembinaan koperasi", "Koperasi"],
  ["umkm", "Pendampingan usaha mikro", "UMKM"],
  ["usaha", "Pelaku usaha yang difasilitasi", "Usaha"],
  ["desa", "Pembinaan pemerintahan desa", "Desa"],
  ["kelompok", "Pembinaan kelompok tani", "Kelompok"],
  ["lembaga", "Pembinaan lembaga kemasyarakatan", "Lembaga"],
  ["pelatihan", "Pelatihan aparatur", "Pelatihan"],
  ["sosialisasi", "Sosialisasi peraturan", "Sosialisasi"],
  ["rapat", "Koordinasi lintas sektor", "Rapat"],
  ["kunjungan", "Monitoring lapangan", "Kunjungan"],
];

describe("the level and flow vocabulary", () => {
  it("has a row below for every word, and no word twice", () => {
    expect(LEVELS.map(([w]) => w).sort()).toEqual([...LEVEL_WORDS].sort());
    expect(FLOWS.map(([w]) => w).sort()).toEqual([...FLOW_WORDS].sort());
    expect(new Set([...LEVEL_WORDS, ...FLOW_WORDS]).size).toBe(LEVEL_WORDS.length + FLOW_WORDS.length);
  });

  it.each(LEVELS)("%s: a level (%s, satuan %s)", (word, indikator, satuan) => {
    expect(readIndicator(indikator, satuan)).toEqual({ kind: "level", cumulative: false, word });
  });

  it.each(FLOWS)("%s: a flow (%s, satuan %s)", (word, indikator, satuan) => {
    expect(readIndicator(indikator, satuan)).toEqual({ kind: "flow", cumulative: false, word });
  });
});

describe("the earliest word, found in one scan", () => {
  // The rule read word by word: each word's first whole-word place, the leftmost winning, and the
  // word listed first where two start at the same place.
  const oneByOne = (text: string): { word: string; kind: "level" | "flow" } | undefined => {
    let best: { word: string; kind: "level" | "flow"; at: number } | undefined;
    const words = [...LEVEL_WORDS.map((word) => ({ word, kind: "level" as const })), ...FLOW_WORDS.map((word) => ({ word, kind: "flow" as const }))];
    for (const { word, kind } of words) {
      const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      const re = /^\p{L}/u.test(word) ? new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "iu") : new RegExp(escaped, "u");
      const m = re.exec(text);
      if (m && (!best || m.index < best.at)) best = { word, kind, at: m.index };
    }
    return best && { word: best.word, kind: best.kind };
  };

  it.each([
    "Persentase dokumen perencanaan",
    "Jumlah dokumen (Persentase)",
    "Indeks Kepuasan Masyarakat",
    "Cakupan 100% desa",
    "koperasi aktif",
    "Kop",
    "Nilai-nilai",
    "Rata-rata lama sekolah",
    "PERSENTASE",
    "Jumlahdokumen",
    "Tingkat2",
    "Laporan\u00a0kinerja",
    "Angka Harapan Hidup (tahun)",
    "Dokumen",
    "",
    "Cakupan layanan",
  ])("%j reads as word by word", (text) => {
    expect(earliestWord(text)).toEqual(oneByOne(text));
  });

  it("every text of every fixture workbook reads as word by word", async () => {
    const dir = join(__dirname, "..", "..", "fixtures");
    const texts = new Set<string>();
    for (const name of readdirSync(dir).filter((n) => n.endsWith(".xlsx"))) {
      const workbook = await XlsxFileWorkbook.fromFile(join(dir, name));
      for (const sheet of await workbook.sheetNames()) {
        for (const row of (await workbook.readSheet(sheet)).rows) for (const cell of row) if (typeof cell?.value === "string") texts.add(cell.value);
      }
    }
    expect(texts.size).toBeGreaterThan(2_000);
    for (const text of texts) if (JSON.stringify(earliestWord(text)) !== JSON.stringify(oneByOne(text))) expect([text, earliestWord(text)]).toEqual([text, oneByOne(text)]);
  });
});

describe("kumulatif or s.d. in the indikator and satuan, read without joining them", () => {
  // The rule as written: the two texts joined by a space.
  const joined = (indikator: string, satuan: string) => CUMULATIVE.test(`${indikator} ${satuan}`);

  it.each([
    ["Jumlah laporan (kumulatif)", "Dokumen"],
    ["Realisasi s/d TW", ""],
    ["Jumlah laporan s", "/d TW IV"],
    ["Jumlah laporan s.", "d. Triwulan"],
    ["Jumlah laporan s /", " d"],
    ["Jumlah laporan S", ".D"],
    ["Dokumen sampai", "dengan TW IV"],
    ["Dokumen SAMPAI  ", "  Dengan"],
    ["Jumlah kasus", "dokumen"],
    ["Kelas", "dokumen"],
    ["Jumlah laporan s", "dokumen"],
    ["Jumlah laporan s.", "dx"],
    ["Kumulatif", ""],
    ["", "kumulatif"],
    ["kumula", "tif"],
    ["Dokumen", "s.d."],
    ["", ""],
  ])("%j + %j reads as the joined text", (indikator, satuan) => {
    expect(saysCumulative(indikator, satuan)).toBe(joined(indikator, satuan));
  });

  it("random texts made of the rule's letters read as the joined text", () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const letters = ["s", "S", "d", "D", ".", "/", " ", "\u00a0", "a", "i", "x", "sampai", "dengan", "kumulatif", "-"];
    const text = () => Array.from({ length: next() % 6 }, () => letters[next() % letters.length]).join("");
    for (let k = 0; k < 20_000; k++) {
      const [a, b] = [text(), text()];
      if (saysCumulative(a, b) !== joined(a, b)) expect([a, b, saysCumulative(a, b)]).toEqual([a, b, joined(a, b)]);
    }
  });
});

describe("reading an indikator", () => {
  it.each<[string, string, string, ReturnType<typeof readIndicator>]>([
    ["the satuan before the words", "Jumlah pengunjung puas", "Indeks", { kind: "level", cumulative: false, word: "indeks" }],
    ["the earliest word of the indikator", "Persentase dokumen perencanaan tepat waktu", "", { kind: "level", cumulative: false, word: "persentase" }],
    ["a count of percentages is still a count", "Jumlah laporan capaian persentase", "", { kind: "flow", cumulative: false, word: "jumlah" }],
    ["words inside other words do not count (Indeksasi, Kalimat)", "Penyusunan Kalimat", "", { cumulative: false }],
    ["nothing known", "Terselenggaranya pelayanan publik", "", { cumulative: false }],
    ["s.d. in the satuan", "Laporan keuangan", "Laporan (s.d. TW)", { kind: "flow", cumulative: true, word: "laporan" }],
    ["kumulatif in the indikator", "Jumlah UMKM binaan (kumulatif)", "UMKM", { kind: "flow", cumulative: true, word: "umkm" }],
    ["sampai dengan in the indikator", "Jumlah dokumen sampai dengan triwulan", "", { kind: "flow", cumulative: true, word: "jumlah" }],
  ])("%s", (_name, indikator, satuan, want) => {
    expect(readIndicator(indikator, satuan)).toEqual(want);
  });

  it("takes the sheet's word for a running total", () => {
    expect(readIndicator("Jumlah dokumen", "Dokumen", true)).toEqual({ kind: "flow", cumulative: true, word: "dokumen" });
  });
});
