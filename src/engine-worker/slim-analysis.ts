import type { SheetAnalysis } from "../engine/analyze";
import { indicatorPolarities } from "../engine/capaian";
import type { Item, Settings } from "../engine/model";
import { comparedAcrossSheets, documentKindOf } from "../engine/workbook/cross-sheet";

/** What CROSS_SHEET_TARGET reads of a document's items (src/engine/workbook/cross-sheet.ts). */
const CROSS_SHEET_CELLS = ["indikator", "target", "anggaran"] as const;

/** An item with only the cells the workbook-level check compares. */
function crossSheetItem(item: Item): Item {
  const cells: Item["cells"] = {};
  for (const role of CROSS_SHEET_CELLS) if (item.cells[role]) cells[role] = item.cells[role];
  return { ...item, cells, inherited: {}, budgetChildren: [] };
}

/**
 * The analysis as Periksa sends it to the page: without its items (a 10,000-row sheet's items are
 * about 19 MB to copy, over half a second of a frozen page), with the indicators the pane lists
 * in their place. Findings, coverage, layout and conventions are whole. A Perjanjian Kinerja,
 * Rencana Aksi or Pengukuran Kinerja keeps the items held against the workbook's other documents,
 * each with only its indikator, target and anggaran cells.
 */
export function slimAnalysis(analysis: SheetAnalysis, settings: Settings): SheetAnalysis {
  const indicators = indicatorPolarities(
    analysis.tables.flatMap((t) => t.items),
    settings,
  );
  const document = documentKindOf(analysis) !== undefined;
  return { ...analysis, tables: analysis.tables.map((t) => ({ ...t, items: document ? t.items.filter(comparedAcrossSheets).map(crossSheetItem) : [] })), slim: true, indicators };
}
