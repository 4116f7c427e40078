import type { SheetAnalysis } from "../engine/analyze";
import { indicatorPolarities } from "../engine/capaian";
import type { Settings } from "../engine/model";

/**
 * The analysis as Periksa sends it to the page: without its items (a 10,000-row sheet's items are
 * about 19 MB to copy, over half a second of a frozen page), with the indicators the pane lists
 * in their place. Findings, coverage, layout and conventions are whole.
 */
export function slimAnalysis(analysis: SheetAnalysis, settings: Settings): SheetAnalysis {
  const indicators = indicatorPolarities(
    analysis.tables.flatMap((t) => t.items),
    settings,
  );
  return { ...analysis, tables: analysis.tables.map((t) => ({ ...t, items: [] })), slim: true, indicators };
}
