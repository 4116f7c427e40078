import { fromA1, toA1 } from "../engine/model";
import { fillFromOffice, fillToOffice, type AppearanceChange, type CellAppearance } from "../port/marks-ledger";
import { blockAddress } from "./addresses";
import type { RangeFillLike, RangeLike, WorksheetLike } from "./office-shapes";
import type { Capabilities } from "./requirements";

/**
 * Reading and writing the fills of many scattered cells in few proxies.
 *
 * With ExcelApi 1.9, fills are read per column segment through getCellProperties and written
 * per colour through RangeAreas (worksheet.getRanges), so marking 500 cells creates a handful of
 * proxies instead of 500. Older Excel (1.2–1.8) has neither: one range per cell, still in the
 * same single sync.
 */

type Fill = CellAppearance["fill"];
type CellPropertiesResult = ReturnType<RangeLike["getCellProperties"]>;

/** Rows read per getCellProperties call: three short strings per cell, far below the 5 MB web limit. */
export const FILL_READ_ROWS = 5_000;

/**
 * Longest address list handed to getRanges. Excel rejects some lists of around 8,000 characters
 * (OfficeDev/office-js#5198) without saying why; a quarter of that is well clear.
 */
export const AREA_LIST_MAX_CHARS = 2_000;

/** Current fills queued for reading: answers per address after the next sync. */
export interface FillRead {
  fillAt(address: string): Fill;
  /** Older Excel: the per-cell fill objects read, which the write can reuse instead of new ranges. */
  cells?: ReadonlyMap<string, RangeFillLike>;
}

/** Queues the loads for the current fill of every cell in `addresses` (A1, one sheet). */
export function queueFillRead(sheet: WorksheetLike, addresses: readonly string[], caps: Capabilities): FillRead {
  if (!caps.cellProperties) return queuePerCellRead(sheet, addresses, caps);
  const asked = new Set(addresses);
  const at = new Map<string, { props: CellPropertiesResult; index: number }>();
  for (const { col, top, bottom } of columnSegments(addresses, FILL_READ_ROWS)) {
    const props = sheet.getRange(blockAddress(top, col, bottom - top + 1, 1)).getCellProperties({ format: { fill: { color: true, pattern: true, patternColor: true } } });
    for (let row = top; row <= bottom; row++) {
      const address = toA1(row, col);
      if (asked.has(address)) at.set(address, { props, index: row - top });
    }
  }
  return {
    fillAt(address) {
      const cell = at.get(address);
      return cell ? fillInColumn(cell.props, cell.index) : null;
    },
  };
}

/** The fill of the index-th cell of a one-column getCellProperties result (read after the sync). */
function fillInColumn(props: CellPropertiesResult, index: number): Fill {
  const fill = props.value[index]?.[0]?.format?.fill;
  return fillFromOffice({ color: fill?.color ?? null, pattern: fill?.pattern ?? null, patternColor: fill?.patternColor ?? null });
}

function queuePerCellRead(sheet: WorksheetLike, addresses: readonly string[], caps: Capabilities): FillRead {
  const cells = new Map<string, RangeFillLike>();
  for (const address of new Set(addresses)) {
    const fill = sheet.getRange(address).format.fill;
    fill.load(caps.fillPattern ? "color,pattern,patternColor" : "color");
    cells.set(address, fill);
  }
  return {
    fillAt(address) {
      const fill = cells.get(address);
      return fill ? currentFill(fill, caps) : null;
    },
    cells,
  };
}

/**
 * The fill as Excel reports it. Without ExcelApi 1.9 there is no `pattern`, and Excel reports
 * "no fill" as white: white is then taken for no fill (a deliberate white fill comes back as no
 * fill, which looks the same).
 */
function currentFill(fill: RangeFillLike, caps: Capabilities): Fill {
  if (caps.fillPattern) return fillFromOffice({ color: fill.color, pattern: fill.pattern, patternColor: fill.patternColor });
  if (!fill.color || fill.color.toUpperCase() === "#FFFFFF") return null;
  return fillFromOffice({ color: fill.color });
}

