import { isBudgetRole, type Item, type Role } from "../../model";

/**
 * A sub kegiatan (the lowest budget level of Permendagri 90/2019) holding money of its own: an
 * anggaran above Rp 0, yearly or in a period. Realisasi anggaran alone does not count: money is
 * planned in the anggaran. The lowest level: it has no budget rows under it; and a level read
 * from the sums alone counts only under a kegiatan (an Evaluasi Renja's organisation rows, which
 * head the programs, add up like parents and children without being either).
 */
export function isFundedSubKegiatan(item: Item, items: readonly Item[]): boolean {
  if (item.kind !== "row" || item.level !== "subkegiatan" || item.budgetChildren.length > 0) return false;
  const marked = item.levelSource === "kode" || item.levelSource === "words";
  if (!marked && (item.budgetParent === undefined || items[item.budgetParent]?.level !== "kegiatan")) return false;
  for (const key in item.cells) {
    const role = key as Role;
    const cell = item.cells[role];
    if (isBudgetRole(role) && !role.startsWith("realisasi") && cell?.value.kind === "number" && !cell.value.percent && cell.value.value > 0) return true;
  }
  return false;
}
