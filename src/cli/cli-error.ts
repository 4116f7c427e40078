import type { CliWords } from "../i18n/cli";
import type { OutputFailure } from "../i18n/cli/tool-words";
import { WorkbookError } from "../port/workbook-port";
import { PackageLimitError } from "../xlsx/package/zip-package";
import { ColumnsOptionError } from "./columns-option";

/**
 * The stable codes of `{"error": {"code", "message"}}` (`--json`). Every one but INTERNAL is
 * something the person can fix and exits 2; INTERNAL is a fault in Cermat and exits 3.
 */
export type CliErrorCode =
  | "UNKNOWN_COMMAND"
  | "BAD_OPTION"
  | "UNREADABLE_FILE"
  | "TOO_LARGE"
  | "NO_SHEETS"
  | "SHEET_NOT_FOUND"
  | "COLUMN_CHOICES_DAMAGED"
  | "NOT_A_PLAN"
  | "TAHUN_UNKNOWN"
  | "SAME_AS_INPUT"
  | "OUTPUT_EXISTS"
  | "OUTPUT_FAILED"
  | "INTERNAL";

/** A failure already put in the person's words: one line on stderr, or the JSON error document. */
export class CliError extends Error {
  constructor(
    readonly code: CliErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "CliError";
  }
}

/** The output (or the copy --in-place keeps) could not be written; `reason` is said to the person. */
export class OutputError extends Error {
  constructor(
    readonly path: string,
    readonly reason: OutputFailure,
    cause: unknown,
  ) {
    super(`Cannot write ${path}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = "OutputError";
  }
}

/**
 * Puts a failure the person can fix into words: wrong options, a file that cannot be read or
 * is too large, an output that cannot be written. `input` is the file being read, named in the
 * message. Anything else (a fault in Cermat) is `undefined`, for the caller to treat as internal.
 */
export function describeFailure(e: unknown, words: CliWords, input = ""): CliError | undefined {
  if (e instanceof CliError) return e;
  if (e instanceof ColumnsOptionError) return new CliError("BAD_OPTION", e.message);
  if (e instanceof OutputError) return new CliError("OUTPUT_FAILED", words.output.failed(e.path, e.reason));
  // The package layer's own limit error, in case it reaches us without a WorkbookError around it.
  if (e instanceof PackageLimitError) return new CliError("TOO_LARGE", words.tooLarge(input));
  if (!(e instanceof WorkbookError)) return undefined;
  switch (e.code) {
    case "TOO_LARGE":
      return new CliError("TOO_LARGE", words.tooLarge(input));
    case "SHEET_NOT_FOUND":
      return e.detail ? new CliError("SHEET_NOT_FOUND", words.sheetNotFound(e.detail, [])) : new CliError("NO_SHEETS", words.noSheets);
    case "UNREADABLE_FILE":
      return new CliError("UNREADABLE_FILE", words.unreadable(input, e.detail));
    default:
      return undefined;
  }
}
