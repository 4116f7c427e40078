/**
 * A Rencana Aksi of any length, shaped like the Lombok Tengah 2022 seed: kop, a merged two-row
 * header with a column-number row, the header repeated every 40 rows (page breaks), programs →
 * kegiatan → sub kegiatan whose budgets add up, one wrong quarter every 500 rows, a third of
 * the amounts typed as Indonesian text, and a hidden row now and then.
 */
import type { Grid, GridCell, Merge } from "../src/engine/model";

const HEADER_1 = ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target Kinerja", "Rencana Aksi per Triwulan", null, null, null, "Program/Kegiatan", "Anggaran APBD (Rp)", "Rencana Aksi per Triwulan", null, null, null, "Penanggung Jawab"];
const HEADER_2 = [null, null, null, null, null, "I", "II", "III", "IV", null, null, "I", "II", "III", "IV", null];
/** A Pengukuran Kinerja's columns after the plan's: realisasi per triwulan, for the year, and capaian. */
const PK_HEADER_1 = ["Realisasi per Triwulan", null, null, null, "Realisasi", "Capaian (%)"];
const PK_HEADER_2 = ["I", "II", "III", "IV", null, null];
const PAGE_ROWS = 40;

/** Thousands grouped by hand: toLocaleString is slow enough to dominate building 50,000 rows. */
function grouped(n: number, separator: string): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

function cell(value: string | number | null): GridCell | null {
  if (value === null) return null;
  return typeof value === "number" ? { value, text: grouped(value, ","), format: "#,##0" } : { value, text: value };
}

/** Indonesian money text for a third of the amounts, numbers for the rest. */
function amount(n: number, i: number): string | number {
  return i % 3 === 0 ? `Rp. ${grouped(n, ".")},-` : n;
}

/**
 * `pengukuran`: the same rows as a Pengukuran Kinerja, with realisasi per triwulan (3, 3, 2, 3), the
 * year's realisasi (11) and its capaian typed as text ("91,67" of a target of 12), one in 50 typed wrong.
 */
export function syntheticSheet(dataRows: number, kind: "rencana-aksi" | "pengukuran" = "rencana-aksi"): Grid {
  const rows: Array<Array<GridCell | null>> = [];
  const merges: Merge[] = [];
  const hiddenRows: number[] = [];
  const pk = kind === "pengukuran";
  const header1 = pk ? [...HEADER_1, ...PK_HEADER_1] : HEADER_1;
  const header2 = pk ? [...HEADER_2, ...PK_HEADER_2] : HEADER_2;
  const header = () => {
    const top = rows.length;
    rows.push(header1.map(cell), header2.map(cell), header1.map((_, c) => cell(c + 1)));
    merges.push({ top, left: 5, bottom: top, right: 8 }, { top, left: 11, bottom: top, right: 14 });
    for (const c of [0, 1, 2, 3, 4, 9, 10, 15]) merges.push({ top, left: c, bottom: top + 1, right: c });
    if (pk) {
      merges.push({ top, left: 16, bottom: top, right: 19 });
      for (const c of [20, 21]) merges.push({ top, left: c, bottom: top + 1, right: c });
    }
  };
  rows.push([cell("RENCANA AKSI KINERJA DINAS KOPERASI DAN UKM KABUPATEN CONTOH")], [cell("TAHUN 2025")], []);
  header();
  let written = 0;
  let program = 0;
  while (written < dataRows) {
    program++;
    // A program with three kegiatan of three sub kegiatan each: 13 rows whose sums hold.
    const subs = Array.from({ length: 9 }, (_, s) => [1_250_000 * (s + 1), 2_000_000, 3_500_500 + s, 4_000_000 * ((s % 3) + 1)]);
    const kegiatan = [0, 1, 2].map((k) => [0, 1, 2, 3].map((q) => subs.slice(k * 3, k * 3 + 3).reduce((sum, s) => sum + s[q], 0)));
    const programQ = [0, 1, 2, 3].map((q) => kegiatan.reduce((sum, k) => sum + k[q], 0));
    const line = (label: string, quarters: number[], wrong = 0) => {
      if ((rows.length - 3) % PAGE_ROWS === 0) header();
      const annual = quarters.reduce((a, b) => a + b, 0) + wrong;
      const r = rows.length;
      const plan = [written + 1, "Meningkatnya kualitas kelembagaan koperasi", `Jumlah koperasi dibina ${written + 1}`, "Unit", 12, 3, 3, 3, 3, label, amount(annual, r), ...quarters.map((q, i) => amount(q, r + i)), "Kepala Bidang Kelembagaan"];
      rows.push((pk ? [...plan, 3, 3, 2, 3, 11, r % 50 === 0 ? "95" : "91,67"] : plan).map(cell));
      if (r % 97 === 0) hiddenRows.push(r);
      written++;
    };
    line(`PROGRAM PEMBERDAYAAN KOPERASI ${program}`, programQ);
    kegiatan.forEach((k, ki) => {
      line(`Kegiatan Pembinaan ${program}.${ki + 1}`, k);
      for (let s = 0; s < 3; s++) line(`Sub Kegiatan Pendataan ${program}.${ki + 1}.${s + 1}`, subs[ki * 3 + s], written % 500 === 7 ? 1_000 : 0);
    });
  }
  return { sheetName: "Renaksi", rows, merges, hiddenRows, hiddenCols: [] };
}
