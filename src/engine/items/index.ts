// Placeholder until the row reader lands (replaced in the same session).
import type { Grid, Item, TableLayout } from "../model";

export function buildItems(_grid: Grid, _table: TableLayout): Item[] {
  throw new Error("buildItems: not implemented yet");
}
