import type { TableAnalysis } from "../analyze";
import type { Grid, Settings } from "../model";

/** What every rule sees: the sheet, one recognised table (layout, items, conventions), the person's settings. */
export interface RuleContext {
  grid: Grid;
  table: TableAnalysis;
  settings: Settings;
}
