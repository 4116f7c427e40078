import type { SheetAnalysis, TableAnalysis } from "../analyze";
import { QUARTERS, toA1, type Grid, type Item, type Role, type Scalar, type SheetSpec, type SpecCell } from "../model";
import { DEFAULT_SETTINGS, type Settings } from "../model";
import { FORMATS } from "../templates/styles";
import { annualReading } from "../capaian/annual";
import { columnsSayCumulative } from "../capaian/indicator-kind";
import { annualFormulaFor, sheetRef, sumFormula } from "../templates/formulas";
import { HAND_FILLED, resolveOptions } from "../templates/options";
import { readKop } from "../document/kop";
import { WorkflowError } from "./errors";
import { measurementCell, PENGUKURAN_COLUMNS, PENGUKURAN_SHEET } from "../templates/pengukuran";
import { buildFrame, type BodyRow, type RowKind } from "../templates/table-frame";
import { columnsOf, gridCell, indicatorKey, isFilled, ownOrInherited, periodsOf, positionOf } from "./table-cells";

export interface PrepareOptions {
  /** Name for the new sheet (the adapter adds a suffix on a clash). */
  sheetName?: string;
  /** Kop: taken from the plan's kop lines when absent. */
  instansi?: string;
  pemerintah?: string;
  tahun?: number;
  kertas?: "A4" | "F4";
  settings?: Settings;
  /** A Pengukuran sheet prepared earlier: its typed realisasi are carried into the new one. */
  existing?: { grid: Grid; analysis: SheetAnalysis };
}

/** A realisasi row of the earlier sheet that no longer matches any row of the plan. */
export interface OrphanRow {
  /** A1 address of its indikator (or first) cell in the earlier sheet. */
  cell: string;
  indikator: string;
  values: string[];
}

export interface PrepareResult {
  spec: SheetSpec;
  /** Cells whose typed realisasi (or keterangan) came from the earlier sheet. */
  carried: number;
  orphans: OrphanRow[];
}

/** Roles whose typed content an earlier Pengukuran sheet hands on. */
const CARRIED_ROLES: readonly Role[] = [...QUARTERS.map((q) => `realisasi_${q}` as Role), "realisasi_anggaran", "keterangan"];

/** Roles the new sheet takes from the plan by reference, so a change in the plan flows through. */
const REFERENCED_ROLES: readonly Role[] = [
  "no", "sasaran", "indikator", "satuan", "polaritas", "target",
  ...QUARTERS.map((q) => `target_${q}` as Role),
  "kode", "program", "anggaran", "penanggung_jawab",
];

/**
 * From a recognised Rencana Aksi, a Pengukuran Kinerja sheet whose indicators, targets and
 * anggaran refer to the plan with formulas (`='Rencana Aksi'!F12`), with empty realisasi
 * columns for staff, and capaian, annual capaian, predikat and serapan as formulas.
 * Given the earlier Pengukuran sheet, every realisasi already typed is kept: rows are matched
 * by the plan row they refer to, else by indikator text; rows that match nothing are listed.
 */
export function preparePengukuran(grid: Grid, analysis: SheetAnalysis, opts: PrepareOptions = {}): SheetSpec {
  return preparePengukuranWithReport(grid, analysis, opts).spec;
}

