/** Excel's limits on sheet names: at most 31 characters, none of []:*?/\, no apostrophe at either end. */
export const MAX_SHEET_NAME = 31;

/** Makes a name Excel accepts: forbidden characters become "-", too long is cut. */
export function safeSheetName(name: string): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, "-")
    .replace(/^'+|'+$/g, "")
    .trim()
    .slice(0, MAX_SHEET_NAME)
    .trim();
  return cleaned === "" ? "Sheet" : cleaned;
}

/**
 * A free name for a new sheet: the safe name itself, else `Name (2)`, `Name (3)` … cut so the
 * whole stays within 31 characters. Excel compares sheet names without regard to case.
 */
export function uniqueSheetName(wanted: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const base = safeSheetName(wanted);
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
