import { recognizeLayout } from "../../../src/engine/layout";
import { col, row, sheet } from "../../support/grid-builder";
import { rolesByLetter } from "./support/roles-by-letter";

/**
 * The other tables staff keep beside the Rencana Aksi (DOMAIN.md "Other tables"), each as an agency
 * writes it: a kop, merged multi-row headers, amounts as typed text, a signature block.
 */
const SIGNATURE = [[], [null, null, null, null, "Praya, 10 Januari 2024"], [null, null, null, null, "Kepala Dinas"], [], [null, null, null, null, "NIP. 19700101 199003 1 001"]];

describe("LKjIP tables", () => {
  it("Anggaran (Rp) | Realisasi (Rp) | Capaian realisasi anggaran (%) beside target, realisasi and capaian per indikator", () => {
    const grid = sheet(
      [
        ["Tabel 3.5"],
        ["Realisasi Anggaran per Sasaran Strategis Dinas Koperasi dan UKM Tahun 2023"],
        [],
        ["No", "Sasaran Strategis", "Indikator Kinerja", "Kinerja", null, null, "Program", "Anggaran", null, null],
        [null, null, null, "Target", "Realisasi", "Capaian (%)", null, "Anggaran (Rp)", "Realisasi (Rp)", "Capaian realisasi anggaran (%)"],
        [1, "Meningkatnya daya saing UMKM", "Persentase UMKM naik kelas", "5%", "5,5%", "110,00", "Program Pemberdayaan Usaha Menengah, Usaha Kecil, dan Usaha Mikro (UMKM)", "1.250.000.000", "1.187.500.000", "95,00"],
        [2, "Meningkatnya kualitas kelembagaan koperasi", "Persentase koperasi aktif", "60%", "58%", "96,67", "Program Pengawasan dan Pemeriksaan Koperasi", "450.000.000", "432.150.000", "96,03"],
        [null, "Jumlah", null, null, null, null, null, "1.700.000.000", "1.619.650.000", "95,27"],
        ...SIGNATURE,
      ],
      { merges: ["A4:A5", "B4:B5", "C4:C5", "D4:F4", "G4:G5", "H4:J4"] },
    );
    const [table] = recognizeLayout(grid).tables;
    expect(rolesByLetter(table)).toEqual({
      A: "no", B: "sasaran", C: "indikator", D: "target", E: "realisasi", F: "capaian", G: "program", H: "anggaran", I: "realisasi_anggaran", J: "serapan",
    });
    expect(table.kind).toBe("annual");
    expect([table.firstDataRow, table.lastDataRow]).toEqual([row(6), row(8)]);
  });

  it("bare Anggaran | Realisasi | %: the realisasi beside the anggaran is the realised budget", () => {
    const grid = sheet([
      ["PENGUKURAN KINERJA TAHUN 2023"],
      ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian", "Program", "Anggaran", "Realisasi", "%"],
      [1, "Indeks Kepuasan Masyarakat", 80, 82, "102,50", "Program Pelayanan Publik", "250.000.000", "241.300.000", "96,52"],
      [2, "Persentase pengaduan ditindaklanjuti", "100%", "100%", "100,00", "Program Pengelolaan Pengaduan", "75.000.000", "73.125.000", "97,50"],
    ]);
    const [table] = recognizeLayout(grid).tables;
    expect(rolesByLetter(table)).toEqual({ A: "no", B: "indikator", C: "target", D: "realisasi", E: "capaian", F: "program", G: "anggaran", H: "realisasi_anggaran", I: "serapan" });
    expect(table.headers.find((h) => h.col === col("H"))?.source).toBe("neighbour");
  });

  it("a Realisasi holding rupiah amounts is the realised budget, read from its cells", () => {
    const grid = sheet([
      ["No", "Program/Kegiatan", "Indikator", "Target", "Pagu", "Capaian Kinerja", "Realisasi"],
      [1, "Program Penunjang Urusan Pemerintahan Daerah", "Nilai SAKIP", "B", "Rp. 2.450.000.000,-", "100", "Rp. 2.301.450.000,-"],
      [2, "Administrasi Keuangan Perangkat Daerah", "Laporan keuangan tepat waktu", "12 Laporan", "Rp. 1.900.000.000,-", "100", "Rp. 1.875.000.000,-"],
      [3, "Administrasi Umum Perangkat Daerah", "Cakupan layanan umum", "100%", "Rp. 550.000.000,-", "95", "Rp. 426.450.000,-"],
    ]);
    const [table] = recognizeLayout(grid).tables;
    expect(rolesByLetter(table)).toMatchObject({ E: "anggaran", F: "capaian", G: "realisasi_anggaran" });
    expect(table.headers.find((h) => h.col === col("G"))?.source).toBe("content");
  });
});

