import type { SheetAnalysis, TableAnalysis } from "../analyze";
import { MONTHS, QUARTERS, toA1, type CellRef, type CellWrite, type Grid, type Item, type ParsedValue, type Period, type Polarity, type Role, type Settings } from "../model";
import { capaianFormula, colAbsolute, meanFormula, predikatFormula, serapanFormula, sumFormula, type CapaianScale } from "../templates/formulas";
import { asShare, childrenByLevel, comparableUnits, disagreement, polarityOf, sharesTarget } from "../capaian";
import { capaianOf, predikatOf } from "../capaian/value";
import { capaianFormat, capaianScaleOf, isPercentFormat } from "./capaian-scale";
import { gridCell, isEmptyCell, isFilled, ownOrInherited, periodsOf, positionOf, shownContent } from "./table-cells";

/** A cell that already holds something else than Cermat would write: the person decides. */
export interface FillConflict {
  cell: string;
  current: string;
  proposed: string;
  write: CellWrite;
}

export interface CapaianFillPlan {
  writes: CellWrite[];
  conflicts: FillConflict[];
}

/** One proposed cell, with the number it should show (in the sheet's scale) to compare a typed value. */
interface Proposal {
  write: CellWrite;
  expected?: number | string;
  /** The cell already holds a value the check accepts (CAPAIAN_MISMATCH's own comparison). */
  checkAccepts?: boolean;
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
  const ctx: ItemContext = { grid, table, settings, scale, capAt, decimals };

  // Children before parents: a parent without its own target and realisasi takes their mean.
  const planned = new Map<number, Map<Period | "annual", CapaianPlan>>();
  const remember = (item: Item, period: Period | "annual", p: CapaianPlan | undefined) => {
    if (!p) return undefined;
    if (!planned.has(item.index)) planned.set(item.index, new Map());
    planned.get(item.index)?.set(period, p);
    return p;
  };
  for (const item of table.items) {
    if (item.kind !== "row") continue;
    for (const p of periods) remember(item, p, planCapaian(ctx, item, p));
    remember(item, "annual", planCapaian(ctx, item, null));
  }
  table.items.forEach((item, i) => {
    if (item.kind !== "row") return;
    for (const p of [...periods, "annual" as const]) {
      if (!planned.get(item.index)?.has(p)) remember(item, p, planParentMean(ctx, item, i, p, planned));
    }
  });
  for (const item of table.items) {
    if (item.kind !== "row") continue;
    const mine = planned.get(item.index);
    for (const p of periods) offer(grid, plan, mine?.get(p)?.proposal);
    const annual = mine?.get("annual");
    offer(grid, plan, annual?.proposal);
    offer(grid, plan, planPredikat(ctx, item, annual));
    offer(grid, plan, planSerapan(ctx, item));
  }
  planParentRealisasiAnggaran(grid, table, plan);
}

interface ItemContext {
  grid: Grid;
  table: TableAnalysis;
  settings: Settings;
  scale: CapaianScale;
  capAt: number | null;
  decimals: number;
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
  if (proposal.checkAccepts || agrees(current?.formula, current?.value ?? null, proposal)) return;
  plan.conflicts.push({
    cell: toA1(write.row, write.col),
    current: shownContent(current),
    proposed: write.formula ?? String(write.value ?? ""),
    write,
  });
}

