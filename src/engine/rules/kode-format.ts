import { readKodes } from "../items/kode";
import { viewOf } from "../layout/grid-reading";
import type { Rule } from "./rule";
import { firstItemOfEachRow } from "./support/cells";
import { finding } from "./support/finding";

/**
 * KODE_FORMAT: a kode typed with a slip that still says which kode is meant (`03 02` with a space
 * for a dot, `2,01` with a comma). Cermat reads it as meant, so the levels are right, and says so:
 * a warning, since the kode is what other systems (SIPD) match on. A kode whose parts slid one
 * column left (`03 | 02` under urusan | bidang) is read in the columns its parts belong to.
 */
export const kodeFormat: Rule = {
  code: "KODE_FORMAT",
  run: (ctx) => {
    const rows = firstItemOfEachRow(ctx).map((item) => item.firstRow);
    const kodes = readKodes(viewOf(ctx.grid), ctx.table.layout, rows);
    return [...kodes.values()].flatMap((k) =>
      k.slips.map((s) => finding({ code: "KODE_FORMAT", severity: "warning", row: s.row, col: s.col, params: { text: s.text, read: s.read, ...(s.shifted ? { shifted: 1 } : {}) } })),
    );
  },
};
