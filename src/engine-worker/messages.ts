import type { SheetAnalysis } from "../engine/analyze";
import type { ColumnChoices, Grid, Settings } from "../engine/model";

/**
 * A sheet to check; `id` pairs the reply with its request. `slim` asks for the analysis without
 * its items (Periksa shows findings; the tools that plan writes need the items).
 */
export interface WorkerRequest {
  id: number;
  grid: Grid;
  settings: Settings;
  choices?: ColumnChoices;
  slim?: boolean;
}

export type WorkerReply = { id: number; analysis: SheetAnalysis } | { id: number; error: string };