describe("cells that contradict the header", () => {
  it("'Sumber Dana' holding APBD, DAK is not an anggaran; the Pagu beside it is", () => {
    const grid = sheet([
      ["RENCANA AKSI TAHUN 2025"],
      ["No", "Indikator Kinerja", "Target", "Program/Kegiatan", "Pagu (Rp)", "Sumber Dana", "Penanggung Jawab"],
      [1, "Persentase jalan mantap", "85%", "Program Penyelenggaraan Jalan", "12.500.000.000", "DAK Fisik", "Bidang Bina Marga"],
      [2, "Jumlah jembatan dibangun", "3 Unit", "Pembangunan Jembatan", "4.250.000.000", "APBD", "Bidang Bina Marga"],
    ]);
    const [table] = recognizeLayout(grid).tables;
    expect(rolesByLetter(table)).toEqual({ A: "no", B: "indikator", C: "target", D: "program", E: "anggaran", F: "-", G: "penanggung_jawab" });
  });
});

describe("realisasi per triwulan read from its cells", () => {
  it("Realisasi over TW I–IV holding rupiah amounts (TW III and IV not yet filled) is the realised budget per triwulan", () => {
    const grid = sheet(
      [
        ["LAPORAN REALISASI TRIWULAN II TAHUN 2024"],
        ["No", "Program/Kegiatan", "Indikator", "Target", "Anggaran", "Realisasi", null, null, null],
        [null, null, null, null, null, "TW I", "TW II", "TW III", "TW IV"],
        [1, "Program Penunjang Urusan Pemerintahan Daerah", "Nilai SAKIP", "B", "2.450.000.000", "512.300.000", "601.250.000", null, null],
        [2, "Administrasi Keuangan Perangkat Daerah", "Laporan keuangan", "12 Laporan", "1.900.000.000", "455.000.000", "470.125.000", null, null],
      ],
      { merges: ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:I2"] },
    );
    const [table] = recognizeLayout(grid).tables;
    expect(rolesByLetter(table)).toEqual({
      A: "no", B: "program", C: "indikator", D: "target", E: "anggaran",
      F: "realisasi_anggaran_tw1", G: "realisasi_anggaran_tw2", H: "realisasi_anggaran_tw3", I: "realisasi_anggaran_tw4",
    });
    expect(table.headers.find((h) => h.col === col("F"))?.source).toBe("content");
  });
});

describe("an indicator measured in rupiah", () => {
  it("Nilai investasi with satuan Rupiah keeps its realisasi as realisasi kinerja", () => {
    const grid = sheet(
      [
        ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", null, null, null],
        [null, null, null, null, "TW I", "TW II", "TW III", "TW IV"],
        [1, "Nilai investasi yang terealisasi", "Rupiah", "248.710.000.000", "70.000.000.000", "120.000.000.000", null, null],
        [2, "Nilai ekspor daerah", "Rupiah", "1.250.000.000", "300.000.000", "640.000.000", null, null],
      ],
      { merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:H1"] },
    );
    const [table] = recognizeLayout(grid).tables;
    expect(rolesByLetter(table)).toMatchObject({ E: "realisasi_tw1", F: "realisasi_tw2", G: "realisasi_tw3", H: "realisasi_tw4" });
  });
});

describe("Renstra matrices", () => {
  it("target and Rp per year under merged year headers, kondisi akhir, a column-number row", () => {
    const years = ["Tahun 2025", "Tahun 2026", "Tahun 2027", "Tahun 2028", "Tahun 2029"];
    const grid = sheet(
      [
        ["Tabel 6.1"],
        ["RENCANA PROGRAM, KEGIATAN, DAN PENDANAAN DINAS LINGKUNGAN HIDUP KABUPATEN CONTOH TAHUN 2025–2029"],
        [],
        ["Tujuan", "Sasaran", "Kode", "Program dan Kegiatan", "Indikator Kinerja Tujuan, Sasaran, Program (outcome) dan Kegiatan (output)", "Data Capaian pada Tahun Awal Perencanaan", "Target Kinerja Program dan Kerangka Pendanaan", ...Array(11).fill(null), "Unit Kerja Perangkat Daerah Penanggung Jawab", "Lokasi"],
        [null, null, null, null, null, null, ...years.flatMap((y) => [y, null]), "Kondisi Kinerja pada Akhir Periode Renstra Perangkat Daerah", null, null, null],
        [null, null, null, null, null, null, ...Array(6).fill(["Target", "Rp"]).flat(), null, null],
        [1, 2, 3, 4, 5, 6, 7, null, 8, null, 9, null, 10, null, 11, null, 12, null, 13, 14],
        ["Meningkatnya kualitas lingkungan hidup", null, null, null, "Indeks Kualitas Lingkungan Hidup", "68,20", "68,50", null, "68,80", null, "69,10", null, "69,40", null, "69,70", null, "69,70", null, "DLH", "Kab. Contoh"],
        [null, "Meningkatnya pengelolaan sampah", "2.11.03", "PROGRAM PENGELOLAAN PERSAMPAHAN", "Persentase sampah tertangani", "62%", "65%", "2.500.000.000", "68%", "2.750.000.000", "71%", "3.000.000.000", "74%", "3.250.000.000", "77%", "3.500.000.000", "77%", "15.000.000.000", "Bidang Persampahan", "Kab. Contoh"],
        [null, null, "2.11.03.2.01", "Pengelolaan Sampah", "Jumlah TPS 3R yang beroperasi", "4 Unit", "5 Unit", "2.500.000.000", "6 Unit", "2.750.000.000", "7 Unit", "3.000.000.000", "8 Unit", "3.250.000.000", "9 Unit", "3.500.000.000", "9 Unit", "15.000.000.000", "Bidang Persampahan", "Kab. Contoh"],
        ...SIGNATURE,
      ],
      { merges: ["A4:A6", "B4:B6", "C4:C6", "D4:D6", "E4:E6", "F4:F6", "G4:R4", "G5:H5", "I5:J5", "K5:L5", "M5:N5", "O5:P5", "Q5:R5", "S4:S6", "T4:T6", "G7:H7", "I7:J7", "K7:L7", "M7:N7", "O7:P7", "Q7:R7"] },
    );
    const [table] = recognizeLayout(grid).tables;
    expect(rolesByLetter(table)).toEqual({
      A: "sasaran", B: "sasaran", C: "kode", D: "program", E: "indikator", F: "baseline",
      G: "target_y2025", H: "anggaran_y2025", I: "target_y2026", J: "anggaran_y2026", K: "target_y2027", L: "anggaran_y2027",
      M: "target_y2028", N: "anggaran_y2028", O: "target_y2029", P: "anggaran_y2029", Q: "target", R: "anggaran",
      S: "penanggung_jawab", T: "lokasi",
    });
    expect(table.kind).toBe("wide-yearly");
    expect(table.columnNumberRow).toBe(row(7));
    expect(table.columnNumbers?.[col("Q")]).toEqual({ n: 12, part: 0, parts: 2 });
    expect([table.firstDataRow, table.lastDataRow]).toEqual([row(8), row(10)]);
    expect(table.headers.find((h) => h.col === col("F"))?.unchecked).toBe(true);
  });
});

describe("headers written once and not merged (sloppy sheets)", () => {
  it("a year over Target | Rp, a TW over K | Rp: the parent text left of an empty cell heads both", () => {
    const grid = sheet([
      ["RENCANA PROGRAM DAN PENDANAAN 2021-2023"],
      [],
      ["Kode", "Program dan Kegiatan", "Indikator Kinerja", "Tahun 2021", null, "Tahun 2022", null, "Kondisi Kinerja pada Akhir Periode", null, "Penanggung Jawab"],
      [null, null, null, "Target", "Rp", "Target", "Rp", "Target", "Rp", null],
      ["5.03.01", "PROGRAM PENUNJANG", "Persentase dokumen tepat waktu", "100%", "7.742.388.142", "100%", "8.517.267.832", "100%", "16.259.655.974", "BKPSDM"],
      ["5.03.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja", "Jumlah dokumen", "24 Dokumen", "60.535.000", "26 Dokumen", "80.500.000", "26 Dokumen", "141.035.000", "BKPSDM"],
    ]);
    const [table] = recognizeLayout(grid).tables;
    expect(rolesByLetter(table)).toEqual({
      A: "kode", B: "program", C: "indikator", D: "target_y2021", E: "anggaran_y2021", F: "target_y2022", G: "anggaran_y2022", H: "target", I: "anggaran", J: "penanggung_jawab",
    });
  });
});

describe("one year over the measures", () => {
  it("Tahun 2024 over Target | Realisasi | Capaian is the year of the sheet, not a series of one", () => {
    const grid = sheet(
      [
        ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Tahun 2024", null, null],
        [null, null, null, null, "Target", "Realisasi", "Capaian (%)"],
        [1, "Meningkatnya kualitas pelayanan", "Indeks Kepuasan Masyarakat", "Indeks", "82", "84,5", "103,05"],
      ],
      { merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:G1"] },
    );
    const [table] = recognizeLayout(grid).tables;
    expect(rolesByLetter(table)).toEqual({ A: "no", B: "sasaran", C: "indikator", D: "satuan", E: "target", F: "realisasi", G: "capaian" });
    expect(table.kind).toBe("annual");
  });
});

describe("e-SAKIP / e-TPP exports", () => {
  it("one snake_case header row, numbers stored as text", () => {
    const header = ["no", "kode", "sasaran", "indikator", "satuan", "target_tahunan", "target_tw1", "target_tw2", "target_tw3", "target_tw4", "realisasi_tw1", "realisasi_tw2", "realisasi_tw3", "realisasi_tw4", "capaian_tw1", "capaian_tw2", "capaian_tw3", "capaian_tw4", "pagu", "anggaran_tw1", "anggaran_tw2", "anggaran_tw3", "anggaran_tw4", "realisasi_anggaran", "pj"];
    const grid = sheet([
      header,
      ["1", "4.01.01", "Meningkatnya akuntabilitas kinerja", "Nilai SAKIP", "Nilai", "70", "-", "-", "-", "70", "-", "-", "-", "", "-", "-", "-", "", "150000000", "37500000", "37500000", "37500000", "37500000", "112500000", "Bagian Organisasi"],
      ["2", "4.01.01.2.01", "Meningkatnya akuntabilitas kinerja", "Jumlah dokumen perencanaan", "Dokumen", "4", "1", "2", "3", "4", "1", "2", "3", "", "100", "100", "100", "", "50000000", "12500000", "12500000", "12500000", "12500000", "37500000", "Subbag Program"],
    ]);
    const [table] = recognizeLayout(grid).tables;
    const expected = Object.fromEntries(header.map((h, i) => [String.fromCharCode(65 + i), { no: "no", pagu: "anggaran", pj: "penanggung_jawab", target_tahunan: "target" }[h] ?? h]));
    expect(rolesByLetter(table)).toEqual(expected);
    expect(table.kind).toBe("wide-quarterly");
    expect([table.firstDataRow, table.lastDataRow]).toEqual([1, 2]);
  });
});

describe("long realisasi lists", () => {
  it.each([
    ["TW 1 (B03)", "TW 2 (B06)", "TW 3 (B09)", "TW 4 (B12)"],
    ["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"],
    ["I", "II", "III", "IV"],
  ])("a Triwulan column (%s …) with Target | Realisasi Kinerja | % under Kriteria Keberhasilan Sasaran", (...labels) => {
    const rows = [
      ["LAPORAN REALISASI RENCANA AKSI TAHUN 2024"],
      ["BAGIAN PEREKONOMIAN SETDA"],
      [],
      ["No", "Sasaran", "Indikator Kinerja", "Rencana Aksi", "Triwulan", "Kriteria Keberhasilan Sasaran", null, null, "Penanggung Jawab"],
      [null, null, null, null, null, "Target", "Realisasi Kinerja", "%", null],
      ...labels.map((l, i) => [i === 0 ? 1 : null, i === 0 ? "Meningkatnya stabilitas harga" : null, i === 0 ? "Koefisien variasi harga" : null, "Pemantauan harga bahan pokok", l, `${(i + 1) * 25}%`, `${(i + 1) * 24}%`, String((i + 1) * 24 * 4 / (i + 1) / 1), "Kasubbag Perekonomian"]),
    ];
    const grid = sheet(rows, { merges: ["A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:E5", "F4:H4", "I4:I5", "A6:A9", "B6:B9", "C6:C9"] });
    const [table] = recognizeLayout(grid).tables;
    expect(rolesByLetter(table)).toEqual({ A: "no", B: "sasaran", C: "indikator", D: "program", E: "periode", F: "target_periode", G: "realisasi_periode", H: "capaian_periode", I: "penanggung_jawab" });
    expect(table.kind).toBe("long");
    expect([table.firstDataRow, table.lastDataRow]).toEqual([row(6), row(9)]);
  });
});

describe("monthly budget realisation", () => {
  it("months 1–12 under Realisasi Anggaran (Rp), then Jumlah and Realisasi (%)", () => {
    const months = Array.from({ length: 12 }, (_, i) => i + 1);
    const amounts = (base: number) => months.map((m) => (base * m).toLocaleString("id-ID"));
    const grid = sheet(
      [
        ["LAPORAN REALISASI ANGGARAN BULANAN TAHUN ANGGARAN 2024"],
        ["DINAS PERHUBUNGAN"],
        [],
        ["No", "Program/Kegiatan/Sub Kegiatan", "Pagu Anggaran (Rp)", "Realisasi Anggaran (Rp)", ...Array(12).fill(null), "Realisasi (%)"],
        [null, null, null, ...months, "Jumlah", null],
        [1, "Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan", "1.200.000.000", ...amounts(10_000_000), "780.000.000", "65,00"],
        [2, "Penyediaan Perlengkapan Jalan", "800.000.000", ...amounts(5_000_000), "390.000.000", "48,75"],
      ],
      { merges: ["A4:A5", "B4:B5", "C4:C5", "D4:P4", "Q4:Q5"] },
    );
    const [table] = recognizeLayout(grid).tables;
    expect(rolesByLetter(table)).toEqual({
      A: "no", B: "program", C: "anggaran",
      ...Object.fromEntries(months.map((m) => [String.fromCharCode(67 + m), `realisasi_anggaran_b${m}`])),
      P: "realisasi_anggaran", Q: "serapan",
    });
    expect(table.kind).toBe("wide-monthly");
    expect([table.firstDataRow, table.lastDataRow]).toEqual([row(6), row(7)]);
  });
});

describe("cumulative budget columns", () => {
  it("s.d. Triwulan … over realisasi anggaran: recorded as running totals", () => {
    const grid = sheet(
      [
        ["REALISASI FISIK DAN KEUANGAN TRIWULAN IV TAHUN 2024"],
        ["No", "Program/Kegiatan", "Indikator", "Target", "Anggaran (Rp)", "Realisasi Anggaran", null, null, null],
        [null, null, null, null, null, "TW I", "s.d. Triwulan II", "s/d TW III", "Sampai dengan TW IV"],
        [1, "Program Penunjang", "Nilai SAKIP", "B", "1.000.000.000", "200.000.000", "450.000.000", "700.000.000", "960.000.000"],
        [2, "Administrasi Umum", "Cakupan layanan", "100%", "400.000.000", "80.000.000", "180.000.000", "290.000.000", "385.000.000"],
      ],
      { merges: ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:I2"] },
    );
    const [table] = recognizeLayout(grid).tables;
    expect(rolesByLetter(table)).toEqual({
      A: "no", B: "program", C: "indikator", D: "target", E: "anggaran",
      F: "realisasi_anggaran_tw1", G: "realisasi_anggaran_tw2", H: "realisasi_anggaran_tw3", I: "realisasi_anggaran_tw4",
    });
    expect(table.cumulative).toEqual([col("F"), col("G"), col("H"), col("I")]);
  });

  it("per-quarter amounts are not cumulative", () => {
    const grid = sheet([
      ["No", "Program/Kegiatan", "Indikator", "Anggaran", "Realisasi Anggaran TW I", "Realisasi Anggaran TW II"],
      [1, "Program Penunjang", "Nilai SAKIP", "1.000.000.000", "200.000.000", "250.000.000"],
    ]);
    expect(recognizeLayout(grid).tables[0].cumulative).toBeUndefined();
  });
});
