/** How a finding names a column: the words of its header, as the person reads them over the column. */
import type { RuleContext } from "../context";

/**
 * The header texts over a column, top to bottom, joined with spaces ("Realisasi Anggaran TW II",
 * "Rp 2022"); "" when the layout knows none, or only the role name (a layout built in advance).
 */
export function columnHeader(ctx: RuleContext, col: number): string {
  const found = ctx.table.layout.headers.find((h) => h.col === col);
  if (!found || found.header === found.role) return "";
  return found.header
    .split(" / ")
    .map((part) => part.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join(" ");
}
