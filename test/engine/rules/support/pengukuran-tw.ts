/**
 * A Pengukuran Kinerja per triwulan: indikator, satuan, target tahunan, target TW I–IV and
 * realisasi TW I–IV under their parents (two header rows, the data from row 3). Cells are typed as
 * staff type them ("1 Laporan", "-", "25%").
 */
import { sheet, type RawValue } from "../../../support/grid-builder";

export type TwRow = [indikator: string, satuan: string, target: RawValue, targets: RawValue[], realisasi: RawValue[]];

export function pengukuranTw(rows: TwRow[], realisasiParent = "Realisasi") {
  return sheet(
    [
      ["No", "Indikator Kinerja", "Satuan", "Target Tahunan", "Target", "", "", "", realisasiParent, "", "", ""],
      ["", "", "", "", "TW I", "TW II", "TW III", "TW IV", "TW I", "TW II", "TW III", "TW IV"],
      ...rows.map(([indikator, satuan, target, targets, realisasi], i) => [i + 1, indikator, satuan, target, ...targets, ...realisasi]),
    ],
    { merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:H1", "I1:L1"] },
  );
}
