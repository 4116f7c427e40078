/**
 * A worker thread of the batch: checks the files it is sent one at a time (so it holds at most one
 * workbook in memory) and answers each with its outcome. Bundled as dist-cli/check-worker.js.
 */
import { parentPort } from "node:worker_threads";
import { checkOne } from "./check-one";
import type { WorkerAnswer, WorkerTask } from "./worker-messages";

const port = parentPort;
if (!port) throw new Error("check-worker runs only as a worker thread");
port.on("message", (task: WorkerTask) => {
  void checkOne(task.file, task.lang).then((outcome) => port.postMessage({ index: task.index, outcome } satisfies WorkerAnswer));
});
