import { MONTHS, type SheetSpec } from "../model";
import { CLOSING_COLUMNS, LEAD_COLUMNS, PROGRAM_COLUMNS, budgetCell, budgetTotal, leadCell } from "./common-columns";
import { resolveOptions, type TemplateOptions } from "./options";
import { buildFrame, type BodyRow, type TemplateColumn, type TemplateFrame } from "./table-frame";
import { BULAN } from "./vocabulary";

export const BULANAN_SHEET = "Rencana Aksi Bulanan";

const COLUMNS: readonly TemplateColumn[] = [
  ...LEAD_COLUMNS,
  ...MONTHS.map((m, i): TemplateColumn => ({ id: `target_${m}`, header: BULAN[i], parent: "Target Bulanan", width: 6 })),
  ...PROGRAM_COLUMNS,
  { id: "anggaran", header: "Anggaran (Rp)", width: 16 },
  ...CLOSING_COLUMNS,
];

/**
 * Rencana Aksi with twelve monthly targets (the Buleleng shape). The anggaran is annual only:
 * typed for each sub kegiatan (its DPA pagu), summed for kegiatan, program and Jumlah; a
 * monthly budget split would double the width of a sheet that must print on one page.
 */
export function bulananFrame(options: TemplateOptions): TemplateFrame {
  const opts = resolveOptions(options);
  return buildFrame(BULANAN_SHEET, opts, {
    title: "RENCANA AKSI KINERJA BULANAN",
    columns: COLUMNS,
    totalLabelThrough: "program",
    body(column, col, row: BodyRow) {
      if (column.id === "anggaran") return budgetCell(col, row);
      return leadCell(column, row);
    },
    total(column, col, _totalRow, programRows) {
      return column.id === "anggaran" ? budgetTotal(col, programRows) : null;
    },
  });
}

/** The monthly Rencana Aksi template as a sheet description. */
export function bulananTemplate(options: TemplateOptions): SheetSpec {
  return bulananFrame(options).spec;
}
