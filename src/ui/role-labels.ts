import { periodRoleParts, type Role } from "../engine/model";
import type { UiWords } from "../i18n/ui";

/** A role as the person reads it: "Anggaran (Rp)", "Target TW II", "Realisasi anggaran Maret". */
export function roleLabel(role: Role, words: UiWords): string {
  const w = words.columns;
  const parts = periodRoleParts(role);
  // A year has no name of its own in the catalogue: "Anggaran 2021".
  if (parts) return `${w.measure[parts.measure]} ${w.period[parts.period] ?? parts.period.replace(/^y/, "")}`;
  return w.role[role as keyof typeof w.role] ?? role;
}
