/**
 * A row's annual capaian recomputed from its own target and realisasi, whether or not the sheet
 * states one: read the way CAPAIAN_MISMATCH reads an annual capaian (polarity, Σ or last realisasi
 * as the targets and the indikator's words say, shares of an annual amount), for rules that set
 * the capaian beside something else (EFISIENSI, PREDIKAT_MISMATCH).
 */
import { annualBases, annualRealisasi, capaianOf, comparableUnits, polarityOf, sharesTarget, type CapaianCandidate } from "../../capaian";
import { isFilled, MONTHS, periodRole, QUARTERS, type CellRef, type Item, type ParsedValue, type Period, type Role, type Settings } from "../../model";

function own(item: Item, role: Role): CellRef | undefined {
  return isFilled(item.cells[role]) ? item.cells[role] : undefined;
}

function ownOrInherited(item: Item, role: Role): CellRef | undefined {
  return own(item, role) ?? (isFilled(item.inherited[role]) ? item.inherited[role] : undefined);
}

/** Months when the row has any monthly target or realisasi, else quarters. */
export function rowPeriods(item: Item): readonly Period[] {
  return MONTHS.some((m) => item.cells[periodRole("target", m)] || item.cells[periodRole("realisasi", m)]) ? MONTHS : QUARTERS;
}

/**
 * Every reading of the row's annual capaian (one, or Σ and last when the targets do not tell),
 * before any cap; empty when no formula gives a number (no target, no realisasi, a target of 0,
 * units that do not compare).
 */
export function annualCapaian(item: Item, settings: Settings): CapaianCandidate[] {
  const annualTarget = ownOrInherited(item, "target");
  if (item.kind !== "row" || !annualTarget) return [];
  const periods = rowPeriods(item);
  const periodTargets: Array<ParsedValue | undefined> = periods.map((p) => ownOrInherited(item, periodRole("target", p))?.value);
  const periodRealisasi: Array<ParsedValue | undefined> = periods.map((p) => own(item, periodRole("realisasi", p))?.value);
  const bases = annualBases(annualTarget.value, periodTargets, ownOrInherited(item, "satuan")?.text, ownOrInherited(item, "indikator")?.text);
  const lastPeriodTarget = [...periodTargets].reverse().find((v) => v !== undefined);
  const { polarity } = polarityOf(item, settings);
  return annualRealisasi(own(item, "realisasi")?.value, periodRealisasi, bases).flatMap((r) => {
    const target = sharesTarget(annualTarget.value, lastPeriodTarget, r.value) ?? annualTarget.value;
    if (!comparableUnits(target, r.value)) return [];
    const c = capaianOf(target, r.value, polarity, settings.negativeFormula);
    return c ? [{ value: c.value, method: c.method, basis: r.basis }] : [];
  });
}
