import type { Scalar } from "./grid";
import type { Severity } from "./finding";

/** A cell the engine wants written. Adapters write these in batches. */
export interface CellWrite {
  row: number;
  col: number;
  value?: Scalar;
  /** With its leading `=`; takes precedence over `value`. */
  formula?: string;
  /**
   * What the formula gives now, as the engine computes it. A file writer stores it as the cached
   * result, so the file reads right (in the workbench, in `cermat check`) before a spreadsheet
   * recalculates it; Excel computes its own.
   */
  result?: Scalar;
  format?: string;
}

/** A visible mark for a finding: a fill on the cell and a note with the message. */
export interface Mark {
  row: number;
  col: number;
  severity: Severity;
  note: string;
}
