/** The rekap table's columns, order and filter, apart from React so they can be tested directly. */
import type { ReportWords } from "../i18n/report";
import type { RekapRow, RekapStatus } from "../report/rekap";

export const REKAP_COLUMNS = ["file", "sheet", "opd", "document", "rowsRead", "errors", "warnings", "unreadColumns", "status"] as const;
export type RekapColumn = (typeof REKAP_COLUMNS)[number];

export type SortDirection = "ascending" | "descending";
export interface RekapSort {
  column: RekapColumn;
  direction: SortDirection;
}

/** Columns whose first click sorts the largest first: a reviewer looks for the worst files. */
const NUMERIC: ReadonlySet<RekapColumn> = new Set(["rowsRead", "errors", "warnings", "unreadColumns"]);

/** What a column sorts by: the number, or the words the table shows. */
export function sortValue(row: RekapRow, column: RekapColumn, words: ReportWords): string | number {
  switch (column) {
    case "rowsRead":
    case "errors":
    case "warnings":
      return row[column];
    case "unreadColumns":
      return row.unreadColumns.length;
    case "document":
      return row.document ? words.document[row.document] : "";
    case "status":
      return words.status[row.status];
    default:
      return row[column] ?? "";
  }
}

const collator = new Intl.Collator("id", { numeric: true, sensitivity: "base" });

/** Rows in the order asked for; rows that tie keep the rekap's order (file, then sheet). */
export function sortRows(rows: readonly RekapRow[], sort: RekapSort | undefined, words: ReportWords): RekapRow[] {
  if (!sort) return [...rows];
  const sign = sort.direction === "ascending" ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, key: sortValue(row, sort.column, words) }))
    .sort((a, b) => {
      const order = typeof a.key === "number" && typeof b.key === "number" ? a.key - b.key : collator.compare(String(a.key), String(b.key));
      return sign * order || a.index - b.index;
    })
    .map((r) => r.row);
}

/** A click on a column's heading: sorts by it, or turns its order around when it is already the one. */
export function nextSort(current: RekapSort | undefined, column: RekapColumn): RekapSort {
  if (current?.column === column) return { column, direction: current.direction === "ascending" ? "descending" : "ascending" };
  return { column, direction: NUMERIC.has(column) ? "descending" : "ascending" };
}

/** "all", or one status. */
export type StatusFilter = RekapStatus | "all";

export function filterRows(rows: readonly RekapRow[], filter: StatusFilter): RekapRow[] {
  return filter === "all" ? [...rows] : rows.filter((r) => r.status === filter);
}

const STATUS_ORDER: readonly RekapStatus[] = ["errors", "incomplete", "ready", "not-recognized", "not-sakip", "unreadable"];

/** The statuses that occur, with how many rows have each, in a fixed order (worst news first). */
export function statusCounts(rows: readonly RekapRow[]): Array<{ status: RekapStatus; count: number }> {
  return STATUS_ORDER.map((status) => ({ status, count: rows.filter((r) => r.status === status).length })).filter((s) => s.count > 0);
}
