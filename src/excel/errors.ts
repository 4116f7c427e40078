import { LedgerFormatError } from "../port/marks-ledger";
import { WorkbookError } from "../port/workbook-port";

/** Office.js errors carry a string `code` (Excel.ErrorCodes): read it without trusting the shape. */
function officeErrorCode(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === "string" ? code : undefined;
  }
  return undefined;
}

/** Excel on the web refuses a batch whose request or response exceeds 5 MB. */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = officeErrorCode(error);
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}

/**
 * Turns whatever a batch threw into a WorkbookError the UI can explain.
 * "AccessDenied" and "InvalidOperation" on a write are what Excel answers for a protected sheet.
 */
export function toWorkbookError(error: unknown, sheet?: string, during: "read" | "write" = "write"): WorkbookError {
  if (error instanceof WorkbookError) return error;
  if (error instanceof LedgerFormatError) {
    // Refusing beats guessing: a damaged ledger row would lose someone's original fill or note.
    return new WorkbookError("UNREADABLE_FILE", error.message, `_cermat_marks row ${error.rowNumber}`);
  }
  const code = officeErrorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  switch (code) {
    case "InvalidOperation":
      if (during === "read") return new WorkbookError("UNKNOWN", message, code);
      return new WorkbookError("PROTECTED_SHEET", `Sheet "${sheet ?? "?"}" is protected: ${message}`, sheet);
    case "AccessDenied":
      return new WorkbookError("PROTECTED_SHEET", `Sheet "${sheet ?? "?"}" is protected: ${message}`, sheet);
    case "ItemNotFound":
      return new WorkbookError("SHEET_NOT_FOUND", `Sheet "${sheet ?? "?"}" was not found: ${message}`, sheet);
    case "ApiNotFound":
    case "NotImplemented":
    case "UnsupportedOperation":
      return new WorkbookError("API_NOT_SUPPORTED", message, code);
    case "ResponsePayloadSizeLimitExceeded":
    case "RequestPayloadSizeLimitExceeded":
    case "RangeExceedsLimit":
    case "OperationCellsExceedLimit":
      return new WorkbookError("TOO_LARGE", message, code);
    default:
      return new WorkbookError("UNKNOWN", message, code);
  }
}
