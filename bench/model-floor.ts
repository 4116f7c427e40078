/**
 * What keeping the table's cells costs before any reading of them: the same cells the items phase
 * keeps (every mapped column over the data rows), each run's held until the next has made its own
 * (as a check's items are held until it ends), two ways.
 * - `objects`: the item model's shape, a CellRef ({ row, col, text, value }) per cell and a value
 *   object per number ({ kind, value }); a text cell shares one value, where the engine makes one
 *   per distinct text. No parsing, no map of texts: a lower bound for any engine that keeps an
 *   object per cell.
 * - `columns`: each column as arrays indexed by row (a Float64Array of numbers, a Uint8Array of
 *   kinds, the texts by reference): what the columnar model the issue asks for would keep.
 * Timed in a process of its own (`engine-child.ts … floor`), warm, like the engine.
 */
import { performance } from "node:perf_hooks";
import type { Grid, TableLayout } from "../src/engine/model";
import { cpuMs, timing, type Timing } from "./timing";

export interface ModelFloor {
  cells: number;
  objects: Timing;
  columns: Timing;
}

const TEXT_VALUE = Object.freeze({ kind: "text" as const });

function mappedColumns(table: TableLayout): number[] {
  const cols = new Set<number>();
  for (const g of table.groups) for (const col of Object.values(g.columns)) if (col !== undefined) cols.add(col);
  return [...cols];
}

function dataRows(table: TableLayout): number[] {
  const skip = new Set(table.repeatedHeaderRows);
  const rows: number[] = [];
  for (let r = table.firstDataRow; r <= table.lastDataRow; r++) if (!skip.has(r)) rows.push(r);
  return rows;
}

function keepObjects(grid: Grid, cols: readonly number[], rows: readonly number[]): unknown[][] {
  return cols.map((col) => {
    const refs = new Array<unknown>(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const cell = grid.rows[row]?.[col];
      if (!cell || cell.value === null) continue;
      const value = typeof cell.value === "number" ? { kind: "number", value: cell.value } : TEXT_VALUE;
      refs[i] = { row, col, text: cell.text ?? "", value };
    }
    return refs;
  });
}

function keepColumns(grid: Grid, cols: readonly number[], rows: readonly number[]): unknown[] {
  return cols.map((col) => {
    const numbers = new Float64Array(rows.length);
    const kinds = new Uint8Array(rows.length);
    const texts = new Array<string | undefined>(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const cell = grid.rows[rows[i]]?.[col];
      if (!cell || cell.value === null) continue;
      if (typeof cell.value === "number") {
        numbers[i] = cell.value;
        kinds[i] = 1;
      } else kinds[i] = 2;
      texts[i] = cell.text;
    }
    return [numbers, kinds, texts];
  });
}

/**
 * Each way timed `runs` times after `warmups`, one way after the other (columns first, then objects,
 * so that neither's collections land in the other's times); what one run keeps stays alive until
 * the next run has made its own, as a check's items live until its rules end.
 */
export function modelFloor(grid: Grid, table: TableLayout, runs: number, warmups: number): ModelFloor {
  const cols = mappedColumns(table);
  const rows = dataRows(table);
  const timed = <T>(keep: (grid: Grid, cols: readonly number[], rows: readonly number[]) => T[]): { timing: Timing; kept: T[] } => {
    const wall: number[] = [];
    const cpu: number[] = [];
    let kept: T[] = [];
    for (let run = 0; run < warmups + runs; run++) {
      const start = performance.now();
      const startCpu = cpuMs();
      kept = keep(grid, cols, rows);
      if (run < warmups) continue;
      wall.push(performance.now() - start);
      cpu.push(cpuMs() - startCpu);
    }
    return { timing: timing(wall, cpu), kept };
  };
  const columns = timed(keepColumns).timing;
  const objects = timed(keepObjects);
  // The cells counted from what the last run made: the bench says how many it kept, and nothing it made goes unread.
  const cells = objects.kept.reduce((sum, refs) => sum + refs.filter((r) => r !== undefined).length, 0);
  return { cells, objects: objects.timing, columns };
}
