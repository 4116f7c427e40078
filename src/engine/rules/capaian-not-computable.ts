import { statedPoints, uncomputedCapaian, type UncomputedCapaian } from "../capaian";
import type { CapaianStorage } from "../capaian";
import type { Finding, Item, Severity } from "../model";
import type { Rule } from "./rule";
import { someColumnStarts, someItemHolds } from "./support/cells";
import { finding } from "./support/finding";

/**
 * CAPAIAN_NOT_COMPUTABLE: a capaian that has its target and realisasi but no formula to turn them
 * into a number, said instead of guessed (Isi Capaian leaves these cells empty).
 *
 * - A target of 0 ("Jumlah temuan BPK": target 0, realisasi 2). PermenPAN-RB 8/2021 (Lampiran,
 *   BAB VI) divides by the target in every formula, the "kondisi khusus" one included, and names
 *   no convention for 0; DOMAIN.md names none either, so none is assumed (not even the reviewers'
 *   "0 against 0 is 100 %"). A number stated against something realised (100 for 2 temuan) is a
 *   warning: the document claims a level of achievement no formula backs, and a reviewer will ask
 *   where it came from, so the person should state the convention used (in Keterangan) or set a
 *   measurable target. A number stated for 0 against 0 is an info: nothing was planned and nothing
 *   happened, only the convention is unsaid (a quarter without a target often reads so). With
 *   nothing stated, an info when something was realised (why the cell stays empty); nothing when
 *   target and realisasi are both 0.
 * - A qualitative target not reached (target WTP, realisasi WDP): reviewers judge it tidak
 *   tercapai, and no source turns it into a percentage. A number under 100 stated there, or an
 *   empty cell, is an info: it cannot be judged numerically. 100 or more is CAPAIAN_MISMATCH.
 */
export const capaianNotComputable: Rule = {
  code: "CAPAIAN_NOT_COMPUTABLE",
  run(ctx) {
    const { table, settings } = ctx;
    // A capaian cell, or a capaian column to hold one, is what every report here is about.
    if (!someItemHolds(ctx, "capaian") && !someColumnStarts(ctx, "capaian")) return [];
    const storage = table.conventions.capaianStorage;
    return table.items.flatMap((item) => uncomputedCapaian(item, settings, table.layout.groups[item.group]?.columns).flatMap((u) => judge(item, u, storage)));
  },
};

function judge(item: Item, u: UncomputedCapaian, storage: CapaianStorage | undefined): Finding[] {
  const stated = u.stated ? statedPoints(u.stated.value, 100, storage) : undefined;
  const severity = severityOf(u, stated);
  if (!severity) return [];
  const realisasi = u.realisasi;
  return [
    finding({
      code: "CAPAIAN_NOT_COMPUTABLE",
      severity,
      row: u.cell.row,
      col: u.cell.col,
      ...(stated !== undefined ? { actual: stated } : {}),
      params: {
        period: u.period,
        reason: u.reason,
        indikator: (item.cells.indikator ?? item.inherited.indikator)?.text ?? "",
        target: u.target.value.kind === "grade" ? u.target.value.grade : u.target.text,
        realisasi: realisasi.kind === "grade" ? realisasi.grade : realisasi.kind === "number" ? realisasi.value : "",
        polaritySource: u.polaritySource,
        ...(u.stated ? { text: u.stated.text } : {}),
      },
    }),
  ];
}

function severityOf(u: UncomputedCapaian, stated: number | undefined): Severity | undefined {
  // Words in the cell ("Tidak tercapai", "N/A") already say what no number can.
  if (u.stated && stated === undefined) return undefined;
  if (u.reason === "target-zero") {
    const realised = u.realisasi.kind === "number" && u.realisasi.value !== 0;
    if (stated !== undefined) return realised ? "warning" : "info";
    return realised ? "info" : undefined;
  }
  return stated === undefined || stated < 100 ? "info" : undefined;
}
