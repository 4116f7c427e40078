/**
 * What each header column claims to be, read from its header path alone: the words, the unit
 * (`K`, `Rp`, `%`, `(Rp)`), the parent header and the period or year above it. Period columns whose
 * parent does not say whether they are targets or anggaran ("Rencana Aksi per Triwulan" heads
 * both in Lombok Tengah) stay pending: their position decides later.
 */
import { yearPeriod, type Level, type Period, type Role, type RoleSource } from "../model";
import {
  headRoleOf,
  isCumulativeText,
  isUnitNote,
  isUnitOnly,
  levelOf,
  measureOf,
  namesBudgetToo,
  namesFunding,
  pairRolesOf,
  periodLabelOf,
  resolveBare,
  roleOf,
  scaleOf,
  stripCumulative,
  unitOf,
  yearOf,
  type PeriodLabel,
} from "./header-words";
import { words } from "./header-text";
import type { PathEntry } from "./header-block";
import type { Measure, PlainRole, Unit } from "./synonyms";

export interface ColumnClaim {
  col: number;
  path: PathEntry[];
  /** The role read from the header; undefined while pending or when the column means nothing to us. */
  role?: Role;
  /** What the role was read from. */
  source?: RoleSource;
  /** A period column whose measure the header leaves open. */
  pendingPeriod?: Period;
  /** A period column deliberately left out ("Target pelaksanaan": an implementation schedule). */
  ignored?: boolean;
  /** Columns sharing the merged header cell that named the role are one field (Bone's "Kriteria keberhasilan" over label and value). */
  fieldKey?: string;
  /** Level a block's header names ("KEGIATAN & ANGGARAN"). */
  level?: Level;
  /** "PROGRAM & ANGGARAN": the budget sits in the name column. */
  budgetToo?: boolean;
  scale?: number;
  /** The header says running total ("s.d. Triwulan II", "Kumulatif"). */
  cumulative?: boolean;
  /** The unit the header states for the column, if any. */
  unit?: Unit;
  /** The role (or no role) is the person's choice, not the header's. */
  chosen?: boolean;
}

/** How a bare number in a header row reads from its siblings (1 … 12 in a row are months). */
export type BareHints = ReadonlyMap<string, "month" | "quarter">;

const MEASURE_ROLES: readonly PlainRole[] = ["target", "realisasi", "capaian", "anggaran", "realisasi_anggaran"];

function measureFrom(entry: PathEntry): Measure | undefined {
  if (isUnitOnly(entry.text)) return undefined;
  const m = measureOf(entry.text);
  if (m) return m;
  const role = headRoleOf(entry.text);
  return role && (MEASURE_ROLES as readonly string[]).includes(role) ? (role as Measure) : undefined;
}

/** The lowest unit the path states (a unit row, or a unit inside a header: "Realisasi (Rp)"). */
function unitIn(path: readonly PathEntry[]): Unit | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const unit = unitOf(path[i].text);
    if (unit) return unit;
  }
  return undefined;
}

interface FoundPeriod {
  index: number;
  period: Period;
  cumulative: boolean;
}

function labelPeriod(label: PeriodLabel | undefined, others: readonly string[], hint: "month" | "quarter" | undefined): Period | undefined {
  if (!label || label.kind === "annual") return undefined;
  let resolved: PeriodLabel | undefined = label;
  if (label.kind === "bare") {
    resolved = resolveBare(label.n, others);
    if (!resolved && hint) resolved = resolveBare(label.n, [hint === "month" ? "bulan" : "triwulan"]);
  }
  if (!resolved || resolved.kind === "bare" || resolved.kind === "annual") return undefined;
  return resolved.kind === "quarter" ? resolved.quarter : resolved.month;
}

function periodIn(col: number, path: readonly PathEntry[], hints: BareHints): FoundPeriod | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const text = path[i].text;
    const others = path.filter((_, j) => j !== i).map((e) => e.text);
    const year = yearOf(text);
    if (year !== undefined) return { index: i, period: yearPeriod(year), cumulative: false };
    const hint = hints.get(`${path[i].row},${col}`);
    const plain = labelPeriod(periodLabelOf(text), others, hint);
    if (plain) return { index: i, period: plain, cumulative: false };
    const stripped = stripCumulative(text);
    const running = stripped === undefined ? undefined : labelPeriod(periodLabelOf(stripped), others, hint);
    if (running) return { index: i, period: running, cumulative: true };
  }
  return undefined;
}