/** preparePengukuran, also saying how many cells were carried over and which rows were orphaned. */
export function preparePengukuranWithReport(grid: Grid, analysis: SheetAnalysis, opts: PrepareOptions = {}): PrepareResult {
  if (!analysis.recognized || analysis.tables.length === 0) {
    throw new WorkflowError("NOT_A_PLAN", `Sheet "${grid.sheetName}" tidak dikenali sebagai Rencana Aksi. / Sheet "${grid.sheetName}" is not recognised as a Rencana Aksi.`);
  }
  const settings = opts.settings ?? DEFAULT_SETTINGS;
  const kop = readKop(grid, analysis.tables[0].layout.headerTop);
  const tahun = opts.tahun ?? kop.tahun;
  if (tahun === undefined) {
    throw new WorkflowError("TAHUN_UNKNOWN", "Tahun tidak ditemukan di kop Rencana Aksi; sebutkan tahunnya. / No year found in the plan's heading; give the year.");
  }
  const resolved = resolveOptions({
    instansi: opts.instansi ?? kop.instansi ?? HAND_FILLED,
    pemerintah: opts.pemerintah ?? kop.pemerintah,
    tahun,
    kertas: opts.kertas,
    negativeFormula: settings.negativeFormula,
    predikatScale: settings.predikatScale,
  });

  const entries = analysis.tables.flatMap((table) => table.items.filter((i) => i.kind === "row").map((item) => ({ table, item })));
  const carry = opts.existing ? carriedValues(opts.existing, grid.sheetName) : { byPlanRow: new Map(), byText: new Map(), all: [] };
  const used = new Set<CarriedRow>();
  const matched = new Map<Item, CarriedRow | null>();
  let carried = 0;
  const outRowOf = new Map<Item, number>();
  const plan = grid.sheetName;
  let firstBodyRow = 0;

  const frame = buildFrame(opts.sheetName ?? PENGUKURAN_SHEET, resolved, {
    title: "PENGUKURAN KINERJA",
    columns: PENGUKURAN_COLUMNS,
    totalLabelThrough: "program",
    layoutBody(firstRow) {
      firstBodyRow = firstRow;
      entries.forEach((e, i) => outRowOf.set(e.item, firstRow + i));
      return entries.map(({ table, item }, i): BodyRow => ({
        row: firstRow + i,
        kind: kindOf(item),
        block: 0,
        children: item.budgetChildren.map((c) => outRowOf.get(table.items[c])).filter((r): r is number => r !== undefined),
      }));
    },
    body(column, col, row, at) {
      const { table, item } = entries[row.row - firstBodyRow];
      const role = column.id as Role;
      if (role === "realisasi") return annualRealisasiCell(table, item, row.row, at);
      const measured = measurementCell(column.id, row.row, at, resolved);
      if (measured) return measured;
      if (REFERENCED_ROLES.includes(role)) return referenceCell(grid, plan, table, item, role, row);
      if (role === "serapan") return measurementSerapan(row.row, at);
      const previous = carriedFor(carry, item, used, matched);
      const typed = previous?.values.get(role);
      if (typed !== undefined) carried++;
      if (role === "realisasi_anggaran") {
        if (row.children.length > 0) return { formula: sumFormula(col, row.children), format: FORMATS.rupiah, style: row.kind === "program" ? "label" : "rupiah" };
        return { value: typed ?? null, format: FORMATS.rupiah, style: "rupiah" };
      }
      if (role === "keterangan") return { value: typed ?? null, style: "input" };
      return { value: typed ?? null, style: "number" };
    },
    total(column, col, totalRow, programRows, at) {
      if (column.id === "anggaran" || column.id === "realisasi_anggaran") {
        return { formula: sumFormula(col, programRows), format: FORMATS.rupiah, style: "total" };
      }
      if (column.id === "serapan") return { ...measurementSerapan(totalRow, at), style: "total" };
      return null;
    },
  });
  const orphans = carry.all
    .filter((c) => !used.has(c) && c.values.size > 0)
    .map((c): OrphanRow => ({ cell: c.cell, indikator: c.indikator, values: [...c.values.values()].map((v) => String(v)) }));
  return { spec: frame.spec, carried, orphans };
}

/** The row's place in the budget tree decides its style and whether its realisasi anggaran is a sum. */
function kindOf(item: Item): RowKind {
  if (!isFilled(item.cells.anggaran) && item.budgetChildren.length === 0) return "sasaran";
  if (item.budgetParent === undefined) return "program";
  return item.budgetChildren.length > 0 ? "kegiatan" : "subkegiatan";
}

/**
 * The annual realisasi, read the way the check reads it (`annualReading`): `=SUM(…)` of the
 * quarters for a flow, the last quarter holding a number for a level, stock or "s.d." series, their
 * AVERAGE where the plan states a mean. Decided from the plan's indikator, satuan and targets when
 * the sheet is prepared.
 */
function annualRealisasiCell(table: TableAnalysis, item: Item, row: number, at: (id: string) => number): Omit<SpecCell, "row" | "col"> {
  const periods = periodsOf(table, "target");
  const columns = columnsOf(table, item);
  const reading = annualReading({
    annualTarget: ownOrInherited(item, "target")?.value,
    periodTargets: periods.map((p) => ownOrInherited(item, `target_${p}` as Role)?.value),
    satuan: ownOrInherited(item, "satuan")?.text,
    indikator: ownOrInherited(item, "indikator")?.text,
    sheetSaysCumulative: columnsSayCumulative(table.layout, periods.map((p) => columns[`target_${p}` as Role])),
  });
  const cells = QUARTERS.map((q) => toA1(row, at(`realisasi_${q}`)));
  return { formula: annualFormulaFor(reading.written, cells), value: "", style: "number" };
}

const TEXT_ROLES: readonly Role[] = ["sasaran", "indikator", "satuan", "polaritas", "kode", "program", "penanggung_jawab"];

/**
 * A reference to the plan's cell: `='Rencana Aksi'!F12`, or `=IF(ref="","",ref)` where the plan
 * is still blank (a bare reference to an empty cell shows 0). The plan's current value is the
 * cached result, so the sheet reads right before Excel recalculates.
 */
