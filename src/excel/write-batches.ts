import type { CellWrite, Scalar } from "../engine/model";

/**
 * A rectangle of cells written with one range proxy: 2-D arrays instead of one proxy per cell.
 * `contents` is what goes to `range.formulas` (constants and formulas alike: Excel stores a
 * constant written through `formulas` as a constant); `formats` goes to `range.numberFormat`.
 */
export interface WriteBlock {
  top: number;
  left: number;
  rowCount: number;
  colCount: number;
  contents?: Scalar[][];
  formats?: string[][];
}

type Kind = "content" | "format" | "both";

function kindOf(write: CellWrite): Kind | undefined {
  const hasContent = write.formula !== undefined || write.value !== undefined;
  const hasFormat = write.format !== undefined;
  if (hasContent && hasFormat) return "both";
  if (hasContent) return "content";
  if (hasFormat) return "format";
  return undefined;
}

function contentOf(write: CellWrite): Scalar {
  if (write.formula !== undefined) return write.formula;
  // Writing null through Office.js leaves the cell unchanged; "" is what clears it.
  return write.value ?? "";
}

interface Run {
  row: number;
  left: number;
  right: number;
}

/**
 * Covers a set of cells with few rectangles: horizontal runs of consecutive columns per row,
 * then runs with the same span on consecutive rows stacked into one rectangle.
 */
export function rectangles(cells: ReadonlyArray<{ row: number; col: number }>): Array<{ top: number; left: number; bottom: number; right: number }> {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: Run[] = [];
  for (const { row, col } of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.row === row && last.right + 1 === col) last.right = col;
    else runs.push({ row, left: col, right: col });
  }
  const open = new Map<string, { top: number; left: number; bottom: number; right: number }>();
  const done: Array<{ top: number; left: number; bottom: number; right: number }> = [];
  for (const run of runs) {
    const key = `${run.left}:${run.right}`;
    const rect = open.get(key);
    if (rect && rect.bottom + 1 === run.row) {
      rect.bottom = run.row;
    } else {
      if (rect) done.push(rect);
      open.set(key, { top: run.row, left: run.left, bottom: run.row, right: run.right });
    }
  }
  return [...done, ...open.values()].sort((a, b) => a.top - b.top || a.left - b.left);
}

/**
 * Groups writes into rectangular blocks. Cells are grouped by what they write (content, format,
 * or both) so a block never overwrites a neighbour's format or value it was not asked to touch.
 * A later write to the same cell wins, as if the writes were applied one by one.
 */
export function groupWrites(writes: readonly CellWrite[]): WriteBlock[] {
  const latest = new Map<string, CellWrite>();
  for (const write of writes) latest.set(`${write.row}:${write.col}`, write);

  const byKind = new Map<Kind, CellWrite[]>();
  for (const write of latest.values()) {
    const kind = kindOf(write);
    if (!kind) continue;
    byKind.set(kind, [...(byKind.get(kind) ?? []), write]);
  }

  const blocks: WriteBlock[] = [];
  for (const [kind, group] of byKind) {
    const at = new Map(group.map((w) => [`${w.row}:${w.col}`, w]));
    for (const rect of rectangles(group)) {
      const rowCount = rect.bottom - rect.top + 1;
      const colCount = rect.right - rect.left + 1;
      const pick = <T>(f: (w: CellWrite) => T): T[][] =>
        Array.from({ length: rowCount }, (_, r) =>
          Array.from({ length: colCount }, (_, c) => f(at.get(`${rect.top + r}:${rect.left + c}`) as CellWrite)),
        );
      blocks.push({
        top: rect.top,
        left: rect.left,
        rowCount,
        colCount,
        contents: kind === "format" ? undefined : pick(contentOf),
        formats: kind === "content" ? undefined : pick((w) => w.format as string),
      });
    }
  }
  return blocks.sort((a, b) => a.top - b.top || a.left - b.left);
}
