/**
 * Column recognition: where the Rencana Aksi / Pengukuran Kinerja table sits in a sheet and which
 * column holds which role, wherever the columns are and whatever the header calls them.
 */
import { colLetter, isBudgetRole, isReferenceRole, type ColumnChoices, type Grid, type HeaderColumn, type Role, type RoleMap, type SheetLayout, type TableLayout } from "../model";
import { claimColumn, type ColumnClaim } from "./column-claims";
import { bareHints, collapseSingleYear } from "./period-hints";
import { settleByContent, settleNeighbours } from "./neighbours";
import { settleByColumnNumbers } from "./numbered-columns";
import { settleTwins } from "./twin-columns";
import { finishGroups, foldMeasureless, resolvePending, splitGroups, toColumnGroups, type DraftGroup } from "./column-groups";
import { columnPath, headerBlockAt, isStrongHeaderRow, type HeaderBlock } from "./header-block";
import { readColumnNumbers } from "./column-numbers";
import { isHeaderWord, periodLabelOf as labelOf, roleOf } from "./header-words";
import { rowCells, viewOf, type SheetView } from "./grid-reading";
import { withTextScope } from "./header-text";
import { applyLongLayout } from "./long-layout";
import { findExtent } from "./table-extent";

export { isTotalLabel, isSignatureText } from "./row-patterns";
export { periodLabelOf } from "./header-words";
export { withTextScope } from "./header-text";
export { headerPathOf } from "./header-path";
export { columnNumberOf, columnOfNumber } from "./column-numbers";

const SUBJECT = "indikator/program";
const MEASURE = "target/realisasi/capaian/anggaran";

/** What a table needs and these roles lack: something to measure (indikator or program) and a target or a budget. */
function missingRoles(roles: readonly string[]): string[] {
  const missing: string[] = [];
  if (!roles.includes("indikator") && !roles.includes("program")) missing.push(SUBJECT);
  if (!roles.some((r) => /^(target|anggaran|realisasi|capaian|periode)/.test(r))) missing.push(MEASURE);
  return missing;
}

function hasEnoughRoles(maps: readonly RoleMap[]): boolean {
  return missingRoles(maps.flatMap((m) => Object.keys(m))).length === 0;
}

function kindOf(maps: readonly RoleMap[], long: boolean): TableLayout["kind"] {
  if (long) return "long";
  const roles = maps.flatMap((m) => Object.keys(m));
  if (roles.some((r) => /_b\d+$/.test(r))) return "wide-monthly";
  if (roles.some((r) => /_tw\d$/.test(r))) return "wide-quarterly";
  if (roles.some((r) => /_y\d{4}$/.test(r))) return "wide-yearly";
  return "annual";
}

interface Candidate {
  block: HeaderBlock;
  groups: DraftGroup[];
  claims: ColumnClaim[];
}

/** The person's choice wins over what the header says; "none" leaves the column unread. */
function applyChoices(claims: ColumnClaim[], choices: ColumnChoices): void {
  for (const claim of claims) {
    const choice = choices[colLetter(claim.col)];
    if (choice === undefined) continue;
    claim.role = choice === "none" ? undefined : choice;
    claim.chosen = true;
    claim.ignored = false;
    claim.pendingPeriod = undefined;
    claim.fieldKey = undefined;
    claim.source = "chosen";
  }
}

function groupsOf(claims: ColumnClaim[]): DraftGroup[] {
  const groups = foldMeasureless(splitGroups(claims));
  finishGroups(groups);
  return groups;
}

function readHeader(view: SheetView, strongRow: number, choices: ColumnChoices): Candidate {
  const block = headerBlockAt(view, strongRow);
  const hints = bareHints(view, block);
  const claims: ColumnClaim[] = [];
  for (let c = block.left; c <= block.right; c++) {
    if (view.grid.hiddenCols.includes(c) && columnPath(view, block, c).length === 0) continue;
    claims.push(claimColumn(c, columnPath(view, block, c), hints));
  }
  collapseSingleYear(claims);
  resolvePending(claims);
  settleNeighbours(claims);
  applyChoices(claims, choices);
  return { block, groups: groupsOf(claims), claims };
}

function toTable(view: SheetView, candidate: Candidate): { table: TableLayout; resumeAt: number } {
  const { block, claims } = candidate;
  let { groups } = candidate;
  const start = Math.max(block.columnNumberRow ?? block.bottom, block.bottom) + 1;
  const maps = groups.map((g) => g.columns);
  const extent = findExtent(view, start, block.left, block.right, maps);
  const skip = new Set(extent.repeatedHeaderRows);
  const numbers = block.columnNumberRow === undefined ? undefined : readColumnNumbers(view, block.columnNumberRow, block.left, block.right);
  const byNumbers = numbers !== undefined && settleByColumnNumbers(claims, numbers);
  if (settleByContent(view, claims, extent.firstDataRow, extent.lastDataRow, skip) || byNumbers) groups = groupsOf(claims);
  let long = false;
  for (const g of groups) settleTwins(view, g, extent.firstDataRow, extent.lastDataRow, skip);
  for (const g of groups) long = applyLongLayout(view, g, extent.firstDataRow, extent.lastDataRow, skip) || long;
  const scale: Record<number, number> = {};
  for (const c of claims) if (c.scale && c.role) scale[c.col] = c.scale;
  const columnGroups = toColumnGroups(groups);
  const table: TableLayout = {
    headers: headerColumns(claims, columnGroups),
    kind: kindOf(maps, long),
    headerTop: block.top,
    headerBottom: block.bottom,
    repeatedHeaderRows: extent.repeatedHeaderRows,
    firstDataRow: extent.firstDataRow,
    lastDataRow: extent.lastDataRow,
    columns: columnGroups[0]?.columns ?? {},
    groups: columnGroups,
  };
  if (block.columnNumberRow !== undefined && numbers) {
    table.columnNumberRow = block.columnNumberRow;
    table.columnNumbers = numbers;
  }
  if (Object.keys(scale).length > 0) table.scale = scale;
  const cumulative = cumulativeColumns(claims);
  if (cumulative.length > 0) table.cumulative = cumulative;
  return { table, resumeAt: Math.max(extent.resumeAt, block.bottom + 1) };
}

