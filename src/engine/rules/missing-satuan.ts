import type { CellRef } from "../model";
import type { Rule } from "./rule";
import { isFilled, itemHasRole, ownOrInherited, positionOf } from "./support/cells";
import { finding } from "./support/finding";
import { isFundedSubKegiatan } from "./support/funded";
import { hasIndikator, targetsOf } from "./support/targets";

/** A bare number: no `%`, no unit typed inside it (`3 KOP` carries its own unit). */
function isBareNumber(cell: CellRef | undefined): boolean {
  return cell?.value.kind === "number" && !cell.value.percent && !cell.value.unit;
}

/**
 * MISSING_SATUAN: an indikator whose targets are bare numbers and whose satuan cell is empty, in a
 * table that has a satuan column. Info, not a warning: the numbers still check out, but "30" of
 * what is for the reader to guess. A sub kegiatan with an anggaran is ANGGARAN_WITHOUT_INDIKATOR's
 * (a warning: money without a measured keluaran), so its satuan is named once.
 */
export const missingSatuan: Rule = {
  code: "MISSING_SATUAN",
  run: (ctx) =>
    ctx.table.items.flatMap((item) => {
      if (!hasIndikator(item) || isFundedSubKegiatan(item, ctx.table.items) || !itemHasRole(ctx, item, "satuan") || isFilled(ownOrInherited(item, "satuan"))) return [];
      const { annual, periods } = targetsOf(ctx, item);
      const filled = [annual, ...periods].filter(isFilled);
      if (filled.length === 0 || !filled.every(isBareNumber)) return [];
      const pos = positionOf(ctx, item, "satuan");
      if (!pos) return [];
      return [finding({ code: "MISSING_SATUAN", severity: "info", ...pos, params: { indikator: item.cells.indikator?.text ?? "", target: filled[0].text } })];
    }),
};
