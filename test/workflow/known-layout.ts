/**
 * The analysis the engine gives for a sheet whose layout the test already knows (a Cermat
 * template, or a grid built here): each role's column, the data rows and the budget tree.
 * It lets the workflow be tested on its own; test/templates/recognition.test.ts checks that
 * analyzeSheet finds the same roles in the templates.
 */
import type { SheetAnalysis } from "../../src/engine/analyze";
import { sheetCoverage } from "../../src/engine/coverage";
import { cellAt, headersOfColumns, type CellRef, type Grid, type GridCell, type Item, type ParsedValue, type Role, type RoleMap } from "../../src/engine/model";

const SAKIP = ["D", "C", "CC", "B", "BB", "A", "AA"];

/** A deliberately plain reading of a cell: numbers, `30%`, dashes, SAKIP grades, else text. */
export function plainParse(cell: GridCell | null): ParsedValue {
  if (!cell || cell.value === null || cell.value === "") return { kind: "empty" };
  if (typeof cell.value === "number") {
    const percent = !!cell.format && /%/.test(cell.format.replace(/"[^"]*"/g, ""));
    return percent ? { kind: "number", value: cell.value * 100, percent } : { kind: "number", value: cell.value };
  }
  const text = String(cell.value).trim();
  if (/^[-–]$/.test(text)) return { kind: "empty" };
  const pct = /^(\d+(?:,\d+)?)\s*%$/.exec(text);
  if (pct) return { kind: "number", value: Number(pct[1].replace(",", ".")), percent: true };
  const rank = SAKIP.indexOf(text.toUpperCase());
  if (rank >= 0) return { kind: "grade", scale: "sakip", grade: text.toUpperCase(), rank };
  return { kind: "text", text };
}

export interface KnownRow {
  row: number;
  /** Index (into the rows given) of the budget parent. */
  parent?: number;
}

export function knownAnalysis(grid: Grid, columns: RoleMap, rows: readonly KnownRow[], header: { top: number; bottom: number }, conventions = { capAt: null as number | null, capaianDecimals: 2 }): SheetAnalysis {
  const items: Item[] = rows.map(({ row }, index) => {
    const cells: Partial<Record<Role, CellRef>> = {};
    for (const [role, col] of Object.entries(columns) as Array<[Role, number]>) {
      const cell = cellAt(grid, row, col);
      if (!cell) continue;
      const ref: CellRef = { row, col, text: cell.text ?? (cell.value === null ? "" : String(cell.value)), value: plainParse(cell) };
      if (cell.formula) ref.formula = cell.formula;
      cells[role] = ref;
    }
    return { index, kind: "row", firstRow: row, lastRow: row, group: 0, cells, inherited: {}, budgetChildren: [] };
  });
  rows.forEach((r, i) => {
    if (r.parent === undefined) return;
    items[i].budgetParent = r.parent;
    items[r.parent].budgetChildren.push(i);
  });
  const last = rows.length > 0 ? rows[rows.length - 1].row : header.bottom + 1;
  const analysis = {
    sheet: grid.sheetName,
    recognized: true,
    findings: [],
    tables: [
      {
        layout: {
          kind: "wide-quarterly",
          headerTop: header.top,
          headerBottom: header.bottom,
          repeatedHeaderRows: [],
          firstDataRow: rows[0]?.row ?? header.bottom + 1,
          lastDataRow: last,
          columns,
          groups: [{ columns }],
          headers: headersOfColumns(columns),
        },
        items,
        conventions,
      },
    ],
  } satisfies Omit<SheetAnalysis, "coverage">;
  return { ...analysis, coverage: sheetCoverage(grid, analysis) };
}
