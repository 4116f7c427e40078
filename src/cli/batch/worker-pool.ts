/**
 * Checks a batch of workbooks across the machine's cores: one worker thread per core, each given
 * the next file when it answers the last, so a worker never holds more than one workbook. The
 * outcomes come back in the order of the files, whichever finished first.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { cliWords } from "../../i18n/cli";
import type { Lang } from "../../i18n/format";
import type { FileOutcome } from "../../report/rekap";
import { checkOne } from "./check-one";
import type { WorkerAnswer, WorkerTask } from "./worker-messages";

export interface BatchProgress {
  done: number;
  total: number;
  elapsedMs: number;
}

export interface PoolOptions {
  /** Worker threads; 1 checks in this thread, one file after another. */
  workers: number;
  /**
   * How long a worker may take over one file before it is stopped and the file reported as not
   * checked (a workbook that makes the reader or the engine hang must not hold the batch). Worker
   * threads only: a check in this thread cannot be interrupted.
   */
  fileTimeoutMs?: number;
  onProgress?: (progress: BatchProgress) => void;
}

/** `CERMAT_WORKERS` when set to a whole number ≥ 1, otherwise one per core. */
export function workerCount(env: Record<string, string | undefined>): number {
  const asked = Number(env.CERMAT_WORKERS);
  return Number.isInteger(asked) && asked >= 1 ? asked : availableParallelism();
}

/** Five minutes: twenty times what a 100,000-row workbook takes here, so only a hang reaches it. */
export const DEFAULT_FILE_TIMEOUT_S = 300;

/** `CERMAT_FILE_TIMEOUT` in seconds when set to a number > 0, otherwise {@link DEFAULT_FILE_TIMEOUT_S}. */
export function fileTimeoutMs(env: Record<string, string | undefined>): number {
  const asked = Number(env.CERMAT_FILE_TIMEOUT);
  return (env.CERMAT_FILE_TIMEOUT !== undefined && Number.isFinite(asked) && asked > 0 ? asked : DEFAULT_FILE_TIMEOUT_S) * 1000;
}

export async function checkAll(files: readonly string[], lang: Lang, options: PoolOptions): Promise<FileOutcome[]> {
  const started = Date.now();
  const outcomes: FileOutcome[] = new Array<FileOutcome>(files.length);
  let done = 0;
  const finished = (index: number, outcome: FileOutcome) => {
    outcomes[index] = outcome;
    done++;
    options.onProgress?.({ done, total: files.length, elapsedMs: Date.now() - started });
  };
  options.onProgress?.({ done: 0, total: files.length, elapsedMs: 0 });
  const workers = Math.min(options.workers, files.length);
  if (workers <= 1) {
    for (let i = 0; i < files.length; i++) finished(i, await checkOne(files[i], lang));
  } else {
    let next = 0;
    const take = (): WorkerTask | undefined => (next < files.length ? { index: next, file: files[next++], lang } : undefined);
    await Promise.all(Array.from({ length: workers }, () => runWorker(take, finished, lang, options.fileTimeoutMs)));
  }
  return outcomes;
}

/**
 * One worker's life: file after file until none is left. A worker that dies (out of memory, a
 * crash) or takes longer than `timeoutMs` over one file turns that file into a failure and is
 * replaced, so the batch always finishes.
 */
function runWorker(
  take: () => WorkerTask | undefined,
  finished: (index: number, outcome: FileOutcome) => void,
  lang: Lang,
  timeoutMs: number | undefined,
): Promise<void> {
  return new Promise((resolve) => {
    let task = take();
    /** A worker that takes `task` and then the next ones, until none is left. */
    const start = (): void => {
      if (!task) return resolve();
      const worker = startWorker();
      let timer: NodeJS.Timeout | undefined;
      const send = (next: WorkerTask): void => {
        worker.postMessage(next);
        if (timeoutMs !== undefined) timer = setTimeout(() => giveUp(next, "TIMEOUT", cliWords(lang).batch.tooSlow(next.file, timeoutMs)), timeoutMs);
      };
      /** The file is reported as not checked; a new worker goes on with the next one. */
      const giveUp = (failed: WorkerTask, code: string, message: string): void => {
        clearTimeout(timer);
        if (task !== failed) return;
        finished(failed.index, { file: failed.file, failure: { code, message } });
        worker.removeAllListeners();
        // An error after this (the worker torn down mid-file) is no news: this file is already reported.
        worker.on("error", () => undefined);
        void worker.terminate();
        task = take();
        start();
      };
      worker.on("message", (answer: WorkerAnswer) => {
        clearTimeout(timer);
        finished(answer.index, answer.outcome);
        task = take();
        if (task) send(task);
        else void worker.terminate().then(() => resolve());
      });
      worker.on("error", (e) => {
        if (task) giveUp(task, "INTERNAL", cliWords(lang).internalError(`${task.file}: ${e.message}`));
      });
      send(task);
    };
    start();
  });
}

/** The bundled worker next to the bundled command line; from the sources, the TypeScript one through tsx. */
function startWorker(): Worker {
  const bundled = join(__dirname, "check-worker.js");
  if (existsSync(bundled)) return new Worker(bundled);
  return new Worker(join(__dirname, "check-worker.ts"), { execArgv: [...process.execArgv, "--require", "tsx/cjs"] });
}
