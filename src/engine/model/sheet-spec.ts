import type { Merge, Scalar } from "./grid";

/** Named cell styles; adapters map each to fonts, fills and borders. */
export type StyleName =
  | "title"
  | "subtitle"
  | "header"
  | "colnum"
  | "text"
  | "number"
  | "rupiah"
  | "percent"
  | "input"
  | "total"
  | "label"
  | "signature"
  | "link";

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  /** RGB hex without '#', e.g. "D9E1F2". */
  fill?: string;
  border?: boolean;
  hAlign?: "left" | "center" | "right";
  vAlign?: "top" | "middle" | "bottom";
  wrap?: boolean;
  indent?: number;
  /** Font colour, RGB hex without '#'. */
  color?: string;
  underline?: boolean;
}

export interface SpecCell {
  row: number;
  col: number;
  value?: Scalar;
  /** With its leading `=`. */
  formula?: string;
  format?: string;
  style?: StyleName;
  /**
   * A link to a cell (the report sheets' links to each finding's cell); the cell keeps its value as
   * the link's text. `file`: in another workbook, its path relative to this one; absent: this workbook.
   */
  link?: { sheet: string; cell: string; file?: string };
}

export interface ListValidation {
  top: number;
  left: number;
  bottom: number;
  right: number;
  list: string[];
}

/** A sheet described as data; written to Excel by src/excel and to .xlsx by src/xlsx. */
export interface SheetSpec {
  name: string;
  cells: SpecCell[];
  merges: Merge[];
  styles: Record<StyleName, CellStyle>;
  /** Width per column in characters. */
  columnWidths: number[];
  validations: ListValidation[];
  freeze?: { rows: number; cols: number };
  /** Filter buttons on a header row (0-based) over columns left..right, down to the last row written. */
  autoFilter?: { row: number; left: number; right: number };
  print: {
    orientation: "landscape" | "portrait";
    paper: "A4" | "F4";
    fitToWidth: boolean;
    /** 0-based inclusive header rows repeated on each printed page. */
    repeatRows?: [number, number];
    /** 0-based inclusive columns printed (all when absent): a wide sheet's extra columns stay on screen. */
    columns?: [number, number];
  };
}
