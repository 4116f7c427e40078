/**
 * Roles read from the column-number row's formulas, where the header is weak: a column the form
 * defines as the sum of the four triwulan ("13 = 9 + 10 + 11 + 12") is their annual figure, part by
 * part (the K of 13 is the annual realisasi, its Rp the annual realisasi anggaran).
 */
import { QUARTERS, type ColumnNumber, type Role } from "../model";
import type { ColumnClaim } from "./column-claims";
import { isUnitOnly, roleOf } from "./header-words";
import { columnOfNumber } from "./column-numbers";

/** "9 + 10 + 11 + 12" → [9, 10, 11, 12]; undefined for any other formula. */
function sumTerms(formula: string): number[] | undefined {
  if (!/^\d+(\s*\+\s*\d+)+$/.test(formula)) return undefined;
  return formula.split("+").map((t) => Number(t.trim()));
}

/** No role, or one read from a lone unit (`Rp.` under "Jumlah" says money, not whose). */
function isWeak(claim: ColumnClaim): boolean {
  const lowest = claim.path[claim.path.length - 1]?.text ?? "";
  return claim.role === undefined || (isUnitOnly(lowest) && claim.path.every((e) => e === claim.path[claim.path.length - 1] || roleOf(e.text) === undefined));
}

/** Gives an unnamed (or unit-only) column the annual role of the four triwulan its formula adds up. Returns whether a role changed. */
export function settleByColumnNumbers(claims: readonly ColumnClaim[], numbers: Readonly<Record<number, ColumnNumber>>): boolean {
  const byCol = new Map(claims.map((c) => [c.col, c]));
  let changed = false;
  for (const claim of claims) {
    const number = numbers[claim.col];
    if (!isWeak(claim) || claim.chosen || claim.ignored || !number?.formula) continue;
    const terms = sumTerms(number.formula);
    if (!terms || terms.length !== QUARTERS.length) continue;
    const roles = terms.map((n) => byCol.get(columnOfNumber(numbers, n, number.part) ?? -1)?.role);
    const measure = roles[0]?.replace(/_tw1$/, "");
    if (!measure || measure === roles[0]) continue;
    if (!roles.every((r, i) => r === `${measure}_${QUARTERS[i]}`)) continue;
    claim.role = measure as Role;
    claim.source = "column-number";
    changed = true;
  }
  return changed;
}
