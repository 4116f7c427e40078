/**
 * Capaian: what a capaian cell should hold (polarity-aware, ranges, grades), the sheet's own
 * conventions (a cap at 100% or 120%, the decimals it shows), and how a stated value is compared.
 */
import type { Item, Settings } from "../model";
import { capaianChecks } from "./expected";
import { shownDecimals, statedPoints } from "./stated";

export { capaianChecks, type CapaianCheck } from "./expected";
export { polarityOf, polarityFromText, polarityFromWords, polarityKey, NEGATIVE_PHRASES, POSITIVE_FRAMING, type PolaritySource } from "./polarity";
export { agreesAtPrecision, shownDecimals, statedPoints } from "./stated";
export { capaianOf, predikatOf, type CapaianMethod, type CapaianValue } from "./value";

/** A sheet's own conventions, detected from what it states. */
export interface SheetConventions {
  /** The cap the sheet applies to capaian (100, 120), or null when it does not cap. */
  capAt: number | null;
  /** Decimals the sheet shows for capaian (0 for `77`, 2 for `77,50`): the most common. */
  capaianDecimals: number;
}

const CAPS = [100, 120] as const;

/**
 * The cap follows the person's setting, or with "auto" the sheet itself: a sheet caps at 100
 * (or 120) when its over-achievements are stated as exactly that more often than as themselves.
 */
export function detectConventions(items: readonly Item[], settings: Settings): SheetConventions {
  const overs: Array<{ stated: number; raw: number }> = [];
  const decimals = new Map<number, number>();
  for (const item of items) {
    for (const check of capaianChecks(item, settings)) {
      const raw = Math.min(...check.candidates);
      const stated = statedPoints(check.stated.value, raw);
      if (stated === undefined) continue;
      const d = shownDecimals(check.stated.value, check.stated.text);
      decimals.set(d, (decimals.get(d) ?? 0) + 1);
      if (raw > 100.5) overs.push({ stated, raw });
    }
  }
  const capaianDecimals = [...decimals.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
  if (settings.capAt !== "auto") return { capAt: settings.capAt, capaianDecimals };
  let capAt: number | null = null;
  for (const cap of CAPS) {
    const over = overs.filter((o) => o.raw > cap + 0.5);
    const atCap = over.filter((o) => Math.abs(o.stated - cap) < 0.5).length;
    const asIs = over.filter((o) => Math.abs(o.stated - o.raw) < 1).length;
    if (atCap > 0 && atCap > asIs && !overs.some((o) => o.stated > cap + 0.5)) {
      capAt = cap;
      break;
    }
  }
  return { capAt, capaianDecimals };
}
