/**
 * Turns a TSV table (as the corpus converters write it: a spanned cell's text in its top-left cell,
 * the cells it covered left empty) into an engine Grid, giving back the header's merges: a header
 * text whose right-hand neighbours are empty while the row below has texts under them spans them.
 */
import { readFileSync } from "fs";
import type { Grid, GridCell, Merge } from "../../../../src/engine/model";

/** Indonesian amounts as they were typed ("7.023.180.935") stay texts, as a sheet pasted from a PDF holds them. */
export interface TsvHeader {
  /** How many lines the header takes, column-number and unit rows included. */
  headerRows: number;
  /** The 0-based line of column numbers, if any: its numbers are not children of the texts above. */
  numberRow?: number;
}

export function gridFromTsv(tsv: string, header: TsvHeader, name = "Sheet1"): Grid {
  const lines = tsv.replace(/\r/g, "").replace(/\n+$/, "").split("\n");
  const rows = lines.map((line) => line.split("\t").map((t): GridCell | null => (t.trim() === "" ? null : { value: t, text: t })));
  return { sheetName: name, rows, merges: headerMerges(rows, header), hiddenRows: [], hiddenCols: [] };
}

export function gridFromTsvFile(path: string, header: TsvHeader): Grid {
  return gridFromTsv(readFileSync(path, "utf8"), header);
}

const filled = (rows: Array<Array<GridCell | null>>, r: number, c: number): boolean => rows[r]?.[c] != null;

/**
 * Spans over the first `headerRows` rows: rightwards over empty cells that have children below,
 * never past the parent span above (a year's block ends where its parent's does).
 */
function headerMerges(rows: Array<Array<GridCell | null>>, { headerRows, numberRow }: TsvHeader): Merge[] {
  const merges: Merge[] = [];
  const width = Math.max(...rows.slice(0, headerRows).map((r) => r.length));
  const spanAt = (r: number, c: number): Merge | undefined => merges.find((m) => m.top === r && m.left <= c && c <= m.right);
  for (let r = 0; r < headerRows - 1; r++) {
    if (r === numberRow) continue;
    for (let c = 0; c < width; c++) {
      if (!filled(rows, r, c)) continue;
      const parent = r > 0 ? spanAt(r - 1, c) : undefined;
      const limit = r === 0 ? width - 1 : parent ? parent.right : c;
      let right = c;
      while (right + 1 <= limit && !filled(rows, r, right + 1) && hasChildBelow(rows, r, right + 1, headerRows, numberRow)) right++;
      if (right > c) merges.push({ top: r, left: c, bottom: r, right });
    }
  }
  return merges;
}

function hasChildBelow(rows: Array<Array<GridCell | null>>, r: number, c: number, headerRows: number, numberRow: number | undefined): boolean {
  for (let below = r + 1; below < headerRows; below++) if (below !== numberRow && filled(rows, below, c)) return true;
  return false;
}
