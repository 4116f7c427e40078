import type { ListValidation, Merge, SheetSpec, SpecCell } from "../model";
import { HAND_FILLED, type ResolvedOptions } from "./options";
import { TEMPLATE_STYLES } from "./styles";

/** One column of a template: header text, optional parent header spanning a run of columns, width. */
export interface TemplateColumn {
  id: string;
  header: string;
  /** Columns next to each other with the same parent share one merged parent header. */
  parent?: string;
  width: number;
  /** Drop-down list offered in the body cells. */
  list?: readonly string[];
}

export type RowKind = "sasaran" | "program" | "kegiatan" | "subkegiatan";

/** A body row and, for a parent, the rows whose amounts it sums. */
export interface BodyRow {
  row: number;
  kind: RowKind;
  children: number[];
  /** 0-based program block (one sasaran, one program) the row belongs to. */
  block: number;
}

/** What the template decides cell by cell; everything else (kop, header, signature) is shared. */
export interface FrameContent {
  title: string;
  columns: readonly TemplateColumn[];
  /** The cell for a body row, or null to leave it empty but bordered. */
  body(column: TemplateColumn, col: number, row: BodyRow, at: ColumnIndex): Omit<SpecCell, "row" | "col"> | null;
  /** The cell of the Jumlah row, given the program rows it totals. */
  total(column: TemplateColumn, col: number, totalRow: number, programRows: number[], at: ColumnIndex): Omit<SpecCell, "row" | "col"> | null;
  /** Where the "Jumlah" label goes (merged from column 0 through this column). */
  totalLabelThrough: string;
  /**
   * The body rows, given the first body row; absent: the template's own structure (per program
   * a sasaran row, the program, its kegiatan and their sub kegiatan, as many as the options say).
   */
  layoutBody?: (firstRow: number) => BodyRow[];
}

/** Column id → 0-based column. Throws on an unknown id so a typo fails at once, not in Excel. */
export type ColumnIndex = (id: string) => number;

/** A built template: the spec plus where things landed, for tests and the workflow. */
export interface TemplateFrame {
  spec: SheetSpec;
  at: ColumnIndex;
  headerTop: number;
  headerBottom: number;
  columnNumberRow: number;
  body: BodyRow[];
  totalRow: number;
  signatureTop: number;
}


