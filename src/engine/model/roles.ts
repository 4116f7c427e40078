/** Column roles: the names used in code and in the command line's JSON (see DOMAIN.md). */

export const QUARTERS = ["tw1", "tw2", "tw3", "tw4"] as const;
export const MONTHS = ["b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8", "b9", "b10", "b11", "b12"] as const;
export type Quarter = (typeof QUARTERS)[number];
export type Month = (typeof MONTHS)[number];
/** A year of a multi-year table (Renstra matrix: "Tahun 2021" over Target | Rp): `y2021`. */
export type Year = `y${number}`;
export type Period = Quarter | Month | Year;

/** The year period of a four-digit year: 2021 → "y2021". */
export function yearPeriod(year: number): Year {
  return `y${year}`;
}

/** Whether a period is a year (`y2021`), not a quarter or a month. */
export function isYear(period: string): period is Year {
  return /^y\d{4}$/.test(period);
}

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
  | "lokasi"
  /** The starting point of a plan ("Data Capaian pada Tahun Awal", "Kondisi Awal", "Baseline"): read, not checked. */
  | "baseline"
  | ReferenceRole
  | "target_periode"
  | "realisasi_periode"
  | "capaian_periode"
  | PeriodRole;

/**
 * Columns of the Permendagri 86/2017 evaluation form that refer to the Renstra or to earlier years:
 * known, so the table is understood, but no rule checks them yet (the column-number row's formulas
 * relate them: "14 = 7 + 13", "15 = 14 / 6 x 100").
 */
export type ReferenceRole =
  | "target_renstra"
  | "anggaran_renstra"
  | "realisasi_lalu"
  | "realisasi_anggaran_lalu"
  | "realisasi_renstra"
  | "realisasi_anggaran_renstra"
  | "capaian_renstra"
  | "serapan_renstra";

export const REFERENCE_ROLES: readonly ReferenceRole[] = [
  "target_renstra",
  "anggaran_renstra",
  "realisasi_lalu",
  "realisasi_anggaran_lalu",
  "realisasi_renstra",
  "realisasi_anggaran_renstra",
  "capaian_renstra",
  "serapan_renstra",
];

/** A role Cermat knows but no rule checks (reference columns, baseline, lokasi). */
export function isReferenceRole(role: Role): boolean {
  return role === "baseline" || role === "lokasi" || (REFERENCE_ROLES as readonly Role[]).includes(role);
}

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
