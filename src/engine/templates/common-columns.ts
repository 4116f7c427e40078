import type { SpecCell } from "../model";
import { rowSumFormula, sumFormula } from "./formulas";
import { FORMATS } from "./styles";
import type { BodyRow, ColumnIndex, TemplateColumn } from "./table-frame";
import { POLARITAS_LIST, SATUAN_LIST } from "./vocabulary";

type Cell = Omit<SpecCell, "row" | "col">;

/** The columns every template opens with: No, Sasaran, Indikator, Satuan, Polaritas, Target. */
export const LEAD_COLUMNS: readonly TemplateColumn[] = [
  { id: "no", header: "No", width: 5 },
  { id: "sasaran", header: "Sasaran Strategis", width: 24 },
  { id: "indikator", header: "Indikator Kinerja", width: 32 },
  { id: "satuan", header: "Satuan", width: 11, list: SATUAN_LIST },
  { id: "polaritas", header: "Polaritas", width: 10, list: POLARITAS_LIST },
  { id: "target", header: "Target Tahunan", width: 10 },
];

/** Kode and Program/Kegiatan/Sub Kegiatan. */
export const PROGRAM_COLUMNS: readonly TemplateColumn[] = [
  { id: "kode", header: "Kode", width: 16 },
  { id: "program", header: "Program/Kegiatan/Sub Kegiatan", width: 34 },
];

export const CLOSING_COLUMNS: readonly TemplateColumn[] = [
  { id: "penanggung_jawab", header: "Penanggung Jawab", width: 20 },
  { id: "keterangan", header: "Keterangan", width: 14 },
];

/** A cell staff type text into. */
export function input(): Cell {
  return { style: "input" };
}

/** A cell staff type a number (or a dash) into: right-aligned so `-` lines up with the amounts. */
export function numberInput(format?: string): Cell {
  return format ? { style: "number", format } : { style: "number" };
}

/** Sasaran rows carry the sasaran and its indicator; they have no program or anggaran. */
export function leadCell(column: TemplateColumn, row: BodyRow): Cell | null {
  switch (column.id) {
    case "no":
      return row.kind === "sasaran" ? { value: row.block + 1, style: "number" } : { style: "number" };
    case "sasaran":
      return row.kind === "sasaran" ? input() : { style: "text" };
    case "kode":
    case "program":
      if (row.kind === "sasaran") return { style: "text" };
      return row.kind === "program" ? { style: "label" } : input();
    default:
      return /^(target|realisasi)(_|$)/.test(column.id) ? numberInput() : input();
  }
}

/**
 * A budget column: sub kegiatan rows are typed (or summed over their periods when `periodCols`
 * is given), kegiatan and program rows sum their children, sasaran rows stay empty.
 */
export function budgetCell(col: number, row: BodyRow, periodCols?: readonly number[]): Cell | null {
  if (row.kind === "sasaran") return { style: "text" };
  if (row.kind !== "subkegiatan") return { formula: sumFormula(col, row.children), value: 0, format: FORMATS.rupiah, style: row.kind === "program" ? "label" : "rupiah" };
  if (periodCols && periodCols.length > 0) {
    return { formula: rowSumFormula(row.row, periodCols[0], periodCols[periodCols.length - 1]), value: 0, format: FORMATS.rupiah, style: "rupiah" };
  }
  return { style: "rupiah", format: FORMATS.rupiah };
}

/** A budget column's cell in the Jumlah row: the sum of the programs. */
export function budgetTotal(col: number, programRows: number[]): Cell {
  return { formula: sumFormula(col, programRows), value: 0, format: FORMATS.rupiah, style: "total" };
}

/** Columns `ids` resolved to indexes. */
export function indexes(at: ColumnIndex, ids: readonly string[]): number[] {
  return ids.map(at);
}
