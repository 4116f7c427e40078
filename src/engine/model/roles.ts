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
  // Asked of every item's periods: most are "tw1" or "b3", told apart without a pattern.
  return period.length === 5 && period.charCodeAt(0) === 121 /* y */ && /^y\d{4}$/.test(period);
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

/**
 * Every role without a period, in the order a person reads them (identitas, measures, budget,
 * long layout, reference). A record, so a role added to the type and not here fails to compile.
 */
const PLAIN: Record<Exclude<Role, PeriodRole>, true> = {
  no: true,
  kode: true,
  sasaran: true,
  indikator: true,
  satuan: true,
  polaritas: true,
  program: true,
  penanggung_jawab: true,
  keterangan: true,
  lokasi: true,
  baseline: true,
  target: true,
  realisasi: true,
  capaian: true,
  predikat: true,
  anggaran: true,
  realisasi_anggaran: true,
  serapan: true,
  periode: true,
  target_periode: true,
  realisasi_periode: true,
  capaian_periode: true,
  target_renstra: true,
  anggaran_renstra: true,
  realisasi_lalu: true,
  realisasi_anggaran_lalu: true,
  realisasi_renstra: true,
  realisasi_anggaran_renstra: true,
  capaian_renstra: true,
  serapan_renstra: true,
};

export const PLAIN_ROLES = Object.keys(PLAIN) as ReadonlyArray<Exclude<Role, PeriodRole>>;

/** The measures a period splits (`target_tw1`, `anggaran_b3`, `realisasi_anggaran_y2022`). */
export const PERIOD_MEASURES = ["target", "realisasi", "capaian", "anggaran", "realisasi_anggaran"] as const;

/** What a period column measures: the part of its role before the period. */
export type PeriodPrefix = (typeof PERIOD_MEASURES)[number];

/** Role of a period column: ("anggaran", "tw3") → "anggaran_tw3". */
export function periodRole(prefix: PeriodPrefix, period: Period): Role {
  // Asked for every item, period and rule: built once, so each look-up of item.cells[role] gets the
  // same string (a string built afresh is hashed again at every look-up).
  let byPeriod = periodRoles.get(prefix);
  if (!byPeriod) periodRoles.set(prefix, (byPeriod = new Map()));
  let role = byPeriod.get(period);
  if (role === undefined) byPeriod.set(period, (role = `${prefix}_${period}` as Role));
  return role;
}

const periodRoles = new Map<PeriodPrefix, Map<Period, Role>>();

/**
 * Whether a name is a role (for names typed by a person: `--columns "E=target_tw1"`): a plain role,
 * or a period measure with a triwulan (`tw1`…`tw4`), a month (`b1`…`b12`) or a year (`y2021`).
 */
export function isRole(name: string): name is Role {
  if ((PLAIN_ROLES as readonly string[]).includes(name)) return true;
  const m = /^(target|realisasi|capaian|anggaran|realisasi_anggaran)_(tw[1-4]|b(?:[1-9]|1[0-2])|y\d{4})$/.exec(name);
  return m !== null;
}

/** The periods of a layout, in order. */
export function periodsOf(kind: "quarterly" | "monthly"): readonly Period[] {
  return kind === "quarterly" ? QUARTERS : MONTHS;
}

/** Roles whose cells hold numbers (a non-number there is INVALID_NUMBER, unless qualitative). */
export function isNumericRole(role: Role): boolean {
  return roleClass(role).numeric;
}

/**
 * Roles whose cells are names and words (a program, an indikator, a person, a unit, a kode): the
 * number reader reads no quantity, range or date out of their text, whatever digits it holds.
 */
export function isTextRole(role: Role): boolean {
  return TEXT_ROLES.has(role);
}

const TEXT_ROLES: ReadonlySet<Role> = new Set<Role>(["no", "kode", "sasaran", "indikator", "satuan", "program", "penanggung_jawab", "keterangan", "lokasi"]);

/** Roles that hold rupiah amounts. */
export function isBudgetRole(role: Role): boolean {
  return roleClass(role).budget;
}

// Asked for every cell by several rules: a role's class is read once (roles are a short, fixed list).
const ROLE_CLASSES = new Map<string, { numeric: boolean; budget: boolean }>();

function roleClass(role: Role): { numeric: boolean; budget: boolean } {
  let found = ROLE_CLASSES.get(role);
  if (found === undefined) {
    found = { numeric: /^(target|realisasi|capaian|anggaran|realisasi_anggaran|serapan)(_|$)/.test(role), budget: /^(anggaran|realisasi_anggaran)(_|$)/.test(role) };
    ROLE_CLASSES.set(role, found);
  }
  return found;
}
