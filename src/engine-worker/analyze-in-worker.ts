import type { SheetAnalysis } from "../engine/analyze";
import type { ColumnChoices, Grid, Settings } from "../engine/model";
import type { Analyze } from "../ui/check-workflow";
import type { CheckRequest, WorkerReply, WorkerRequest } from "./messages";
import { nextTask } from "../ui/next-task";

/**
 * Rows per message when a grid crosses to the worker. Copying a message blocks the page; a
 * 10,000-row grid in one message froze it for about 250 ms, a thousand rows at a time take a
 * few dozen, with the page free to draw and answer between them.
 */
export const ROWS_PER_MESSAGE = 1000;

/** Lets the page draw a frame and handle input before the next part is copied. */

/** Posts the request, a large grid's rows first in parts of {@link ROWS_PER_MESSAGE}. */
async function postInParts(target: WorkerLike, request: CheckRequest): Promise<void> {
  const { rows } = request.grid;
  let from = 0;
  for (; rows.length - from > ROWS_PER_MESSAGE; from += ROWS_PER_MESSAGE) {
    target.postMessage({ id: request.id, rows: rows.slice(from, from + ROWS_PER_MESSAGE) });
    await nextTask();
  }
  target.postMessage({ ...request, grid: { ...request.grid, rows: from === 0 ? rows : rows.slice(from) } });
}

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
      postInParts(target, { id, grid, settings, choices, slim }).catch(() => {
        // A grid the browser cannot copy to the worker is checked here instead (unless the
        // worker's death already sent it back to the page).
        if (!waiting.delete(id)) return;
        void rerun();
      });
    });
  };
  return { check: ask(true), full: ask(false) };
}

/** The pages' check: in a worker when the browser can start one. */
export function pageAnalyze(fallback: Analyze): WorkerAnalyze {
  return analyzeInWorker(() => new Worker(ENGINE_WORKER_URL) as unknown as WorkerLike, fallback);
}
