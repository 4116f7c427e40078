import type { SheetAnalysis } from "../engine/analyze";
import type { ColumnChoices, Grid, Settings } from "../engine/model";
import type { Analyze } from "../ui/check-workflow";
import type { WorkerReply, WorkerRequest } from "./messages";

/** The worker's bundle, beside the page that starts it (webpack.config.js builds it). */
export const ENGINE_WORKER_URL = "engine-worker.js";

/** What the pane needs of a Worker (a test can hand in its own). */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** The two ways the pages ask the worker: Periksa (findings only) and the tools (every item). */
export interface WorkerAnalyze {
  /** For Periksa: the analysis without items (`slim`), quick to copy to the page. */
  check: Analyze;
  /** For the tools that plan writes from the items (Isi Capaian, Siapkan Pengukuran Kinerja). */
  full: Analyze;
}

/**
 * `analyzeSheet` run in a Web Worker, started on first use and kept for the next check. Where no
 * worker can start (an old webview, a page without the bundle) or the worker dies, the check
 * runs on the page as before: slower to answer, never lost.
 */
export function analyzeInWorker(start: () => WorkerLike, fallback: Analyze): WorkerAnalyze {
  let worker: WorkerLike | undefined;
  let broken = false;
  let nextId = 1;
  const waiting = new Map<number, { resolve(analysis: SheetAnalysis): void; reject(error: Error): void; rerun(): void }>();

  const fail = () => {
    broken = true;
    worker = undefined;
    // Checks under way when the worker died run again on the page.
    for (const [id, job] of waiting) {
      waiting.delete(id);
      job.rerun();
    }
  };

  const started = (): WorkerLike | undefined => {
    if (broken) return undefined;
    if (worker) return worker;
    try {
      worker = start();
    } catch {
      broken = true;
      return undefined;
    }
    worker.onmessage = (event) => {
      const reply = event.data;
      const job = waiting.get(reply.id);
      if (!job) return;
      waiting.delete(reply.id);
      if ("analysis" in reply) job.resolve(reply.analysis);
      else job.reject(new Error(reply.error));
    };
    worker.onerror = fail;
    return worker;
  };

  const ask = (slim: boolean) => (grid: Grid, settings: Settings, choices?: ColumnChoices) => {
    const target = started();
    if (!target) return fallback(grid, settings, choices);
    return new Promise<SheetAnalysis>((resolve, reject) => {
      const id = nextId++;
      const rerun = () => Promise.resolve(fallback(grid, settings, choices)).then(resolve, reject);
      waiting.set(id, { resolve, reject, rerun });
      try {
        target.postMessage({ id, grid, settings, choices, slim });
      } catch {
        // A grid the browser cannot copy to the worker is checked here instead.
        waiting.delete(id);
        void rerun();
      }
    });
  };
  return { check: ask(true), full: ask(false) };
}

/** The pages' check: in a worker when the browser can start one. */
export function pageAnalyze(fallback: Analyze): WorkerAnalyze {
  return analyzeInWorker(() => new Worker(ENGINE_WORKER_URL) as unknown as WorkerLike, fallback);
}
