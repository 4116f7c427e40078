import { MONTHS, QUARTERS, type Period, type PeriodRole, type Role } from "./roles";

/**
 * Every role a person can give a column (the Kolom view, `cermat check --columns`), grouped as
 * staff think of them. Built from the period list and the measures, so a new period (a year
 * such as `y2021`) or a new measure slots in here and in every drop-down without other changes.
 */
export type RoleGroup = "identitas" | "target" | "realisasi" | "capaian" | "anggaran" | "periode";

export interface RoleGroupEntry {
  group: RoleGroup;
  roles: readonly Role[];
}

/** Roles that are not per period, by group, in the order a Rencana Aksi lists its columns. */
const PLAIN = [
  { group: "identitas", roles: ["no", "kode", "sasaran", "indikator", "satuan", "polaritas", "program", "penanggung_jawab", "keterangan"] },
  { group: "target", roles: ["target"] },
  { group: "realisasi", roles: ["realisasi"] },
  { group: "capaian", roles: ["capaian", "predikat"] },
  { group: "anggaran", roles: ["anggaran", "realisasi_anggaran", "serapan"] },
  // The long layout: one row per period, the period named in its own column.
  { group: "periode", roles: ["periode", "target_periode", "realisasi_periode", "capaian_periode"] },
] as const satisfies ReadonlyArray<{ group: RoleGroup; roles: readonly Role[] }>;

/** The measures that come per period (target_tw1, anggaran_b3 …). */
export const PERIOD_MEASURES = ["target", "realisasi", "capaian", "anggaran", "realisasi_anggaran"] as const;
export type PeriodMeasure = (typeof PERIOD_MEASURES)[number];

/** The periods a column can be, in order. */
export const CATALOG_PERIODS: readonly Period[] = [...QUARTERS, ...MONTHS];

// Compile-time guard: a plain role added to `Role` but not to PLAIN fails to type-check here.
type PlainListed = (typeof PLAIN)[number]["roles"][number];
type Unlisted = Exclude<Exclude<Role, PeriodRole>, PlainListed>;
const everyPlainRoleListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyPlainRoleListed;

/** Every role, grouped; per-period roles are in "periode", measure by measure, period by period. */
export function roleCatalog(): readonly RoleGroupEntry[] {
  const periodRoles: Role[] = PERIOD_MEASURES.flatMap((measure) => CATALOG_PERIODS.map((period): Role => `${measure}_${period}`));
  return PLAIN.map((entry) => (entry.group === "periode" ? { group: entry.group, roles: [...entry.roles, ...periodRoles] } : entry));
}

const ALL_ROLES: ReadonlySet<string> = new Set(roleCatalog().flatMap((g) => g.roles));

/** Whether a name (from a file or the command line) is one of the catalogue's roles. */
export function isRole(name: string): name is Role {
  return ALL_ROLES.has(name);
}

/** A per-period role split into its measure and period; undefined for a plain role. */
export function periodRoleParts(role: Role): { measure: PeriodMeasure; period: Period } | undefined {
  for (const period of CATALOG_PERIODS) {
    const suffix = `_${period}`;
    if (!role.endsWith(suffix)) continue;
    const measure = role.slice(0, -suffix.length);
    if ((PERIOD_MEASURES as readonly string[]).includes(measure)) return { measure: measure as PeriodMeasure, period };
  }
  return undefined;
}
