import type { Lang } from "../../i18n/format";
import type { FileOutcome } from "../../report/rekap";

/** The main thread → a worker: check this file (its place in the batch comes back with the answer). */
export interface WorkerTask {
  index: number;
  file: string;
  lang: Lang;
}

export interface WorkerAnswer {
  index: number;
  outcome: FileOutcome;
}
