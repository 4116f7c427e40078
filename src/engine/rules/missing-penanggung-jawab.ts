import type { Finding, Item } from "../model";
import type { RuleContext } from "./context";
import type { Rule } from "./rule";
import { columnsOf, isFilled, labelOf, ownOrInherited, tableHasRole } from "./support/cells";
import { finding } from "./support/finding";

interface Block {
  head: Item;
  firstRow: number;
  /** Exclusive. */
  endRow: number;
}

/** A program (a budget item with no parent) opens a block that runs until the next one or a total. */
function isProgramHead(item: Item): boolean {
  return item.kind === "row" && item.cells.anggaran !== undefined && item.budgetParent === undefined && (item.budgetChildren.length > 0 || item.level === "program");
}

function isSasaranHead(item: Item): boolean {
  return item.kind === "row" && (item.cells.sasaran?.text.trim() ?? "") !== "";
}

/** Consecutive row spans opened by the heads; a total row closes the last one. */
function blocksOf(items: Item[], isHead: (item: Item) => boolean): Block[] {
  const blocks: Block[] = [];
  for (const item of items) {
    if (item.kind === "total" && blocks.length > 0) {
      const last = blocks[blocks.length - 1];
      last.endRow = Math.min(last.endRow, item.firstRow);
    } else if (isHead(item)) {
      if (blocks.length > 0) {
        const last = blocks[blocks.length - 1];
        last.endRow = Math.min(last.endRow, item.firstRow);
      }
      blocks.push({ head: item, firstRow: item.firstRow, endRow: Number.POSITIVE_INFINITY });
    }
  }
  return blocks;
}

function inBlock(item: Item, block: Block): boolean {
  return item.firstRow >= block.firstRow && item.firstRow < block.endRow;
}

/** Written on one of its rows, merged over it, or carried down from above: all count. */
function hasPenanggungJawab(items: Item[], block: Block): boolean {
  return items.some((item) => inBlock(item, block) && isFilled(ownOrInherited(item, "penanggung_jawab")));
}

function pjColumn(ctx: RuleContext, item: Item): number | undefined {
  return columnsOf(ctx, item).penanggung_jawab ?? ctx.table.layout.groups.map((g) => g.columns.penanggung_jawab).find((c) => c !== undefined);
}

function report(ctx: RuleContext, block: Block, kind: "program" | "sasaran" | "table"): Finding[] {
  const col = pjColumn(ctx, block.head);
  if (col === undefined) return [];
  const label = kind === "sasaran" ? (block.head.cells.sasaran?.text.trim() ?? "") : labelOf(block.head);
  return [finding({ code: "MISSING_PENANGGUNG_JAWAB", severity: "warning", row: block.firstRow, col, params: { label, block: kind } })];
}

/**
 * MISSING_PENANGGUNG_JAWAB: a whole block nobody answers for: a program with its kegiatan and sub
 * kegiatan, or a sasaran block without budget rows. Reported once per block; rows that take the
 * penanggung jawab from a merged cell or from the rows above are covered. Only in tables with a
 * penanggung jawab column.
 */
export const missingPenanggungJawab: Rule = {
  code: "MISSING_PENANGGUNG_JAWAB",
  run: (ctx) => {
    if (!tableHasRole(ctx, "penanggung_jawab")) return [];
    const items = [...ctx.table.items].sort((a, b) => a.firstRow - b.firstRow || a.group - b.group);
    // A blank form (rows holding only a number or formulas) has nobody to answer for yet.
    const rows = items.filter((i) => i.kind === "row" && (["indikator", "program", "sasaran"] as const).some((role) => (i.cells[role]?.text.trim() ?? "") !== ""));
    if (rows.length === 0) return [];
    const programs = blocksOf(items, isProgramHead);
    // Sasaran blocks with budget rows are covered by their programs' blocks.
    const sasaran = blocksOf(items, isSasaranHead).filter((s) => !items.some((i) => i.cells.anggaran !== undefined && inBlock(i, s)));
    const findings = [
      ...programs.filter((b) => !hasPenanggungJawab(items, b)).flatMap((b) => report(ctx, b, "program")),
      ...sasaran.filter((b) => !hasPenanggungJawab(items, b)).flatMap((b) => report(ctx, b, "sasaran")),
    ];
    if (programs.length === 0 && sasaran.length === 0) {
      const whole: Block = { head: rows[0], firstRow: rows[0].firstRow, endRow: Number.POSITIVE_INFINITY };
      if (!hasPenanggungJawab(items, whole)) findings.push(...report(ctx, whole, "table"));
    }
    return findings.sort((a, b) => a.row - b.row);
  },
};
