/**
 * A report sheet as data: a few title lines, one table with a header row (frozen, filter buttons,
 * repeated on every printed page), F4 landscape fitted to the page width. The rekap's two sheets and
 * the findings report inserted in Excel are all this shape.
 */
import { TEMPLATE_STYLES } from "../engine/templates/styles";
import type { Scalar, SheetSpec, SpecCell, StyleName } from "../engine/model";

export interface ReportColumn<Row> {
  heading: string;
  /** Width in characters. */
  width: number;
  value(row: Row, index: number): Scalar | undefined;
  style?: StyleName;
  format?: string;
  /** A link to a cell of this workbook; the cell's value is the link's text. */
  link?(row: Row, index: number): SpecCell["link"] | undefined;
}

export interface ReportTable<Row> {
  name: string;
  /** The title (first line, large) and the lines under it. */
  title: string;
  lines: readonly string[];
  columns: ReadonlyArray<ReportColumn<Row>>;
  rows: readonly Row[];
  /** Columns kept in view when scrolling right (the names that say which row it is). */
  frozenColumns?: number;
  /** Only the first this many columns are printed (the rest stay on screen); all when absent. */
  printedColumns?: number;
  /** Rows under the table (a signature block), given the first free row. */
  after?(firstFreeRow: number, columnCount: number): SpecCell[];
}

/** Where the table landed, for the links that point into it. */
export interface PlacedTable {
  spec: SheetSpec;
  headerRow: number;
  firstDataRow: number;
}

/** The 0-based row of a report table's header, the same for every report so links can be computed before the sheet is. */
export function headerRowOf(lines: number): number {
  return lines + 2;
}

export function reportTableSpec<Row>(table: ReportTable<Row>): PlacedTable {
  const last = table.columns.length - 1;
  const cells: SpecCell[] = [{ row: 0, col: 0, value: table.title, style: "title" }];
  table.lines.forEach((line, i) => cells.push({ row: i + 1, col: 0, value: line, style: "subtitle" }));
  const headerRow = headerRowOf(table.lines.length);
  table.columns.forEach((column, col) => cells.push({ row: headerRow, col, value: column.heading, style: "header" }));
  const firstDataRow = headerRow + 1;
  table.rows.forEach((row, index) => {
    table.columns.forEach((column, col) => {
      const value = column.value(row, index);
      const link = value !== undefined && value !== "" ? column.link?.(row, index) : undefined;
      const cell: SpecCell = { row: firstDataRow + index, col, style: link ? "link" : (column.style ?? "text") };
      if (value !== undefined) cell.value = value;
      if (column.format) cell.format = column.format;
      if (link) cell.link = link;
      cells.push(cell);
    });
  });
  const endRow = firstDataRow + Math.max(table.rows.length, 1) - 1;
  if (table.after) cells.push(...table.after(endRow + 2, table.columns.length));
  return {
    headerRow,
    firstDataRow,
    spec: {
      name: table.name,
      cells,
      merges: [{ top: 0, left: 0, bottom: 0, right: last }, ...table.lines.map((_, i) => ({ top: i + 1, left: 0, bottom: i + 1, right: last }))],
      // A report reads from the left: its title and the lines under it are not centred over the table.
      styles: { ...TEMPLATE_STYLES, title: { bold: true, fontSize: 14, vAlign: "middle" }, subtitle: { vAlign: "middle" } },
      columnWidths: table.columns.map((c) => c.width),
      validations: [],
      freeze: { rows: firstDataRow, cols: table.frozenColumns ?? 0 },
      autoFilter: { row: headerRow, left: 0, right: last },
      print: {
        orientation: "landscape",
        paper: "F4",
        fitToWidth: true,
        repeatRows: [headerRow, headerRow],
        ...(table.printedColumns !== undefined && table.printedColumns < table.columns.length ? { columns: [0, table.printedColumns - 1] as [number, number] } : {}),
      },
    },
  };
}
