import { disagreement } from "../capaian";
import type { Finding } from "../model";
import type { Rule } from "./rule";
import { labelOf } from "./support/cells";
import { finding } from "./support/finding";

/**
 * SERAPAN_MISMATCH: a stated serapan (capaian of the budget) that is not realisasi anggaran ÷
 * anggaran × 100, compared like a stated capaian: at the precision the cell shows, a bare
 * fraction read as one. Never capped: a serapan above 100% is REALISASI_ANGGARAN_EXCEEDS' matter.
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
      const verdict = disagreement(stated, [(realisasi.value / anggaran.value) * 100]);
      if (!verdict) continue;
      out.push(
        finding({
          code: "SERAPAN_MISMATCH",
          severity: verdict.severity,
          row: stated.row,
          col: stated.col,
          expected: verdict.expected,
          actual: verdict.actual,
          difference: verdict.difference,
          params: { label: labelOf(item), text: stated.text, anggaran: anggaran.value, realisasiAnggaran: realisasi.value },
        }),
      );
    }
    return out;
  },
};