/** Measure of a period column: its own children first (TW I → Target | Realisasi), then its parents, nearest first. */
function periodMeasure(path: readonly PathEntry[], index: number): Measure | "none" {
  const order = [...path.slice(index + 1), ...path.slice(0, index).reverse()];
  let ambiguous = false;
  for (const entry of order) {
    const m = measureFrom(entry);
    if (m === undefined) continue;
    if (m === "ambiguous") {
      ambiguous = true;
      continue;
    }
    return m;
  }
  return ambiguous ? "ambiguous" : "none";
}

/**
 * A measure read with the column's unit: under "Realisasi", `K` is realisasi kinerja, `Rp` the
 * realised budget and `%` its capaian; under "Target", `Rp` is the anggaran. Undefined where the
 * unit contradicts the measure in a way no role expresses.
 */
export function measureWithUnit(measure: Measure | "none", unit: Unit | undefined): Measure | "none" | undefined {
  if (!unit || measure === "ignore") return measure;
  const realised = measure === "realisasi" || measure === "realisasi_anggaran";
  if (unit === "money") return realised ? "realisasi_anggaran" : measure === "capaian" ? undefined : "anggaran";
  if (unit === "percent") {
    // A "%" beside a period's target and realisasi ("TW I" over Target | Realisasi | %) is its capaian.
    if (measure === "realisasi" || measure === "none" || measure === "ambiguous") return "capaian";
    return measure === "anggaran" || measure === "realisasi_anggaran" ? undefined : measure;
  }
  if (measure === "anggaran" || measure === "ambiguous" || measure === "none") return "target";
  return realised ? "realisasi" : measure;
}

/** A period written into the header itself: `target_tw1`, `Realisasi TW II`, `Target s.d. TW III`. */
function periodInWords(col: number, entry: PathEntry, hints: BareHints): { measure: Measure; found: FoundPeriod } | undefined {
  // "Realisasi s/d Triwulan III (Rp)": the unit after the period says what, not when.
  const t = [...words(entry.text)];
  while (t.length > 1 && unitOf(t[t.length - 1]) !== undefined) t.pop();
  for (let k = 1; k <= Math.min(4, t.length - 1); k++) {
    const head = t.slice(0, t.length - k).join(" ");
    const measure = measureFrom({ ...entry, text: head.replace(/\b(s d|sd|sampai dengan|kumulatif)$/, "").trim() });
    if (!measure || measure === "ambiguous" || measure === "ignore") continue;
    const tail = { ...entry, text: t.slice(t.length - k).join(" ") };
    // "Target 2024" is the year's target, not one year of a series: years head columns of their own.
    if (yearOf(tail.text) !== undefined) continue;
    const found = periodIn(col, [tail], hints);
    if (found) return { measure, found: { ...found, cumulative: found.cumulative || isCumulativeText(head) } };
  }
  return undefined;
}

const UNIT_ROLE: Partial<Record<PlainRole, Unit>> = { target: "kinerja", realisasi: "kinerja", capaian: "kinerja", anggaran: "money", realisasi_anggaran: "money" };

/** A K | Rp pair under a header that names both ("Target Kinerja dan Anggaran Renja …", "Kondisi Kinerja pada Akhir Periode"). */
function pairRole(path: readonly PathEntry[], unit: Unit | undefined): Role | undefined {
  for (let i = path.length - 2; i >= 0; i--) {
    const roles = pairRolesOf(path[i].text);
    if (!roles) continue;
    const below = path.slice(i + 1);
    const childRole = roleOf(below[below.length - 1].text);
    const childUnit = unit ?? (childRole ? UNIT_ROLE[childRole] : undefined);
    if (!childUnit) return undefined;
    return roles[childUnit];
  }
  return undefined;
}

/** A role read with the unit the header states ("Realisasi (Rp)" is the realised budget). */
function roleWithUnit(role: PlainRole, unit: Unit | undefined): PlainRole {
  if (unit === "money" && (role === "realisasi" || role === "target")) return role === "realisasi" ? "realisasi_anggaran" : "anggaran";
  if (unit === "percent" && role === "anggaran") return "serapan";
  return role;
}

/** A unit alone ("Rp", "%", "(Rp)", "K") takes its meaning from the nearest parent that names a role. */
function roleOfUnitUnder(parent: PlainRole, unit: Unit): PlainRole {
  const realised = parent === "realisasi" || parent === "realisasi_anggaran";
  if (unit === "money") return realised ? "realisasi_anggaran" : parent === "capaian" || parent === "serapan" ? "serapan" : parent === "target" ? "anggaran" : parent;
  if (unit === "percent") return parent === "anggaran" || parent === "realisasi_anggaran" ? "serapan" : parent;
  return parent === "anggaran" ? "target" : parent;
}

