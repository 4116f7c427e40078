// Placeholder until the capaian module lands (replaced in the same session).
import type { Item, Settings } from "../model";

/** A sheet's own conventions, detected from what it states. */
export interface SheetConventions {
  /** The cap the sheet applies to capaian (100, 120), or null when it does not cap. */
  capAt: number | null;
  /** Decimals the sheet shows for capaian (0 for `77`, 2 for `77,50`). */
  capaianDecimals: number;
}

export function detectConventions(_items: Item[], _settings: Settings): SheetConventions {
  throw new Error("detectConventions: not implemented yet");
}
