import { recognizeLayout } from "../../../src/engine/layout";
import { sheet, type RawValue } from "../../support/grid-builder";
import { boneSheet } from "./fixtures/bone";
import { letters } from "./fixtures/letters";

const _ = null;

describe("Bone 2020: long layout, three levels side by side", () => {
  const layout = recognizeLayout(boneSheet());
  const table = layout.tables[0];

  it("is one long table under a two-row header with column numbers", () => {
    expect(layout.recognized).toBe(true);
    expect(layout.tables).toHaveLength(1);
    expect(table.kind).toBe("long");
    expect([table.headerTop + 1, table.headerBottom + 1, table.columnNumberRow! + 1]).toEqual([3, 4, 5]);
    expect([table.firstDataRow + 1, table.lastDataRow + 1]).toEqual([6, 15]);
  });

  it("splits sasaran | program | kegiatan blocks, each with its period labels, target, realisasi and %", () => {
    expect(table.groups.map((g) => g.level)).toEqual(["sasaran", "program", "kegiatan"]);
    expect(letters(table.groups[0].columns)).toEqual({
      no: "A",
      sasaran: "B",
      indikator: "C",
      periode: "D",
      target_periode: "E",
      realisasi_periode: "F",
      capaian_periode: "G",
      penanggung_jawab: "T",
    });
    expect(letters(table.groups[1].columns)).toEqual({
      no: "A",
      program: "H",
      anggaran: "H",
      indikator: "I",
      periode: "J",
      target_periode: "K",
      realisasi_periode: "L",
      capaian_periode: "M",
      penanggung_jawab: "T",
    });
    expect(letters(table.groups[2].columns)).toEqual({
      no: "A",
      program: "N",
      anggaran: "N",
      indikator: "O",
      periode: "P",
      target_periode: "Q",
      realisasi_periode: "R",
      capaian_periode: "S",
      penanggung_jawab: "T",
    });
    expect(table.columns).toEqual(table.groups[0].columns);
  });
});

/** The Nganjuk 2022 header as its seed prints it, and its first rows. */
function nganjukSheet() {
  const rows: RawValue[][] = [
    ["RENCANA AKSI TAHUN 2022"],
    ["DINAS KOPERASI DAN USAHA MIKRO KABUPATEN NGANJUK"],
    ["Sasaran", "Indikator", _, "Kegiatan/Sub Kegiatan", _, "Target Sasaran/ Program/ Kegiatan/ Sub Kegiatan", "Target Kinerja", _, _, _, "Target pelaksanaan", _, _, _, "ket"],
    [_, "Sasaran", "Program", "Uraian", "Indikator", _, "I", "II", "III", "IV", "I", "II", "III", "IV", _],
    ["Sasaran 1 Meningkatnya kepuasan masyarakat terhadap pelayanan OPD", "1. Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "Hasil Survei Kepuasan Masyarakat (SKM)", "A. Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "Tersediannya laporan capaian kinerja LKPJ, Renstra, Renja, LPPD, Lapkip, Tapkin, Evaluasi Renja", "7 Dokumen", "21,2 5%", "21,25 %", "21,25 %", "21,25 %", "2 1,25 5 %", "2 1,25 5 %", "21,25 %", "21,25 %", _],
    [_, _, _, "1) Koordinasi dan Penyusunan Dokumen RKA-SKPD", "Terlaksananya penyusunan dokumen RKA SKPD", "12 Bulan", "21,2 5%", "21,25 %", "21,25 %", "21,25 %", "2 1,25 5 %", "2 1,25 5 %", "21,25 %", "21,25 %", _],
    [_, _, _, "2) Koordinasi dan Penyusunan Dokumen Perubahan RKA-SKPD", "terpenuhinya kebutuhan koordinasi penyusunan dokumen perubahan RKA SKPD", "12 Bulan", "21,2 5%", "21,25 %", "21,25 %", "21,25 5%", "2 1,2 5 %", "2 1,2 5 %", "21,25 %", "21,25 %", _],
    [_, _, _, "B. Administrasi Keuangan Perangkat Daerah", _, _, "21,2 5%", "21,25 %", "21,25 %", "21,25 5%", "2 1,2 5 %", "2 1,2 5 %", "21,25 %", "21,25 %", _],
    [_, _, _, "1) Penyediaan Gaji dan Tunjangan ASN", "Jumlah pegawai yang dibayarkan gaji, tunjangan, dan tambahan penghasilan ASN dinas koperasi dan usaha mikro", "20 Orang", "21,2 5%", "21,25 %", "21,25 %", "21,25 5%", "2 1,2 5 %", "2 1,2 5 %", "21,25 %", "21,25 %", _],
  ];
  return sheet(rows, { merges: ["A3:A4", "B3:C3", "D3:E3", "F3:F4", "G3:J3", "K3:N3", "O3:O4", "A5:A9", "B5:B9", "C5:C9"] });
}

