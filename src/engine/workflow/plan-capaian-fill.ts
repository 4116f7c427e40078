import type { SheetAnalysis, TableAnalysis } from "../analyze";
import { effectiveSettings } from "../capaian";
import { toA1, type CellWrite, type Grid, type Period, type Role, type Settings } from "../model";
import { capaianScaleOf } from "./capaian-scale";
import { planCapaian, planParentMean, planPredikat, planSerapan, type CapaianPlan, type ItemContext, type Proposal } from "./fill-proposals";
import { planParentRealisasiAnggaran } from "./parent-realisasi-anggaran";
import { gridCell, isEmptyCell, periodsOf, shownValue } from "./table-cells";

/** A cell that already holds something else than Cermat would write: the person decides. */
export interface FillConflict {
  cell: string;
  /** What the cell shows now. */
  current: string;
  /** The formula behind it, when it holds one. */
  currentFormula?: string;
  proposed: string;
  write: CellWrite;
}

export interface CapaianFillPlan {
  writes: CellWrite[];
  conflicts: FillConflict[];
}

/**
 * Plans how to fill the empty capaian cells of a Pengukuran Kinerja sheet (per period and
 * annual), the predikat and serapan, and a parent's realisasi anggaran (=SUM of its children's
 * once they are all filled). Numbers the sheet holds as numbers get formulas (polarity-aware,
 * guarded against a zero target, Excel 2016 functions, the sheet's cap and decimals); values
 * Excel cannot divide (grades, ranges, numbers typed as text) get the computed value.
 * A cell that holds something different is returned as a conflict, never overwritten.
 */
export function planCapaianFill(grid: Grid, analysis: SheetAnalysis, settings: Settings): CapaianFillPlan {
  const plan: CapaianFillPlan = { writes: [], conflicts: [] };
  for (const table of analysis.tables) planTable(grid, table, settings, plan);
  return plan;
}

function planTable(grid: Grid, table: TableAnalysis, settings: Settings, plan: CapaianFillPlan): void {
  const periods = periodsOf(table, "capaian");
  const capaianRoles: Role[] = [...periods.map((p) => `capaian_${p}` as Role), "capaian"];
  const scale = capaianScaleOf(grid, table, capaianRoles);
  const capAt = settings.capAt === "auto" ? table.conventions.capAt : settings.capAt;
  const decimals = table.conventions.capaianDecimals;
  // The negative formula the sheet follows (detected, or the person's), as the check reads it.
  const ctx: ItemContext = { grid, table, settings: { ...settings, negativeFormula: effectiveSettings(settings, table.conventions).negativeFormula }, scale, capAt, decimals };

  // Every row's own capaian first; then parents without their own target and realisasi take the
  // mean of their children's, bottom up, so a kegiatan's mean is there before its program's.
  const rows = table.items.filter((item) => item.kind === "row");
  const planned = new Map<number, Map<Period | "annual", CapaianPlan>>();
  for (const item of rows) {
    const mine = new Map<Period | "annual", CapaianPlan>();
    for (const p of [...periods, null]) {
      const own = planCapaian(ctx, item, p);
      if (own) mine.set(p ?? "annual", own);
    }
    planned.set(item.index, mine);
  }
  for (const item of [...rows].reverse()) {
    const mine = planned.get(item.index) as Map<Period | "annual", CapaianPlan>;
    for (const p of [...periods, "annual" as const]) {
      const mean = mine.has(p) ? undefined : planParentMean(ctx, item, p, planned);
      if (mean) mine.set(p, mean);
    }
  }
  for (const item of rows) {
    const mine = planned.get(item.index);
    for (const p of periods) offer(grid, plan, mine?.get(p)?.proposal);
    const annual = mine?.get("annual");
    offer(grid, plan, annual?.proposal);
    offer(grid, plan, planPredikat(ctx, item, annual));
    offer(grid, plan, planSerapan(ctx, item));
  }
  planParentRealisasiAnggaran(grid, table, plan.writes);
}

/** Writes into an empty cell; a different value already there becomes a conflict. */
function offer(grid: Grid, plan: CapaianFillPlan, proposal: Proposal | undefined): void {
  if (!proposal) return;
  const { write } = proposal;
  const current = gridCell(grid, write);
  if (isEmptyCell(current)) {
    plan.writes.push(write);
    return;
  }
  // Where a check judges the cell, its verdict alone decides: Periksa and Isi Capaian never disagree.
  // A formula the check does not contradict (one that shows nothing until realisasi is typed) stays.
  if (current?.formula !== undefined && proposal.checkAccepts !== false) return;
  const accepted = proposal.checkAccepts ?? agrees(current?.value ?? null, proposal);
  if (accepted || sameFormula(current?.formula, proposal.write.formula)) return;
  plan.conflicts.push({
    cell: toA1(write.row, write.col),
    current: shownValue(current),
    ...(current?.formula ? { currentFormula: current.formula } : {}),
    proposed: write.formula ?? String(write.value ?? ""),
    write,
  });
}

/** The same formula, spaces and `$` aside. */
function sameFormula(current: string | undefined, proposed: string | undefined): boolean {
  const normal = (f: string): string => f.replace(/[\s$]/g, "").toUpperCase();
  return current !== undefined && proposed !== undefined && normal(current) === normal(proposed);
}

/** For cells no check judges (the predikat): whether the cell already says what Cermat would write. */
function agrees(value: unknown, proposal: Proposal): boolean {
  if (typeof proposal.expected === "string") return typeof value === "string" && value.trim().toLowerCase() === proposal.expected.toLowerCase();
  if (typeof proposal.expected === "number" && typeof value === "number") {
    // A stated value rounded or truncated to the precision it is typed with is the same capaian.
    const text = String(value);
    const digits = text.includes(".") ? text.split(".")[1].length : 0;
    const unit = 10 ** -digits;
    const e = proposal.expected;
    return Math.abs(value - e) <= unit / 2 + 1e-9 || Math.abs(value - Math.trunc(e / unit) * unit) < 1e-9;
  }
  return false;
}
