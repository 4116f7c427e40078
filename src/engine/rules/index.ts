// Placeholder until the rules land (replaced in the same session).
import type { TableAnalysis } from "../analyze";
import type { Finding, Grid, Settings } from "../model";

export interface RuleContext {
  grid: Grid;
  table: TableAnalysis;
  settings: Settings;
}

export function runRules(_ctx: RuleContext): Finding[] {
  throw new Error("runRules: not implemented yet");
}
