import type { FailureCode } from "../i18n/ui";
import { WorkbookError } from "../port/workbook-port";

/** A failure as the pane shows it: a code the catalogue explains, plus what the adapter said. */
export interface PaneFailure {
  code: FailureCode;
  /** The adapter's short detail (for UNREADABLE_FILE: why, e.g. `encrypted`). */
  detail?: string;
  /** The original message, shown as the technical detail. */
  message: string;
}

/**
 * Turns whatever an operation rejected with into something the pane can explain. Typed adapter
 * errors keep their code; anything else is UNEXPECTED with its message kept for the report.
 */
export function toFailure(error: unknown): PaneFailure {
  if (error instanceof WorkbookError) return { code: error.code, detail: error.detail, message: error.message };
  if (error instanceof Error) return { code: "UNEXPECTED", message: `${error.name}: ${error.message}` };
  return { code: "UNEXPECTED", message: String(error) };
}
