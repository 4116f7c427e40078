/**
 * A RuleContext from a realistic grid and the layout the recognizer gives (or will give) it:
 * written by hand so a budget spec does not depend on how a header is recognised, while the cells
 * are still read, parsed (Indonesian amounts, `#,##0`, a `(Rp. Juta)` scale) and linked into the
 * budget tree by the engine's own item reader.
 */
import { detectConventions } from "../../../../src/engine/capaian";
import { buildItems } from "../../../../src/engine/items";
import { DEFAULT_SETTINGS, type Grid, type HeaderColumn, type RoleMap, type TableLayout } from "../../../../src/engine/model";
import type { RuleContext } from "../../../../src/engine/rules";
import { textOf } from "../../../../src/engine/layout/grid-reading";
import { row } from "../../../support/grid-builder";

export interface HandLayout {
  /** Excel row numbers (1-based), as the sheet shows them. */
  header: [number, number];
  data: [number, number];
  columns: RoleMap;
  kind?: TableLayout["kind"];
  scale?: Record<number, number>;
  cumulative?: number[];
}

/** The header texts over a column, merged parents included, top to bottom. */
function headerTexts(grid: Grid, top: number, bottom: number, col: number): string {
  const texts: string[] = [];
  for (let r = top; r <= bottom; r++) {
    const merge = grid.merges.find((m) => m.top <= r && r <= m.bottom && m.left <= col && col <= m.right);
    const text = textOf(merge ? grid.rows[merge.top]?.[merge.left] : grid.rows[r]?.[col]).trim();
    if (text && texts[texts.length - 1] !== text) texts.push(text);
  }
  return texts.join(" / ");
}

export function gridTable(grid: Grid, hand: HandLayout): RuleContext {
  const [top, bottom] = [row(hand.header[0]), row(hand.header[1])];
  const headers: HeaderColumn[] = Object.entries(hand.columns)
    .map(([role, col]) => ({ col: col as number, header: headerTexts(grid, top, bottom, col as number), role: role as HeaderColumn["role"] }))
    .sort((a, b) => a.col - b.col);
  const layout: TableLayout = {
    kind: hand.kind ?? "wide-quarterly",
    headerTop: top,
    headerBottom: bottom,
    repeatedHeaderRows: [],
    firstDataRow: row(hand.data[0]),
    lastDataRow: row(hand.data[1]),
    columns: hand.columns,
    groups: [{ columns: hand.columns }],
    headers,
  };
  if (hand.scale) layout.scale = hand.scale;
  if (hand.cumulative) layout.cumulative = hand.cumulative;
  const items = buildItems(grid, layout);
  return { grid, table: { layout, items, conventions: detectConventions(items, DEFAULT_SETTINGS, grid) }, settings: DEFAULT_SETTINGS };
}

/** Rows of a sheet with some cells retyped: [index into `rows`, 0-based column, new value]. */
export function retyped<T>(rows: readonly T[][], changes: ReadonlyArray<[number, number, T]>): T[][] {
  const out = rows.map((r) => [...r]);
  for (const [r, c, v] of changes) out[r][c] = v;
  return out;
}
