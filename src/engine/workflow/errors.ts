export type WorkflowErrorCode = "NOT_A_PLAN" | "TAHUN_UNKNOWN";

/** A workflow step that cannot run on this sheet; `message` says why in Indonesian and English. */
export class WorkflowError extends Error {
  constructor(
    readonly code: WorkflowErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "WorkflowError";
  }
}
