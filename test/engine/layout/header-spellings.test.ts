import { claimColumn } from "../../../src/engine/layout/column-claims";
import type { PathEntry } from "../../../src/engine/layout/header-block";

const path = (...texts: string[]): PathEntry[] => texts.map((text, row) => ({ text, row }));

describe("every header spelling of DOMAIN.md and the seeds names its role", () => {
  it.each([
    ["No", "no"],
    ["NO", "no"],
    ["No.", "no"],
    ["Kode", "kode"],
    ["Kode Rekening", "kode"],
    ["Kode Program/Kegiatan", "kode"],
    ["Sasaran", "sasaran"],
    ["Sasaran Strategis", "sasaran"],
    ["SasaranStrategis", "sasaran"],
    ["SASARAN STRATEGIS", "sasaran"],
    ["Tujuan/Sasaran", "sasaran"],
    ["Indikator", "indikator"],
    ["Indikator Kinerja", "indikator"],
    ["Indikator Sasaran", "indikator"],
    ["Indikator Program", "indikator"],
    ["Indikator Kegiatan", "indikator"],
    ["Indikator Kinerja Utama", "indikator"],
    ["IKU", "indikator"],
    ["Indikator Outcome", "indikator"],
    ["Satuan", "satuan"],
    ["Target", "target"],
    ["Target Tahunan", "target"],
    ["Target Kinerja", "target"],
    ["Target 2024", "target"],
    ["Target PK", "target"],
    ["Target Sasaran/ Program/ Kegiatan/ Sub Kegiatan", "target"],
    ["KRITERIA KEBERHASILAN SASARAN (TARGET TAHUNAN & TRIWULAN)", "target"],
    ["Realisasi", "realisasi"],
    ["Realisasi Kinerja", "realisasi"],
    ["REALISASI \nKINERJA", "realisasi"],
    ["Capaian", "capaian"],
    ["Capaian (%)", "capaian"],
    ["%", "capaian"],
    ["Persentase Capaian", "capaian"],
    ["Program/Kegiatan", "program"],
    ["Program/ Kegiatan", "program"],
    ["Program & Anggaran", "program"],
    ["Kegiatan", "program"],
    ["Sub Kegiatan", "program"],
    ["Uraian", "program"],
    ["Uraian Kegiatan", "program"],
    ["Program / Kegiatan / Sub Kegiatan", "program"],
    ["Anggaran", "anggaran"],
    ["Anggaran (Rp)", "anggaran"],
    ["APBD (Rp)", "anggaran"],
    ["Pagu", "anggaran"],
    ["Pagu Anggaran", "anggaran"],
    ["Pagu Indikatif", "anggaran"],
    ["Anggaran Tahunan", "anggaran"],
    ["Realisasi Anggaran", "realisasi_anggaran"],
    ["Realisasi Keuangan", "realisasi_anggaran"],
    ["Serapan", "realisasi_anggaran"],
    ["Serapan (%)", "serapan"],
    ["Serapan Anggaran (%)", "serapan"],
    ["Realisasi Anggaran (%)", "serapan"],
    ["% Serapan", "serapan"],
    ["Persentase Serapan", "serapan"],
    ["Penanggung Jawab", "penanggung_jawab"],
    ["Penanggungjawab", "penanggung_jawab"],
    ["Penanggung jawab", "penanggung_jawab"],
    ["PJ", "penanggung_jawab"],
    ["Unit Kerja Penanggung Jawab", "penanggung_jawab"],
    ["UNIT KERJA\nPENANGGUNG\nJAWAB", "penanggung_jawab"],
    ["Unit Kerja", "penanggung_jawab"],
    ["Pelaksana", "penanggung_jawab"],
    ["Ket", "keterangan"],
    ["ket", "keterangan"],
    ["Keterangan", "keterangan"],
    ["Polaritas", "polaritas"],
    ["Predikat", "predikat"],
  ])("%j → %s", (text, role) => {
    expect(claimColumn(0, path(text)).role).toBe(role);
  });

  it.each([
    ["Satuan"],
    ["Jumlah koperasi yang mendapatkan izin usaha simpan pinjam"],
    ["Pelaksanaan Penilaian Kesehatan KSP/USP Koperasi Kewenangan Kabupaten/Kota"],
    ["Nama Barang"],
    ["Harga"],
  ])("%j names no role it should not", (text) => {
    const role = claimColumn(0, path(text)).role;
    expect(role === undefined || role === "satuan").toBe(true);
  });
});

describe("children of a parent header read with their parent", () => {
  it.each([
    [["Anggaran", "Pagu (Rp)"], "anggaran"],
    [["Anggaran", "(Rp)"], "anggaran"],
    [["Anggaran", "Realisasi (Rp)"], "realisasi_anggaran"],
    [["ANGGARAN", "Realisasi"], "realisasi_anggaran"],
    [["Anggaran", "%"], "serapan"],
    [["Anggaran", "Capaian (%)"], "serapan"],
    [["Realisasi", "(Rp)"], "realisasi_anggaran"],
    [["Realisasi", "Anggaran (Rp)"], "realisasi_anggaran"],
    [["Realisasi", "%"], "realisasi"],
    [["Indikator", "Sasaran"], "indikator"],
  ])("%j → %s", (texts, role) => {
    expect(claimColumn(0, path(...texts)).role).toBe(role);
  });
});

describe("period columns take their measure from the headers around the label", () => {
  it.each([
    [["Target", "TW I"], "target_tw1"],
    [["Target Kinerja", "I"], "target_tw1"],
    [["ANGGARAN", "Rencana Aksi per Triwulan", "II"], "anggaran_tw2"],
    [["Anggaran per Triwulan", "TW III"], "anggaran_tw3"],
    [["TW I", "Realisasi"], "realisasi_tw1"],
    [["Triwulan I", "Capaian (%)"], "capaian_tw1"],
    [["Triwulan IV", "Target"], "target_tw4"],
    [["TW 1 (B03)", "Realisasi Kinerja"], "realisasi_tw1"],
    [["Realisasi Anggaran", "IV"], "realisasi_anggaran_tw4"],
    [["Target BULANAN", "1"], "target_b1"],
    [["Target Bulanan", "12"], "target_b12"],
    [["Target per Bulan", "Januari"], "target_b1"],
    [["Target", "Desember"], "target_b12"],
    [["Target Triwulan", "3"], "target_tw3"],
  ])("%j → %s", (texts, role) => {
    expect(claimColumn(0, path(...texts)).role).toBe(role);
  });

  it("leaves 'Rencana Aksi per Triwulan' I pending: position decides between target and anggaran", () => {
    const claim = claimColumn(5, path("Rencana Aksi per Triwulan", "I"));
    expect(claim.role).toBeUndefined();
    expect(claim.pendingPeriod).toBe("tw1");
  });

  it("leaves Nganjuk's 'Target pelaksanaan' I–IV out: a schedule, not a target", () => {
    expect(claimColumn(10, path("Target pelaksanaan", "I")).ignored).toBe(true);
  });

  it.each([
    [["Anggaran", "Rp. (juta)"], 1e6],
    [["Pagu (Rp. 000)"], 1e3],
    [["Anggaran (Rp)"], undefined],
    [["Anggaran (Miliar)"], 1e9],
  ])("budget header %j scales the column by %s", (texts, factor) => {
    expect(claimColumn(3, path(...texts)).scale).toBe(factor);
  });
});
