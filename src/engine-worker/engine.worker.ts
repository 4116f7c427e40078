/**
 * The engine in a Web Worker: the pages post a sheet's grid here and get its analysis back, so a
 * long check never blocks the page (it keeps drawing the progress and answering clicks).
 * Built as its own bundle, engine-worker.js, beside the pages (webpack.config.js).
 */
import type { WorkerReply, WorkerRequest } from "./messages";
import { workerHandler } from "./worker-handler";

// The DOM typings describe a window; in a worker, `self` is the worker's scope.
const scope = self as unknown as { onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null; postMessage(message: WorkerReply): void };

const handle = workerHandler();
scope.onmessage = (event) => {
  const reply = handle(event.data);
  if (reply) scope.postMessage(reply);
};
