/**
 * `npx tsx bench/analyze-sheet.ts [ROWS] [rencana-aksi|pengukuran]`: the whole check of one sheet
 * (`analyzeSheet`: formulas, layout, items, conventions, rules, coverage) on the bench's synthetic
 * sheet, nine times in one process: the first run (V8 still compiling, as in a fresh command line)
 * and the median of the rest. To compare two versions side by side, bundle this file against each
 * checkout with esbuild and run the two alternately.
 */
import { performance } from "node:perf_hooks";
import { analyzeSheet } from "../src/engine/analyze";
import { syntheticSheet } from "./synthetic-sheet";

const rows = Number(process.argv[2] ?? 10_000);
const kind = process.argv[3] === "pengukuran" ? "pengukuran" : "rencana-aksi";
const grid = syntheticSheet(rows, kind);
const times: number[] = [];
let findings = 0;
for (let i = 0; i < 9; i++) {
  const start = performance.now();
  findings = analyzeSheet(grid).findings.length;
  times.push(performance.now() - start);
}
const rest = times.slice(1).sort((a, b) => a - b);
console.log(`${kind}, ${rows} rows, ${findings} findings: first ${times[0].toFixed(0)} ms, then min ${rest[0].toFixed(0)} / median ${rest[Math.floor(rest.length / 2)].toFixed(0)} ms`);