/** Lays out kop, two header rows, the column-number row, the body, Jumlah and the signature block. */
export function buildFrame(name: string, opts: ResolvedOptions, content: FrameContent): TemplateFrame {
  const cols = content.columns;
  const index = new Map(cols.map((c, i) => [c.id, i] as const));
  const at: ColumnIndex = (id) => {
    const i = index.get(id);
    if (i === undefined) throw new Error(`Template column not defined: ${id}`);
    return i;
  };
  const last = cols.length - 1;
  const cells: SpecCell[] = [];
  const merges: Merge[] = [];
  const put = (row: number, col: number, cell: Omit<SpecCell, "row" | "col">): void => {
    cells.push({ row, col, ...cell });
  };
  const mergeRow = (row: number, left: number, right: number): void => {
    if (right > left) merges.push({ top: row, left, bottom: row, right });
  };

  // Kop: government, agency, title; each line centred across the table.
  const kop = [
    (opts.pemerintah ?? `PEMERINTAH KABUPATEN ${HAND_FILLED}`).toUpperCase(),
    opts.instansi.toUpperCase(),
    `${content.title} TAHUN ${opts.tahun}`,
  ];
  kop.forEach((text, r) => {
    put(r, 0, { value: text, style: r === 2 ? "title" : "subtitle" });
    mergeRow(r, 0, last);
  });

  // Header: parents over runs of children, other headers merged down both rows.
  const headerTop = 4;
  const headerBottom = 5;
  for (let c = 0; c < cols.length; c++) {
    const column = cols[c];
    if (!column.parent) {
      put(headerTop, c, { value: column.header, style: "header" });
      put(headerBottom, c, { style: "header" });
      merges.push({ top: headerTop, left: c, bottom: headerBottom, right: c });
      continue;
    }
    put(headerBottom, c, { value: column.header, style: "header" });
    if (c > 0 && cols[c - 1].parent === column.parent) {
      put(headerTop, c, { style: "header" });
      continue;
    }
    let end = c;
    while (end + 1 < cols.length && cols[end + 1].parent === column.parent) end++;
    put(headerTop, c, { value: column.parent, style: "header" });
    mergeRow(headerTop, c, end);
  }
  const columnNumberRow = headerBottom + 1;
  cols.forEach((_, c) => put(columnNumberRow, c, { value: c + 1, style: "colnum" }));

  const body = content.layoutBody ? content.layoutBody(columnNumberRow + 1) : templateBody(columnNumberRow + 1, opts);
  for (const row of body) {
    cols.forEach((column, c) => put(row.row, c, content.body(column, c, row, at) ?? { style: "text" }));
  }

  const totalRow = body.length > 0 ? body[body.length - 1].row + 1 : columnNumberRow + 1;
  const programRows = body.filter((b) => b.kind === "program").map((b) => b.row);
  const labelEnd = at(content.totalLabelThrough);
  put(totalRow, 0, { value: "Jumlah", style: "total" });
  mergeRow(totalRow, 0, labelEnd);
  for (let c = 1; c < cols.length; c++) {
    if (c <= labelEnd) {
      put(totalRow, c, { style: "total" });
      continue;
    }
    put(totalRow, c, content.total(cols[c], c, totalRow, programRows, at) ?? { style: "total" });
  }

  // Signature block on the right, as the regulation's formats print it.
  const signatureTop = totalRow + 2;
  const sigLeft = Math.max(0, cols.length - 5);
  const signature = [
    `${opts.tempat ?? HAND_FILLED}, ${HAND_FILLED} ${opts.tahun}`,
    opts.jabatan ?? `Kepala ${opts.instansi}`,
    "",
    "",
    "",
    opts.nama ?? `(${HAND_FILLED})`,
    `NIP. ${opts.nip ?? HAND_FILLED}`,
  ];
  signature.forEach((text, i) => {
    put(signatureTop + i, sigLeft, { value: text === "" ? null : text, style: "signature" });
    mergeRow(signatureTop + i, sigLeft, last);
  });

  const validations: ListValidation[] = [];
  cols.forEach((column, c) => {
    if (column.list && body.length > 0) {
      validations.push({ top: body[0].row, left: c, bottom: body[body.length - 1].row, right: c, list: [...column.list] });
    }
  });

  const spec: SheetSpec = {
    name,
    cells,
    merges,
    styles: TEMPLATE_STYLES,
    columnWidths: cols.map((c) => c.width),
    validations,
    freeze: { rows: columnNumberRow + 1, cols: 0 },
    print: { orientation: "landscape", paper: opts.kertas, fitToWidth: true, repeatRows: [headerTop, columnNumberRow] },
  };
  return { spec, at, headerTop, headerBottom, columnNumberRow, body, totalRow, signatureTop };
}

/** Per program a sasaran row, the program, then its kegiatan and their sub kegiatan. */
function templateBody(firstRow: number, opts: ResolvedOptions): BodyRow[] {
  const body: BodyRow[] = [];
  let r = firstRow;
  for (let p = 0; p < opts.programs; p++) {
    body.push({ row: r++, kind: "sasaran", children: [], block: p });
    const program: BodyRow = { row: r++, kind: "program", children: [], block: p };
    body.push(program);
    for (let k = 0; k < opts.kegiatan; k++) {
      const kegiatan: BodyRow = { row: r++, kind: "kegiatan", children: [], block: p };
      program.children.push(kegiatan.row);
      body.push(kegiatan);
      for (let s = 0; s < opts.rows; s++) {
        kegiatan.children.push(r);
        body.push({ row: r++, kind: "subkegiatan", children: [], block: p });
      }
    }
  }
  return body;
}
