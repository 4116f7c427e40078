/**
 * The engine in a Web Worker: the pages post a sheet's grid here and get its analysis back, so a
 * long check never blocks the page (it keeps drawing the progress and answering clicks).
 * Built as its own bundle, engine-worker.js, beside the pages (webpack.config.js).
 */
import { analyzeSheet } from "../engine/analyze";
import type { WorkerReply, WorkerRequest } from "./messages";
import { slimAnalysis } from "./slim-analysis";

// The DOM typings describe a window; in a worker, `self` is the worker's scope.
const scope = self as unknown as { onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null; postMessage(message: WorkerReply): void };

scope.onmessage = (event) => {
  const { id, grid, settings, choices, slim } = event.data;
  try {
    const analysis = analyzeSheet(grid, settings, choices);
    scope.postMessage({ id, analysis: slim ? slimAnalysis(analysis, settings) : analysis });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
};
