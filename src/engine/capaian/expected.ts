/**
 * What each capaian cell of an item should hold: per period realisasi against target of the
 * same period, and the annual one against the annual target.
 */
import { MONTHS, QUARTERS, type CellRef, type Item, type ParsedValue, type Period, type Role, type Settings } from "../model";
import { polarityOf, type PolaritySource } from "./polarity";
import { capaianOf, type CapaianMethod } from "./value";

export interface CapaianCheck {
  /** The stated capaian cell. */
  stated: CellRef;
  /** "annual" or a period key. */
  period: Period | "annual";
  /** Recomputed capaian in percent points, before any cap. Several when a document may do either (annual: Σ or last realisasi). */
  candidates: number[];
  method: CapaianMethod;
  polaritySource: PolaritySource;
}

function filled(cell: CellRef | undefined): cell is CellRef {
  return cell !== undefined && cell.value.kind !== "empty";
}

/** Target and realisasi in different units ("1 Laporan" against "90 UM") are not comparable. */
function sameUnit(target: ParsedValue, realisasi: ParsedValue): boolean {
  if (target.kind !== "number" || realisasi.kind !== "number") return true;
  const a = target.unit?.toLowerCase().trim();
  const b = realisasi.unit?.toLowerCase().trim();
  if (!a || !b) return true;
  return a === b || a.startsWith(b) || b.startsWith(a);
}

function own(item: Item, role: Role): CellRef | undefined {
  return filled(item.cells[role]) ? item.cells[role] : undefined;
}

function target(item: Item, role: Role): CellRef | undefined {
  return own(item, role) ?? (filled(item.inherited[role]) ? item.inherited[role] : undefined);
}

/** Every capaian cell of the item that can be recomputed, with what it should be. */
export function capaianChecks(item: Item, settings: Settings): CapaianCheck[] {
  if (item.kind !== "row") return [];
  if (!Object.keys(item.cells).some((role) => role.startsWith("capaian"))) return [];
  const { polarity, source } = polarityOf(item, settings);
  const checks: CapaianCheck[] = [];
  const periods: readonly Period[] = MONTHS.some((m) => item.cells[`capaian_${m}` as Role]) ? MONTHS : QUARTERS;
  const realisasiByPeriod: Array<ParsedValue | undefined> = [];

  for (const p of periods) {
    const t = target(item, `target_${p}` as Role);
    const r = own(item, `realisasi_${p}` as Role);
    realisasiByPeriod.push(r?.value);
    const stated = own(item, `capaian_${p}` as Role);
    if (!stated || !t || !r || !sameUnit(t.value, r.value)) continue;
    const c = capaianOf(t.value, r.value, polarity, settings.negativeFormula);
    if (c) checks.push({ stated, period: p, candidates: [c.value], method: c.method, polaritySource: source });
  }

  const stated = own(item, "capaian");
  const annualTarget = target(item, "target");
  if (stated && annualTarget) {
    const annualRealisasi = own(item, "realisasi");
    const realisasiOptions: ParsedValue[] = [];
    if (annualRealisasi) realisasiOptions.push(annualRealisasi.value);
    else {
      const numbers = realisasiByPeriod.filter((v): v is ParsedValue & { kind: "number" } => v?.kind === "number");
      // Flow indicators add their periods; stock and percentage ones take the last: documents do both.
      if (numbers.length > 0) {
        realisasiOptions.push(numbers[numbers.length - 1]);
        realisasiOptions.push({ ...numbers[0], value: numbers.reduce((s, v) => s + v.value, 0) });
      }
    }
    const results = realisasiOptions
      .filter((r) => sameUnit(annualTarget.value, r))
      .map((r) => capaianOf(annualTarget.value, r, polarity, settings.negativeFormula))
      .filter((c): c is NonNullable<typeof c> => c !== null);
    if (results.length > 0) checks.push({ stated, period: "annual", candidates: results.map((c) => c.value), method: results[0].method, polaritySource: source });
  }
  return checks;
}
