import { kodeColumns, readKodes } from "../items/kode";
import { levelOfKodeCell, levelOfUppercase, levelOfWords } from "../items/levels";
import { ownText, viewOf } from "../layout/grid-reading";
import { toA1, type Finding, type Level } from "../model";
import type { RuleContext } from "./context";
import type { Rule } from "./rule";
import { firstItemOfEachRow, ownOrInherited } from "./support/cells";
import { finding } from "./support/finding";

/**
 * KODE_FORMAT, the hierarchy: Permendagri 90/2019 (klasifikasi, kodefikasi dan nomenklatur
 * perencanaan pembangunan dan keuangan daerah) numbers every level inside its parent: urusan `X`,
 * bidang `X.XX`, program `X.XX.XX`, kegiatan `X.XX.XX.X.XX`, sub kegiatan `X.XX.XX.X.XX.XXXX`.
 * SIPD and the e-SAKIP apps match rows on that kode, so a kode of the wrong shape, one that does
 * not start with its parent's kode, or the same kode on two rows breaks the match: warnings.
 * Only in a table that writes these kodes (outline numbers `1.1.1` are not kodes).
 */
export const kodeHierarchy: Rule = {
  code: "KODE_FORMAT",
  run: (ctx) => {
    const rows = kodeRows(ctx);
    if (!writesPermendagriKodes(rows)) return [];
    // One warning per kode, the one that says most: its shape, else where it was used before
    // (which also explains a parent it no longer fits), else its parent.
    const seen = new Set<number>();
    return [...shapeFindings(rows), ...duplicateFindings(rows), ...parentFindings(rows)].filter((f) => !seen.has(f.row) && seen.add(f.row));
  },
};

/** The shapes as the messages write them. */
export const KODE_SHAPE: Partial<Record<Level, string>> = {
  bidang: "X.XX",
  program: "X.XX.XX",
  kegiatan: "X.XX.XX.X.XX",
  subkegiatan: "X.XX.XX.X.XX.XXXX",
};

/** The level a malformed kode was meant for, from its number of parts (seven or more: an organisation code, not a level). */
const LEVEL_BY_PARTS: Record<number, Level> = { 2: "bidang", 3: "program", 4: "kegiatan", 5: "kegiatan", 6: "subkegiatan" };

const RANK: readonly Level[] = ["urusan", "bidang", "program", "kegiatan", "subkegiatan"];
const NAMED_LEVELS: readonly Level[] = ["program", "kegiatan", "subkegiatan"];
/** A kode at the start of a name, when the table has no kode column: `3.30.02 Program …`. */
const KODE_IN_NAME = /^\s*([\dXx]+(?:\.[\dXx]+)+)(?=\s|$|[.:-])/;

interface KodeRow {
  row: number;
  /** The cell to fix: the row's own (last written) kode part, or its name cell. */
  col: number;
  kode: string;
  /** The level the kode's shape gives (Permendagri 90, or 13/2006 kegiatan), if any. */
  level?: Level;
  /** The level the row's name states in words (`Sub Kegiatan …`, `PROGRAM …`). */
  named?: Level;
  name: string;
  sasaran: string;
}

function kodeRows(ctx: RuleContext): KodeRow[] {
  const view = viewOf(ctx.grid);
  const firsts = firstItemOfEachRow(ctx);
  const cols = kodeColumns(view, ctx.table.layout);
  const colsLastFirst = [...cols].reverse();
  const kodes = readKodes(view, ctx.table.layout, firsts.map((item) => item.firstRow));
  const out: KodeRow[] = [];
  for (const item of firsts) {
    const row = item.firstRow;
    const name = item.cells.program?.text.trim() ?? "";
    let kode = kodes.get(row)?.kode;
    let col = colsLastFirst.find((c) => ownText(view, row, c).trim() !== "");
    if (cols.length === 0 && item.cells.program) {
      kode = KODE_IN_NAME.exec(name)?.[1];
      col = item.cells.program.col;
    }
    if (kode === undefined || col === undefined) continue;
    const named = levelOfUppercase(name) ?? levelOfWords(name.replace(KODE_IN_NAME, ""));
    out.push({
      row,
      col,
      kode,
      level: levelOf(kode),
      named: named && NAMED_LEVELS.includes(named) ? named : undefined,
      name: name.replace(KODE_IN_NAME, "").trim().toLowerCase().replace(/\s+/g, " "),
      sasaran: ownOrInherited(item, "sasaran")?.text.trim() ?? "",
    });
  }
  return out;
}

const isDotted = (kode: string): boolean => /^[\dXx]+(?:\.[\dXx]+)+$/.test(kode);

