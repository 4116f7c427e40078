import { colLetter, type TableLayout } from "../../../../src/engine/model";

/** Every header column of a table as letter → role ("-" for a column without one): the whole reading at a glance. */
export function rolesByLetter(table: TableLayout): Record<string, string> {
  return Object.fromEntries(table.headers.map((h) => [colLetter(h.col), h.role ?? "-"]));
}
