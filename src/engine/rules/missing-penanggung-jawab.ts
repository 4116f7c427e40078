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

/**
 * A program opens a block that runs until the next one or a total: a budget row read as a program,
 * or a budget item with children and no parent (unmarked sheets). Urusan and bidang rows above the
 * programs are not blocks of their own: their programs are.
 */
function isProgramHead(item: Item): boolean {
  if (item.kind !== "row" || item.level === "urusan" || item.level === "bidang") return false;
  if (item.cells.anggaran === undefined) return false;
  return item.level === "program" || (item.budgetParent === undefined && item.budgetChildren.length > 0);
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

/** The blocks holding an item that passes `test`: one pass, each item placed in its block by binary search. */
function blocksWhere(items: Item[], blocks: Block[], test: (item: Item) => boolean): Set<Block> {
  const answered = new Set<Block>();
  for (const item of items) {
    if (!test(item)) continue;
    let lo = 0;
    let hi = blocks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (blocks[mid].firstRow <= item.firstRow) lo = mid + 1;
      else hi = mid - 1;
    }
    const block = blocks[hi];
    if (block && inBlock(item, block)) answered.add(block);
  }
  return answered;
}

/** Written on one of its rows, merged over it, or carried down from above: all count. */
function answeredBlocks(items: Item[], blocks: Block[]): Set<Block> {
  return blocksWhere(items, blocks, (item) => isFilled(ownOrInherited(item, "penanggung_jawab")));
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
    const sasaranBlocks = blocksOf(items, isSasaranHead);
    const budgeted = blocksWhere(items, sasaranBlocks, (i) => i.cells.anggaran !== undefined);
    const sasaran = sasaranBlocks.filter((s) => !budgeted.has(s));
    const programsAnswered = answeredBlocks(items, programs);
    const sasaranAnswered = answeredBlocks(items, sasaran);
    const findings = [
      ...programs.filter((b) => !programsAnswered.has(b)).flatMap((b) => report(ctx, b, "program")),
      ...sasaran.filter((b) => !sasaranAnswered.has(b)).flatMap((b) => report(ctx, b, "sasaran")),
    ];
    if (programs.length === 0 && sasaran.length === 0) {
      const whole: Block = { head: rows[0], firstRow: rows[0].firstRow, endRow: Number.POSITIVE_INFINITY };
      if (!answeredBlocks(items, [whole]).has(whole)) findings.push(...report(ctx, whole, "table"));
    }
    return findings.sort((a, b) => a.row - b.row);
  },
};
