import type { Role, RoleMap } from "./roles";

/** Row levels, top down: urusan and bidang urusan (Permendagri 86 forms, Renstra matrices) above the rest. */
export type Level = "urusan" | "bidang" | "sasaran" | "indikator" | "program" | "kegiatan" | "subkegiatan";

/** Several levels side by side on one row (Bone: sasaran | program | kegiatan blocks). */
export interface ColumnGroup {
  level?: Level;
  columns: RoleMap;
}

/** One column under a table's header: what the header says there and the role Cermat read (or was told). */
export interface HeaderColumn {
  col: number;
  /** The header texts over the column, top to bottom, joined with " / ". */
  header: string;
  /** The role the column plays in the table; absent when Cermat did not understand it. */
  role?: Role;
  /** The person chose this column's role (or chose "none") in the Kolom view or with --columns. */
  chosen?: boolean;
  /** Deliberately left out (an implementation schedule such as "Target pelaksanaan"). */
  ignored?: boolean;
}

/**
 * The person's corrections for one sheet: column letter → role, or "none" for a column Cermat must
 * not read. Saved inside the workbook so a colleague, the workbench and the command line use them.
 */
export type ColumnChoices = Readonly<Record<string, Role | "none">>;

export interface TableLayout {
  /** wide-quarterly: one column per TW; wide-monthly: 12 columns; long: one row per TW; annual: no periods. */
  kind: "wide-quarterly" | "wide-monthly" | "long" | "annual";
  /** First and last row (0-based, inclusive) of the first header block. */
  headerTop: number;
  headerBottom: number;
  /** The row of column numbers under the header ("1 2 4 5 …"), if any. */
  columnNumberRow?: number;
  /** Rows inside the table that repeat the header or the column numbers (page breaks): skipped. */
  repeatedHeaderRows: number[];
  firstDataRow: number;
  lastDataRow: number;
  /** The main roles → 0-based column. For side-by-side levels, the first group's roles. */
  columns: RoleMap;
  /** All groups when a row holds several levels side by side; `groups[0].columns` equals `columns`. */
  groups: ColumnGroup[];
  /** Every column from the header's first to its last text, with its role or none. */
  headers: HeaderColumn[];
  /** Multiplier from a header such as `Rp. (juta)` for a budget column (column index → factor). */
  scale?: Record<number, number>;
}

export interface SheetLayout {
  recognized: boolean;
  tables: TableLayout[];
  /** Why a sheet is not a Rencana Aksi (message key + details), when `recognized` is false. */
  reason?: { code: "NO_HEADER" | "TOO_FEW_ROLES" | "EMPTY_SHEET"; found: string[] };
}

/** Header columns for a layout known in advance (templates, tests): each mapped column headed by its role. */
export function headersOfColumns(columns: RoleMap): HeaderColumn[] {
  return (Object.entries(columns) as Array<[Role, number]>).map(([role, col]) => ({ col, header: role, role })).sort((a, b) => a.col - b.col);
}
