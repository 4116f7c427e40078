import type { SheetAnalysis } from "../engine/analyze";
import { colLetter, type Role } from "../engine/model";
import type { CheckReport } from "../report/check-report";

/**
 * Says which columns read the person's choice instead of their header, per sheet, so a colleague
 * running `cermat check` on a file with saved choices is never surprised by a silent difference.
 */
export function withChosenColumns(report: CheckReport, analyses: readonly SheetAnalysis[]): CheckReport {
  return {
    ...report,
    sheets: report.sheets.map((sheet, i) => {
      const chosen: Record<string, Role | "none"> = {};
      for (const table of analyses[i]?.tables ?? []) {
        for (const header of table.layout.headers) if (header.chosen) chosen[colLetter(header.col)] = header.role ?? "none";
      }
      return Object.keys(chosen).length > 0 ? { ...sheet, chosenColumns: chosen } : sheet;
    }),
  };
}
