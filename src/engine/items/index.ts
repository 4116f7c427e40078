/**
 * Rows → items: one item per table row (per level block side by side), or per block of period rows
 * in the long layout; cells parsed per column; "same as above" values inherited; levels and the
 * budget tree read from the sheet's marks or, failing those, from the sums.
 */
import type {
  CellRef,
  Grid,
  Item,
  Level,
  Role,
  RoleMap,
  TableLayout,
} from "../model";
import { headerPathOf } from "../layout";
import { levelOf as headerLevelOf } from "../layout/header-words";
import { viewOf, type SheetView } from "../layout/grid-reading";
import { buildBudgetTree } from "./budget-tree";
import { readKodes } from "./kode";
import { markLevels, type Mark, type NameCell } from "./levels";
import { buildLongItems } from "./long-items";
import { parseColumns } from "./read-cells";
import { newInheritedCells, newRoleCells } from "./role-cells";
import { classifyRows, type RowInfo } from "./row-kinds";
import {
  inheritBlanks,
  inheritPenanggungJawab,
  sourceRow,
} from "./inheritance";

/** Roles that only frame a row; a group with nothing but these on a row has no item there. */
const FRAME_ROLES: readonly Role[] = [
  "no",
  "penanggung_jawab",
  "keterangan",
  "sasaran",
];

function wideItems(
  view: SheetView,
  table: TableLayout,
  rows: RowInfo[],
): Item[] {
  const included = rows.filter((r) => r.kind !== "skip").map((r) => r.row);
  const parsed = parseColumns(view, table, included);
  const items: Item[] = [];
  // Each group's columns listed once, not per row: roles in the group's own order, with the
  // column's parsed cells and whether the role only frames a row, so no cell asks again.
  const columns = table.groups.map((group) =>
    (Object.entries(group.columns) as Array<[Role, number]>).map(([role, col]) => ({ role, col, cells: parsed.get(col), frame: FRAME_ROLES.includes(role) })),
  );
  const total = totalGroup(table);
  for (const info of rows) {
    if (info.kind === "skip") continue;
    for (let g = 0; g < columns.length; g++) {
      const cells = newRoleCells();
      const inherited = newInheritedCells();
      let own = 0;
      let substantive = false;
      for (const { role, col, cells: column, frame } of columns[g]) {
        const from = sourceRow(view, info.row, col);
        const ref = from === undefined ? undefined : column?.get(from);
        if (!ref) continue;
        if (from === info.row) {
          cells[role] = ref;
          own++;
          if (!frame) substantive = true;
        } else inherited[role] = ref;
      }
      if (info.kind === "total" ? g !== total : !substantive && !(g === 0 && own > 0)) continue;
      const item: Item = {
        index: items.length,
        kind: info.kind === "total" ? "total" : "row",
        firstRow: info.row,
        lastRow: info.row,
        group: g,
        cells,
        inherited,
        budgetChildren: [],
      };
      if (info.hidden) item.hidden = true;
      items.push(item);
    }
  }
  return items;
}

function totalGroup(table: TableLayout): number {
  const g = table.groups.findIndex((x) => x.columns.anggaran !== undefined);
  return g < 0 ? 0 : g;
}

/** The level the name column starts at: "Kegiatan/Sub Kegiatan" starts at kegiatan. */
function topLevelOf(grid: Grid, table: TableLayout, columns: RoleMap): Level {
  const col = columns.program;
  if (col === undefined) return "program";
  for (const text of headerPathOf(grid, table, col)) {
    const level = headerLevelOf(text);
    if (level === "program" || level === "kegiatan" || level === "subkegiatan")
      return level;
  }
  return "program";
}

function nameCells(
  view: SheetView,
  items: Item[],
  table: TableLayout,
  group: number,
): NameCell[] {
  const out: NameCell[] = [];
  const kodes = readKodes(
    view,
    table,
    items
      .filter((i) => i.group === group && i.kind === "row")
      .map((i) => i.firstRow),
  );
  for (const item of items) {
    if (item.group !== group || item.kind !== "row") continue;
    const name = item.cells.program;
    if (!name) continue;
    const cell = view.grid.rows[name.row]?.[name.col];
    out.push({
      item,
      text: name.text,
      kode: kodes.get(item.firstRow)?.kode ?? item.cells.kode?.text,
      bold: cell?.bold,
      indent: cell?.indent,
    });
  }
  return out;
}

/**
 * Levels of rows without a name: a row naming a sasaran is a sasaran, else an indikator row. Rows
 * left out of the budget tree (an anggaran of 0 on an indikator line) count as unnamed too.
 */
function frameLevel(item: Item): void {
  if (
    item.level ||
    item.kind !== "row" ||
    item.cells.program ||
    item.budgetParent !== undefined ||
    item.budgetChildren.length > 0
  )
    return;
  if (item.cells.sasaran) item.level = "sasaran";
  else if (item.cells.indikator) item.level = "indikator";
  else return;
  item.levelSource = "column";
}

/**
 * Builds the items of one recognised table. Cells are parsed with the number reader; merged cells
 * and blanks under a sasaran, program or penanggung jawab are inherited; levels come from kode,
 * uppercase, numbering, indentation, bold, the side-by-side block, or the budget sums.
 */
export function buildItems(grid: Grid, table: TableLayout): Item[] {
  const view = viewOf(grid);
  const rows = classifyRows(view, table);
  const items =
    table.kind === "long"
      ? buildLongItems(view, table, rows)
      : wideItems(view, table, rows);
  inheritBlanks(items, table);
  table.groups.forEach((group, g) => {
    if (group.level && table.groups.length > 1) {
      for (const item of items)
        if (item.group === g && item.kind === "row")
          [item.level, item.levelSource] = [group.level, "group"];
    }
  });
  // One map of marks for the table's groups (each group's name cells are its own items).
  const marks = new Map<number, Mark>();
  table.groups.forEach((group, g) => {
    if (group.level && table.groups.length > 1) return;
    markLevels(
      nameCells(view, items, table, g),
      topLevelOf(grid, table, group.columns),
      marks,
    );
  });
  marks.forEach((mark, index) => {
    items[index].level = mark.level;
    items[index].levelSource = mark.source;
  });
  if (table.groups.length === 1 || table.groups.every((g) => !g.level)) {
    buildBudgetTree(
      items,
      table,
      marks,
      topLevelOf(grid, table, table.columns),
    );
  } else {
    linkSideBySide(items);
  }
  items.forEach(frameLevel);
  inheritPenanggungJawab(items, table);
  return items;
}

/** Side by side (Bone): a kegiatan block's budget belongs to the program block on the same rows. */
function linkSideBySide(items: Item[]): void {
  const order: Level[] = ["program", "kegiatan", "subkegiatan"];
  for (const item of items) {
    if (item.kind !== "row" || !item.cells.anggaran || !item.level) continue;
    const r = order.indexOf(item.level);
    if (r <= 0) continue;
    const parent = [...items]
      .reverse()
      .find(
        (p) =>
          p.kind === "row" &&
          p.cells.anggaran &&
          p.level === order[r - 1] &&
          p.firstRow <= item.firstRow,
      );
    if (parent) {
      item.budgetParent = parent.index;
      parent.budgetChildren.push(item.index);
    }
  }
}

export type { CellRef };
