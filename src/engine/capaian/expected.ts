/**
 * What each capaian cell of an item should hold: per period realisasi against target of the
 * same period (a cumulative series compares totals so far, an incremental one the period's own:
 * either way the same period's pair), and the annual one against the annual target.
 */
import { isFilled, MONTHS, periodRole, QUARTERS, type CellRef, type Item, type ParsedValue, type Period, type Polarity, type Role, type RoleMap, type Settings } from "../model";
import { perObjectAnswer, perText } from "../remembered";
import { annualBases, annualRealisasi, type CapaianBasis } from "./annual";
import { polarityOf, type PolaritySource } from "./polarity";
import { capaianOf, whyNoCapaian, type CapaianMethod, type NoCapaianReason } from "./value";

/** One way the capaian may have been computed, in percent points before any cap. */
export interface CapaianCandidate {
  value: number;
  method: CapaianMethod;
  basis: CapaianBasis;
}

export interface CapaianCheck {
  /** The stated capaian cell. */
  stated: CellRef;
  /** "annual" or a period key. */
  period: Period | "annual";
  /**
   * Recomputed capaian, one per reading the sheet allows: a single one per period; for the
   * annual one, Σ and last realisasi when the targets do not tell a flow from a stock.
   */
  candidates: CapaianCandidate[];
  polaritySource: PolaritySource;
  /** A parent read as the mean of its children: how many. */
  children?: number;
}

/**
 * Target and realisasi in different units ("1 Laporan" against "90 UM", "100%" against
 * "4 Dokumen") are not comparable. A bare number beside a percent is a percent left unsigned.
 */
export function comparableUnits(target: ParsedValue, realisasi: ParsedValue): boolean {
  if (target.kind === "grade" || realisasi.kind === "grade") return target.kind === realisasi.kind;
  if (target.kind !== "number" && target.kind !== "range") return true;
  if (realisasi.kind !== "number" && realisasi.kind !== "range") return true;
  if (!!target.percent !== !!realisasi.percent) return !(target.percent ? realisasi.unit : target.unit);
  const a = target.unit?.toLowerCase().trim();
  const b = realisasi.unit?.toLowerCase().trim();
  if (!a || !b) return true;
  return a === b || a.startsWith(b) || b.startsWith(a);
}

function own(item: Item, role: Role): CellRef | undefined {
  return isFilled(item.cells[role]) ? item.cells[role] : undefined;
}

function ownOrInherited(item: Item, role: Role): CellRef | undefined {
  return own(item, role) ?? (isFilled(item.inherited[role]) ? item.inherited[role] : undefined);
}

/** Whether the item holds any capaian cell: only those are worth the polarity words. */
function hasCapaian(item: Item): boolean {
  // The annual capaian first, by name: most rows of a Pengukuran Kinerja have one (asked at every walk).
  if (item.cells.capaian !== undefined) return true;
  for (const role in item.cells) if (role.startsWith("capaian")) return true;
  return false;
}

/**
 * Period targets given as shares of an annual amount (30%, 50%, 80%, 100% of 248,71 M) with the
 * realisasi given the same way: the annual capaian is the last share reached against the last
 * share planned, not a percent against rupiah.
 */
export function sharesTarget(annualTarget: ParsedValue, lastPeriodTarget: ParsedValue | undefined, realisasi: ParsedValue): ParsedValue | undefined {
  if (annualTarget.kind !== "number" || annualTarget.percent || realisasi.kind !== "number" || !realisasi.percent) return undefined;
  return lastPeriodTarget?.kind === "number" && lastPeriodTarget.percent ? lastPeriodTarget : undefined;
}

/** Above this a bare number cannot be a percent left unsigned: it is an amount. */
const NOT_A_PERCENT = 1000;

/**
 * A period target given as a share of the annual amount (30% of 248,71 M) with its realisasi given
 * as an amount (70.000.000.000): the realisasi as the same kind of share, so the two compare.
 */
export function asShare(periodTarget: ParsedValue, realisasi: ParsedValue, annualTarget: ParsedValue | undefined): ParsedValue {
  if (periodTarget.kind !== "number" || !periodTarget.percent || realisasi.kind !== "number" || realisasi.percent) return realisasi;
  if (annualTarget?.kind !== "number" || annualTarget.percent || annualTarget.value === 0 || Math.abs(realisasi.value) <= NOT_A_PERCENT) return realisasi;
  return { kind: "number", value: (realisasi.value / annualTarget.value) * 100, percent: true };
}

