// Placeholder until the column recogniser lands (replaced in the same session).
import type { Grid, SheetLayout } from "../model";

export function recognizeLayout(_grid: Grid): SheetLayout {
  throw new Error("recognizeLayout: not implemented yet");
}
