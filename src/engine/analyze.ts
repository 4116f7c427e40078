import { sheetCoverage, type SheetCoverage } from "./coverage";
import { detectConventions, type IndicatorPolarity, type SheetConventions } from "./capaian";
import { readKop, type Kop } from "./document/kop";
import { computeFormulas } from "./formulas";
import { buildItems } from "./items";
import { recognizeLayout } from "./layout";
import type { ColumnChoices, Finding, Grid, Item, SheetLayout, TableLayout } from "./model";
import { DEFAULT_SETTINGS, type Settings } from "./model";
import { withTextScope } from "./remembered";
import { runRules } from "./rules";

export interface TableAnalysis {
  layout: TableLayout;
  items: Item[];
  conventions: SheetConventions;
}

export interface SheetAnalysis {
  sheet: string;
  recognized: boolean;
  reason?: SheetLayout["reason"];
  /** Not recognised, but a header with too few roles was read: its columns, for the person to complete (Kolom view). */
  draft?: TableLayout;
  tables: TableAnalysis[];
  /** Sorted by row, then column; root causes before what derives from them. */
  findings: Finding[];
  /** What was understood and checked, and the verdict (never "ready" over unread numeric columns). */
  coverage: SheetCoverage;
  /** Government, agency (OPD) and year from the lines above the first table's header; only on a recognised sheet. */
  kop?: Kop;
  /**
   * Set on the copy the engine's worker sends to the page after Periksa (src/engine-worker): its
   * tables carry no items (on a 10,000-row sheet they are megabytes to copy, and the pane shows
   * only findings), and `indicators` stands for what the pane reads from them.
   */
  slim?: true;
  indicators?: IndicatorPolarity[];
}

/**
 * The whole check of one sheet: formulas saved without a result computed → layout → items →
 * conventions → rules. Pure. `choices` are the person's column corrections.
 */
export function analyzeSheet(saved: Grid, settings: Settings = DEFAULT_SETTINGS, choices: ColumnChoices = {}): SheetAnalysis {
  // What is read of a text (its words, an indikator's polarity and kind) is kept for this analysis only.
  return withTextScope(() => analyzeInScope(saved, settings, choices));
}

function analyzeInScope(saved: Grid, settings: Settings, choices: ColumnChoices): SheetAnalysis {
  const grid = computeFormulas(saved);
  const layout = recognizeLayout(grid, choices);
  if (!layout.recognized) {
    const unread = { recognized: false, tables: [], findings: [] };
    const draft = layout.draft ? { draft: layout.draft } : {};
    return { sheet: grid.sheetName, ...unread, reason: layout.reason, ...draft, coverage: sheetCoverage(grid, unread) };
  }
  const tables = layout.tables.map((table): TableAnalysis => {
    const items = buildItems(grid, table);
    return { layout: table, items, conventions: detectConventions(items, settings) };
  });
  const findings = tables.flatMap((table) => runRules({ grid, table, settings }));
  sortFindings(findings);
  const kop = readKop(grid, tables[0]?.layout.headerTop ?? 0);
  return { sheet: grid.sheetName, recognized: true, tables, findings, coverage: sheetCoverage(grid, { recognized: true, tables, findings }), kop };
}

/** Sorts findings in place by row, then column, root causes before what derives from them. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.row - b.row || a.col - b.col || Number(!!a.derivedFrom) - Number(!!b.derivedFrom));
}
