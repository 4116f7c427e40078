/**
 * The long layout (Bone): a block of rows per indicator, one row per period (`TW 1 (B03)` …), with
 * a `Target Tahunan` line; the block becomes one item, its period rows mapped to `target_tw1`,
 * `realisasi_tw1`, `capaian_tw1` …, and the cells merged over the block (indikator, program,
 * anggaran, penanggung jawab) read once.
 */
import type { CellRef, ColumnGroup, Item, Role, TableLayout } from "../model";
import { periodLabelOf } from "../layout";
import { ownText, type SheetView } from "../layout/grid-reading";
import { ownOrMerged } from "./inheritance";
import { parseCells, parseColumns, type ParsedColumns } from "./read-cells";
import { newInheritedCells, newRoleCells } from "./role-cells";
import type { RowInfo } from "./row-kinds";

const PERIOD_ROLES: ReadonlyArray<[Role, string]> = [
  ["target_periode", "target"],
  ["realisasi_periode", "realisasi"],
  ["capaian_periode", "capaian"],
];
const IDENTITY: readonly Role[] = ["indikator", "program", "sasaran", "no"];

type Label = ReturnType<typeof periodLabelOf>;

function labelAt(view: SheetView, row: number, col: number): Label {
  const text = ownText(view, row, col).replace(/:\s*$/, "").trim();
  return text === "" ? undefined : periodLabelOf(text);
}

function periodIndex(label: Label): number {
  if (!label) return -1;
  if (label.kind === "annual") return 0;
  if (label.kind === "quarter") return Number(label.quarter.slice(2));
  if (label.kind === "month") return Number(label.month.slice(1));
  return -1;
}

/** Rows of one group cut into blocks: a block opens at a `Target Tahunan` line, a period that comes round again, or a new indicator. */
function blocksOf(view: SheetView, group: ColumnGroup, rows: RowInfo[]): RowInfo[][] {
  const periodCol = group.columns.periode as number;
  const blocks: RowInfo[][] = [];
  let current: RowInfo[] = [];
  let lastIndex = -1;
  for (const info of rows) {
    if (info.kind === "skip") continue;
    if (info.kind === "total") {
      if (current.length) blocks.push(current);
      blocks.push([info]);
      current = [];
      lastIndex = -1;
      continue;
    }
    const index = periodIndex(labelAt(view, info.row, periodCol));
    const startsIdentity = IDENTITY.some((role) => {
      const col = group.columns[role];
      return col !== undefined && col !== group.columns.periode && ownText(view, info.row, col) !== "" && !view.merges.isCovered(info.row, col);
    });
    // Period labels decide; a new indikator opens a block only on a row without a label.
    const opens = current.length > 0 && ((index >= 0 && index <= lastIndex) || (index < 0 && startsIdentity && lastIndex >= 0));
    if (opens) {
      blocks.push(current);
      current = [];
      lastIndex = -1;
    }
    current.push(info);
    if (index >= 0) lastIndex = index;
  }
  if (current.length) blocks.push(current);
  return blocks;
}

const AMOUNT = /^\s*(rp\.?\s*)?[\d.,]+\s*(,-|-)?\s*(m|jt|juta|miliar|rb|ribu)?\s*$/i;

function itemOfBlock(view: SheetView, table: TableLayout, parsed: ParsedColumns, block: RowInfo[], g: number, index: number): Item | undefined {
  const group = table.groups[g];
  const cols = group.columns;
  const periodCol = cols.periode as number;
  const cells = newRoleCells();
  const inherited = newInheritedCells();
  const first = block[0].row;
  const last = block[block.length - 1].row;
  const nameAndBudget = cols.program !== undefined && cols.program === cols.anggaran;
  for (const [role, col] of Object.entries(cols) as Array<[Role, number]>) {
    if (role === "periode" || PERIOD_ROLES.some(([r]) => r === role)) continue;
    if (nameAndBudget && (role === "program" || role === "anggaran")) continue;
    for (const info of block) {
      const found = ownOrMerged(view, parsed, info.row, col);
      if (!found) continue;
      if (found.own) cells[role] = found.ref;
      else if (found.ref.row < first) inherited[role] = found.ref;
      else continue;
      break;
    }
  }
  if (nameAndBudget) {
    const col = cols.program as number;
    const rowsHere = block.map((b) => b.row).filter((r) => ownText(view, r, col) !== "");
    const amounts = rowsHere.filter((r) => AMOUNT.test(ownText(view, r, col)));
    const name = rowsHere.find((r) => !amounts.includes(r));
    if (name !== undefined) cells.program = parsed.get(col)?.get(name);
    if (amounts.length > 0) cells.anggaran = parseCells(view, table, col, [amounts[0]], "anggaran").get(amounts[0]);
    if (name === undefined) {
      const merged = ownOrMerged(view, parsed, first, col);
      if (merged && !merged.own) inherited.program = merged.ref;
    }
  }
  const periodRows: NonNullable<Item["periodRows"]> = {};
  for (const info of block) {
    const label = labelAt(view, info.row, periodCol);
    if (!label || label.kind === "bare") continue;
    const period = label.kind === "annual" ? undefined : label.kind === "quarter" ? label.quarter : label.month;
    periodRows[period ?? "annual"] ??= info.row;
    for (const [longRole, measure] of PERIOD_ROLES) {
      const col = cols[longRole];
      if (col === undefined) continue;
      const ref: CellRef | undefined = parsed.get(col)?.get(info.row);
      if (!ref) continue;
      const role = (period ? `${measure}_${period}` : measure) as Role;
      if (!cells[role]) cells[role] = ref;
    }
  }
  const has = Object.keys(cells).some((r) => r !== "no" && r !== "penanggung_jawab" && r !== "keterangan");
  if (!has) return undefined;
  const item: Item = { index, kind: block[0].kind === "total" ? "total" : "row", firstRow: first, lastRow: last, group: g, cells, inherited, budgetChildren: [] };
  if (Object.keys(periodRows).length > 0) item.periodRows = periodRows;
  if (block.some((b) => b.hidden)) item.hidden = true;
  return item;
}

export function buildLongItems(view: SheetView, table: TableLayout, rows: RowInfo[]): Item[] {
  const included = rows.filter((r) => r.kind !== "skip").map((r) => r.row);
  const parsed = parseColumns(view, table, included);
  const items: Item[] = [];
  const perGroup = table.groups.map((group) => (group.columns.periode === undefined ? rows.filter((r) => r.kind !== "skip").map((r) => [r]) : blocksOf(view, group, rows)));
  const all: Array<{ g: number; block: RowInfo[] }> = [];
  perGroup.forEach((blocks, g) => blocks.forEach((block) => all.push({ g, block })));
  all.sort((a, b) => a.block[0].row - b.block[0].row || a.g - b.g);
  for (const { g, block } of all) {
    if (block[0].kind === "total" && g !== 0) continue;
    const item = itemOfBlock(view, table, parsed, block, g, items.length);
    if (item) items.push(item);
  }
  return items;
}
