import type { RoleMap } from "./roles";

export type Level = "sasaran" | "indikator" | "program" | "kegiatan" | "subkegiatan";

/** Several levels side by side on one row (Bone: sasaran | program | kegiatan blocks). */
export interface ColumnGroup {
  level?: Level;
  columns: RoleMap;
}

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
  /** Multiplier from a header such as `Rp. (juta)` for a budget column (column index → factor). */
  scale?: Record<number, number>;
}

export interface SheetLayout {
  recognized: boolean;
  tables: TableLayout[];
  /** Why a sheet is not a Rencana Aksi (message key + details), when `recognized` is false. */
  reason?: { code: "NO_HEADER" | "TOO_FEW_ROLES" | "EMPTY_SHEET"; found: string[] };
}
