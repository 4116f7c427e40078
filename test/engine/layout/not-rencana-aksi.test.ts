import { recognizeLayout } from "../../../src/engine/layout";
import { sheet } from "../../support/grid-builder";

describe("sheets that are not a Rencana Aksi or Pengukuran Kinerja", () => {
  it("a kop and a letter: no header", () => {
    const grid = sheet([
      ["PEMERINTAH KABUPATEN NGANJUK"],
      ["DINAS KOPERASI DAN USAHA MIKRO"],
      ["Jalan Dermojoyo No. 45 Nganjuk 64418"],
      [],
      ["Menimbang : a. bahwa untuk memberikan panduan dalam upaya penguatan akuntabilitas kinerja secara terpadu dan terarah, perlu disusun rencana aksi pencapaian kinerja;"],
      ["MEMUTUSKAN :"],
      ["Ditetapkan di Nganjuk"],
      ["NIP. 196310151989031016"],
    ]);
    const layout = recognizeLayout(grid);
    expect(layout).toMatchObject({ recognized: false, tables: [], reason: { code: "NO_HEADER" } });
  });

  it("a price list: no header, and says which header words it did see", () => {
    const grid = sheet([
      ["DAFTAR HARGA ALAT TULIS KANTOR 2022"],
      ["No", "Nama Barang", "Satuan", "Harga Satuan (Rp)", "Jumlah"],
      [1, "Kertas HVS A4", "Rim", 55000, 10],
      [2, "Tinta printer", "Botol", 85000, 4],
    ]);
    const layout = recognizeLayout(grid);
    expect(layout.recognized).toBe(false);
    expect(layout.reason?.code).toBe("NO_HEADER");
    expect(layout.reason?.found).toEqual(expect.arrayContaining(["No", "Satuan"]));
  });

  it("a header without an indikator or program: too few roles, listing what it found", () => {
    const grid = sheet([
      ["No", "Sasaran", "Satuan", "Keterangan"],
      [1, "Meningkatnya kepuasan masyarakat", "Persen", "-"],
    ]);
    const layout = recognizeLayout(grid);
    expect(layout.recognized).toBe(false);
    expect(layout.reason).toEqual({ code: "TOO_FEW_ROLES", found: ["no", "sasaran", "satuan", "keterangan"], missing: ["indikator/program", "target/realisasi/capaian/anggaran"] });
  });

  it("numbers and SAKIP words without an indikator or program: names the roles found and the one missing", () => {
    const grid = sheet([
      ["REKAP CAPAIAN TRIWULAN III 2024"],
      ["No", "Satuan", "Target", "Realisasi", "Capaian (%)", "Keterangan"],
      [1, "Dokumen", "12", "9", "75,00", "-"],
      [2, "Persen", "100%", "96%", "96,00", "-"],
    ]);
    const layout = recognizeLayout(grid);
    expect(layout.recognized).toBe(false);
    expect(layout.reason).toEqual({ code: "TOO_FEW_ROLES", found: ["no", "satuan", "target", "realisasi", "capaian", "keterangan"], missing: ["indikator/program"] });
  });

  it("SAKIP words scattered without a header row: the words seen, and what a table would need", () => {
    const grid = sheet([
      ["NOTA DINAS"],
      ["Perihal : Target dan Realisasi Triwulan II"],
      ["Anggaran", "Rp 1.250.000.000"],
      ["Realisasi", "Rp 1.100.000.000"],
    ]);
    const layout = recognizeLayout(grid);
    expect(layout.reason?.code).toBe("NO_HEADER");
    expect(layout.reason?.found).toEqual(expect.arrayContaining(["Anggaran", "Realisasi"]));
    expect(layout.reason?.missing).toEqual(["indikator/program"]);
  });

  it("an empty sheet", () => {
    expect(recognizeLayout(sheet([[], [null, ""]]))).toEqual({ recognized: false, tables: [], reason: { code: "EMPTY_SHEET", found: [] } });
  });
});
