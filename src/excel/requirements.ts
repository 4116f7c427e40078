import { WorkbookError } from "../port/workbook-port";
import type { RequirementCheck } from "./office-shapes";

/**
 * Which ExcelApi requirement set each feature needs (from the `[Api set: …]` remarks in
 * @types/office-js). The core (read, write, fill marks, add a plain sheet, select) needs only
 * ExcelApi 1.2, so Excel 2016 (perpetual) still works; everything else degrades.
 */
export const CORE_API_VERSION = "1.2";

export const FEATURE_API_VERSION = {
  /** getUsedRange(valuesOnly), rowHidden/columnHidden, worksheet.protection, range.merge, columnWidth. */
  core: CORE_API_VERSION,
  /** freezePanes. */
  freezePanes: "1.7",
  /** range.hyperlink (links to cells; otherwise a HYPERLINK formula). */
  hyperlink: "1.7",
  /** range.dataValidation (list drop-downs). */
  dataValidation: "1.8",
  /** getSpecialCells("Visible"), getCellProperties (bold, indent), fill.pattern, pageLayout. */
  specialCells: "1.9",
  cellProperties: "1.9",
  fillPattern: "1.9",
  pageLayout: "1.9",
  /** worksheet.autoFilter (filter buttons on a report's header). */
  autoFilter: "1.9",
  /** worksheet.getRanges: one fill for many scattered cells. */
  rangeAreas: "1.9",
  /** Threaded comments: the fallback for notes. */
  comments: "1.10",
  /** getMergedAreasOrNullObject. */
  mergedAreas: "1.13",
  /** workbook.notes (the classic yellow notes). */
  notes: "1.18",
} as const;

export type Feature = keyof typeof FEATURE_API_VERSION;

/** What the running Excel supports, asked once per adapter. */
export type Capabilities = Record<Feature, boolean>;

export function detectCapabilities(isSetSupported: RequirementCheck): Capabilities {
  const caps = {} as Capabilities;
  for (const feature of Object.keys(FEATURE_API_VERSION) as Feature[]) {
    caps[feature] = isSetSupported("ExcelApi", FEATURE_API_VERSION[feature]);
  }
  return caps;
}

/** Rejects when the core set is missing: nothing Cermat does can work then. */
export function requireCore(caps: Capabilities): void {
  if (!caps.core) {
    throw new WorkbookError(
      "API_NOT_SUPPORTED",
      `This version of Excel does not support ExcelApi ${CORE_API_VERSION}.`,
      `ExcelApi ${CORE_API_VERSION}`,
    );
  }
}
