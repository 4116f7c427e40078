/**
 * Column widths as a worksheet part states them (`<cols><col min max width/>`, and
 * `<sheetFormatPr defaultColWidth|baseColWidth>`), in screen pixels, so the workbench draws the
 * sheet at the widths its author gave it. Only the part before `<sheetData>` is looked at.
 */

/** Excel's default: 8.43 characters of Calibri 11, 64 px. */
export const DEFAULT_COLUMN_PX = 64;

/** Excel's conversion at 96 dpi with Calibri 11 (maximum digit width 7 px, 5 px of padding). */
export function widthToPixels(characters: number): number {
  return Math.max(0, Math.round(characters * 7 + 5));
}

export interface ColumnWidths {
  /** Pixels for 0-based `col`: its own width, else the sheet's default. */
  at(col: number): number;
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) out[m[1].replace(/^.*:/, "")] = m[3] ?? m[4];
  return out;
}

function defaultPixels(head: string): number {
  const tag = /<(?:\w+:)?sheetFormatPr\b[^>]*>/.exec(head);
  if (!tag) return DEFAULT_COLUMN_PX;
  const a = attributes(tag[0]);
  const explicit = Number(a.defaultColWidth);
  if (explicit > 0) return widthToPixels(explicit);
  // baseColWidth counts digits without the padding that Excel's 8.43 carries.
  const base = Number(a.baseColWidth);
  return base > 0 ? widthToPixels(base + 0.43) : DEFAULT_COLUMN_PX;
}

/** The widths of a worksheet part's columns; what cannot be read draws at the defaults. */
export function columnWidths(sheetXml: string): ColumnWidths {
  const end = sheetXml.search(/<(?:\w+:)?sheetData\b/);
  const head = end < 0 ? sheetXml.slice(0, 1 << 16) : sheetXml.slice(0, end);
  const fallback = defaultPixels(head);
  const spans: Array<{ min: number; max: number; px: number }> = [];
  for (const m of head.matchAll(/<(?:\w+:)?col\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const min = Number(a.min);
    const max = Number(a.max);
    const width = a.width === undefined ? NaN : Number(a.width);
    if (Number.isInteger(min) && Number.isInteger(max) && min >= 1 && max >= min && width >= 0) spans.push({ min, max, px: widthToPixels(width) });
  }
  spans.sort((a, b) => a.min - b.min);
  return {
    at(col: number): number {
      const n = col + 1;
      return spans.find((s) => s.min <= n && n <= s.max)?.px ?? fallback;
    },
  };
}