/**
 * A capaian cell whose target and realisasi are both there but give no number (a target of 0, a
 * qualitative target not reached): the person is told why instead of being given a guess.
 */
export interface UncomputedCapaian {
  /** The capaian cell, filled or not. */
  cell: CellRef;
  /** The same cell when it holds something. */
  stated?: CellRef;
  period: Period | "annual";
  reason: NoCapaianReason;
  target: CellRef;
  realisasi: ParsedValue;
  polaritySource: PolaritySource;
}

/** Every capaian cell of the item that can be recomputed, with what it should be. Callers never change the list. */
export function capaianChecks(item: Item, settings: Settings): readonly CapaianCheck[] {
  return walkOnce(item, settings).checks;
}

/**
 * The item's checks under a reading the formula conventions try, walked without being kept when no
 * walk under it is kept yet: a reading the sheet turns out not to follow is never asked again, and
 * a Pengukuran Kinerja kept a walk of every row for it until the check ended. A reading the sheet
 * follows is walked again, and kept, when the rules ask for it.
 */
export function triedChecks(item: Item, settings: Settings): readonly CapaianCheck[] {
  return walkOnce(item, settings, undefined, false).checks;
}

/**
 * Every capaian cell of the item that has target and realisasi but no number, and why. With the
 * item's columns, an empty capaian cell of a one-row item counts too (items keep filled cells only).
 */
export function uncomputedCapaian(item: Item, settings: Settings, columns?: RoleMap): readonly UncomputedCapaian[] {
  return walkOnce(item, settings, columns).uncomputed;
}

/** An item's capaian checks and the capaian cells it cannot recompute, under one reading. Never changed once made. */
interface Walked {
  checks: readonly CapaianCheck[];
  uncomputed: readonly UncomputedCapaian[];
}

/** The period part of a walk, which every annual reading of the same period settings shares. */
interface PeriodWalk extends Walked {
  /**
   * The period capaian recomputed, added up in period order, for the "mean" annual basis: how many,
   * their sum and the first one's formula (numbers kept, not a candidate per period and item).
   */
  capaianCount: number;
  capaianSum: number;
  capaianMethod?: CapaianMethod;
}

/**
 * Each item's walk kept per reading of the settings it depends on (the three formula conventions
 * and the polarity choices) and per column map: the formula conventions are told apart by walking
 * every item under each, and then four capaian rules walk them again under the one chosen. Kept for
 * one analysis (its text scope); outside one, each call walks afresh. One map of items per reading
 * (three or four in a check), not a map per item: on 100,000 rows those maps were most of the
 * collector's work (the conventions 3.9 → 2.8 s).
 */
const walks = perText(() => new Map<Item, Walked>());
const objectIds = new WeakMap<object, number>();
let lastObjectId = 0;

function idOf(object: object | undefined): number {
  if (object === undefined) return 0;
  let id = objectIds.get(object);
  if (id === undefined) objectIds.set(object, (id = ++lastObjectId));
  return id;
}

/** What walk answers for an item with no capaian to check (most items of a Rencana Aksi). */
const NONE: readonly never[] = [];
const NOTHING: Walked = { checks: NONE, uncomputed: NONE };

/**
 * The part of the key that depends on the settings, worked out once per settings object: what
 * walk reads of them and only that. "auto" walks as the default formulas do, so the check under
 * the person's settings and the one under the sheet's detected defaults share their walks.
 */
const settingsKeys = new WeakMap<Settings, string>();

function settingsKey(settings: Settings): string {
  let key = settingsKeys.get(settings);
  if (key === undefined) {
    const negative = settings.negativeFormula === "inverse" ? "inverse" : "permenpan";
    const period = settings.periodCapaianBasis === "to-date" ? "to-date" : "period";
    const annual = settings.annualCapaianBasis === "sum" || settings.annualCapaianBasis === "last" || settings.annualCapaianBasis === "mean" ? settings.annualCapaianBasis : "indikator";
    key = `${negative}|${period}|${annual}|${idOf(settings.polarity)}`;
    settingsKeys.set(settings, key);
  }
  return key;
}

