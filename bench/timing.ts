/** Wall-clock and CPU samples of the bench, summarised the same way in every table. */
import { performance } from "node:perf_hooks";

export interface Timing {
  min: number;
  median: number;
  max: number;
  /** Median CPU time of the process (user + system, all its threads: GC included), ms. */
  cpuMedian?: number;
}

export const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Min, median and max of the wall-clock samples, median of the CPU ones. */
export function timing(samples: number[], cpu: number[]): Timing {
  const wall = [...samples].sort((a, b) => a - b);
  const cpuSorted = [...cpu].sort((a, b) => a - b);
  const mid = Math.floor(wall.length / 2);
  return { min: wall[0], median: wall[mid], max: wall[wall.length - 1], cpuMedian: cpuSorted[mid] };
}

/**
 * Runs `work` once to warm up (when timed more than once), then `runs` times; milliseconds, wall
 * clock and CPU (on a shared machine other processes stretch the first, hardly the second).
 */
export async function time(runs: number, work: () => unknown): Promise<Timing> {
  if (runs > 1) await work();
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const startCpu = cpuMs();
    await work();
    samples.push(performance.now() - start);
    cpu.push(cpuMs() - startCpu);
  }
  return timing(samples, cpu);
}
