/**
 * The reader's entry point: zip bytes to a package and its workbook structure, with every
 * failure one of three typed errors (PackageLimitError before inflating, NotAWorkbookError for
 * an archive that is not a workbook, XlsxReadError("corrupt") for everything else: a damaged
 * zip from fflate, a malformed rels part, a bad escape in a target).
 */
import { guarded } from "./read-error";
import { readWorkbookParts, type WorkbookParts } from "./workbook-parts";
import { DEFAULT_LIMITS, XlsxPackage, type PackageLimits, type RawInflate } from "./zip-package";

export interface OpenedXlsx {
  pkg: XlsxPackage;
  parts: WorkbookParts;
}

export function openXlsx(bytes: Uint8Array, limits: PackageLimits = DEFAULT_LIMITS, inflate?: RawInflate): OpenedXlsx {
  return guarded("The .xlsx file cannot be opened", () => {
    const pkg = XlsxPackage.open(bytes, limits, inflate);
    return { pkg, parts: readWorkbookParts(pkg) };
  });
}
