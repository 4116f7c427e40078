import { analyzeSheet } from "../../../src/engine/analyze";
import { rowsRead, sakipDocumentOf } from "../../../src/engine/document";
import { sheet, type RawValue } from "../../support/grid-builder";

const header = ["No", "Indikator Kinerja", "Satuan", "Target", "TW I", "TW II", "TW III", "TW IV"];
const rows = [
  [1, "Jumlah koperasi sehat", "Unit", 40, 10, 20, 30, 40],
  [2, "Persentase UMKM naik kelas", "%", 20, 5, 10, 15, 20],
];
const plan = (kop: string[], head = header, body: RawValue[][] = rows) => analyzeSheet(sheet([...kop.map((line) => [line]), [], head, ...body]));

describe("the kop names the OPD, the year and the document", () => {
  it.each([
    [["PEMERINTAH KABUPATEN BONE", "RENCANA AKSI DINAS KOPERASI DAN UKM", "TAHUN 2024"], "DINAS KOPERASI DAN UKM", 2024],
    [["RENCANA AKSI KINERJA DINAS KOPERASI KABUPATEN LOMBOK TENGAH TAHUN 2022"], "DINAS KOPERASI KABUPATEN LOMBOK TENGAH", 2022],
    [["RENCANA AKSI TAHUN 2023", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA"], "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA", 2023],
    [["Rencana Aksi 2021", "Inspektorat Daerah Kota Tangerang"], "Inspektorat Daerah Kota Tangerang", 2021],
    [["RENCANA AKSI BPKAD KABUPATEN SUMEDANG TAHUN 2025"], "BPKAD KABUPATEN SUMEDANG", 2025],
  ])("%j → %s, %d", (kop, instansi, tahun) => {
    const a = plan(kop);
    expect(a.kop).toMatchObject({ instansi, tahun });
    expect(sakipDocumentOf(a)).toBe("rencana-aksi");
  });

  it("says nothing of an OPD the kop does not name", () => {
    expect(plan(["RENCANA AKSI TAHUN 2024"]).kop?.instansi).toBeUndefined();
  });

  it("reads the Permendagri 86 form by its title, whatever its columns", () => {
    const a = plan(["EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH", "DINAS PERHUBUNGAN KOTA BANJARMASIN", "TAHUN 2023"], [...header, "Realisasi TW I"], rows.map((r) => [...r, 9]));
    expect(sakipDocumentOf(a)).toBe("evaluasi-renja");
  });

  it("tells a Pengukuran Kinerja from a Rencana Aksi by its realisasi", () => {
    const a = plan(["PENGUKURAN KINERJA DINAS SOSIAL TAHUN 2024"], ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"], [
      [1, "Jumlah PMKS tertangani", "Orang", 100, 90, 0.9],
    ]);
    expect(sakipDocumentOf(a)).toBe("pengukuran-kinerja");
  });

  it("counts the data rows read, not the kop or the header", () => {
    expect(rowsRead(plan(["RENCANA AKSI DINAS KOPERASI TAHUN 2024"]))).toBe(2);
  });

  it("calls a sheet it did not recognise so", () => {
    const a = analyzeSheet(sheet([["Daftar harga ATK"], ["Kertas", 50000]]));
    expect(sakipDocumentOf(a)).toBe("tidak-dikenali");
    expect(rowsRead(a)).toBe(0);
  });
});
