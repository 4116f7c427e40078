import type { TableAnalysis } from "../analyze";
import type { Grid, Role } from "../model";
import type { CapaianScale } from "../templates/formulas";
import { gridCell, isFilled } from "./table-cells";

/** A number format that shows a percentage (a `%` outside quotes: 0.00% yes, 0.00"%" no). */
export function isPercentFormat(format: string | undefined): boolean {
  return !!format && /%/.test(format.replace(/"[^"]*"/g, ""));
}

/**
 * How the sheet stores capaian: 0.875 under a % format ("fraction") or 87.5 under a "(%)"
 * header ("points"). Decided from the capaian (or serapan) cells already filled in, else from
 * the formats of the empty ones; "points" when nothing tells, as most documents type 87,5.
 */
export function capaianScaleOf(grid: Grid, table: TableAnalysis, roles: readonly Role[]): CapaianScale {
  let fraction = 0;
  let points = 0;
  for (const item of table.items) {
    for (const role of roles) {
      const ref = item.cells[role];
      if (!ref) continue;
      const cell = gridCell(grid, ref);
      if (isFilled(ref) && typeof cell?.value === "number") {
        if (isPercentFormat(cell.format)) fraction++;
        else points++;
      } else if (isPercentFormat(cell?.format)) {
        fraction += 0.5;
      }
    }
  }
  return fraction > points ? "fraction" : "points";
}

/** Number format for a capaian written into a cell without one. */
export function capaianFormat(scale: CapaianScale, decimals: number): string {
  const digits = decimals > 0 ? `.${"0".repeat(decimals)}` : "";
  return scale === "fraction" ? `0${digits}%` : `0${digits}`;
}
