/**
 * Builds the RuleContext a rule sees from rows written the way the sheet shows them: 1-based sheet
 * rows, cells by role with their text. Items get their budget tree from their levels (program >
 * kegiatan > sub kegiatan), as the item reader would build it.
 */
import type { RuleContext } from "../../../../src/engine/rules";
import type { SheetConventions } from "../../../../src/engine/capaian";
import {
  DEFAULT_SETTINGS,
  headersOfColumns,
  isBudgetRole,
  type CellRef,
  type ColumnGroup,
  type Item,
  type Level,
  type Role,
  type RoleMap,
  type Settings,
  type TableLayout,
} from "../../../../src/engine/model";
import { read } from "./read";

/** Lombok Tengah 2022: No, Sasaran, Indikator, Satuan, Target, TW I–IV, Program/Kegiatan, Anggaran, TW I–IV, PJ. */
export const LOMBOK_COLUMNS: RoleMap = {
  no: 0,
  sasaran: 1,
  indikator: 2,
  satuan: 3,
  target: 4,
  target_tw1: 5,
  target_tw2: 6,
  target_tw3: 7,
  target_tw4: 8,
  program: 9,
  anggaran: 10,
  anggaran_tw1: 11,
  anggaran_tw2: 12,
  anggaran_tw3: 13,
  anggaran_tw4: 14,
  penanggung_jawab: 15,
};

export type Cells = Partial<Record<Role, string>>;

export interface ItemSpec {
  /** 1-based sheet row, as the person sees it. */
  row: number;
  lastRow?: number;
  kind?: "row" | "total";
  level?: Level;
  group?: number;
  cells?: Cells;
  /** Values taken from above (merged cell or blank meaning "same as above"), with the row they sit on. */
  inherited?: Partial<Record<Role, { text: string; row: number }>>;
  /** Cells of the long layout that sit on other rows of the block: role → 1-based row. */
  rowOf?: Partial<Record<Role, number>>;
}

export interface TableOptions {
  columns?: RoleMap;
  groups?: ColumnGroup[];
  kind?: TableLayout["kind"];
  /**
   * Build budgetParent/budgetChildren from levels over the rows holding an amount (default), also
   * over level-marked rows whose amounts are blank ("levels", as a kode or words mark them), or
   * leave the tree flat (false).
   */
  tree?: boolean | "levels";
  conventions?: Partial<SheetConventions>;
  settings?: Partial<Settings>;
}

const RANK: Partial<Record<Level, number>> = { program: 0, kegiatan: 1, subkegiatan: 2 };

function cellRefs(spec: ItemSpec, columns: RoleMap): Partial<Record<Role, CellRef>> {
  const out: Partial<Record<Role, CellRef>> = {};
  for (const [role, text] of Object.entries(spec.cells ?? {}) as Array<[Role, string]>) {
    if (text === "") continue;
    const col = columns[role];
    if (col === undefined) throw new Error(`No column for role ${role} in this test table`);
    out[role] = { row: (spec.rowOf?.[role] ?? spec.row) - 1, col, text, value: read(text, role) };
  }
  return out;
}

export function table(specs: ItemSpec[], options: TableOptions = {}): RuleContext {
  const columns = options.columns ?? LOMBOK_COLUMNS;
  const groups = options.groups ?? [{ columns }];
  const items: Item[] = specs.map((spec, index) => {
    const groupColumns = groups[spec.group ?? 0]?.columns ?? columns;
    const inherited: Partial<Record<Role, CellRef>> = {};
    for (const [role, ref] of Object.entries(spec.inherited ?? {}) as Array<[Role, { text: string; row: number }]>) {
      inherited[role] = { row: ref.row - 1, col: groupColumns[role] ?? 0, text: ref.text, value: read(ref.text, role) };
    }
    return {
      index,
      kind: spec.kind ?? "row",
      firstRow: spec.row - 1,
      lastRow: (spec.lastRow ?? spec.row) - 1,
      group: spec.group ?? 0,
      level: spec.level,
      cells: cellRefs(spec, groupColumns),
      inherited,
      budgetChildren: [],
    };
  });
  if (options.tree !== false) linkBudgetTree(items, options.tree === "levels");
  const layout: TableLayout = {
    kind: options.kind ?? "wide-quarterly",
    headerTop: 3,
    headerBottom: 7,
    repeatedHeaderRows: [],
    firstDataRow: Math.min(...items.map((i) => i.firstRow)),
    lastDataRow: Math.max(...items.map((i) => i.lastRow)),
    columns,
    headers: headersOfColumns(columns),
    groups,
  };
  return {
    grid: { sheetName: "RA 2022", rows: [], merges: [], hiddenRows: [], hiddenCols: [] },
    table: { layout, items, conventions: { capAt: null, capaianDecimals: 2, ...options.conventions } },
    settings: { ...DEFAULT_SETTINGS, ...options.settings },
  };
}

/** Parent = the nearest budget item above with a higher level; a total closes the tree. */
function linkBudgetTree(items: Item[], blankParents: boolean): void {
  const stack: Item[] = [];
  for (const item of items) {
    if (item.kind === "total") {
      stack.length = 0;
      continue;
    }
    const rank = item.level ? RANK[item.level] : undefined;
    const holdsMoney = Object.keys(item.cells).some((role) => isBudgetRole(role as Role));
    if ((!holdsMoney && !blankParents) || rank === undefined) continue;
    while (stack.length > 0 && (RANK[stack[stack.length - 1].level as Level] ?? 0) >= rank) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) {
      item.budgetParent = parent.index;
      parent.budgetChildren.push(item.index);
    }
    stack.push(item);
  }
}
