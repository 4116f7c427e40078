import type { SheetAnalysis } from "../engine/analyze";
import type { ColumnChoices, Grid, Settings } from "../engine/model";

/**
 * A sheet to check; `id` pairs the reply with its request. `slim` asks for the analysis without
 * its items (Periksa shows findings; the tools that plan writes need the items). A large grid's
 * first rows come ahead in {@link RowsPart} messages; `grid.rows` then holds the rest.
 */
export interface CheckRequest {
  id: number;
  grid: Grid;
  settings: Settings;
  choices?: ColumnChoices;
  slim?: boolean;
}

/** Rows of a large grid sent ahead of its {@link CheckRequest}, in order. */
export interface RowsPart {
  id: number;
  rows: Grid["rows"];
}

export type WorkerRequest = CheckRequest | RowsPart;

export type WorkerReply = { id: number; analysis: SheetAnalysis } | { id: number; error: string };
