/**
 * What each header column claims to be, read from its header path alone. Period columns whose
 * parent does not say whether they are targets or anggaran ("Rencana Aksi per Triwulan" heads
 * both in Lombok Tengah) stay pending: their position decides later.
 */
import type { Level, Period, Role } from "../model";
import { headRoleOf, isUnitNote, levelOf, measureOf, namesBudgetToo, periodLabelOf, resolveBare, roleOf, scaleOf } from "./header-words";
import { words } from "./header-text";
import type { PathEntry } from "./header-block";
import type { Measure, PlainRole } from "./synonyms";

export interface ColumnClaim {
  col: number;
  path: PathEntry[];
  /** The role read from the header; undefined while pending or when the column means nothing to us. */
  role?: Role;
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
  /** The role (or no role) is the person's choice, not the header's. */
  chosen?: boolean;
}

const MEASURE_ROLES: readonly PlainRole[] = ["target", "realisasi", "capaian", "anggaran", "realisasi_anggaran"];

function measureFrom(entry: PathEntry): Measure | undefined {
  const m = measureOf(entry.text);
  if (m) return m;
  const role = headRoleOf(entry.text);
  return role && (MEASURE_ROLES as readonly string[]).includes(role) ? (role as Measure) : undefined;
}

function periodIn(path: readonly PathEntry[]): { index: number; period: Period } | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const label = periodLabelOf(path[i].text);
    if (!label || label.kind === "annual") continue;
    const others = path.filter((_, j) => j !== i).map((e) => e.text);
    const resolved = label.kind === "bare" ? resolveBare(label.n, others) : label;
    if (!resolved || resolved.kind === "bare" || resolved.kind === "annual") continue;
    return { index: i, period: resolved.kind === "quarter" ? resolved.quarter : resolved.month };
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

/** The role of a column without periods: the lowest header that names one, read with its parents. */
function plainRole(path: readonly PathEntry[]): { role: PlainRole; entry: PathEntry } | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const entry = path[i];
    const role = roleOf(entry.text);
    if (!role) continue;
    const parents = path.slice(0, i).map((e) => roleOf(e.text)).filter((r): r is PlainRole => r !== undefined);
    const nearest = parents[parents.length - 1];
    const percent = words(entry.text).join(" ") === "%";
    const unit = isUnitNote(entry.text) || percent;
    // "Indikator" over "Sasaran" / "Program" is the indicator of a sasaran or a program.
    if ((role === "sasaran" || role === "program") && parents.includes("indikator")) return { role: "indikator", entry };
    // Under "Anggaran": "Realisasi" is the realised budget, "%" or "Capaian" its serapan (Pagu | Realisasi | %).
    if (nearest === "anggaran") {
      if (role === "realisasi") return { role: "realisasi_anggaran", entry };
      if (role === "capaian" || percent) return { role: "serapan", entry };
    }
    // "(Rp)" under "Realisasi" is the realised budget; "%" under "Realisasi" or "Target" keeps its parent's meaning.
    if (unit && nearest) return { role: role === "anggaran" && nearest === "realisasi" ? "realisasi_anggaran" : nearest, entry };
    if (role === "anggaran" && parents.includes("realisasi")) return { role: "realisasi_anggaran", entry };
    return { role, entry };
  }
  return undefined;
}

/** Reads one column's header path. */
export function claimColumn(col: number, path: PathEntry[]): ColumnClaim {
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
  const period = periodIn(path);
  if (period) {
    const measure = periodMeasure(path, period.index);
    if (measure === "ignore") claim.ignored = true;
    else if (measure === "ambiguous" || measure === "none") claim.pendingPeriod = period.period;
    else claim.role = `${measure}_${period.period}` as Role;
  } else {
    const found = plainRole(path);
    if (found) {
      claim.role = found.role;
      claim.fieldKey = found.entry.mergeKey;
      if (found.role === "program" && texts.some(namesBudgetToo)) claim.budgetToo = true;
    }
  }
  if (claim.role && /^(anggaran|realisasi_anggaran)/.test(claim.role)) {
    const scale = scaleOf(texts);
    if (scale) claim.scale = scale;
  }
  return claim;
}