/**
 * What the period part of a walk reads of the settings: the annual reading only through a period
 * capaian counted to date (its realisasi so far is a sum or a last), so the annual readings the
 * conventions try ("mean" against the indikator's own) walk the periods once between them.
 */
const periodKeys = new WeakMap<Settings, string>();

function periodKey(settings: Settings): string {
  let key = periodKeys.get(settings);
  if (key === undefined) {
    const negative = settings.negativeFormula === "inverse" ? "inverse" : "permenpan";
    const toDate = settings.periodCapaianBasis === "to-date";
    const annual = !toDate ? "-" : settings.annualCapaianBasis === "sum" || settings.annualCapaianBasis === "last" ? settings.annualCapaianBasis : "indikator";
    key = `${negative}|${toDate ? "to-date" : "period"}|${annual}|${idOf(settings.polarity)}`;
    periodKeys.set(settings, key);
  }
  return key;
}

/**
 * The columns change a walk only where they give the item an empty capaian cell to report (a
 * one-row item without its own cell in a capaian column); elsewhere it walks as without them.
 */
function fillsEmptyCell(item: Item, columns: RoleMap): boolean {
  if (item.firstRow !== item.lastRow) return false;
  for (const role of capaianRolesOf(columns)) if (item.cells[role] === undefined) return true;
  return false;
}

/** A column map's capaian roles, listed once per map in an analysis (asked for every item by every capaian rule). */
const capaianRolesOf = perObjectAnswer((columns: RoleMap): readonly Role[] => (Object.keys(columns) as Role[]).filter((role) => role.startsWith("capaian") && columns[role] !== undefined));

/** `keep`: the walk is kept for the analysis when made (a walk kept already is always read). */
function walkOnce(item: Item, settings: Settings, given?: RoleMap, keep = true): Walked {
  // Only a row with a capaian cell, or a capaian column to fill, has anything to walk.
  if (item.kind !== "row" || !(hasCapaian(item) || (given !== undefined && hasCapaianColumn(given)))) return NOTHING;
  const columns = given !== undefined && fillsEmptyCell(item, given) ? given : undefined;
  const key = columns === undefined ? settingsKey(settings) : `${settingsKey(settings)}|${idOf(columns)}`;
  // One map per reading of the settings (three or four in a check), not one per item.
  const memo = walks(key);
  let found = memo.get(item);
  if (found === undefined) {
    found = walk(item, settings, columns);
    if (keep) memo.set(item, found);
  }
  return found;
}

const periodWalks = perText(() => new Map<Item, PeriodWalk>());

/** The period part of the item's walk under these settings, walked once per period reading (walkOnce's columns). */
function periodWalkOnce(item: Item, settings: Settings, columns: RoleMap | undefined): PeriodWalk {
  const key = columns === undefined ? periodKey(settings) : `${periodKey(settings)}|${idOf(columns)}`;
  const memo = periodWalks(key);
  let found = memo.get(item);
  if (found === undefined) memo.set(item, (found = walkPeriods(item, settings, columns ?? {})));
  return found;
}

/** The item's cell for a role, or its empty cell when the item is one row and the column is known. */
function cellOf(item: Item, role: Role, columns: RoleMap): CellRef | undefined {
  const col = columns[role];
  if (item.cells[role] || col === undefined || item.firstRow !== item.lastRow) return item.cells[role];
  return { row: item.firstRow, col, text: "", value: { kind: "empty" } };
}

function hasCapaianColumn(columns: RoleMap): boolean {
  for (const role in columns) if (role.startsWith("capaian")) return true;
  return false;
}

/**
 * What a walk reads of an item, whatever the settings: its cells and what the indikator's targets
 * say about the annual reading. The formula conventions walk every item under three or four
 * readings of the settings; the cells are looked up once for all of them.
 */
interface WalkCells {
  periods: readonly Period[];
  annualTarget?: CellRef;
  periodTargetCells: Array<CellRef | undefined>;
  periodRealisasi: Array<ParsedValue | undefined>;
  annualCapaian?: CellRef;
  annualRealisasi?: ParsedValue;
  indikatorBases: ReadonlyArray<"sum" | "last">;
}

const cellsOf = perObjectAnswer(readWalkCells);

