import { cellKey, isBudgetRole, isNumericRole, type Finding, type Role } from "../model";
import type { Rule } from "./rule";
import { finding } from "./support/finding";

/** Roles where only a number makes sense: amounts and the serapan percentage. */
function requiresNumber(role: Role): boolean {
  return isBudgetRole(role) || role === "serapan";
}

/**
 * INVALID_NUMBER: a numeric cell the reader could not read safely (`11\`,76%`, `1O0`): an error,
 * since every check on it is skipped. Words in an amount column (`Terlampir`) are a warning: the
 * person may mean them, but the budget sums cannot use them. Words and grades in target and
 * realisasi columns are valid (qualitative indicators); words in a capaian column are left alone.
 * More than 15 significant digits or an overflowing value is an error (`too-many-digits`,
 * `too-large`); a date where a number belongs is a warning (`date`).
 */
export const invalidNumber: Rule = {
  code: "INVALID_NUMBER",
  run: (ctx) => {
    const seen = new Set<number>();
    const out: Finding[] = [];
    for (const item of ctx.table.items) {
      // for…in, not Object.entries: no array per cell.
      for (const key in item.cells) {
        const role = key as Role;
        const cell = item.cells[role];
        if (cell === undefined || !isNumericRole(role)) continue;
        const { value } = cell;
        let severity: "error" | "warning";
        let reason: string;
        // FORMULA_NOT_CALCULATED speaks for a formula saved without its result.
        if (value.kind === "invalid" && value.reason === "formula-not-calculated") continue;
        if (value.kind === "invalid") {
          // A date is usually Excel's auto-format of a typed `1/4`: worth a look, not an error.
          severity = value.reason === "date" ? "warning" : "error";
          reason = value.reason;
        } else if (requiresNumber(role) && value.kind === "text") {
          severity = "warning";
          reason = "text";
        } else if (requiresNumber(role) && (value.kind === "grade" || value.kind === "range")) {
          severity = "error";
          reason = value.kind;
        } else {
          continue;
        }
        // A cell several items share (merged, inherited) is reported once; the key is built only for a finding.
        const at = cellKey(cell.row, cell.col);
        if (seen.has(at)) continue;
        seen.add(at);
        // A date is named as the person sees it, even where the adapter gave only its serial number.
        const text = value.kind === "invalid" && value.reason === "date" ? value.text : cell.text;
        out.push(finding({ code: "INVALID_NUMBER", severity, row: cell.row, col: cell.col, params: { text, role, reason } }));
      }
    }
    return out;
  },
};