function levelOf(kode: string): Level | undefined {
  const level = levelOfKodeCell(kode);
  if (level) return level;
  // Older sheets number sub kegiatan with two digits (`1.01.01.2.01.01`): a sub kegiatan still.
  return /^[\dXx]\.[\dXx]{2}\.[\dXx]{2}\.[\dXx]\.[\dXx]{2}\.[\dXx]{2}$/.test(kode) ? "subkegiatan" : undefined;
}

/** At least two program, kegiatan or sub kegiatan kodes, and more well-formed dotted kodes than others. */
function writesPermendagriKodes(rows: readonly KodeRow[]): boolean {
  const dotted = rows.filter((r) => isDotted(r.kode));
  const wellFormed = dotted.filter((r) => r.level !== undefined);
  return wellFormed.filter((r) => NAMED_LEVELS.includes(r.level as Level)).length >= 2 && wellFormed.length * 2 > dotted.length;
}

/** A dotted kode of no level's shape, or of another level than the one its name states. */
function shapeFindings(rows: readonly KodeRow[]): Finding[] {
  return rows.flatMap((r) => {
    if (!isDotted(r.kode)) return [];
    if (r.level === undefined) {
      const meant = r.named ?? LEVEL_BY_PARTS[r.kode.split(".").length];
      if (!meant) return [];
      return [kodeFinding(r, { kind: "shape", kode: r.kode, level: meant, shape: KODE_SHAPE[meant] ?? "" })];
    }
    if (r.named && NAMED_LEVELS.includes(r.level) && r.named !== r.level) {
      return [kodeFinding(r, { kind: "level", kode: r.kode, level: r.named, kodeLevel: r.level, shape: KODE_SHAPE[r.named] ?? "" })];
    }
    return [];
  });
}

/** `X` in a kode (programs common to every urusan: `X.XX.01`) matches any digit. */
function startsWith(kode: string, parent: string): boolean {
  if (kode.length <= parent.length || kode[parent.length] !== ".") return false;
  return [...parent].every((ch, i) => ch === kode[i] || /[Xx]/.test(ch) || /[Xx]/.test(kode[i]));
}

/**
 * Each kode against the nearest row above it of a higher level: the child's kode starts with the
 * parent's. A malformed kode still closes the rows above it (at the level it was meant for), but
 * its children are not held against it: its own warning says what to fix.
 */
function parentFindings(rows: readonly KodeRow[]): Finding[] {
  const out: Finding[] = [];
  const stack: Array<{ r: KodeRow; rank: number; malformed: boolean }> = [];
  for (const r of rows) {
    const level = r.level ?? (isDotted(r.kode) ? (r.named ?? LEVEL_BY_PARTS[r.kode.split(".").length]) : undefined);
    if (level === undefined) continue;
    const rank = RANK.indexOf(level);
    while (stack.length > 0 && stack[stack.length - 1].rank >= rank) stack.pop();
    const parent = stack[stack.length - 1];
    if (r.level && parent && !parent.malformed && !startsWith(r.kode, parent.r.kode)) {
      out.push(kodeFinding(r, { kind: "parent", kode: r.kode, level: r.level, parent: parent.r.kode, parentLevel: RANK[parent.rank], parentCell: toA1(parent.r.row, parent.r.col) }));
    }
    stack.push({ r, rank, malformed: r.level === undefined });
  }
  return out;
}

/**
 * The same kode twice in a table: on rows naming different things (a copied row whose kode was not
 * changed), or back after other kodes within one sasaran. The same kode on consecutive rows is one
 * program with several indikator lines, and a program serving two sasaran is listed under each.
 */
function duplicateFindings(rows: readonly KodeRow[]): Finding[] {
  const out: Finding[] = [];
  const seen = new Map<string, { first: KodeRow; last: KodeRow; lastIndex: number }>();
  rows.forEach((r, i) => {
    if (r.level === undefined || r.level === "urusan") return;
    const before = seen.get(r.kode);
    seen.set(r.kode, { first: before?.first ?? r, last: r, lastIndex: i });
    if (!before) return;
    const renamed = r.name !== "" && before.last.name !== "" && r.name !== before.last.name;
    const returned = before.lastIndex < i - 1 && r.sasaran === before.last.sasaran;
    if (renamed || returned) out.push(kodeFinding(r, { kind: "duplicate", kode: r.kode, level: r.level, firstCell: toA1(before.first.row, before.first.col) }));
  });
  return out;
}

function kodeFinding(r: KodeRow, params: Finding["params"]): Finding {
  return finding({ code: "KODE_FORMAT", severity: "warning", row: r.row, col: r.col, params });
}
