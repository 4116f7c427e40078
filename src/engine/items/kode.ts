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
  /** The kode part as read (for a kode written one column too far left: the whole kode). */
  read: string;
  /** The parts sit one column left of where the sheet's other rows put them. */
  shifted?: boolean;
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

/** Digits per part: `5` → "1", `03` → "2", `2.01` → "1.2"; empty for text that is not a kode. */
function shapeOf(text: string): string {
  const t = text.trim();
  if (!KODE_PART.test(t)) return "";
  return t.replace(/\.$/, "").split(/\s*[.,]\s*|\s+/).map((p) => p.length).join(".");
}

/** Per split kode column, the shape most of its cells have (urusan `5`, bidang `03`, kegiatan `2.01`), if a clear majority. */
function columnShapes(rowsTexts: string[][], width: number): Array<string | undefined> {
  return Array.from({ length: width }, (_u, i) => {
    const counts = new Map<string, number>();
    let filled = 0;
    for (const texts of rowsTexts) {
      if (texts[i] === "") continue;
      filled++;
      const shape = shapeOf(texts[i]);
      counts.set(shape, (counts.get(shape) ?? 0) + 1);
    }
    const [shape, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
    return shape !== "" && n >= 2 && n * 2 > filled ? shape : undefined;
  });
}

/**
 * A row whose kode parts all sit one column left of the columns whose shape they have (`03 | 02`
 * under urusan | bidang where the sheet writes `5 | 03 | 02`): the leading part was left out and
 * the rest slid left. Read each part in the column it belongs to.
 */
function isShiftedLeft(texts: string[], shapes: Array<string | undefined>): boolean {
  const first = texts.findIndex((t) => t !== "");
  if (first < 0 || texts[texts.length - 1] !== "" || shapes[first] === undefined || shapeOf(texts[first]) === shapes[first]) return false;
  return texts.every((t, i) => t === "" || (shapes[i + 1] !== undefined && shapeOf(t) === shapes[i + 1]));
}

/** The kode of each given row (rows without one are absent). */
export function readKodes(view: SheetView, table: TableLayout, rows: readonly number[]): Map<number, KodeReading> {
  const cols = kodeColumns(view, table);
  const out = new Map<number, KodeReading>();
  if (cols.length === 0) return out;
  const allTexts = rows.map((row) => cols.map((c) => ownText(view, row, c).trim()));
  const shapes = cols.length > 1 ? columnShapes(allTexts, cols.length) : [];
  let above: string[] = [];
  rows.forEach((row, k) => {
    const typed = allTexts[k];
    const shifted = cols.length > 1 && isShiftedLeft(typed, shapes);
    const texts = shifted ? ["", ...typed.slice(0, -1)] : typed;
    const firstFilled = texts.findIndex((t) => t !== "");
    if (firstFilled < 0) return;
    const parts: string[] = [];
    const slips: KodeSlip[] = [];
    texts.forEach((text, i) => {
      if (text === "") {
        // Leading parts left blank are the ones written above (a kegiatan showing only `2.01`).
        if (i < firstFilled && above[i]) parts.push(above[i]);
        return;
      }
      const { read, slip } = readPart(text);
      if (slip) slips.push({ row, col: cols[shifted ? i - 1 : i], text, read });
      parts.push(read);
    });
    above = cols.map((_c, i) => (i < firstFilled ? (above[i] ?? "") : readPart(texts[i]).read));
    const kode = parts.join(".");
    if (shifted) {
      const typedFirst = typed.findIndex((t) => t !== "");
      slips.unshift({ row, col: cols[typedFirst], text: typed[typedFirst], read: kode, shifted: true });
    }
    out.set(row, { kode, slips });
  });
  return out;
}