/** The role of a column without periods: the lowest header that names one, read with its parents and unit. */
function plainRole(path: readonly PathEntry[]): { role: PlainRole; entry: PathEntry; source: RoleSource } | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const entry = path[i];
    const role = roleOf(entry.text);
    const unitOnly = isUnitOnly(entry.text);
    if (!role && !unitOnly) continue;
    const parents = path.slice(0, i).map((e) => roleOf(e.text)).filter((r): r is PlainRole => r !== undefined);
    const nearest = parents[parents.length - 1];
    const unit = unitOf(entry.text);
    if (unitOnly && unit && nearest) return { role: roleOfUnitUnder(nearest, unit), entry, source: "unit" };
    if (!role) continue;
    // "Indikator" over "Sasaran" / "Program" is the indicator of a sasaran or a program.
    if ((role === "sasaran" || role === "program") && parents.includes("indikator")) return { role: "indikator", entry, source: "header" };
    // Under "Anggaran": "Realisasi" is the realised budget, "%" or "Capaian" its serapan (Pagu | Realisasi | %).
    if (nearest === "anggaran") {
      if (role === "realisasi") return { role: "realisasi_anggaran", entry, source: "header" };
      if (role === "capaian" || words(entry.text).join(" ") === "%") return { role: "serapan", entry, source: "header" };
    }
    // "%" under "Realisasi" or "Target" keeps its parent's meaning.
    if (isUnitNote(entry.text) && nearest) return { role: nearest, entry, source: "unit" };
    if (role === "anggaran" && parents.includes("realisasi")) return { role: "realisasi_anggaran", entry, source: "header" };
    const withUnit = roleWithUnit(role, unit);
    return { role: withUnit, entry, source: withUnit === role ? "header" : "unit" };
  }
  return undefined;
}

function setPeriodRole(claim: ColumnClaim, measure: Measure | "none" | undefined, found: FoundPeriod, source: RoleSource): void {
  if (found.cumulative) claim.cumulative = true;
  if (measure === undefined) return;
  if (measure === "ignore") claim.ignored = true;
  else if (measure === "ambiguous" || measure === "none") claim.pendingPeriod = found.period;
  else {
    claim.role = `${measure}_${found.period}` as Role;
    claim.source = source;
  }
}

/** Reads one column's header path. */
export function claimColumn(col: number, path: PathEntry[], hints: BareHints = new Map()): ColumnClaim {
  const claim: ColumnClaim = { col, path };
  if (path.length === 0) return claim;
  for (const e of path) {
    const level = levelOf(e.text);
    if (level) {
      claim.level = level;
      break;
    }
  }
  const texts = path.map((e) => e.text);
  const unit = unitIn(path);
  if (unit) claim.unit = unit;
  const period = periodIn(col, path, hints);
  const inWords = period ? undefined : periodInWords(col, path[path.length - 1], hints);
  if (period) {
    let measure = periodMeasure(path, period.index);
    // "Capaian Kinerja dan Kerangka Pendanaan" over a year's Target | Rp: the Rp is the funding.
    if (measure === "capaian" && unit === "money" && texts.some(namesFunding)) measure = "anggaran";
    setPeriodRole(claim, measureWithUnit(measure, unit), period, unit && measure !== "ambiguous" && measure !== "none" ? "unit" : "header");
    if (texts.some(isCumulativeText)) claim.cumulative = true;
  } else if (inWords) {
    setPeriodRole(claim, measureWithUnit(inWords.measure, unit), inWords.found, "header");
  } else {
    const paired = pairRole(path, unit);
    if (paired) {
      claim.role = paired;
      claim.source = "unit";
    } else {
      const found = plainRole(path);
      if (found) {
        claim.role = found.role;
        claim.source = found.source;
        claim.fieldKey = found.entry.mergeKey;
        if (found.role === "program" && texts.some(namesBudgetToo)) claim.budgetToo = true;
      }
    }
    if (texts.some(isCumulativeText)) claim.cumulative = true;
  }
  if (claim.role && /^(anggaran|realisasi_anggaran)/.test(claim.role)) {
    const scale = scaleOf(texts);
    if (scale) claim.scale = scale;
  }
  return claim;
}