describe("Nganjuk 2022: Target Kinerja I–IV, then Target pelaksanaan I–IV", () => {
  const layout = recognizeLayout(nganjukSheet());
  const table = layout.tables[0];

  it("takes the quarterly targets from 'Target Kinerja' and leaves 'Target pelaksanaan' alone", () => {
    expect(table.kind).toBe("wide-quarterly");
    expect(letters(table.columns)).toMatchObject({ target: "F", target_tw1: "G", target_tw2: "H", target_tw3: "I", target_tw4: "J", keterangan: "O" });
    expect(Object.values(letters(table.columns))).not.toEqual(expect.arrayContaining(["K", "L", "M", "N"]));
  });

  it("reads the kegiatan/sub kegiatan uraian as the name column and its indikator beside it", () => {
    expect(letters(table.columns)).toMatchObject({ sasaran: "A", program: "D", indikator: "E" });
    expect(table.groups).toHaveLength(1);
    expect([table.headerTop + 1, table.headerBottom + 1, table.firstDataRow + 1, table.lastDataRow + 1]).toEqual([3, 4, 5, 9]);
  });
});

const months = (): number[] => Array.from({ length: 12 }, (_x, i) => i + 1);
const blank = (n: number): null[] => Array.from({ length: n }, () => null);

/** Buleleng 2021: the eselon table (sasaran | kegiatan | sub kegiatan blocks with monthly targets), then the staff table. */
function bulelengSheet() {
  const eselon: RawValue[][] = [
    ["RENCANA AKSI ATAS PERJANJIAN KINERJA ESELON II, III dan IV TAHUN 2021"],
    ["No", "Sasaran Strategis", "Indikator Kinerja", "Target BULANAN", ...blank(11), "Program", "Kegiatan", _, "Target BULANAN", ...blank(11), "Anggaran (Rp)", "Sub Kegiatan", _, "Target BULANAN", ...blank(11), "Anggaran", "Penanggung jawab"],
    [_, _, _, ...blank(12), _, "Uraian", "Indikator Outcome", ...blank(12), _, "Uraian", "Indikator Output", ...blank(12), _, _],
    [_, _, _, ...months(), _, _, _, ...months(), _, _, _, ...months(), _, _],
    [2, "Terwujudnya UMKM yang Mandiri", "Percentase UMKM yang Formal", ...blank(12), "PROGRAM PEMERINTAHAN USHA MINKO, UMMK, UMSK, UMSK, DAN USAHA MIREK (UMKM)", "Pembinaan Usha Mikro yang Dilakukan melalui Pendataan", "Jumlah UMKM yang berjalan lengkap", "-", "-", "198 UMKM", "-", "-", "397 UMKM", "-", "-", "594 UMKM", "-", "-", "794 UMKM", "206.724.200", "Fasilitasi Berita Usha Mikro", "Jumlah pelaku UMSM yang dibantu", ...blank(11), "270 UMKM", "206.724.200", "Seksi Fasilitasi Usaha Mikro"],
    [_, _, _, ...blank(12), _, "Pendataan dan Pengembangan Usha Mikro", "Jumlah dokumen UMMK terdapat dalam Sistem Data UMSK", "-", "-", "229 UMKM", "-", "-", "458 UMKM", "-", "-", "687 UMKM", "-", "-", "916 UMKM", "88.476.946", "Pendataan dan Pengembangan Usha Mikro Buleleng", "Jumlah database UMKM", "-", "-", "229 UMKM", "-", "-", "458 UMKM", "-", "-", "687 UMKM", "-", "-", "916 UMKM", "88.476.946", "Seksi Pengembangan dan Perlindungan Usaha Mikro"],
    [],
    ["RENCANA AKSI ATAS PERJANJIAN KINERJA STAFF TAHUN 2021"],
    ["No", "Sasaran", "Indikator Kinerja", "Target BULANAN", ...blank(11), "Penanggungjawab"],
    [_, _, _, ...months(), _],
    [1, "Tersedianya rekomendasi evaluasi LAKIP, LPPD dan LKPJ", "Jumlah laporan rekomendasi LAKIP, LPPD dan LKPJ", "-", "-", "3 laporan", ...Array.from({ length: 9 }, () => "-"), _],
    [4, "Tersedianya Laporan Administrasi Barang", "Jumlah laporan Inventaris dan Pakai Habis", ...months().map((m) => `${m} Laporan`), "Pengurus Barang"],
    [],
    [_, _, _, _, _, _, _, _, _, _, _, _, "Singaraja, 29 Oktober 2021"],
    [_, _, _, _, _, _, _, _, _, _, _, _, "Kepala Dinas Perdagangan, Perindustrian dan Koperasi UKM"],
    [_, _, _, _, _, _, _, _, _, _, _, _, "Drs. Dewa Made Sudiarta, M.Si"],
    [_, _, _, _, _, _, _, _, _, _, _, _, "NIP. 19741014 199311 1 001"],
  ];
  return sheet(eselon, { merges: ["A2:A4", "B2:B4", "C2:C4", "D2:O3", "P2:P4", "Q2:R2", "S2:AD3", "AE2:AE4", "AF2:AG2", "AH2:AS3", "AT2:AT4", "AU2:AU4", "A9:A10", "B9:B10", "C9:C10", "D9:O9", "P9:P10"] });
}

