/**
 * A Rencana Aksi sheet shaped like the Lombok Tengah 2022 seed, built in the fake Excel:
 * a kop, a two-row header with merged groups ("Rencana Aksi per Triwulan" twice: targets and
 * anggaran), a column-number row, data rows with English-style thousands as display text,
 * a repeated page header inside the table (hidden, as people do), and a Jumlah row with a SUM.
 * The table starts at B2, so absolute coordinates are exercised.
 */
import { toA1 } from "../../src/engine/model";
import type { FakeExcel, FakeSheet } from "./fake-excel";

export const SHEET = "RA 2022";

const INDICATORS = [
  ["Jumlah koperasi yang mendapatkan izin usaha simpan pinjam", "Unit", 30, "PROGRAM PELAYANAN IZIN USAHA SIMPAN PINJAM", 32535393, [2944920, 27677973, 1912500, 0]],
  ["Persentase koperasi yang patuh perundang-undangan", "Persen", 0.43, "PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI", 201761056, [2849164, 117799392, 81112500, 0]],
  ["Laporan tingkat kesehatan KSP/USP", "Dokumen", 1, "PROGRAM PENILAIAN KESEHATAN KSP/USP KOPERASI", 39677024, [10686962, 19315000, 9675062, 0]],
] as const;

const HEADER_TOP = 1; // row 2
const LEFT = 1; // column B
export const FIRST_DATA_ROW = 4; // row 5, after two header rows and the column numbers

const en = (n: number) => n.toLocaleString("en-US");

/** Builds the sheet with `dataRows` indicator rows (the three seed rows repeated). */
export function lombokSheet(excel: FakeExcel, dataRows: number, name = SHEET): FakeSheet {
  const s = excel.addSheet(name);
  const header1 = ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target Kinerja", "Rencana Aksi per Triwulan", "", "", "", "Program/ Kegiatan", "Anggaran APBD (Rp)", "Rencana Aksi per Triwulan", "", "", "", "Penanggung Jawab"];
  const header2 = ["", "", "", "", "", "I", "II", "III", "IV", "", "", "I", "II", "III", "IV", ""];
  s.put(toA1(HEADER_TOP, LEFT), [header1, header2, header1.map((_, i) => i + 1)]);
  s.merges.push(
    { top: HEADER_TOP, left: LEFT + 5, bottom: HEADER_TOP, right: LEFT + 8 },
    { top: HEADER_TOP, left: LEFT + 11, bottom: HEADER_TOP, right: LEFT + 14 },
    { top: HEADER_TOP, left: LEFT, bottom: HEADER_TOP + 1, right: LEFT },
  );
  for (let i = 0; i < dataRows; i++) {
    const [indikator, satuan, target, program, anggaran, tw] = INDICATORS[i % INDICATORS.length];
    const row = FIRST_DATA_ROW + i;
    const cells: Array<string | number> = [i + 1, "Meningkatnya kualitas kelembagaan koperasi", indikator, satuan, target, "-", target, "-", "-", program, anggaran, ...tw, "Kepala Bidang Perizinan"];
    cells.forEach((v, c) => {
      const cell = s.ensure(row, LEFT + c);
      cell.value = v;
      if (typeof v === "number" && c >= 10 && c <= 14) {
        cell.numberFormat = "#,##0";
        cell.text = en(v);
      }
      if (c === 4 && satuan === "Persen") {
        cell.numberFormat = "0%";
        cell.text = `${Math.round(Number(v) * 100)}%`;
      }
    });
    if (String(program).startsWith("PROGRAM")) s.ensure(row, LEFT + 9).bold = true;
  }
  const total = FIRST_DATA_ROW + dataRows;
  const sum = s.ensure(total, LEFT + 10);
  sum.formula = `=SUM(${toA1(FIRST_DATA_ROW, LEFT + 10)}:${toA1(total - 1, LEFT + 10)})`;
  sum.value = 0;
  s.ensure(total, LEFT + 9).value = "Jumlah";
  return s;
}
