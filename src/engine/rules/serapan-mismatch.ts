import { agreesAtPrecision, shownDecimals, statedPoints } from "../capaian";
import type { Finding } from "../model";
import type { Rule } from "./rule";
import { labelOf } from "./support/cells";
import { finding } from "./support/finding";

/**
 * SERAPAN_MISMATCH: a stated serapan (capaian of the budget) that is not realisasi anggaran ÷
 * anggaran × 100, compared like a stated capaian: at the precision the cell shows.
 */
export const serapanMismatch: Rule = {
  code: "SERAPAN_MISMATCH",
  run({ table }) {
    const out: Finding[] = [];
    for (const item of table.items) {
      const stated = item.cells.serapan;
      const anggaran = item.cells.anggaran?.value;
      const realisasi = item.cells.realisasi_anggaran?.value;
      if (!stated || anggaran?.kind !== "number" || realisasi?.kind !== "number" || anggaran.value === 0) continue;
      const expected = (realisasi.value / anggaran.value) * 100;
      const points = statedPoints(stated.value, expected);
      if (points === undefined) continue;
      if (agreesAtPrecision(points, expected, shownDecimals(stated.value, stated.text))) continue;
      const difference = points - expected;
      out.push(
        finding({
          code: "SERAPAN_MISMATCH",
          severity: Math.abs(difference) < 1 ? "warning" : "error",
          row: stated.row,
          col: stated.col,
          expected: Math.round(expected * 10000) / 10000,
          actual: points,
          difference: Math.round(difference * 10000) / 10000,
          params: { label: labelOf(item), text: stated.text },
        }),
      );
    }
    return out;
  },
};