/**
 * Queues every change's fill: one RangeAreas per distinct fill (and per address list), or on
 * older Excel one range per cell (the one `read` already made for it, when there is one).
 */
export function queueFillWrite(sheet: WorksheetLike, changes: readonly AppearanceChange[], caps: Capabilities, read?: FillRead): void {
  if (!caps.rangeAreas) {
    for (const change of changes) applyFill(read?.cells?.get(change.address) ?? sheet.getRange(change.address).format.fill, change.fill, caps);
    return;
  }
  const byFill = new Map<string, { fill: Fill; addresses: string[] }>();
  for (const change of changes) {
    const key = JSON.stringify(change.fill);
    const group = byFill.get(key) ?? { fill: change.fill, addresses: [] };
    group.addresses.push(change.address);
    byFill.set(key, group);
  }
  for (const { fill, addresses } of byFill.values()) {
    for (const list of areaLists(addresses, AREA_LIST_MAX_CHARS)) applyFill(sheet.getRanges(list).format.fill, fill, caps);
  }
}

function applyFill(target: RangeFillLike, fill: Fill, caps: Capabilities): void {
  const office = fillToOffice(fill);
  if (!office || !office.color) {
    target.clear();
    return;
  }
  target.color = office.color;
  if (caps.fillPattern && office.pattern) {
    target.pattern = office.pattern;
    if (office.patternColor) target.patternColor = office.patternColor;
  }
}

interface ColumnSegment {
  col: number;
  top: number;
  bottom: number;
}

/** The distinct rows asked for in each column, columns and rows in ascending order. */
function rowsByColumn(addresses: readonly string[]): Array<[number, number[]]> {
  const rows = new Map<number, Set<number>>();
  for (const address of addresses) {
    const { row, col } = fromA1(address);
    const set = rows.get(col) ?? new Set<number>();
    set.add(row);
    rows.set(col, set);
  }
  return [...rows].sort(([a], [b]) => a - b).map(([col, set]) => [col, [...set].sort((a, b) => a - b)]);
}

/** Spans of at most `maxRows` rows per column covering every asked-for row (rows between them included). */
export function columnSegments(addresses: readonly string[], maxRows: number): ColumnSegment[] {
  return segmentsWhere(addresses, (segment, row) => row - segment.top < maxRows);
}

/** The unbroken runs of asked-for rows in each column. */
export function columnRuns(addresses: readonly string[]): ColumnSegment[] {
  return segmentsWhere(addresses, (segment, row) => row === segment.bottom + 1);
}

/** Walks each column's rows in order, extending the current segment while `joins` says so. */
function segmentsWhere(addresses: readonly string[], joins: (segment: ColumnSegment, row: number) => boolean): ColumnSegment[] {
  const segments: ColumnSegment[] = [];
  for (const [col, rows] of rowsByColumn(addresses)) {
    let current: ColumnSegment | undefined;
    for (const row of rows) {
      if (current && joins(current, row)) {
        current.bottom = row;
      } else {
        current = { col, top: row, bottom: row };
        segments.push(current);
      }
    }
  }
  return segments;
}

/**
 * Comma-separated address lists for getRanges: consecutive rows of a column become one area
 * ("K5:K9"), and no list is longer than `maxChars`.
 */
export function areaLists(addresses: readonly string[], maxChars: number): string[] {
  const lists: string[] = [];
  let current = "";
  for (const { col, top, bottom } of columnRuns(addresses)) {
    const area = blockAddress(top, col, bottom - top + 1, 1);
    if (current && current.length + 1 + area.length > maxChars) {
      lists.push(current);
      current = "";
    }
    current = current ? `${current},${area}` : area;
  }
  if (current) lists.push(current);
  return lists;
}
