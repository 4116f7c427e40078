import type { Finding, Item } from "../model";
import type { RuleContext } from "./context";
import type { Rule } from "./rule";
import { columnsOf, isFilled, labelOf, ownOrInherited, positionOf } from "./support/cells";
import { finding } from "./support/finding";
import { isFundedSubKegiatan } from "./support/funded";
import { hasIndikator, targetsOf } from "./support/targets";

/** Every target the row states carries its unit (`3 KOP`, `85%`): the satuan is said there. */
function targetsSayUnit(ctx: RuleContext, item: Item): boolean {
  const { annual, periods } = targetsOf(ctx, item);
  const filled = [annual, ...periods].filter(isFilled);
  return filled.length > 0 && filled.every((c) => c.value.kind === "number" && (!!c.value.unit || !!c.value.percent));
}

/** Whether the sub kegiatan rows of this group state their own indikator (at least one does). */
function subKegiatanStateIndikator(ctx: RuleContext, group: number): boolean {
  return ctx.table.items.some((i) => i.group === group && isFundedSubKegiatan(i, ctx.table.items) && hasIndikator(i));
}

/**
 * ANGGARAN_WITHOUT_INDIKATOR: a sub kegiatan with an anggaran but no indikator, or with an
 * indikator but no satuan. Every rupiah of a sub kegiatan buys a keluaran measured by an indikator
 * in a satuan (the cascade the Rencana Aksi and the LKjIP are read by: PermenPAN-RB 53/2014 asks
 * the PK and its rencana aksi to carry indicators and targets; reviewers' practice reads a budget
 * without one as spending that cannot be accounted for).
 *
 * The indikator is asked only in a table whose sub kegiatan rows state their own (at least one
 * funded sub kegiatan does): where the indikator column belongs to the sasaran, a sub kegiatan
 * row has none by design. An indikator merged down from the row above counts as stated. The
 * satuan is asked of a sub kegiatan that states its indikator, in a table with a satuan column,
 * unless every target it states carries its unit (`3 KOP`, `85%`);
 * MISSING_SATUAN (an info) leaves these rows to this warning, so a cell is named once. Rp 0 is
 * BUDGET_ZERO_WITH_TARGET's matter and is not asked.
 */
export const anggaranWithoutIndikator: Rule = {
  code: "ANGGARAN_WITHOUT_INDIKATOR",
  run(ctx) {
    const out: Finding[] = [];
    const stating = new Map<number, boolean>();
    const report = (item: Item, missing: "indikator" | "satuan"): void => {
      const pos = positionOf(ctx, item, missing);
      if (!pos) return;
      const anggaran = item.cells.anggaran?.value;
      out.push(
        finding({
          code: "ANGGARAN_WITHOUT_INDIKATOR",
          severity: "warning",
          ...pos,
          ...(anggaran?.kind === "number" ? { actual: anggaran.value } : {}),
          params: { label: labelOf(item), missing, indikator: item.cells.indikator?.text.trim() ?? "" },
        }),
      );
    };
    for (const item of ctx.table.items) {
      if (!isFundedSubKegiatan(item, ctx.table.items)) continue;
      const columns = columnsOf(ctx, item);
      if (!hasIndikator(item)) {
        if (columns.indikator === undefined || isFilled(item.inherited.indikator)) continue;
        if (!stating.has(item.group)) stating.set(item.group, subKegiatanStateIndikator(ctx, item.group));
        if (stating.get(item.group)) report(item, "indikator");
        continue;
      }
      if (columns.satuan !== undefined && !isFilled(ownOrInherited(item, "satuan")) && !targetsSayUnit(ctx, item)) report(item, "satuan");
    }
    return out;
  },
};
