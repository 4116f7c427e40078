import { recognizeLayout } from "../../../src/engine/layout";
import type { Grid, GridCell, Merge } from "../../../src/engine/model";

/**
 * Layouts none of the four seeds has, written the way other agencies write them. Each must be
 * read with every column in its role: these are the sheets Cermat meets first in a new office.
 */
function grid(rows: Array<Array<string | number | null>>, merges: Merge[] = []): Grid {
  return { sheetName: "S", rows: rows.map((r) => r.map((v): GridCell | null => (v === null ? null : { value: v }))), merges, hiddenRows: [], hiddenCols: [] };
}

const letters = (columns: Record<string, number | undefined>) =>
  Object.fromEntries(Object.entries(columns).map(([role, col]) => [role, String.fromCharCode(65 + (col as number))]));

const CASES: Array<[string, Grid, Record<string, string>]> = [
  [
    "TW I–IV with no parent, before the program column, after a FORMULASI column",
    grid([
      ["RENCANA AKSI TAHUN 2025"],
      ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA UTAMA", "FORMULASI", "SATUAN", "TARGET 2025", "TW I", "TW II", "TW III", "TW IV", "PROGRAM/KEGIATAN/SUB KEGIATAN", "PAGU ANGGARAN (Rp)", "PENANGGUNG JAWAB"],
      [1, "Meningkatnya kinerja", "Nilai SAKIP", "Nilai hasil evaluasi", "Nilai", "B", "-", "-", "-", "B", "PROGRAM PENUNJANG", "150.000.000", "Sekretaris"],
      [2, "", "Persentase temuan", "x", "%", "10%", "2,5%", "5%", "7,5%", "10%", "Kegiatan Audit", "50.000.000", "Irban I"],
    ]),
    { no: "A", sasaran: "B", indikator: "C", satuan: "E", target: "F", target_tw1: "G", target_tw2: "H", target_tw3: "I", target_tw4: "J", program: "K", anggaran: "L", penanggung_jawab: "M" },
  ],
  [
    "periods as parents over Target | Realisasi | Capaian (%)",
    grid(
      [
        ["PENGUKURAN KINERJA TRIWULAN III 2025"],
        ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target Tahunan", "Triwulan I", null, null, "Triwulan II", null, null, "Triwulan III", null, null, "Keterangan"],
        [null, null, null, null, null, "Target", "Realisasi", "Capaian (%)", "Target", "Realisasi", "Capaian (%)", "Target", "Realisasi", "Capaian (%)", null],
        [1, "Meningkatnya pelayanan", "Indeks Kepuasan Masyarakat", "Indeks", 85, 85, 86, "101,18", 85, 84, "98,82", 85, 87, "102,35", ""],
      ],
      [
        { top: 1, left: 5, bottom: 1, right: 7 },
        { top: 1, left: 8, bottom: 1, right: 10 },
        { top: 1, left: 11, bottom: 1, right: 13 },
      ],
    ),
    {
      no: "A", sasaran: "B", indikator: "C", satuan: "D", target: "E",
      target_tw1: "F", realisasi_tw1: "G", capaian_tw1: "H", target_tw2: "I", realisasi_tw2: "J", capaian_tw2: "K", target_tw3: "L", realisasi_tw3: "M", capaian_tw3: "N",
      keterangan: "O",
    },
  ],
  [
    "measures as parents over TW I–IV",
    grid(
      [
        ["No", "Indikator Kinerja", "Satuan", "Target Tahunan", "Target", null, null, null, "Realisasi", null, null, null, "Capaian (%)", null, null, null, "Ket"],
        [null, null, null, null, "TW I", "TW II", "TW III", "TW IV", "TW I", "TW II", "TW III", "TW IV", "TW I", "TW II", "TW III", "TW IV", null],
        [1, "Jumlah UMKM dibina", "UMKM", 100, 25, 50, 75, 100, 20, 45, 75, 100, 80, 90, 100, 100, ""],
      ],
      [
        { top: 0, left: 4, bottom: 0, right: 7 },
        { top: 0, left: 8, bottom: 0, right: 11 },
        { top: 0, left: 12, bottom: 0, right: 15 },
      ],
    ),
    {
      no: "A", indikator: "B", satuan: "C", target: "D",
      target_tw1: "E", target_tw2: "F", target_tw3: "G", target_tw4: "H", realisasi_tw1: "I", realisasi_tw2: "J", realisasi_tw3: "K", realisasi_tw4: "L",
      capaian_tw1: "M", capaian_tw2: "N", capaian_tw3: "O", capaian_tw4: "P", keterangan: "Q",
    },
  ],
  [
    "month names under Target Bulanan",
    grid(
      [
        ["No", "Indikator", "Satuan", "Target", "Target Bulanan", null, null, null, null, null, null, null, null, null, null, null, "Penanggung Jawab"],
        [null, null, null, null, "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des", null],
        [1, "Jumlah laporan", "Laporan", 12, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, "Kasubag"],
      ],
      [{ top: 0, left: 4, bottom: 0, right: 15 }],
    ),
    {
      no: "A", indikator: "B", satuan: "C", target: "D",
      ...Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`target_b${i + 1}`, String.fromCharCode(69 + i)])),
      penanggung_jawab: "Q",
    },
  ],
  [
    "Target Kinerja over Tahunan and TW I–IV",
    grid(
      [
        ["No", "Sasaran", "Indikator", "Satuan", "Target Kinerja", null, null, null, null, "Program", "Anggaran (Rp)", "Penanggung Jawab"],
        [null, null, null, null, "Tahunan", "TW I", "TW II", "TW III", "TW IV", null, null, null],
        [1, "S1", "Jumlah laporan", "Dok", 4, 1, 2, 3, 4, "PROGRAM X", "10.000.000", "Kabid"],
      ],
      [{ top: 0, left: 4, bottom: 0, right: 8 }],
    ),
    { no: "A", sasaran: "B", indikator: "C", satuan: "D", target: "E", target_tw1: "F", target_tw2: "G", target_tw3: "H", target_tw4: "I", program: "J", anggaran: "K", penanggung_jawab: "L" },
  ],
  [
    "Rencana Aksi and Anggaran per Triwulan, Triwulan I–IV under each",
    grid(
      [
        ["No", "Indikator Kinerja", "Target", "Rencana Aksi", null, null, null, "Kegiatan", "Anggaran", "Anggaran per Triwulan", null, null, null, "PJ"],
        [null, null, null, "Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV", null, null, "Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV", null],
        [1, "Jumlah laporan", 4, 1, 2, 3, 4, "Kegiatan A", "10.000.000", "2.500.000", "2.500.000", "2.500.000", "2.500.000", "Kabid"],
      ],
      [
        { top: 0, left: 3, bottom: 0, right: 6 },
        { top: 0, left: 9, bottom: 0, right: 12 },
      ],
    ),
    {
      no: "A", indikator: "B", target: "C", target_tw1: "D", target_tw2: "E", target_tw3: "F", target_tw4: "G", program: "H", anggaran: "I",
      anggaran_tw1: "J", anggaran_tw2: "K", anggaran_tw3: "L", anggaran_tw4: "M", penanggung_jawab: "N",
    },
  ],
  [
    "a long kop with LAMPIRAN lines, Uraian, Pagu Indikatif and Pelaksana",
    grid([
      ["LAMPIRAN II"],
      ["PERATURAN BUPATI"],
      ["RENCANA AKSI KINERJA"],
      ["BADAN PERENCANAAN PEMBANGUNAN DAERAH"],
      ["TAHUN 2025"],
      [],
      ["No", "Uraian", "Indikator", "Target", "Pagu Indikatif (Rp)", "Pelaksana"],
      ["1", "2", "3", "4", "5", "6"],
      ["1", "PROGRAM PERENCANAAN", "Dokumen RKPD", "1 Dokumen", "250.000.000", "Bidang PEP"],
    ]),
    { no: "A", program: "B", indikator: "C", target: "D", anggaran: "E", penanggung_jawab: "F" },
  ],
  [
    "a DPA-like sheet: kode rekening first, anggaran per TW without a parent after the anggaran",
    grid([
      ["Kode Rekening", "Program / Kegiatan / Sub Kegiatan", "Indikator Kinerja", "Target", "Satuan", "Anggaran (Rp)", "TW I", "TW II", "TW III", "TW IV"],
      ["2.17.02", "PROGRAM PENGAWASAN KOPERASI", "Persentase koperasi patuh", "40", "%", "200.000.000", "50.000.000", "50.000.000", "50.000.000", "50.000.000"],
      ["2.17.02.2.01", "Pemeriksaan dan Pengawasan Koperasi", "Jumlah koperasi diperiksa", "20", "Unit", "200.000.000", "50.000.000", "50.000.000", "50.000.000", "50.000.000"],
    ]),
    { kode: "A", program: "B", indikator: "C", target: "D", satuan: "E", anggaran: "F", anggaran_tw1: "G", anggaran_tw2: "H", anggaran_tw3: "I", anggaran_tw4: "J" },
  ],
];

describe("layouts the seeds do not show", () => {
  it.each(CASES)("%s", (_name, sheet, expected) => {
    const layout = recognizeLayout(sheet);
    expect(layout.recognized).toBe(true);
    if (!layout.recognized) return;
    expect(layout.tables).toHaveLength(1);
    expect(letters(layout.tables[0].columns)).toEqual(expected);
  });
});
