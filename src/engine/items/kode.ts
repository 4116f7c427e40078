/**
 * The kode of each row as the sheet writes it: in one column, or split over the adjacent columns
 * under one merged "Kode" header (Renstra matrices: `5 | 03 | 01 | 2.01`), where a row may show
 * only its own trailing part and take the leading parts from the rows above. Typing slips that
 * still say which kode is meant (`03 02`, `2,01`) are read as that kode and listed, so KODE_FORMAT
 * can say so.
 */
import type { TableLayout } from "../model";
import { ownText, type SheetView } from "../layout/grid-reading";

/** A kode part that is only digit groups (or X) with dots, commas or spaces between them. */
const KODE_PART = /^[\dXx]+(?:\s*[.,]\s*[\dXx]+|\s+[\dXx]+)*\.?$/;

export interface KodeSlip {
  row: number;
  col: number;
  text: string;
  /** The kode part as read. */
  read: string;
}

export interface KodeReading {
  kode: string;
  slips: KodeSlip[];
}

/** The kode column and the unmapped columns right of it under the same merged header. */
export function kodeColumns(view: SheetView, table: TableLayout): number[] {
  const first = table.columns.kode;
  if (first === undefined) return [];
  const mapped = new Set(table.groups.flatMap((g) => Object.values(g.columns) as number[]));
  let right = first;
  for (let r = table.headerTop; r <= table.headerBottom; r++) {
    const m = view.merges.at(r, first);
    if (m && m.left === first) right = Math.max(right, m.right);
  }
  const cols = [first];
  for (let c = first + 1; c <= right && !mapped.has(c); c++) cols.push(c);
  return cols;
}

/** One part: a kode-shaped text normalised to dots (`2,01` → `2.01`, `03 02` → `03.02`); other text as it is. */
function readPart(text: string): { read: string; slip: boolean } {
  const t = text.trim();
  if (!KODE_PART.test(t)) return { read: t, slip: false };
  const read = t
    .replace(/\.$/, "")
    .split(/\s*[.,]\s*|\s+/)
    .join(".");
  return { read, slip: /,|[\dXx]\s+[\dXx]/.test(t) };
}

/** The kode of each given row (rows without one are absent). */
export function readKodes(view: SheetView, table: TableLayout, rows: readonly number[]): Map<number, KodeReading> {
  const cols = kodeColumns(view, table);
  const out = new Map<number, KodeReading>();
  if (cols.length === 0) return out;
  let above: string[] = [];
  for (const row of rows) {
    const texts = cols.map((c) => ownText(view, row, c).trim());
    const firstFilled = texts.findIndex((t) => t !== "");
    if (firstFilled < 0) continue;
    const parts: string[] = [];
    const slips: KodeSlip[] = [];
    texts.forEach((text, i) => {
      if (text === "") {
        // Leading parts left blank are the ones written above (a kegiatan showing only `2.01`).
        if (i < firstFilled && above[i]) parts.push(above[i]);
        return;
      }
      const { read, slip } = readPart(text);
      if (slip) slips.push({ row, col: cols[i], text, read });
      parts.push(read);
    });
    above = cols.map((_c, i) => (i < firstFilled ? (above[i] ?? "") : readPart(texts[i]).read));
    out.set(row, { kode: parts.join("."), slips });
  }
  return out;
}
