/**
 * What Isi Capaian proposes for one cell: a row's capaian per period and annual (read exactly
 * as CAPAIAN_MISMATCH reads it), a parent's capaian as the mean of its children's, the predikat
 * and the serapan. Each proposal carries the number it should show, so a typed value can be
 * compared with it at the precision it is shown.
 */
import type { TableAnalysis } from "../analyze";
import { MONTHS, periodRole, QUARTERS, toA1, type CellRef, type CellWrite, type Grid, type Item, type ParsedValue, type Period, type Polarity, type Role, type Settings } from "../model";
import { capaianFormula, colAbsolute, meanFormula, predikatFormula, serapanFormula, type CapaianScale } from "../templates/formulas";
import { asShare, childrenByLevel, comparableUnits, disagreement, polarityOf, sharesTarget } from "../capaian";
import { capaianOf, predikatOf } from "../capaian/value";
import { capaianFormat, isPercentFormat } from "./capaian-scale";
import { gridCell, isFilled, ownOrInherited, positionOf } from "./table-cells";

/** One proposed cell, with the number it should show (in the sheet's scale) to compare a typed value. */
export interface Proposal {
  write: CellWrite;
  expected?: number | string;
  /**
   * The check's own verdict on what the cell holds (CAPAIAN_MISMATCH's or SERAPAN_MISMATCH's
   * comparison); undefined where no check judges the cell (predikat, or a cell showing nothing).
   */
  checkAccepts?: boolean;
}

/** What every proposal of one table reads: the sheet, its scale, cap and decimals, and the settings. */
export interface ItemContext {
  grid: Grid;
  table: TableAnalysis;
  settings: Settings;
  scale: CapaianScale;
  capAt: number | null;
  decimals: number;
}

export interface CapaianPlan {
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
  const periods: readonly Period[] = MONTHS.some((m) => item.cells[periodRole("target", m)]) ? MONTHS : QUARTERS;
  const stated = periods.map((p) => ownOrInherited(item, periodRole("target", p))?.value).filter((v): v is ParsedValue => v !== undefined && v.kind !== "empty");
  return stated[stated.length - 1];
}

function applyConvention(points: number, ctx: ItemContext): number {
  let v = ctx.capAt !== null ? Math.min(ctx.capAt, points) : points;
  const f = 10 ** ctx.decimals;
  v = Math.round(v * f) / f;
  return v;
}

export function planCapaian(ctx: ItemContext, item: Item, period: Period | null): CapaianPlan | undefined {
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
  const capped = ctx.capAt !== null && computed.value > ctx.capAt ? ctx.capAt : computed.value;
  return capaianPlan(ctx, item.cells[`capaian${suffix}` as Role], { write, expected }, at, points, capped, viaFormula);
}

/**
 * The plan for one capaian cell. A stated value the check accepts against `compared` (77% for
 * 77,5 at the precision shown) is left as it is.
 */
function capaianPlan(
  ctx: ItemContext,
  stated: CellRef | undefined,
  proposal: Proposal,
  at: { row: number; col: number },
  points: number,
  compared: number,
  viaFormula: boolean,
): CapaianPlan {
  const checkAccepts = isFilled(stated) ? disagreement(stated, [compared], ctx.table.conventions.capaianStorage) === undefined : undefined;
  return { proposal: { ...proposal, checkAccepts }, at, points, compared, viaFormula };
}

/**
 * A parent row with no target and realisasi of its own for the period: the mean of its children's
 * capaian (as CAPAIAN_MISMATCH reads it), once every child has one. A formula over the children's
 * cells when they all hold (or will hold) numbers, else the value.
 */
export function planParentMean(
  ctx: ItemContext,
  item: Item,
  period: Period | "annual",
  planned: ReadonlyMap<number, ReadonlyMap<Period | "annual", CapaianPlan>>,
): CapaianPlan | undefined {
  const suffix = period === "annual" ? "" : `_${period}`;
  const at = positionOf(ctx.table, item, `capaian${suffix}` as Role);
  if (!at || isFilled(item.cells[`target${suffix}` as Role]) || isFilled(item.cells[`realisasi${suffix}` as Role])) return undefined;
  const children = childrenByLevel(ctx.table.items, item);
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
  const mean = childPlans.reduce((sum, p) => sum + p.compared, 0) / childPlans.length;
  return capaianPlan(ctx, item.cells[`capaian${suffix}` as Role], { write, expected }, at, points, mean, numeric);
}

export function planPredikat(ctx: ItemContext, item: Item, annual: CapaianPlan | undefined): Proposal | undefined {
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

export function planSerapan(ctx: ItemContext, item: Item): Proposal | undefined {
  const at = positionOf(ctx.table, item, "serapan");
  const anggaran = item.cells.anggaran;
  const realisasi = item.cells.realisasi_anggaran;
  if (!at || !isFilled(anggaran) || !isFilled(realisasi)) return undefined;
  if (anggaran.value.kind !== "number" || realisasi.value.kind !== "number" || anggaran.value.value === 0) return undefined;
  const points = (realisasi.value.value / anggaran.value.value) * 100;
  const scale = isPercentFormat(gridCell(ctx.grid, at)?.format) ? "fraction" : ctx.scale;
  const expected = scale === "fraction" ? points / 100 : points;
  // SERAPAN_MISMATCH's own comparison, so Isi Capaian never leaves a value the check flags.
  const stated = item.cells.serapan;
  const checkAccepts = isFilled(stated) ? disagreement(stated, [points]) === undefined : undefined;
  const raw = [gridCell(ctx.grid, anggaran)?.value, gridCell(ctx.grid, realisasi)?.value];
  if (raw.every((v) => typeof v === "number")) {
    const formula = serapanFormula(toA1(anggaran.row, anggaran.col), toA1(realisasi.row, realisasi.col), scale);
    return {
      write: { row: at.row, col: at.col, formula, result: expected },
      expected,
      checkAccepts,
    };
  }
  return { write: { row: at.row, col: at.col, value: expected }, expected, checkAccepts };
}