function referenceCell(grid: Grid, plan: string, table: TableAnalysis, item: Item, role: Role, row: BodyRow): Omit<SpecCell, "row" | "col"> {
  const bold = row.kind === "program" && (role === "program" || role === "anggaran");
  const style = role === "anggaran" ? (bold ? "label" : "rupiah") : TEXT_ROLES.includes(role) ? (bold ? "label" : "text") : "number";
  const pos = positionOf(table, item, role);
  if (!pos) return { style };
  const source = gridCell(grid, pos);
  const ref = sheetRef(plan, pos.row, pos.col);
  const cached: Scalar = source?.value ?? null;
  const format = role === "anggaran" ? FORMATS.rupiah : source?.format && source.format !== "General" ? source.format : undefined;
  // A formula whose result is not cached yet is not blank: refer to it plainly.
  const blank = !source?.formula && (cached === null || cached === "");
  const cell: Omit<SpecCell, "row" | "col"> = blank ? { formula: `=IF(${ref}="","",${ref})`, value: "", style } : { formula: `=${ref}`, value: cached, style };
  if (format) cell.format = format;
  return cell;
}

function measurementSerapan(row: number, at: (id: string) => number): Omit<SpecCell, "row" | "col"> {
  const anggaran = toA1(row, at("anggaran"));
  const realisasi = toA1(row, at("realisasi_anggaran"));
  return {
    formula: `=IF(AND(ISNUMBER(${anggaran}),ISNUMBER(${realisasi})),IF(${anggaran}=0,"",${realisasi}/${anggaran}),"")`,
    value: "",
    format: FORMATS.percent,
    style: "percent",
  };
}

interface CarriedRow {
  cell: string;
  indikator: string;
  values: Map<Role, Scalar>;
}

interface CarryIndex {
  byPlanRow: Map<number, CarriedRow>;
  byText: Map<string, CarriedRow | null>;
  all: CarriedRow[];
}

const REF = /(?:'((?:[^']|'')+)'|([A-Za-z0-9_.]+))!\$?([A-Z]{1,3})\$?(\d+)/g;

/** The plan rows a formula refers to (`='Rencana Aksi'!C12` → 11). */
function planRowsIn(formula: string | undefined, plan: string): number[] {
  if (!formula) return [];
  const rows: number[] = [];
  for (const m of formula.matchAll(REF)) {
    const sheet = (m[1] ?? m[2]).replace(/''/g, "'");
    if (sheet.toLowerCase() === plan.toLowerCase()) rows.push(Number(m[4]) - 1);
  }
  return rows;
}

/** What staff typed in the earlier Pengukuran sheet, indexed by plan row and by indikator text. */
function carriedValues(existing: { grid: Grid; analysis: SheetAnalysis }, plan: string): CarryIndex {
  const index: CarryIndex = { byPlanRow: new Map(), byText: new Map(), all: [] };
  for (const table of existing.analysis.tables) {
    for (const item of table.items) {
      if (item.kind !== "row") continue;
      const values = new Map<Role, Scalar>();
      for (const role of CARRIED_ROLES) {
        const pos = positionOf(table, item, role);
        const cell = pos ? gridCell(existing.grid, pos) : null;
        // Formulas are Cermat's own (sums of children): only what a person typed is carried.
        if (!cell || cell.formula || cell.value === null || cell.value === "") continue;
        values.set(role, cell.value);
      }
      const indikator = ownOrInherited(item, "indikator");
      const row: CarriedRow = { cell: toA1(indikator?.row ?? item.firstRow, indikator?.col ?? 0), indikator: indikator?.text ?? "", values };
      index.all.push(row);
      const refs = [item.cells.indikator, ...Object.values(item.cells)].flatMap((c) => planRowsIn(c?.formula ?? existingFormula(existing.grid, c), plan));
      if (refs.length > 0 && !index.byPlanRow.has(refs[0])) index.byPlanRow.set(refs[0], row);
      if (indikator?.text.trim()) {
        const key = indicatorKey(indikator.text);
        index.byText.set(key, index.byText.has(key) ? null : row);
      }
    }
  }
  return index;
}

function existingFormula(grid: Grid, ref: { row: number; col: number } | undefined): string | undefined {
  return ref ? gridCell(grid, ref)?.formula : undefined;
}

/** The earlier row for a plan item: the one referring to any of its rows, else the same indikator text. */
function carriedFor(carry: CarryIndex, item: Item, used: Set<CarriedRow>, matched: Map<Item, CarriedRow | null>): CarriedRow | undefined {
  const cached = matched.get(item);
  if (cached !== undefined) return cached ?? undefined;
  let found: CarriedRow | undefined;
  for (let r = item.firstRow; r <= item.lastRow && !found; r++) {
    const candidate = carry.byPlanRow.get(r);
    if (candidate && !used.has(candidate)) found = candidate;
  }
  if (!found) {
    const indikator = ownOrInherited(item, "indikator");
    const candidate = indikator ? carry.byText.get(indicatorKey(indikator.text)) : undefined;
    if (candidate && !used.has(candidate)) found = candidate;
  }
  if (found) used.add(found);
  matched.set(item, found ?? null);
  return found;
}