/** Whether what the cell holds already says what Cermat would write (same formula, or same number shown). */
function agrees(formula: string | undefined, value: unknown, proposal: Proposal): boolean {
  const normal = (f: string): string => f.replace(/[\s$]/g, "").toUpperCase();
  if (formula && proposal.write.formula && normal(formula) === normal(proposal.write.formula)) return true;
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

interface CapaianPlan {
  proposal?: Proposal;
  /** Where the capaian is (or will be), and the points it amounts to. */
  at: { row: number; col: number };
  points: number;
  /** What the check compares a stated value against: capped as the sheet caps, not rounded. */
  compared: number;
  viaFormula: boolean;
}

/**
 * The polarity the check uses (Polaritas column, the person's setting, the indikator's words).
 * A Polaritas column is referred to, so a change there flows into the formula.
 */
function polarityFor(ctx: ItemContext, item: Item): { formula: { cell: string } | { fixed: Polarity }; value: Polarity } {
  const { polarity, source } = polarityOf(item, ctx.settings);
  const column = ownOrInherited(item, "polaritas");
  if (source === "column" && column)
    return {
      formula: { cell: colAbsolute(column.row, column.col) },
      value: polarity,
    };
  return { formula: { fixed: polarity }, value: polarity };
}

/** Raw numbers the formula would divide give the same ratio as the parsed values (no hidden % scaling). */
function formulaSafe(ctx: ItemContext, target: CellRef, realisasi: CellRef): boolean {
  const t = gridCell(ctx.grid, target)?.value;
  const r = gridCell(ctx.grid, realisasi)?.value;
  if (typeof t !== "number" || typeof r !== "number" || target.value.kind !== "number" || realisasi.value.kind !== "number") return false;
  if (t === 0 || target.value.value === 0) return false;
  return Math.abs(r / t - realisasi.value.value / target.value.value) < 1e-9;
}

/** The last period target the item states, as the check reads shares of an annual amount. */
function lastPeriodTarget(item: Item): ParsedValue | undefined {
  const periods: readonly Period[] = MONTHS.some((m) => item.cells[`target_${m}` as Role]) ? MONTHS : QUARTERS;
  const stated = periods.map((p) => ownOrInherited(item, `target_${p}` as Role)?.value).filter((v): v is ParsedValue => v !== undefined && v.kind !== "empty");
  return stated[stated.length - 1];
}

function applyConvention(points: number, ctx: ItemContext): number {
  let v = ctx.capAt !== null ? Math.min(ctx.capAt, points) : points;
  const f = 10 ** ctx.decimals;
  v = Math.round(v * f) / f;
  return v;
}

function planCapaian(ctx: ItemContext, item: Item, period: Period | null): CapaianPlan | undefined {
  const suffix = period ? `_${period}` : "";
  const at = positionOf(ctx.table, item, `capaian${suffix}` as Role);
  const target = period ? item.cells[`target${suffix}` as Role] : ownOrInherited(item, "target");
  const realisasi = item.cells[`realisasi${suffix}` as Role];
  if (!at || !isFilled(target) || !isFilled(realisasi)) return undefined;
  // The same reading as the check (CAPAIAN_MISMATCH): different units are not comparable, and a
  // share of the annual amount is compared as a share. Either way the fill then writes nothing
  // the check would not compute the same way.
  if (!comparableUnits(target.value, realisasi.value)) return undefined;
  const annualTarget = ownOrInherited(item, "target");
  const shared = period ? asShare(target.value, realisasi.value, annualTarget?.value) : realisasi.value;
  const against = period ? target.value : (sharesTarget(target.value, lastPeriodTarget(item), realisasi.value) ?? target.value);
  const polarity = polarityFor(ctx, item);
  const computed = capaianOf(against, shared, polarity.value, ctx.settings.negativeFormula);
  if (!computed) return undefined;
  const points = applyConvention(computed.value, ctx);
  const expected = ctx.scale === "fraction" ? points / 100 : points;
  const current = gridCell(ctx.grid, at);
  const format = current?.format && current.format !== "General" ? undefined : capaianFormat(ctx.scale, ctx.decimals);
  // A formula divides the two cells as they stand: only when nothing was converted on the way.
  const viaFormula = shared === realisasi.value && against === target.value && formulaSafe(ctx, target, realisasi);
  const write: CellWrite = viaFormula
    ? {
        row: at.row,
        col: at.col,
        formula: capaianFormula({
          target: toA1(target.row, target.col),
          realisasi: toA1(realisasi.row, realisasi.col),
          polarity: polarity.formula,
          negativeFormula: ctx.settings.negativeFormula,
          scale: ctx.scale,
          capAt: ctx.capAt,
          decimals: ctx.decimals,
        }),
        result: expected,
      }
    : { row: at.row, col: at.col, value: expected };
  if (format) write.format = format;
  // A stated value the check accepts (77% for 77,5 at the precision shown) is left as it is.
  const stated = item.cells[`capaian${suffix}` as Role];
  const capped = ctx.capAt !== null && computed.value > ctx.capAt ? ctx.capAt : computed.value;
  const checkAccepts = isFilled(stated) && disagreement(stated, [capped], ctx.table.conventions.capaianStorage) === undefined;
  return {
    proposal: { write, expected, checkAccepts },
    at,
    points,
    compared: capped,
    viaFormula,
  };
}

/**
 * A parent row with no target and realisasi of its own for the period: the mean of its children's
 * capaian (as CAPAIAN_MISMATCH reads it), once every child has one. A formula over the children's
 * cells when they all hold (or will hold) numbers, else the value.
 */
function planParentMean(
  ctx: ItemContext,
  item: Item,
  index: number,
  period: Period | "annual",
  planned: ReadonlyMap<number, ReadonlyMap<Period | "annual", CapaianPlan>>,
): CapaianPlan | undefined {
  const suffix = period === "annual" ? "" : `_${period}`;
  const at = positionOf(ctx.table, item, `capaian${suffix}` as Role);
  if (!at || isFilled(item.cells[`target${suffix}` as Role]) || isFilled(item.cells[`realisasi${suffix}` as Role])) return undefined;
  const children = childrenByLevel(ctx.table.items, index);
  const plans = children.map((c) => planned.get(c.index)?.get(period));
  if (children.length < 2 || plans.some((p) => p === undefined)) return undefined;
  const childPlans = plans as CapaianPlan[];
  const points = applyConvention(childPlans.reduce((sum, p) => sum + p.points, 0) / childPlans.length, ctx);
  const expected = ctx.scale === "fraction" ? points / 100 : points;
  const numeric = childPlans.every((p) => p.viaFormula || typeof gridCell(ctx.grid, p.at)?.value === "number");
  const write: CellWrite = numeric
    ? {
        row: at.row,
        col: at.col,
        formula: meanFormula(
          childPlans.map((p) => toA1(p.at.row, p.at.col)),
          ctx.scale,
          ctx.decimals,
        ),
        result: expected,
      }
    : { row: at.row, col: at.col, value: expected };
  const current = gridCell(ctx.grid, at);
  if (!(current?.format && current.format !== "General")) write.format = capaianFormat(ctx.scale, ctx.decimals);
  const stated = item.cells[`capaian${suffix}` as Role];
  const mean = childPlans.reduce((sum, p) => sum + p.compared, 0) / childPlans.length;
  const checkAccepts = isFilled(stated) && disagreement(stated, [mean], ctx.table.conventions.capaianStorage) === undefined;
  return {
    proposal: { write, expected, checkAccepts },
    at,
    points,
    compared: mean,
    viaFormula: numeric,
  };
}

function planPredikat(ctx: ItemContext, item: Item, annual: CapaianPlan | undefined): Proposal | undefined {
  const at = positionOf(ctx.table, item, "predikat");
  if (!at || !annual) return undefined;
  const expected = predikatOf(annual.points, ctx.settings.predikatScale, ctx.settings.lang);
  // A formula follows the capaian cell when that cell is (or will be) a number Excel can compare.
  const capaianCell = gridCell(ctx.grid, annual.at);
  const numericCapaian = annual.viaFormula || typeof capaianCell?.value === "number" || annual.proposal?.write.value !== undefined;
  const write: CellWrite = numericCapaian
    ? {
        row: at.row,
        col: at.col,
        formula: predikatFormula(toA1(annual.at.row, annual.at.col), ctx.settings.predikatScale, ctx.scale, ctx.settings.lang),
        result: expected,
      }
    : { row: at.row, col: at.col, value: expected };
  return { write, expected };
}

function planSerapan(ctx: ItemContext, item: Item): Proposal | undefined {
  const at = positionOf(ctx.table, item, "serapan");
  const anggaran = item.cells.anggaran;
  const realisasi = item.cells.realisasi_anggaran;
  if (!at || !isFilled(anggaran) || !isFilled(realisasi)) return undefined;
  if (anggaran.value.kind !== "number" || realisasi.value.kind !== "number" || anggaran.value.value === 0) return undefined;
  const points = (realisasi.value.value / anggaran.value.value) * 100;
  const scale = isPercentFormat(gridCell(ctx.grid, at)?.format) ? "fraction" : ctx.scale;
  const expected = scale === "fraction" ? points / 100 : points;
  const raw = [gridCell(ctx.grid, anggaran)?.value, gridCell(ctx.grid, realisasi)?.value];
  if (raw.every((v) => typeof v === "number")) {
    const formula = serapanFormula(toA1(anggaran.row, anggaran.col), toA1(realisasi.row, realisasi.col), scale);
    return {
      write: { row: at.row, col: at.col, formula, result: expected },
      expected,
    };
  }
  return { write: { row: at.row, col: at.col, value: expected }, expected };
}

/**
 * A parent's realisasi anggaran, when empty and every child's is filled (or about to be):
 * =SUM of the children, so later corrections flow up. Children before parents, bottom up.
 */
function planParentRealisasiAnggaran(grid: Grid, table: TableAnalysis, plan: CapaianFillPlan): void {
  const filled = new Set<number>();
  // Amounts known so far (typed, or summed below), for the sums' cached results.
  const amounts = new Map<number, number>();
  for (const item of table.items) {
    const cell = item.cells.realisasi_anggaran;
    if (!isFilled(cell)) continue;
    filled.add(item.index);
    if (cell.value.kind === "number") amounts.set(item.index, cell.value.value);
  }
  const parents = table.items.filter((i) => i.budgetChildren.length > 0).sort((a, b) => depth(table, b) - depth(table, a));
  for (const parent of parents) {
    const at = positionOf(table, parent, "realisasi_anggaran");
    if (!at || filled.has(parent.index) || !isEmptyCell(gridCell(grid, at))) continue;
    const children = parent.budgetChildren.map((i) => table.items[i]);
    if (!children.every((c) => filled.has(c.index))) continue;
    const cells = children.map((c) => positionOf(table, c, "realisasi_anggaran")).filter((p): p is { row: number; col: number } => p !== undefined);
    if (cells.length !== children.length) continue;
    const sameColumn = cells.every((c) => c.col === at.col);
    const formula = sameColumn
      ? sumFormula(
          at.col,
          cells.map((c) => c.row),
        )
      : `=SUM(${cells.map((c) => toA1(c.row, c.col)).join(",")})`;
    const known = children.map((c) => amounts.get(c.index));
    const write: CellWrite = { row: at.row, col: at.col, formula };
    if (known.every((a): a is number => a !== undefined)) {
      write.result = known.reduce((sum, a) => sum + a, 0);
      amounts.set(parent.index, write.result);
    }
    plan.writes.push(write);
    filled.add(parent.index);
  }
}

function depth(table: TableAnalysis, item: Item): number {
  let d = 0;
  let current: Item | undefined = item;
  while (current?.budgetParent !== undefined && d < 50) {
    current = table.items[current.budgetParent];
    d++;
  }
  return d;
}
