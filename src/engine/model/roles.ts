/** Column roles: the names used in code and in the command line's JSON (see DOMAIN.md). */

export const QUARTERS = ["tw1", "tw2", "tw3", "tw4"] as const;
export const MONTHS = ["b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8", "b9", "b10", "b11", "b12"] as const;
export type Quarter = (typeof QUARTERS)[number];
export type Month = (typeof MONTHS)[number];
export type Period = Quarter | Month;

export type PeriodRole =
  | `target_${Period}`
  | `realisasi_${Period}`
  | `capaian_${Period}`
  | `anggaran_${Period}`
  | `realisasi_anggaran_${Period}`;

export type Role =
  | "no"
  | "kode"
  | "sasaran"
  | "indikator"
  | "satuan"
  | "polaritas"
  | "target"
  | "realisasi"
  | "capaian"
  | "predikat"
  | "program"
  | "anggaran"
  | "realisasi_anggaran"
  | "serapan"
  | "penanggung_jawab"
  | "keterangan"
  | "periode"
  | "target_periode"
  | "realisasi_periode"
  | "capaian_periode"
  | PeriodRole;

export type RoleMap = Partial<Record<Role, number>>;

/** The periods of a layout, in order. */
export function periodsOf(kind: "quarterly" | "monthly"): readonly Period[] {
  return kind === "quarterly" ? QUARTERS : MONTHS;
}

/** Roles whose cells hold numbers (a non-number there is INVALID_NUMBER, unless qualitative). */
export function isNumericRole(role: Role): boolean {
  return /^(target|realisasi|capaian|anggaran|realisasi_anggaran|serapan)(_|$)/.test(role);
}

/** Roles that hold rupiah amounts. */
export function isBudgetRole(role: Role): boolean {
  return /^(anggaran|realisasi_anggaran)(_|$)/.test(role);
}
