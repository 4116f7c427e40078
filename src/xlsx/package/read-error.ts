/**
 * The one error the package reader throws for a file it cannot read, so callers map every
 * failure to one message. Only this, PackageLimitError and NotAWorkbookError leave the reader:
 * anything else a parser, fflate or the runtime throws is wrapped here as "corrupt".
 */
import { NotAWorkbookError } from "./workbook-parts";
import { PackageLimitError } from "./zip-package";

export type XlsxReadReason = "corrupt" | "too-many-cells";

export class XlsxReadError extends Error {
  /** What was thrown underneath (fflate's error, a malformed-XML error …), for logs. */
  readonly cause: unknown;

  constructor(
    readonly reason: XlsxReadReason,
    message: string,
    cause?: unknown,
  ) {
    super(message);
    this.name = "XlsxReadError";
    this.cause = cause;
  }
}

/** Too many cells in one sheet: reading on would cost minutes and gigabytes. */
export class TooManyCellsError extends XlsxReadError {
  constructor(
    readonly sheet: string,
    readonly cells: number,
    readonly allowed: number,
  ) {
    super("too-many-cells", `Sheet "${sheet}" holds more than ${allowed} cells (${cells})`);
    this.name = "TooManyCellsError";
  }
}

/** Runs `work`, letting the reader's own errors through and wrapping everything else as "corrupt". */
export function guarded<T>(what: string, work: () => T): T {
  try {
    return work();
  } catch (cause) {
    if (cause instanceof XlsxReadError || cause instanceof PackageLimitError || cause instanceof NotAWorkbookError) throw cause;
    const why = cause instanceof Error ? cause.message : String(cause);
    throw new XlsxReadError("corrupt", `${what}: ${why}`, cause);
  }
}
