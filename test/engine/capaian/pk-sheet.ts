/**
 * A wide Pengukuran Kinerja sheet as agencies keep it: kop, a two-row header with each triwulan
 * merged over Target | Realisasi | Capaian (%), a Polaritas column, then the annual realisasi and
 * capaian. Rows are written the way a person types them (Indonesian numbers, `%` signs, dashes).
 */
import { sheet, type RawValue, type SheetOptions } from "../../support/grid-builder";
import type { Grid } from "../../../src/engine/model";

type Triple = [target: RawValue, realisasi: RawValue, capaian: RawValue];

export interface PkRow {
  indikator: string;
  satuan?: string;
  polaritas?: string;
  target?: RawValue;
  /** Target, realisasi, capaian per triwulan; missing triwulan are left blank. */
  tw?: Triple[];
  realisasi?: RawValue;
  capaian?: RawValue;
}

/** First data row as Excel numbers it: kop (1), blank (2), header (3–4). */
export const FIRST_ROW = 5;

/** Column letters of the capaian cells, for the findings' addresses. */
export const CAPAIAN_COLUMN = { tw1: "H", tw2: "K", tw3: "N", tw4: "Q", annual: "S" } as const;

export function pkSheet(rows: PkRow[], options: SheetOptions = {}): Grid {
  const twHeader = ["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"].flatMap((t) => [t, null, null]);
  const twChildren = [1, 2, 3, 4].flatMap(() => ["Target", "Realisasi", "Capaian (%)"]);
  return sheet(
    [
      ["PENGUKURAN KINERJA DINAS KOPERASI DAN UKM TAHUN 2023"],
      [],
      ["No", "Indikator Kinerja", "Satuan", "Polaritas", "Target", ...twHeader, "Realisasi", "Capaian (%)"],
      [null, null, null, null, null, ...twChildren, null, null],
      ...rows.map((r, i) => {
        const tw = [0, 1, 2, 3].flatMap((q) => r.tw?.[q] ?? [null, null, null]);
        return [i + 1, r.indikator, r.satuan ?? "", r.polaritas ?? "", r.target ?? null, ...tw, r.realisasi ?? null, r.capaian ?? null];
      }),
    ],
    { ...options, merges: ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:H3", "I3:K3", "L3:N3", "O3:Q3", "R3:R4", "S3:S4", ...(options.merges ?? [])] },
  );
}
