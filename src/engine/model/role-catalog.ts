import { isYear, MONTHS, PERIOD_MEASURES, QUARTERS, REFERENCE_ROLES, type Period, type PeriodRole, type Role, type Year } from "./roles";

/**
 * Every role a person can give a column (the Kolom view, `cermat check --columns`), grouped as
 * staff think of them. Built from the period list and the measures, so a new period (a year
 * such as `y2021`) or a new measure slots in here and in every drop-down without other changes.
 */
export type RoleGroup = "identitas" | "target" | "realisasi" | "capaian" | "anggaran" | "periode" | "referensi";

export interface RoleGroupEntry {
  group: RoleGroup;
  roles: readonly Role[];
}

/** Roles that are not per period, by group, in the order a Rencana Aksi lists its columns. */
const PLAIN = [
  { group: "identitas", roles: ["no", "kode", "sasaran", "indikator", "satuan", "polaritas", "program", "penanggung_jawab", "keterangan", "lokasi"] },
  { group: "target", roles: ["target"] },
  { group: "realisasi", roles: ["realisasi"] },
  { group: "capaian", roles: ["capaian", "predikat"] },
  { group: "anggaran", roles: ["anggaran", "realisasi_anggaran", "serapan"] },
  // The long layout: one row per period, the period named in its own column.
  { group: "periode", roles: ["periode", "target_periode", "realisasi_periode", "capaian_periode"] },
  // Known, read, not checked: the baseline and the 86/2017 form's Renstra and last-year columns.
  { group: "referensi", roles: ["baseline", ...REFERENCE_ROLES] },
] as const satisfies ReadonlyArray<{ group: RoleGroup; roles: readonly Role[] }>;

export type PeriodMeasure = (typeof PERIOD_MEASURES)[number];

/** The periods a column can be, in order. */
export const CATALOG_PERIODS: readonly Period[] = [...QUARTERS, ...MONTHS];

// Compile-time guard: a plain role added to `Role` but not to PLAIN fails to type-check here.
type PlainListed = (typeof PLAIN)[number]["roles"][number];
type Unlisted = Exclude<Exclude<Role, PeriodRole>, PlainListed>;
const everyPlainRoleListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyPlainRoleListed;

/**
 * Every role, grouped; per-period roles are in "periode", measure by measure, period by period.
 * `years` adds the year periods a table has (a Renstra matrix's `y2021`…), which no fixed list holds.
 */
export function roleCatalog(years: readonly Year[] = []): readonly RoleGroupEntry[] {
  const periods = [...CATALOG_PERIODS, ...years];
  const periodRoles: Role[] = PERIOD_MEASURES.flatMap((measure) => periods.map((period): Role => `${measure}_${period}`));
  return PLAIN.map((entry) => (entry.group === "periode" ? { group: entry.group, roles: [...entry.roles, ...periodRoles] } : entry));
}

/** A per-period role split into its measure and period; undefined for a plain role. */
export function periodRoleParts(role: Role): { measure: PeriodMeasure; period: Period } | undefined {
  const m = /^(.+)_(tw[1-4]|b(?:[1-9]|1[0-2])|y\d{4})$/.exec(role);
  if (!m || !(PERIOD_MEASURES as readonly string[]).includes(m[1])) return undefined;
  return { measure: m[1] as PeriodMeasure, period: m[2] as Period };
}

/** The year periods among a table's roles (a Renstra matrix's columns), in order. */
export function yearsAmong(roles: Iterable<Role>): Year[] {
  const years = new Set<Year>();
  for (const role of roles) {
    const period = periodRoleParts(role)?.period;
    if (period && isYear(period)) years.add(period);
  }
  return [...years].sort();
}
