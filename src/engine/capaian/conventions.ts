/**
 * A sheet's own habits with capaian, detected from what it states: a cap at 100% (or 120%), the
 * decimals it shows, and whether it keeps telling fractions. The person's settings come first.
 */
import { cellAt, CellMap, type AnnualCapaianBasis, type Grid, type Item, type NegativeFormula, type PeriodCapaianBasis, type Settings } from "../model";
import { disagreement } from "./compare";
import { capaianChecks, triedChecks, type CapaianCheck } from "./expected";
import { looksLikeFraction, shownDecimals, type CapaianStorage } from "./stated";

/** A sheet's own conventions, detected from what it states. */
export interface SheetConventions {
  /** The cap the sheet applies to capaian (100, 120), or null when it does not cap. */
  capAt: number | null;
  /** Decimals the sheet shows for capaian (0 for `77`, 2 for `77,50`): the most common. */
  capaianDecimals: number;
  /**
   * How the stated capaian are kept: "fraction" for 0.875 under a % format (seen only when the grid
   * is given) or telling, "points" for 87,5; absent when the sheet states no capaian number.
   */
  capaianStorage?: CapaianStorage;
  /**
   * How the sheet computes capaian: the setting where the person chose one, else what its stated
   * capaian show ({@link detectFormulaConventions}). Absent means the default reading (PermenPAN-RB,
   * per period, per indikator): the pane shows these as "terdeteksi" under an "auto" setting.
   */
  negativeFormula?: NegativeFormula;
  periodBasis?: PeriodCapaianBasis;
  annualBasis?: AnnualCapaianBasis;
}

/** The readings a sheet follows unless its stated capaian show another. */
export const DEFAULT_FORMULA_CONVENTIONS: Required<Pick<SheetConventions, "negativeFormula" | "periodBasis" | "annualBasis">> = {
  negativeFormula: "permenpan",
  periodBasis: "period",
  annualBasis: "indikator",
};

/** The settings the capaian checks of a table run with: its conventions in place of "auto". */
export function effectiveSettings(settings: Settings, conventions: Pick<SheetConventions, "negativeFormula" | "periodBasis" | "annualBasis">): Settings {
  return {
    ...settings,
    negativeFormula: conventions.negativeFormula ?? (settings.negativeFormula === "auto" ? DEFAULT_FORMULA_CONVENTIONS.negativeFormula : settings.negativeFormula),
    periodCapaianBasis: conventions.periodBasis ?? (settings.periodCapaianBasis === "auto" ? DEFAULT_FORMULA_CONVENTIONS.periodBasis : settings.periodCapaianBasis),
    annualCapaianBasis: conventions.annualBasis ?? (settings.annualCapaianBasis === "auto" ? DEFAULT_FORMULA_CONVENTIONS.annualBasis : settings.annualCapaianBasis),
  };
}

/** Caps seen in documents, lowest first: a sheet capping at 100 also has nothing above 120. */
export const CAPS: readonly number[] = [100, 120];

/** Half a point: stated capaian are seldom shown finer, and a cap is a round number. */
const NEAR = 0.5;

interface Stated {
  stated: number;
  /** The lowest recomputed value: an annual capaian may stand on Σ or last realisasi. */
  raw: number;
}

/**
 * A sheet caps at `cap` when every over-achievement beyond it that the sheet states at or above
 * the cap reads exactly the cap, with at least one such case. A stated value below the cap for an
 * over-achievement is wrong either way, so it says nothing about the convention.
 */
export function capOf(stated: readonly Stated[]): number | null {
  for (const cap of CAPS) {
    const over = stated.filter((s) => s.raw > cap + NEAR);
    const atCap = over.filter((s) => Math.abs(s.stated - cap) < NEAR).length;
    const above = stated.some((s) => s.stated > cap + NEAR && s.raw > cap + NEAR);
    if (atCap > 0 && !above) return cap;
  }
  return null;
}

function mostCommon(counts: Map<number, number>): number {
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}

