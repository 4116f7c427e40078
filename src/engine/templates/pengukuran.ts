import { QUARTERS, toA1, type SheetSpec, type SpecCell } from "../model";
import { CLOSING_COLUMNS, LEAD_COLUMNS, PROGRAM_COLUMNS, budgetCell, budgetTotal, leadCell, input } from "./common-columns";
import { annualRealisasiFormula, capaianFormula, colAbsolute, predikatFormula, serapanFormula } from "./formulas";
import { resolveOptions, type ResolvedOptions, type TemplateOptions } from "./options";
import { FORMATS } from "./styles";
import { buildFrame, type BodyRow, type ColumnIndex, type TemplateColumn, type TemplateFrame } from "./table-frame";
import { TRIWULAN } from "./vocabulary";

export const PENGUKURAN_SHEET = "Pengukuran Kinerja";

export const PENGUKURAN_COLUMNS: readonly TemplateColumn[] = [
  ...LEAD_COLUMNS,
  ...QUARTERS.flatMap((q, i): TemplateColumn[] => [
    { id: `target_${q}`, header: "Target", parent: `Triwulan ${TRIWULAN[i]}`, width: 8 },
    { id: `realisasi_${q}`, header: "Realisasi", parent: `Triwulan ${TRIWULAN[i]}`, width: 9 },
    { id: `capaian_${q}`, header: "Capaian (%)", parent: `Triwulan ${TRIWULAN[i]}`, width: 9 },
  ]),
  { id: "realisasi", header: "Realisasi Tahunan", width: 10 },
  { id: "capaian", header: "Capaian Tahunan (%)", width: 10 },
  { id: "predikat", header: "Predikat", width: 12 },
  ...PROGRAM_COLUMNS,
  { id: "anggaran", header: "Anggaran (Rp)", width: 16 },
  { id: "realisasi_anggaran", header: "Realisasi Anggaran (Rp)", width: 16 },
  { id: "serapan", header: "Serapan (%)", width: 9 },
  ...CLOSING_COLUMNS,
];

type Cell = Omit<SpecCell, "row" | "col">;

/** The capaian, annual realisasi and predikat formulas of one body row. */
export function measurementCell(id: string, row: number, at: ColumnIndex, opts: Pick<ResolvedOptions, "negativeFormula" | "predikatScale">): Cell | null {
  const ref = (roleId: string): string => toA1(row, at(roleId));
  const polarity = { cell: colAbsolute(row, at("polaritas")) };
  const capaian = (target: string, realisasi: string): Cell => ({
    formula: capaianFormula({ target, realisasi, polarity, negativeFormula: opts.negativeFormula, scale: "fraction" }),
    value: "",
    format: FORMATS.percent,
    style: "percent",
  });
  const quarter = /^capaian_(tw[1-4])$/.exec(id);
  if (quarter) return capaian(ref(`target_${quarter[1]}`), ref(`realisasi_${quarter[1]}`));
  switch (id) {
    case "realisasi":
      return { formula: annualRealisasiFormula(colAbsolute(row, at("satuan")), QUARTERS.map((q) => ref(`realisasi_${q}`))), value: "", style: "number" };
    case "capaian":
      return capaian(ref("target"), ref("realisasi"));
    case "predikat":
      return { formula: predikatFormula(ref("capaian"), opts.predikatScale, "fraction"), value: "", style: "text" };
    default:
      return null;
  }
}

/**
 * Pengukuran Kinerja per triwulan: target, realisasi and capaian per TW, the annual realisasi
 * (sum of the quarters, or the last quarter for a Persen indicator), annual capaian and
 * predikat, anggaran, realisasi anggaran and serapan. Staff type targets, realisasi and the
 * sub kegiatan amounts; everything else is a formula.
 */
export function pengukuranFrame(options: TemplateOptions): TemplateFrame {
  const opts = resolveOptions(options);
  return buildFrame(PENGUKURAN_SHEET, opts, {
    title: "PENGUKURAN KINERJA",
    columns: PENGUKURAN_COLUMNS,
    totalLabelThrough: "program",
    body(column, col, row: BodyRow, at) {
      const measured = measurementCell(column.id, row.row, at, opts);
      if (measured) return measured;
      if (column.id === "anggaran" || column.id === "realisasi_anggaran") return budgetCell(col, row);
      if (column.id === "serapan") {
        if (row.kind === "sasaran") return { style: "text" };
        return { formula: serapanFormula(toA1(row.row, at("anggaran")), toA1(row.row, at("realisasi_anggaran"))), value: "", format: FORMATS.percent, style: "percent" };
      }
      const lead = leadCell(column, row);
      return lead ?? input();
    },
    total(column, col, totalRow, programRows, at) {
      if (column.id === "anggaran" || column.id === "realisasi_anggaran") return budgetTotal(col, programRows);
      if (column.id === "serapan") {
        return { formula: serapanFormula(toA1(totalRow, at("anggaran")), toA1(totalRow, at("realisasi_anggaran"))), value: "", format: FORMATS.percent, style: "total" };
      }
      return null;
    },
  });
}

/** The Pengukuran Kinerja template as a sheet description. */
export function pengukuranTemplate(options: TemplateOptions): SheetSpec {
  return pengukuranFrame(options).spec;
}
