/**
 * A parent row (a program over its kegiatan, a sasaran over its indicators) that states a
 * capaian without a target and realisasi of its own: documents then give the mean of its
 * children's capaian (DOMAIN.md, "Capaian"). Only such parents are read this way; a parent with
 * its own target and realisasi is compared against those, as any row.
 */
import { isFilled, MONTHS, QUARTERS, type CellRef, type Item, type Level, type Period, type Role, type Settings } from "../model";
import { capaianChecks, type CapaianCheck } from "./expected";
import { polarityOf } from "./polarity";

const DEPTH: Record<Level, number> = {
  urusan: -2,
  bidang: -1,
  sasaran: 0,
  indikator: 1,
  program: 2,
  kegiatan: 3,
  subkegiatan: 4,
};

const STATED_ROLE = new Map<Period | "annual", Role>([["annual", "capaian"], ...[...QUARTERS, ...MONTHS].map((p) => [p, `capaian_${p}` as Role] as const)]);
const STATED_ROLE_LIST = [...STATED_ROLE.values()];
const statedRole = (period: Period | "annual"): Role => STATED_ROLE.get(period) as Role;
/** The periods a parent's capaian can be stated for: the year and its quarters, or its months. */
const QUARTERLY: ReadonlyArray<Period | "annual"> = ["annual", ...QUARTERS];
const MONTHLY: ReadonlyArray<Period | "annual"> = ["annual", ...MONTHS];

/** The rows right under a parent in the same block: the next deeper level, until a row as high as the parent. */
export function childrenByLevel(items: readonly Item[], parent: Item): Item[] {
  if (parent.level === undefined) return [];
  const below: Item[] = [];
  for (let i = parent.index + 1; i < items.length; i++) {
    const item = items[i];
    if (item.group !== parent.group) continue;
    if (item.kind !== "row" || item.level === undefined || DEPTH[item.level] <= DEPTH[parent.level]) break;
    below.push(item);
  }
  const nearest = Math.min(...below.map((c) => DEPTH[c.level as Level]));
  return below.filter((c) => DEPTH[c.level as Level] === nearest);
}

/**
 * Checks of each parent capaian (per period and annual) that its own cells cannot explain,
 * against the mean of its children's recomputed capaian (capped as the sheet caps). Needs two
 * children or more, every one with a capaian of its own to recompute: otherwise there is no
 * mean to speak of. `own` holds each item's own checks when the caller already has them.
 */
export function parentMeanChecks(
  items: readonly Item[],
  settings: Settings,
  capAt: number | null,
  own: Pick<ReadonlyMap<number, readonly CapaianCheck[]>, "get"> = new Map(items.map((item) => [item.index, capaianChecks(item, settings)])),
): CapaianCheck[] {
  const checks: CapaianCheck[] = [];
  for (const parent of items) {
    if (parent.kind !== "row" || parent.level === undefined) continue;
    // Only a stated capaian that the parent's own cells do not explain is read as a mean.
    // Most items state no capaian at all: asked first, without building the list of periods.
    if (!STATED_ROLE_LIST.some((role) => parent.cells[role] !== undefined)) continue;
    const unexplained = (MONTHS.some((m) => parent.cells[statedRole(m)]) ? MONTHLY : QUARTERLY).filter(
      (period) => isFilled(parent.cells[statedRole(period)]) && !own.get(parent.index)?.some((c) => c.period === period),
    );
    if (unexplained.length === 0) continue;
    const children = childrenByLevel(items, parent);
    if (children.length < 2) continue;
    for (const period of unexplained) {
      const values = children.map((child) => {
        const check = own.get(child.index)?.find((c) => c.period === period);
        if (!check || check.candidates.length !== 1) return undefined;
        const value = check.candidates[0].value;
        return capAt !== null && value > capAt ? capAt : value;
      });
      if (values.some((v) => v === undefined)) continue;
      const mean = (values as number[]).reduce((sum, v) => sum + v, 0) / values.length;
      checks.push({
        stated: parent.cells[statedRole(period)] as CellRef,
        period,
        candidates: [{ value: mean, method: "mean", basis: "children" }],
        polaritySource: polarityOf(parent, settings).source,
        children: children.length,
      });
    }
  }
  return checks;
}
