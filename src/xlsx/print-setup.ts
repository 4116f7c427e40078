/**
 * Print and drop-down settings every Cermat sheet shares, whichever writer renders it.
 */
import type { SheetSpec } from "../engine/model";

/** Excel's paper codes: 9 is A4; 14 is Folio (8.5 × 13 in), the size Indonesian offices call F4. */
export const PAPER_SIZE: Record<SheetSpec["print"]["paper"], number> = { A4: 9, F4: 14 };

/** Page margins in inches, shared by the package writer and the tests' ExcelJS renderer so both print alike. */
export const PRINT_MARGINS = { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 } as const;

/** The thin grey line of a bordered cell, as ARGB. */
export const BORDER_COLOR = "FF808080";

/** A drop-down's list as Excel stores it (`"a,b,c"`); Excel refuses lists over 255 characters. */
export function listValidationFormula(list: readonly string[]): string {
  const formula = `"${list.join(",")}"`;
  if (formula.length > 257) throw new Error(`Drop-down list longer than Excel's 255 characters: ${list.join(",")}`);
  return formula;
}