// The indikator's annual readings as shared lists: WalkCells are kept per item for the analysis.
const NO_BASES: ReadonlyArray<"sum" | "last"> = [];
const LAST: ReadonlyArray<"sum" | "last"> = ["last"];
const SUM: ReadonlyArray<"sum" | "last"> = ["sum"];
const LAST_OR_SUM: ReadonlyArray<"sum" | "last"> = ["last", "sum"];

function sharedBases(bases: ReadonlyArray<"sum" | "last">): ReadonlyArray<"sum" | "last"> {
  if (bases.length === 1) return bases[0] === "last" ? LAST : SUM;
  return bases.length === 2 && bases[0] === "last" && bases[1] === "sum" ? LAST_OR_SUM : bases;
}

function readWalkCells(item: Item): WalkCells {
  const periods: readonly Period[] = MONTHS.some((m) => item.cells[periodRole("capaian", m)]) ? MONTHS : QUARTERS;
  const annualTarget = ownOrInherited(item, "target");
  const periodTargetCells = periods.map((p) => ownOrInherited(item, periodRole("target", p)));
  const satuan = ownOrInherited(item, "satuan")?.text;
  return {
    periods,
    annualTarget,
    periodTargetCells,
    periodRealisasi: periods.map((p) => own(item, periodRole("realisasi", p))?.value),
    annualCapaian: own(item, "capaian"),
    annualRealisasi: own(item, "realisasi")?.value,
    indikatorBases: annualTarget ? sharedBases(annualBases(annualTarget.value, periodTargetCells.map((t) => t?.value), satuan, ownOrInherited(item, "indikator")?.text)) : NO_BASES,
  };
}

/** A capaian of one target and realisasi under the item's polarity and the settings' formula, null where there is none. */
type Compute = (t: ParsedValue, r: ParsedValue, basis: CapaianBasis) => CapaianCandidate | null;

function computer(polarity: Polarity, settings: Settings): Compute {
  return (t, r, basis) => {
    if (!comparableUnits(t, r)) return null;
    const c = capaianOf(t, r, polarity, settings.negativeFormula);
    return c && { value: c.value, method: c.method, basis };
  };
}

/** The capaian cell's reason for having no number, from the first realisasi that gives one. */
function noNumber(
  cell: CellRef | undefined,
  period: Period | "annual",
  target: CellRef,
  realisasi: readonly ParsedValue[],
  polaritySource: PolaritySource,
): UncomputedCapaian | undefined {
  if (!cell) return undefined;
  for (const r of realisasi) {
    const reason = comparableUnits(target.value, r) ? whyNoCapaian(target.value, r) : undefined;
    if (!reason) continue;
    return { cell, ...(isFilled(cell) ? { stated: cell } : {}), period, reason, target, realisasi: r, polaritySource };
  }
  return undefined;
}

/** The capaian cells of a row that has some (walkOnce tells which rows do): its periods', then its annual one. */
function walk(item: Item, settings: Settings, columns?: RoleMap): Walked {
  const periods = periodWalkOnce(item, settings, columns);
  const cells = cellsOf(item);
  const { annualTarget } = cells;
  const capaianCell = cellOf(item, "capaian", columns ?? {});
  if (!capaianCell || !annualTarget) return periods;
  const { polarity, source } = polarityOf(item, settings);
  const compute = computer(polarity, settings);
  const bases = basesFor(settings.annualCapaianBasis, cells.indikatorBases);
  const stated = cells.annualCapaian;
  const realisasi = annualRealisasi(cells.annualRealisasi, cells.periodRealisasi, bases);
  let candidates: CapaianCandidate[];
  if (settings.annualCapaianBasis === "mean") candidates = meanOf(periods);
  else {
    const lastPeriodTarget = lastDefined(cells.periodTargetCells)?.value;
    candidates = [];
    for (const r of realisasi) {
      const c = compute(sharesTarget(annualTarget.value, lastPeriodTarget, r.value) ?? annualTarget.value, r.value, r.basis);
      if (c !== null) candidates.push(c);
    }
  }
  if (stated && candidates.length > 0) {
    const check: CapaianCheck = { stated, period: "annual", candidates: fitted(candidates), polaritySource: source };
    return { checks: periods.checks.concat(check), uncomputed: periods.uncomputed };
  }
  if (candidates.length > 0) return periods;
  const why = noNumber(
    capaianCell,
    "annual",
    annualTarget,
    realisasi.map((r) => r.value),
    source,
  );
  return why ? { checks: periods.checks, uncomputed: periods.uncomputed.concat(why) } : periods;
}

