/** The batch's progress as one terminal line: a bar, files done of all, and the time left once it can be told. */
import type { CliWords } from "../../i18n/cli";
import type { BatchProgress } from "./worker-pool";

const WIDTH = 20;

export function progressLine(p: BatchProgress, words: CliWords): string {
  const filled = p.total === 0 ? WIDTH : Math.round((p.done / p.total) * WIDTH);
  const left = p.done > 0 && p.done < p.total ? (p.elapsedMs / p.done) * (p.total - p.done) : undefined;
  return `[${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}] ${words.batch.progress(p.done, p.total, left)}`;
}
