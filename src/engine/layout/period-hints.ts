/**
 * Periods read from a header row as a whole: bare numbers 1 … 12 side by side are months even
 * under a parent that does not say so ("Realisasi Anggaran (Rp)" over 1 … 12), 1 … 4 are
 * triwulan; and a single year over the columns ("Target 2024") is the annual figure, not a series.
 */
import { isYear, type Role } from "../model";
import type { BareHints, ColumnClaim } from "./column-claims";
import type { HeaderBlock } from "./header-block";
import { periodLabelOf } from "./header-words";
import { rowCells, type SheetView } from "./grid-reading";

/** Runs of bare numbers 1, 2, 3, … in a header row: months when the run passes 4, triwulan when it is 1 … 4. */
export function bareHints(view: SheetView, block: HeaderBlock): BareHints {
  const hints = new Map<string, "month" | "quarter">();
  for (let r = block.top; r <= block.bottom; r++) {
    if (r === block.columnNumberRow) continue;
    let run: number[] = [];
    const flush = (): void => {
      const kind = run.length >= 5 && run.length <= 12 ? "month" : run.length === 4 ? "quarter" : undefined;
      if (kind) for (const c of run) hints.set(`${r},${c}`, kind);
      run = [];
    };
    for (const { col, text } of rowCells(view, r, block.left, block.right)) {
      const label = periodLabelOf(text);
      if (label?.kind === "bare" && label.n === run.length + 1) run.push(col);
      else {
        flush();
        if (label?.kind === "bare" && label.n === 1) run.push(col);
      }
    }
    flush();
  }
  return hints;
}

/** One year over the columns is the year of the table: `target_y2024` → `target`, unless the table already has one. */
export function collapseSingleYear(claims: ColumnClaim[]): void {
  const yearOf = (role: Role | undefined): string | undefined => {
    const period = role?.split("_").pop();
    return period && isYear(period) ? period : undefined;
  };
  const years = new Set(claims.map((c) => yearOf(c.role)).filter((y): y is string => y !== undefined));
  if (years.size !== 1) return;
  for (const claim of claims) {
    if (!yearOf(claim.role)) continue;
    const plain = (claim.role as string).replace(/_y\d{4}$/, "") as Role;
    if (!claims.some((c) => c.role === plain)) claim.role = plain;
  }
}
