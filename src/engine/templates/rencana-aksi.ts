import { QUARTERS, type SheetSpec } from "../model";
import { CLOSING_COLUMNS, LEAD_COLUMNS, PROGRAM_COLUMNS, budgetCell, budgetTotal, indexes, leadCell } from "./common-columns";
import { resolveOptions, type TemplateOptions } from "./options";
import { buildFrame, type BodyRow, type TemplateColumn, type TemplateFrame } from "./table-frame";
import { TRIWULAN } from "./vocabulary";

export const RENCANA_AKSI_SHEET = "Rencana Aksi";

const TARGET_TW = QUARTERS.map((q) => `target_${q}`);
const ANGGARAN_TW = QUARTERS.map((q) => `anggaran_${q}`);

const COLUMNS: readonly TemplateColumn[] = [
  ...LEAD_COLUMNS,
  ...TRIWULAN.map((tw, i): TemplateColumn => ({ id: TARGET_TW[i], header: tw, parent: "Target per Triwulan", width: 8 })),
  ...PROGRAM_COLUMNS,
  { id: "anggaran", header: "Anggaran (Rp)", width: 16 },
  ...TRIWULAN.map((tw, i): TemplateColumn => ({ id: ANGGARAN_TW[i], header: tw, parent: "Anggaran per Triwulan (Rp)", width: 15 })),
  ...CLOSING_COLUMNS,
];

/**
 * Rencana Aksi per triwulan in the PermenPAN-RB 53/2014 layout. Staff type the quarterly
 * anggaran of each sub kegiatan (the anggaran kas split); its annual anggaran is their SUM, so
 * the two can never disagree, and kegiatan, program and Jumlah rows sum their children.
 * Targets stay typed: whether a series is cumulative or incremental is the indicator's nature.
 */
export function rencanaAksiFrame(options: TemplateOptions): TemplateFrame {
  const opts = resolveOptions(options);
  return buildFrame(RENCANA_AKSI_SHEET, opts, {
    title: "RENCANA AKSI KINERJA",
    columns: COLUMNS,
    totalLabelThrough: "program",
    body(column, col, row: BodyRow, at) {
      if (column.id === "anggaran") return budgetCell(col, row, indexes(at, ANGGARAN_TW));
      if (ANGGARAN_TW.includes(column.id)) return budgetCell(col, row);
      return leadCell(column, row);
    },
    total(column, col, _totalRow, programRows) {
      if (column.id === "anggaran" || ANGGARAN_TW.includes(column.id)) return budgetTotal(col, programRows);
      return null;
    },
  });
}

/** The Rencana Aksi triwulan template as a sheet description. */
export function rencanaAksiTemplate(options: TemplateOptions): SheetSpec {
  return rencanaAksiFrame(options).spec;
}
