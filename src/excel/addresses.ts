import { toA1 } from "../engine/model";

/** A1 address of a block: "B3" for one cell, "B3:D7" otherwise. */
export function blockAddress(top: number, left: number, rowCount: number, colCount: number): string {
  const start = toA1(top, left);
  if (rowCount === 1 && colCount === 1) return start;
  return `${start}:${toA1(top + rowCount - 1, left + colCount - 1)}`;
}

/** Sheet-qualified address, quoting the name as Excel does ('Rencana Aksi'!B3). */
export function qualified(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}

export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

function parseCell(ref: string): { row: number; col: number } | undefined {
  const m = CELL.exec(ref);
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/**
 * Parses a RangeAreas address ("Sheet1!A1:B2, 'My sheet'!D4") into 0-based areas.
 * Each area follows a "!"; a "!" inside a quoted sheet name is not followed by an address
 * and so is skipped.
 */
export function parseAreas(address: string): Area[] {
  const areas: Area[] = [];
  const pattern = /!(\$?[A-Za-z]{1,3}\$?\d+)(?::(\$?[A-Za-z]{1,3}\$?\d+))?(?=\s*,|\s*$)/g;
  for (const m of address.matchAll(pattern)) {
    const a = parseCell(m[1]);
    const b = m[2] ? parseCell(m[2]) : a;
    if (!a || !b) continue;
    areas.push({
      top: Math.min(a.row, b.row),
      left: Math.min(a.col, b.col),
      bottom: Math.max(a.row, b.row),
      right: Math.max(a.col, b.col),
    });
  }
  return areas;
}
