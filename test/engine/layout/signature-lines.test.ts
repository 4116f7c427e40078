import { isSignatureText } from "../../../src/engine/layout";
import { recognizeLayout } from "../../../src/engine/layout";
import { sheet } from "../../support/grid-builder";

describe("lines of a signature block", () => {
  it.each([
    "Praya, Maret 2022",
    "Singaraja, 29 Oktober 2021",
    "Watampone,   Januari 2021",
    "Praya, ............ 2022",
    "……………………, …………………… 2024",
    "________, ________ 2025",
    "NIP. 19700101 199003 1 001",
    "NIP. ……………………",
    "NIP.",
    "Mengetahui,",
  ])("%j is a signature line", (text) => {
    expect(isSignatureText(text)).toBe(true);
  });

  it.each(["Nipah sawit", "Jumlah koperasi, 2022 unit", "Kepala Dinas Koperasi dan UKM", "Laporan Triwulan, 4 Laporan"])("%j is not", (text) => {
    expect(isSignatureText(text)).toBe(false);
  });

  it("a form's blank signature (dots for place, date and NIP) ends the table above it", () => {
    const grid = sheet([
      ["No", "Indikator Kinerja", "Satuan", "Target", "TW I", "TW II", "TW III", "TW IV", "Program/Kegiatan", "Anggaran (Rp)", "Penanggung Jawab"],
      [1, "Jumlah koperasi sehat", "Unit", 30, 5, 10, 10, 5, "PROGRAM PENGAWASAN", 1000000, "Kepala Bidang"],
      [],
      [null, null, null, null, null, null, null, null, null, "……………………, …………………… 2024"],
      [null, null, null, null, null, null, null, null, null, "Kepala Dinas Koperasi dan UKM"],
      [],
      [null, null, null, null, null, null, null, null, null, "(……………………)"],
      [null, null, null, null, null, null, null, null, null, "NIP. ……………………"],
    ]);
    expect(recognizeLayout(grid).tables[0].lastDataRow).toBe(1);
  });
});
