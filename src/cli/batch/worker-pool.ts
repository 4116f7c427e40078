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
  onProgress?: (progress: BatchProgress) => void;
}

/** `CERMAT_WORKERS` when set to a whole number ≥ 1, otherwise one per core. */
export function workerCount(env: Record<string, string | undefined>): number {
  const asked = Number(env.CERMAT_WORKERS);
  return Number.isInteger(asked) && asked >= 1 ? asked : availableParallelism();
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
    await Promise.all(Array.from({ length: workers }, () => runWorker(take, finished, lang)));
  }
  return outcomes;
}

/**
 * One worker's life: file after file until none is left. A worker that dies (out of memory, a
 * crash) turns its file into a failure and is replaced, so the batch always finishes.
 */
function runWorker(take: () => WorkerTask | undefined, finished: (index: number, outcome: FileOutcome) => void, lang: Lang): Promise<void> {
  return new Promise((resolve) => {
    let task = take();
    /** A worker that takes `task` and then the next ones, until none is left. */
    const start = (): void => {
      if (!task) return resolve();
      const worker = startWorker();
      worker.on("message", (answer: WorkerAnswer) => {
        finished(answer.index, answer.outcome);
        task = take();
        if (task) worker.postMessage(task);
        else void worker.terminate().then(() => resolve());
      });
      worker.on("error", (e) => {
        if (!task) return;
        finished(task.index, { file: task.file, failure: { code: "INTERNAL", message: cliWords(lang).internalError(`${task.file}: ${e.message}`) } });
        void worker.terminate();
        task = take();
        start();
      });
      worker.postMessage(task);
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