/**
 * A list kept per row, copied to its own size: V8 gives a list grown by push (or spread) room for
 * seventeen entries, and a Pengukuran Kinerja keeps one or two of these (of one or two entries)
 * for every row until the check ends. (`concat` makes a list of its own size already.)
 */
function fitted<T>(list: T[]): T[] {
  return list.slice();
}

function lastDefined<T>(values: ReadonlyArray<T | undefined>): T | undefined {
  for (let i = values.length - 1; i >= 0; i--) if (values[i] !== undefined) return values[i];
  return undefined;
}

/** The period capaian cells of the item, and the period capaian recomputed (for the "mean" annual basis). */
function walkPeriods(item: Item, settings: Settings, columns: RoleMap): PeriodWalk {
  // Kept per item for the analysis: lists made only when something goes in them (most rows of a
  // Pengukuran Kinerja state no period capaian; a Rencana Aksi none at all).
  let checks: CapaianCheck[] | undefined;
  let uncomputed: UncomputedCapaian[] | undefined;
  const { polarity, source } = polarityOf(item, settings);
  const cells = cellsOf(item);
  const { periods, annualTarget, periodTargetCells, periodRealisasi, indikatorBases } = cells;
  const bases = basesFor(settings.annualCapaianBasis, indikatorBases);
  let count = 0;
  let sum = 0;
  let method: CapaianMethod | undefined;
  for (let i = 0; i < periods.length; i++) {
    const t = periodTargetCells[i];
    const r = periodRealisasi[i];
    if (!t || !r) continue;
    const p = periods[i];
    const realisasi = asShare(t.value, r, annualTarget?.value);
    const computed = comparableUnits(t.value, realisasi) ? capaianOf(t.value, realisasi, polarity, settings.negativeFormula) : null;
    if (computed) {
      count++;
      sum += computed.value;
      method ??= computed.method;
    }
    // Candidates are made only for a stated capaian to check.
    const stated = own(item, periodRole("capaian", p));
    if (stated) {
      const candidates: CapaianCandidate[] =
        settings.periodCapaianBasis === "to-date" && annualTarget
          ? toDate(annualTarget.value, periodRealisasi.slice(0, i + 1), bases, computer(polarity, settings))
          : computed
            ? [{ value: computed.value, method: computed.method, basis: "period" }]
            : [];
      if (candidates.length > 0) {
        (checks ??= []).push({ stated, period: p, candidates, polaritySource: source });
        continue;
      }
    }
    const why = noNumber(cellOf(item, periodRole("capaian", p), columns), p, t, [realisasi], source);
    if (why) (uncomputed ??= []).push(why);
  }
  return { checks: checks ? fitted(checks) : NONE, uncomputed: uncomputed ? fitted(uncomputed) : NONE, capaianCount: count, capaianSum: sum, capaianMethod: method };
}

/** The annual readings a setting allows: the indikator's own, or the one the sheet uses for all. */
function basesFor(setting: Settings["annualCapaianBasis"], indikator: ReadonlyArray<"sum" | "last">): ReadonlyArray<"sum" | "last"> {
  return setting === "sum" || setting === "last" ? [setting] : indikator;
}

/** A period's capaian as progress on the year: the realisasi so far (Σ or last, as the indikator reads) ÷ the annual target. */
function toDate(
  annualTarget: ParsedValue,
  soFar: ReadonlyArray<ParsedValue | undefined>,
  bases: ReadonlyArray<"sum" | "last">,
  compute: Compute,
): CapaianCandidate[] {
  return fitted(
    annualRealisasi(undefined, soFar, bases)
      .map((r) => compute(annualTarget, r.value, "to-date"))
      .filter((c): c is CapaianCandidate => c !== null),
  );
}

/** The mean of the period capaian, when two periods or more have one (the formula named is theirs). */
function meanOf(periods: PeriodWalk): CapaianCandidate[] {
  if (periods.capaianCount < 2 || periods.capaianMethod === undefined) return [];
  return [{ value: periods.capaianSum / periods.capaianCount, method: periods.capaianMethod, basis: "mean" }];
}
