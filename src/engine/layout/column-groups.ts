/**
 * From column claims to role maps: pending periods decided by position, and columns split into
 * side-by-side level blocks when roles repeat (Bone: sasaran | program | kegiatan, each with its
 * own indikator, target and capaian).
 */
import type { ColumnGroup, Level, Role, RoleMap } from "../model";
import type { ColumnClaim } from "./column-claims";

const ANCHORS: readonly Role[] = ["sasaran", "program", "kode"];
const SHARED: readonly Role[] = ["no", "penanggung_jawab", "keterangan"];

/** A group being built: its role map, plus columns that share a merged header with a mapped one. */
export interface DraftGroup {
  columns: RoleMap;
  claims: ColumnClaim[];
  /** role → further columns under the same merged header (Bone: period label and value under one "Kriteria keberhasilan"). */
  twins: Map<Role, number[]>;
  level?: Level;
}

function isMeasure(role: Role): boolean {
  return /^(target|realisasi|capaian|anggaran|realisasi_anggaran|serapan|periode)/.test(role);
}

/** "Rencana Aksi per Triwulan" I–IV: targets left of the anggaran column, anggaran to its right. */
export function resolvePending(claims: ColumnClaim[]): void {
  const anggaranCol = claims.find((c) => c.role === "anggaran" || c.budgetToo)?.col;
  for (const c of claims) {
    if (!c.pendingPeriod) continue;
    const measure = anggaranCol !== undefined && c.col > anggaranCol ? "anggaran" : "target";
    c.role = `${measure}_${c.pendingPeriod}` as Role;
    c.pendingPeriod = undefined;
  }
}

function newGroup(): DraftGroup {
  return { columns: {}, claims: [], twins: new Map() };
}

function put(group: DraftGroup, claim: ColumnClaim): void {
  const role = claim.role as Role;
  group.columns[role] = claim.col;
  group.claims.push(claim);
}

/** Splits claims into groups where a role repeats; a repeated role's block starts at the anchor just before it. */
export function splitGroups(claims: ColumnClaim[]): DraftGroup[] {
  const groups: DraftGroup[] = [newGroup()];
  for (const claim of claims) {
    const role = claim.role;
    if (!role) continue;
    let current = groups[groups.length - 1];
    const existing = current.columns[role];
    if (existing !== undefined) {
      const first = current.claims.find((c) => c.col === existing);
      if (first?.fieldKey !== undefined && first.fieldKey === claim.fieldKey) {
        current.twins.set(role, [...(current.twins.get(role) ?? []), claim.col]);
        current.claims.push(claim);
        continue;
      }
      if (SHARED.includes(role)) continue;
      const next = newGroup();
      // The block's own name column (PROGRAM & ANGGARAN before INDIKATOR PROGRAM) moves with it.
      while (current.claims.length > 0) {
        const last = current.claims[current.claims.length - 1];
        const lastRole = last.role as Role;
        if (!ANCHORS.includes(lastRole) || lastRole === role || next.columns[lastRole] !== undefined) break;
        // A name and its twins under one merged header move as one.
        const unit: ColumnClaim[] = [];
        while (current.claims.length > 0 && current.claims[current.claims.length - 1].role === lastRole) unit.unshift(current.claims.pop()!);
        delete current.columns[lastRole];
        current.twins.delete(lastRole);
        next.claims.unshift(...unit);
        next.columns[lastRole] = unit[0].col;
        if (unit.length > 1) next.twins.set(lastRole, unit.slice(1).map((c) => c.col));
      }
      groups.push(next);
      current = next;
    }
    put(current, claim);
  }
  return groups.filter((g) => g.claims.length > 0);
}

/** Blocks without any measure (an indikator of the sasaran, a program name) fold into the next block. */
export function foldMeasureless(groups: DraftGroup[]): DraftGroup[] {
  const out: DraftGroup[] = [];
  let carry: DraftGroup | undefined;
  for (const g of groups) {
    const merged = carry ? mergeInto(carry, g) : g;
    carry = undefined;
    if (Object.keys(merged.columns).some((r) => isMeasure(r as Role))) out.push(merged);
    else carry = merged;
  }
  if (carry) {
    if (out.length > 0) out[out.length - 1] = mergeInto(carry, out[out.length - 1], true);
    else out.push(carry);
  }
  return out;
}

/** Adds `from`'s roles that `into` lacks; `into` keeps its own where both have one. */
function mergeInto(from: DraftGroup, into: DraftGroup, after = false): DraftGroup {
  const columns: RoleMap = { ...into.columns };
  const claims = [...into.claims];
  for (const c of from.claims) {
    const role = c.role as Role;
    if (columns[role] !== undefined) continue;
    columns[role] = c.col;
    if (after) claims.push(c);
    else claims.unshift(c);
  }
  const twins = new Map(into.twins);
  for (const [role, cols] of from.twins) if (!twins.has(role) && columns[role] === from.columns[role]) twins.set(role, cols);
  return { columns, claims, twins, level: into.level ?? from.level };
}

/** Levels from the blocks' headers; the PJ, No and Keterangan columns serve every block. */
export function finishGroups(groups: DraftGroup[]): void {
  for (const g of groups) {
    const anchor = g.claims.find((c) => ANCHORS.includes(c.role as Role) && c.level) ?? g.claims.find((c) => c.level);
    if (groups.length > 1 && anchor?.level) g.level = anchor.level;
    const name = g.claims.find((c) => c.role === "program" && c.budgetToo);
    if (name && g.columns.anggaran === undefined) g.columns.anggaran = name.col;
  }
  for (const role of SHARED) {
    const owner = groups.find((g) => g.columns[role] !== undefined);
    if (!owner) continue;
    for (const g of groups) if (g.columns[role] === undefined) g.columns[role] = owner.columns[role];
  }
}

export function toColumnGroups(groups: DraftGroup[]): ColumnGroup[] {
  return groups.map((g) => (g.level ? { level: g.level, columns: g.columns } : { columns: g.columns }));
}
