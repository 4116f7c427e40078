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
  | "signature";

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
}

export interface SpecCell {
  row: number;
  col: number;
  value?: Scalar;
  /** With its leading `=`. */
  formula?: string;
  format?: string;
  style?: StyleName;
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
  print: {
    orientation: "landscape" | "portrait";
    paper: "A4" | "F4";
    fitToWidth: boolean;
    /** 0-based inclusive header rows repeated on each printed page. */
    repeatRows?: [number, number];
  };
}
