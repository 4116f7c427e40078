import { cellKey, CellSet, isFilled, isYear, MONTHS, periodRole, QUARTERS, type CellRef, type Item, type Period, type PeriodPrefix, type Role, type RoleMap, type Year } from "../../model";
import type { RuleContext } from "../context";

/** The column map of the group the item belongs to (side-by-side levels each have their own). */
export function columnsOf(ctx: RuleContext, item: Item): RoleMap {
  return ctx.table.layout.groups[item.group]?.columns ?? ctx.table.layout.columns;
}

/** Whether any group of the table has a column for this role. */
export function tableHasRole(ctx: RuleContext, role: Role): boolean {
  const { layout } = ctx.table;
  if (layout.columns[role] !== undefined) return true;
  return layout.groups.some((g) => g.columns[role] !== undefined);
}

/** Whether the item's own group has a column for this role (or the item holds such a cell anyway). */
export function itemHasRole(ctx: RuleContext, item: Item, role: Role): boolean {
  return item.cells[role] !== undefined || columnsOf(ctx, item)[role] !== undefined;
}

/**
 * Where the item's cell for a role sits, even when the item holds no CellRef for it (an empty cell
 * the item reader left out): the role's column on the item's first row.
 */
export function positionOf(ctx: RuleContext, item: Item, role: Role): { row: number; col: number } | undefined {
  const own = item.cells[role];
  if (own) return { row: own.row, col: own.col };
  const col = columnsOf(ctx, item)[role];
  return col === undefined ? undefined : { row: item.firstRow, col };
}

export { isFilled };

/** The item's own cell, else the one it takes from above (merged cell, "same as above"). */
export function ownOrInherited(item: Item, role: Role): CellRef | undefined {
  return isFilled(item.cells[role]) ? item.cells[role] : item.inherited[role];
}

/** A short name for the item in messages: what the person wrote in its program or indikator cell. */
export function labelOf(item: Item): string {
  for (const role of ["program", "indikator", "sasaran", "kode", "no"] as const) {
    const text = item.cells[role]?.text.trim();
    if (text) return text.replace(/\s+/g, " ");
  }
  return "";
}

export { periodRole, type PeriodPrefix } from "../../model";

/**
 * The period family a table splits a role into: months when it has monthly columns for the role,
 * else quarters, else the years of a multi-year table (Renstra: `anggaran_y2021` …, ascending).
 * Looks at the layout and at the items' own cells, so hand-built or long layouts work.
 */
export function periodsFor(ctx: RuleContext, prefix: PeriodPrefix): readonly Period[] {
  // Asked once per item by several rules: remembered per table, or the check turns quadratic.
  let known = periodCache.get(ctx.table);
  if (!known) periodCache.set(ctx.table, (known = new Map()));
  let periods = known.get(prefix);
  if (!periods) known.set(prefix, (periods = findPeriods(ctx, prefix)));
  return periods;
}

const periodCache = new WeakMap<RuleContext["table"], Map<PeriodPrefix, readonly Period[]>>();

function findPeriods(ctx: RuleContext, prefix: PeriodPrefix): readonly Period[] {
  const held = rolesHeld(ctx);
  const has = (p: Period): boolean => {
    const role = periodRole(prefix, p);
    return tableHasRole(ctx, role) || held.has(role);
  };
  if (MONTHS.some(has)) return MONTHS;
  if (QUARTERS.some(has)) return QUARTERS;
  return yearsOf(ctx, prefix);
}

const heldCache = new WeakMap<RuleContext["table"], ReadonlySet<string>>();

/** Every role some item of the table holds a cell for, listed in one pass (not one per period and prefix). */
function rolesHeld(ctx: RuleContext): ReadonlySet<string> {
  let held = heldCache.get(ctx.table);
  if (!held) {
    const roles = new Set<string>();
    for (const item of ctx.table.items) for (const role in item.cells) roles.add(role);
    heldCache.set(ctx.table, (held = roles));
  }
  return held;
}

/**
 * Whether some item of the table holds a cell of a role starting with `prefix` (`capaian`: any
 * capaian cell), from the roles listed once per table: a rule with nothing to read in the table
 * (the capaian rules on a Rencana Aksi) stops before asking every item.
 */
export function someItemHolds(ctx: RuleContext, prefix: string): boolean {
  for (const role of rolesHeld(ctx)) if (role.startsWith(prefix)) return true;
  return false;
}

/** Whether the table, or one of its column groups, has a column of a role starting with `prefix`. */
export function someColumnStarts(ctx: RuleContext, prefix: string): boolean {
  const { layout } = ctx.table;
  for (const map of [layout.columns, ...layout.groups.map((g) => g.columns)]) {
    for (const role in map) if (role.startsWith(prefix) && map[role as Role] !== undefined) return true;
  }
  return false;
}

/** The years a table has columns for under a prefix (`anggaran_y2021`, `anggaran_y2022` → y2021, y2022). */
function yearsOf(ctx: RuleContext, prefix: PeriodPrefix): readonly Year[] {
  const { layout } = ctx.table;
  const years = new Set<Year>();
  for (const map of [layout.columns, ...layout.groups.map((g) => g.columns)]) {
    for (const role of Object.keys(map)) {
      if (!role.startsWith(`${prefix}_`)) continue;
      const period = role.slice(prefix.length + 1);
      if (isYear(period)) years.add(period);
    }
  }
  return [...years].sort();
}

/** The first row item on each sheet row, in item order (side-by-side groups put several on a row). */
export function firstItemOfEachRow(ctx: RuleContext): Item[] {
  const seen = new CellSet();
  const out: Item[] = [];
  for (const item of ctx.table.items) {
    if (item.kind !== "row" || seen.has(item.firstRow, 0)) continue;
    seen.add(item.firstRow, 0);
    out.push(item);
  }
  return out;
}

/**
 * Lists of cell positions seen so far (an item's target series), compared by position: items that
 * share their cells (merged, inherited) are judged once. Hashed by numbers, not by a string per item.
 */
export class CellLists {
  /** A hash's list, or its lists when several share the hash (rare): an array made per hash was most of the cost. */
  private readonly byHash = new Map<number, CellList | CellList[]>();

  /** Adds the list; false when a list with the same positions was added before. */
  add(cells: CellList): boolean {
    let hash = cells.length;
    for (const c of cells) hash = (Math.imul(hash, 31) + (c ? cellKey(c.row, c.col) + 1 : 0)) | 0;
    const found = this.byHash.get(hash);
    if (found === undefined) {
      this.byHash.set(hash, cells);
      return true;
    }
    if (isBucket(found)) {
      if (found.some((other) => samePositions(other, cells))) return false;
      found.push(cells);
      return true;
    }
    if (samePositions(found, cells)) return false;
    this.byHash.set(hash, [found, cells]);
    return true;
  }
}

type CellList = ReadonlyArray<CellRef | undefined>;

/** A bucket holds lists; a list holds cells (CellRef objects) or gaps. */
function isBucket(entry: CellList | CellList[]): entry is CellList[] {
  return entry.length > 0 && Array.isArray(entry[0]);
}

function samePositions(a: ReadonlyArray<CellRef | undefined>, b: ReadonlyArray<CellRef | undefined>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (!x || !y || x.row !== y.row || x.col !== y.col) return false;
  }
  return true;
}