/**
 * Budget columns that are running totals. A series with "s.d. TW II … s.d. TW IV" is cumulative as a
 * whole: its TW I (the total so far of one quarter) is read the same way.
 */
function cumulativeColumns(claims: readonly ColumnClaim[]): number[] {
  const budget = (c: ColumnClaim): boolean => c.role !== undefined && isBudgetRole(c.role) && !isReferenceRole(c.role);
  const seriesOf = (c: ColumnClaim): string => (c.role as string).replace(/_(tw\d|b\d{1,2}|y\d{4})$/, "_");
  const running = new Set(claims.filter((c) => c.cumulative && budget(c)).map(seriesOf));
  return claims.filter((c) => budget(c) && (c.cumulative || (running.has(seriesOf(c)) && seriesOf(c) !== c.role))).map((c) => c.col);
}

/** Every header column with the role it ended up with (after twins and the long layout settled). */
function headerColumns(claims: readonly ColumnClaim[], groups: TableLayout["groups"]): HeaderColumn[] {
  const roleAt = new Map<number, Role>();
  for (const g of groups) for (const [role, col] of Object.entries(g.columns) as Array<[Role, number]>) if (!roleAt.has(col)) roleAt.set(col, role);
  return claims
    .filter((c) => c.path.length > 0 || c.chosen)
    .map((c) => {
      const column: HeaderColumn = { col: c.col, header: c.path.map((e) => e.text.replace(/\s+/g, " ").trim()).join(" / ") };
      const role = roleAt.get(c.col) ?? c.role;
      if (role) {
        column.role = role;
        column.source = c.chosen ? "chosen" : role === c.role ? (c.source ?? "header") : "content";
        if (isReferenceRole(role)) column.unchecked = true;
      }
      if (c.chosen) column.chosen = true;
      if (c.ignored) column.ignored = true;
      return column;
    });
}

function hasAnyText(view: SheetView): boolean {
  for (let r = 0; r < view.rowCount; r++) if (rowCells(view, r).length > 0) return true;
  return false;
}

/** Header words seen anywhere (not bare numbers, which are data as often as labels), for the message when a sheet is not a Rencana Aksi. */
function headerWordsSeen(view: SheetView): string[] {
  const seen = new Set<string>();
  for (let r = 0; r < Math.min(view.rowCount, 200); r++) {
    for (const { text } of rowCells(view, r)) if (text.length <= 60 && isHeaderWord(text) && labelOf(text)?.kind !== "bare" && !/^\d+$/.test(text.trim())) seen.add(text);
    if (seen.size >= 12) break;
  }
  return [...seen];
}

/**
 * Finds the tables of a sheet: header blocks (after any kop), the role of every column, the data
 * rows and the rows to skip. A sheet that is not a Rencana Aksi / Pengukuran Kinerja comes back
 * with `recognized: false` and what was found.
 */
export function recognizeLayout(grid: Grid, choices: ColumnChoices = {}): SheetLayout {
  return withTextScope(() => readLayout(grid, choices));
}

function readLayout(grid: Grid, choices: ColumnChoices): SheetLayout {
  const view = viewOf(grid);
  if (!hasAnyText(view)) {
    return { recognized: false, tables: [], reason: { code: "EMPTY_SHEET", found: [] } };
  }
  const tables: TableLayout[] = [];
  let bestRejected: { roles: Role[]; candidate: Candidate } | undefined;
  let sawHeader = false;
  for (let r = 0; r < view.rowCount; r++) {
    if (!isStrongHeaderRow(view, r)) continue;
    sawHeader = true;
    const candidate = readHeader(view, r, choices);
    const maps = candidate.groups.map((g) => g.columns);
    if (!hasEnoughRoles(maps)) {
      const roles = [...new Set(maps.flatMap((m) => Object.keys(m) as Role[]))];
      if (!bestRejected || roles.length > bestRejected.roles.length) bestRejected = { roles, candidate };
      r = Math.max(r, candidate.block.bottom);
      continue;
    }
    const { table, resumeAt } = toTable(view, candidate);
    tables.push(table);
    r = resumeAt - 1;
  }
  if (tables.length > 0) return { recognized: true, tables };
  if (!sawHeader) {
    const found = headerWordsSeen(view);
    const roles = [...new Set(found.map(roleOf).filter((r): r is NonNullable<typeof r> => r !== undefined))];
    return { recognized: false, tables: [], reason: { code: "NO_HEADER", found, missing: missingRoles(roles) } };
  }
  const found = bestRejected?.roles ?? [];
  const layout: SheetLayout = { recognized: false, tables: [], reason: { code: "TOO_FEW_ROLES", found, missing: missingRoles(found) } };
  if (bestRejected) layout.draft = toTable(view, bestRejected.candidate).table;
  return layout;
}
