import { cellAt, fromA1, type Finding, type Grid, type Role, type UncalculatedReason } from "../model";
import type { Rule } from "./rule";
import { finding } from "./support/finding";

/** The first cell of a chain of `depends` that is not computable for a reason of its own. */
function rootOf(grid: Grid, reason: UncalculatedReason): { cell?: string; reason: UncalculatedReason } {
  let cell: string | undefined;
  let current = reason;
  const seen = new Set<string>();
  while (current.kind === "depends" && !seen.has(current.cell)) {
    seen.add(current.cell);
    cell = current.cell;
    const { row, col } = fromA1(current.cell);
    const next = cellAt(grid, row, col)?.uncalculated;
    if (!next) break;
    current = next;
  }
  return { cell, reason: current };
}

function reasonParams(reason: UncalculatedReason): Record<string, string> {
  switch (reason.kind) {
    case "function":
      return { reason: "function", name: reason.name };
    case "unsupported-reference":
      return { reason: "reference", reference: reason.reference };
    case "depends":
      return { reason: "depends", source: reason.cell };
    default:
      return { reason: reason.kind };
  }
}

/**
 * FORMULA_NOT_CALCULATED: a target, realisasi, capaian or anggaran cell whose formula was saved
 * without its result (openpyxl, report generators) and uses something the engine does not compute
 * (engine/formulas). Its value is unknown: the sums and capaian that use it are skipped, not
 * reported wrong, and the person is told to open and save the file in Excel or LibreOffice. An
 * error, since those checks did not run. A cell that is unknown only because it refers to such a
 * cell in the table is a warning derived from it, so the person looks at one cell.
 */
export const formulaNotCalculated: Rule = {
  code: "FORMULA_NOT_CALCULATED",
  run: (ctx) => {
    const cells = new Map<string, { row: number; col: number; role: Role; formula: string; reason: UncalculatedReason }>();
    for (const item of ctx.table.items) {
      // for…in, not Object.entries: no array per cell, and the grid asked only about unreadable cells.
      for (const key in item.cells) {
        const role = key as Role;
        const cell = item.cells[role];
        if (cell === undefined || cell.value.kind !== "invalid") continue;
        const reason = cellAt(ctx.grid, cell.row, cell.col)?.uncalculated;
        if (!reason) continue;
        const at = `${cell.row}:${cell.col}`;
        if (!cells.has(at)) cells.set(at, { row: cell.row, col: cell.col, role, formula: cell.formula ?? "", reason });
      }
    }
    return [...cells.values()].map((c): Finding => {
      // Through a chain of formulas, the cell to open is the first one that is not computable by itself.
      const root = c.reason.kind === "depends" ? rootOf(ctx.grid, c.reason) : undefined;
      const source = root?.cell;
      const derived = source !== undefined && cells.has(keyOf(source));
      const params = source !== undefined ? { reason: "depends", source } : reasonParams(c.reason);
      return finding({
        code: "FORMULA_NOT_CALCULATED",
        severity: derived ? "warning" : "error",
        row: c.row,
        col: c.col,
        derivedFrom: derived ? [source] : undefined,
        params: { formula: c.formula, role: c.role, ...params },
      });
    });
  },
};

function keyOf(a1: string): string {
  const { row, col } = fromA1(a1);
  return `${row}:${col}`;
}
