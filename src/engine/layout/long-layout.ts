/**
 * The long layout (Bone): a column of period labels (`TW 1 (B03)`, `TW I`, `Triwulan I`, and a
 * `Target Tahunan` line) with target, realisasi and capaian beside it, one row per period.
 * Recognised from the data, since its header ("Kriteria keberhasilan (target tahunan & triwulan)")
 * often spans the label and the value alike.
 */
import type { Role } from "../model";
import type { DraftGroup } from "./column-groups";
import { periodLabelOf } from "./header-words";
import { ownText, type SheetView } from "./grid-reading";

function isPeriodColumn(view: SheetView, col: number, first: number, last: number, skip: ReadonlySet<number>): boolean {
  let labels = 0;
  let filled = 0;
  for (let r = first; r <= Math.min(last, first + 200); r++) {
    if (skip.has(r)) continue;
    const text = ownText(view, r, col);
    if (text === "") continue;
    filled++;
    const label = periodLabelOf(text.replace(/:\s*$/, ""));
    if (label && label.kind !== "bare") labels++;
  }
  return labels >= 3 && labels >= filled * 0.6;
}

const LONG_ROLES: Partial<Record<Role, Role>> = { target: "target_periode", realisasi: "realisasi_periode", capaian: "capaian_periode" };

/** Turns a group into the long layout when one of its columns holds period labels. Returns whether it did. */
export function applyLongLayout(view: SheetView, group: DraftGroup, first: number, last: number, repeated: ReadonlySet<number>): boolean {
  const candidates = group.claims.map((c) => c.col).sort((a, b) => a - b);
  const periodCol = candidates.find((c) => isPeriodColumn(view, c, first, last, repeated));
  if (periodCol === undefined) return false;
  const columns = group.columns;
  for (const [role, col] of Object.entries(columns) as Array<[Role, number]>) if (col === periodCol) delete columns[role];
  columns.periode = periodCol;
  for (const [plain, long] of Object.entries(LONG_ROLES) as Array<[Role, Role]>) {
    const cols = [columns[plain], ...(group.twins.get(plain) ?? [])].filter((c): c is number => c !== undefined && c > periodCol);
    if (cols.length === 0) continue;
    const col = Math.min(...cols);
    if (columns[plain] === col || columns[plain] === undefined || columns[plain] === periodCol) delete columns[plain];
    columns[long] = col;
  }
  return true;
}
