/**
 * The reviewers' rekap: `cermat check FOLDER --json` on generated workbooks of realistic size (150 to
 * 1,350 rows each, like the seeds' Rencana Aksi and Pengukuran Kinerja), as a whole process, once
 * with a worker thread per core and once one file after another (CERMAT_WORKERS=1); peak memory
 * of the process (worker threads included) beside each.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { syntheticSheet } from "./synthetic-sheet";
import { xlsxBytes } from "./xlsx-bytes";

export interface RekapTiming {
  ms: number[];
  medianMs: number;
  maxRssMb: number;
}

export interface RekapBench {
  workbooks: number;
  rows: number;
  megabytes: number;
  workers: number;
  parallel: RekapTiming;
  oneByOne: RekapTiming;
  /** parallel ÷ one by one (the goal: ≤ 0.75 on 2 cores). */
  ratio: number;
  /** `cermat check FILE` once per file, one after another: how a reviewer checked a folder before. */
  perFileMs: number;
}

/** Sizes spread over the range without randomness, so two runs check the same folder. */
const rowsOf = (i: number): number => 150 + ((i * 379) % 1200);

export async function rekapBench(workbooks: number, runs: number): Promise<RekapBench> {
  const dir = mkdtempSync(join(tmpdir(), "cermat-rekap-bench-"));
  let rows = 0;
  let bytes = 0;
  for (let i = 0; i < workbooks; i++) {
    const grid = syntheticSheet(rowsOf(i));
    const file = await xlsxBytes(grid);
    writeFileSync(join(dir, `OPD ${String(i + 1).padStart(3, "0")}.xlsx`), file);
    rows += rowsOf(i);
    bytes += file.length;
  }
  // Alternate the two so that the machine's mood over the minutes falls on both alike.
  const parallel: number[] = [];
  const oneByOne: number[] = [];
  let rss = { parallel: 0, oneByOne: 0 };
  for (let r = 0; r < runs; r++) {
    const p = checkFolder(dir, {});
    const o = checkFolder(dir, { CERMAT_WORKERS: "1" });
    parallel.push(p.ms);
    oneByOne.push(o.ms);
    rss = { parallel: Math.max(rss.parallel, p.maxRssMb), oneByOne: Math.max(rss.oneByOne, o.maxRssMb) };
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const p = { ms: parallel, medianMs: median(parallel), maxRssMb: rss.parallel };
  const o = { ms: oneByOne, medianMs: median(oneByOne), maxRssMb: rss.oneByOne };
  const perFileMs = checkEachFile(dir, workbooks);
  rmSync(dir, { recursive: true, force: true });
  return { workbooks, rows, megabytes: bytes / (1 << 20), workers: availableParallelism(), parallel: p, oneByOne: o, ratio: p.medianMs / o.medianMs, perFileMs };
}

function checkFolder(dir: string, env: Record<string, string>): { ms: number; maxRssMb: number } {
  const start = performance.now();
  const result = spawnSync(process.execPath, ["--require", join(__dirname, "max-rss.js"), join(__dirname, "..", "bin", "cermat.js"), "check", dir, "--json"], {
    encoding: "utf8",
    maxBuffer: 1 << 30,
    env: { ...process.env, ...env },
  });
  const ms = performance.now() - start;
  if (result.status !== 0 && result.status !== 1) throw new Error(`cermat check ${dir} exited ${result.status}: ${result.stderr}`);
  const files = (JSON.parse(result.stdout) as { files: unknown[] }).files.length;
  if (files === 0) throw new Error(`cermat check ${dir} found no workbooks`);
  return { ms, maxRssMb: Number(/maxRssMb=(\d+)/.exec(result.stderr)?.[1] ?? NaN) };
}

/** One whole `cermat check FILE --json` process per workbook, once. */
function checkEachFile(dir: string, workbooks: number): number {
  const start = performance.now();
  for (let i = 0; i < workbooks; i++) {
    const file = join(dir, `OPD ${String(i + 1).padStart(3, "0")}.xlsx`);
    const result = spawnSync(process.execPath, [join(__dirname, "..", "bin", "cermat.js"), "check", file, "--json"], { encoding: "utf8", maxBuffer: 1 << 28 });
    if (result.status !== 0 && result.status !== 1) throw new Error(`cermat check ${file} exited ${result.status}: ${result.stderr}`);
  }
  return performance.now() - start;
}

export function printRekapBench(b: RekapBench): void {
  const s = (t: RekapTiming) => `${(t.medianMs / 1000).toFixed(2)} s (${t.ms.map((m) => (m / 1000).toFixed(2)).join(", ")}), peak ${t.maxRssMb} MB`;
  console.log(`\nRekap: cermat check FOLDER --json on ${b.workbooks} generated workbooks (${b.rows} rows, ${b.megabytes.toFixed(1)} MB), whole process`);
  console.log(`one after another (CERMAT_WORKERS=1)   ${s(b.oneByOne)}`);
  console.log(`${`in parallel (${b.workers} workers)`.padEnd(38)} ${s(b.parallel)}`);
  console.log(`parallel ÷ one after another: ${b.ratio.toFixed(2)} (goal ≤ 0.75)`);
  console.log(`one cermat check FILE per workbook (how it was done before, one run): ${(b.perFileMs / 1000).toFixed(2)} s; parallel ÷ that: ${(b.parallel.medianMs / b.perFileMs).toFixed(2)}`);
}