/** A number format that shows a percentage (a `%` outside quotes: 0.00% yes, 0.00"%" no). */
function isPercentFormat(format: string | undefined): boolean {
  return !!format && /%/.test(format.replace(/"[^"]*"/g, ""));
}

/**
 * Conventions of one table: the cap from the setting or (with "auto") from the sheet. With the
 * grid, a capaian stored as a fraction under a % format counts as a fraction (the number reader has
 * already turned it into points, so only the storage is told).
 */
export function detectConventions(items: readonly Item[], settings: Settings, grid?: Grid): SheetConventions {
  const points: Stated[] = [];
  const decimals = new Map<number, number>();
  let fractions = 0;
  let telling = 0; // cells whose storage shows: bare numbers and numbers under a % format
  for (const item of items) {
    for (const check of capaianChecks(item, settings)) {
      const { value, text } = check.stated;
      if (value.kind !== "number") continue;
      const raw = Math.min(...check.candidates.map((c) => c.value));
      const fraction = looksLikeFraction(value, raw);
      const cell = grid ? cellAt(grid, check.stated.row, check.stated.col) : null;
      if (typeof cell?.value === "number" && isPercentFormat(cell.format)) {
        telling++;
        fractions++;
      } else if (!value.percent) {
        telling++;
        if (fraction) fractions++;
      }
      const d = shownDecimals(value, text);
      // 0.875 shows three decimals of a fraction: one of points.
      const shown = fraction ? Math.max(0, d - 2) : d;
      decimals.set(shown, (decimals.get(shown) ?? 0) + 1);
      points.push({ stated: fraction ? value.value * 100 : value.value, raw });
    }
  }
  const conventions: SheetConventions = {
    capAt: settings.capAt === "auto" ? capOf(points) : settings.capAt,
    capaianDecimals: mostCommon(decimals),
  };
  if (points.length > 0) conventions.capaianStorage = telling > 0 && fractions * 2 > telling ? "fraction" : "points";
  return { ...conventions, ...detectFormulaConventions(items, settings, conventions) };
}

type FormulaConventions = Required<Pick<SheetConventions, "negativeFormula" | "periodBasis" | "annualBasis">>;

/**
 * The formulas a sheet's stated capaian follow, each where the setting says "auto": target ÷
 * realisasi for negative indikator (some e-SAKIP apps) instead of PermenPAN-RB 8/2021's; per-period
 * capaian as the realisasi so far ÷ the annual target; the annual capaian as the mean of the
 * periods'. Like the cap, an alternative is the sheet's when it explains at least two stated
 * values the default does not, and three times as many as the other way round: a sheet that
 * mixes them keeps the default, and its odd rows are reported.
 */
export function detectFormulaConventions(items: readonly Item[], settings: Settings, found: SheetConventions): FormulaConventions {
  const chosen: FormulaConventions = {
    negativeFormula: settings.negativeFormula === "auto" ? DEFAULT_FORMULA_CONVENTIONS.negativeFormula : settings.negativeFormula,
    periodBasis: settings.periodCapaianBasis === "auto" ? DEFAULT_FORMULA_CONVENTIONS.periodBasis : settings.periodCapaianBasis,
    annualBasis: settings.annualCapaianBasis === "auto" ? DEFAULT_FORMULA_CONVENTIONS.annualBasis : settings.annualCapaianBasis,
  };
  if (found.capaianStorage === undefined) return chosen; // no stated capaian: nothing to tell from
  // Each reading is tried only where the sheet states a capaian it would change: the check of a
  // large sheet stays one pass over its rows when there is nothing to tell.
  const base = effectiveSettings(settings, chosen);
  const states = (only: (c: CapaianCheck) => boolean): boolean => items.some((item) => capaianChecks(item, base).some(only));
  const tries = (only: (c: CapaianCheck) => boolean, alt: Partial<FormulaConventions>): boolean =>
    states(only) && followsAlternative(items, settings, found, chosen, { ...chosen, ...alt }, only);
  const negative = (c: CapaianCheck) => c.candidates.some((x) => x.method.startsWith("negative"));
  if (settings.negativeFormula === "auto" && tries(negative, { negativeFormula: "inverse" })) chosen.negativeFormula = "inverse";
  if (settings.periodCapaianBasis === "auto" && tries((c) => c.period !== "annual", { periodBasis: "to-date" })) chosen.periodBasis = "to-date";
  if (settings.annualCapaianBasis === "auto" && tries((c) => c.period === "annual", { annualBasis: "mean" })) chosen.annualBasis = "mean";
  return chosen;
}

/** Whether the stated capaian agree with `alt` where they disagree with `base`, clearly more often than the reverse. */
function followsAlternative(
  items: readonly Item[],
  settings: Settings,
  found: SheetConventions,
  base: FormulaConventions,
  alt: FormulaConventions,
  only: (c: CapaianCheck) => boolean,
): boolean {
  // Each reading's checks by their stated cell (a later item's check of the same cell replaces one's).
  // The base reading is the one the rules will ask for unless the alternative wins: its walks are kept.
  const checksUnder = (c: FormulaConventions, read: typeof capaianChecks): CellMap<CapaianCheck> => {
    const s = effectiveSettings(settings, c);
    const out = new CellMap<CapaianCheck>();
    for (const item of items) for (const check of read(item, s)) if (only(check)) out.set(check.stated.row, check.stated.col, check);
    return out;
  };
  const agrees = (check: CapaianCheck | undefined): boolean => {
    if (!check) return false;
    const capped = check.candidates.map((x) => (found.capAt !== null && x.value > found.capAt ? found.capAt : x.value));
    return disagreement(check.stated, capped, found.capaianStorage) === undefined;
  };
  const before = checksUnder(base, capaianChecks);
  const after = checksUnder(alt, triedChecks);
  let altOnly = 0;
  let baseOnly = 0;
  const count = (b: boolean, a: boolean): void => {
    if (a && !b) altOnly++;
    else if (b && !a) baseOnly++;
  };
  before.forEach((check, row, col) => count(agrees(check), agrees(after.get(row, col))));
  after.forEach((check, row, col) => {
    if (!before.has(row, col)) count(false, agrees(check));
  });
  return altOnly >= 2 && altOnly >= 3 * baseOnly;
}
