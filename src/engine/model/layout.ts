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
  /** What the role was read from, strongest first (absent without a role). */
  source?: RoleSource;
  /** A role Cermat knows but no rule checks yet (Renstra and last-year columns, baseline, lokasi). */
  unchecked?: boolean;
}

/**
 * Where a column's role comes from: the header's own words; a unit (`K`, `Rp`, `%`, `(Rp)`) read with
 * a parent header; the column's neighbours (`Realisasi` beside `Anggaran`); the column-number row's
 * formula ("13 = 9 + 10 + 11 + 12": the sum of the triwulan is the annual figure); what its cells hold
 * (rupiah amounts, percents); or the person's choice.
 */
export type RoleSource = "header" | "unit" | "neighbour" | "column-number" | "content" | "chosen";

/**
 * One entry of the column-number row under a header ("1 2 3 … 13 = 9 + 10 + 11 + 12 …").
 * A number may span several columns (the 86/2017 form numbers a K | Rp pair once): each column it
 * spans gets an entry with the same `n`, its `part` (0 for the first, K; 1 for the second, Rp; …)
 * and `parts` (how many columns share the number).
 */
export interface ColumnNumber {
  /** The column's number as printed. */
  n: number;
  /**
   * The form's own formula for the column, as printed right of "=", e.g. "9 + 10 + 11 + 12",
   * "7 + 13", "14 / 6 x 100" (operators `+ - x × * / :` over column numbers and constants).
   * A formula over spanned numbers holds per part: the K of 13 is the K of 9 + … + 12, its Rp the Rp of 9 + … + 12.
   * `parseColumnFormula` (rules/support/column-formulas) reads it; `columnOfNumber` (engine/layout) maps numbers to columns.
   */
  formula?: string;
  part: number;
  parts: number;
}

/**
 * The person's corrections for one sheet: column letter → role, or "none" for a column Cermat must
 * not read. Saved inside the workbook so a colleague, the workbench and the command line use them.
 */
export type ColumnChoices = Readonly<Record<string, Role | "none">>;

export interface TableLayout {
  /** wide-quarterly: one column per TW; wide-monthly: 12 columns; wide-yearly: a column per year (Renstra); long: one row per TW; annual: no periods. */
  kind: "wide-quarterly" | "wide-monthly" | "wide-yearly" | "long" | "annual";
  /** First and last row (0-based, inclusive) of the first header block. */
  headerTop: number;
  headerBottom: number;
  /** The row of column numbers under the header ("1 2 4 5 …"), if any. It may sit between header rows (a unit row `K | Rp` below it). */
  columnNumberRow?: number;
  /** The column-number row read per column (0-based column → its number and formula); see {@link ColumnNumber}. */
  columnNumbers?: Record<number, ColumnNumber>;
  /**
   * Budget columns that hold running totals ("s.d. Triwulan II", "s/d TW III", "Kumulatif"): the
   * amount so far, not the period's own. 0-based columns, ascending. The last cumulative period
   * equals the annual amount.
   */
  cumulative?: number[];
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
  reason?: NotRecognizedReason;
  /**
   * Not recognised, but a header was read with too few roles (TOO_FEW_ROLES): the best such
   * table, so the person can give its columns their roles in the Kolom view.
   */
  draft?: TableLayout;
}

/**
 * Why a sheet is not read as a table. `found` lists what was seen: roles (`indikator`, `anggaran`)
 * when a header was read, else the header words seen. `missing` names what a table needs and the
 * sheet lacks, as alternatives joined with "/" ("indikator/program", "target/realisasi/capaian/anggaran").
 */
export interface NotRecognizedReason {
  code: "NO_HEADER" | "TOO_FEW_ROLES" | "EMPTY_SHEET";
  found: string[];
  missing?: string[];
}

/** Header columns for a layout known in advance (templates, tests): each mapped column headed by its role. */
export function headersOfColumns(columns: RoleMap): HeaderColumn[] {
  return (Object.entries(columns) as Array<[Role, number]>).map(([role, col]) => ({ col, header: role, role })).sort((a, b) => a.col - b.col);
}