describe("Buleleng 2021: monthly 'Target BULANAN' 1–12, levels side by side, two tables", () => {
  const layout = recognizeLayout(bulelengSheet());

  it("finds the eselon table and the staff table after it", () => {
    expect(layout.tables.map((t) => [t.headerTop + 1, t.firstDataRow + 1, t.lastDataRow + 1])).toEqual([
      [2, 5, 6],
      [9, 11, 12],
    ]);
    expect(layout.tables.map((t) => t.kind)).toEqual(["wide-monthly", "wide-monthly"]);
  });

  it("maps months 1–12 under each 'Target BULANAN' to its block", () => {
    const [sasaran, kegiatan, sub] = layout.tables[0].groups;
    expect(layout.tables[0].groups.map((g) => g.level)).toEqual(["sasaran", "kegiatan", "subkegiatan"]);
    expect(letters(sasaran.columns)).toMatchObject({ no: "A", sasaran: "B", indikator: "C", target_b1: "D", target_b12: "O", program: "P" });
    expect(letters(kegiatan.columns)).toMatchObject({ program: "Q", indikator: "R", target_b1: "S", target_b12: "AD", anggaran: "AE" });
    expect(letters(sub.columns)).toMatchObject({ program: "AF", indikator: "AG", target_b1: "AH", target_b12: "AS", anggaran: "AT", penanggung_jawab: "AU" });
  });

  it("reads the staff table's own columns, and no column-number row where months sit", () => {
    const staff = layout.tables[1];
    expect(staff.columnNumberRow).toBeUndefined();
    expect(letters(staff.columns)).toEqual({
      no: "A",
      sasaran: "B",
      indikator: "C",
      ...Object.fromEntries(months().map((m) => [`target_b${m}`, String.fromCharCode(67 + m)])),
      penanggung_jawab: "P",
    });
  });
});

describe("budget scale and the signature block", () => {
  it("takes `Rp. (juta)` as a ×1.000.000 scale on that column only, and stops at the NIP line", () => {
    const grid = sheet([
      ["No", "Indikator Kinerja", "Target", "Program/Kegiatan", "Pagu", "Realisasi Anggaran"],
      [_, _, _, _, "Rp. (juta)", "(Rp)"],
      [1, "Jumlah koperasi sehat", 30, "PROGRAM PENILAIAN KESEHATAN KOPERASI", 39.7, 12],
      [2, "Jumlah koperasi dilatih", 120, "Pendidikan dan Latihan Perkoperasian", 136.9, 40],
      [],
      [_, _, _, _, "Kepala Dinas"],
      [_, _, _, _, "IKSAN, S.Hut"],
      [_, _, _, _, "NIP. 196707271995031006"],
    ]);
    const table = recognizeLayout(grid).tables[0];
    expect(table.scale).toEqual({ 4: 1e6 });
    expect(letters(table.columns)).toEqual({ no: "A", indikator: "B", target: "C", program: "D", anggaran: "E", realisasi_anggaran: "F" });
    expect(table.kind).toBe("annual");
    expect(table.lastDataRow + 1).toBe(4);
  });
});
