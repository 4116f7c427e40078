/**
 * The engine timed in a process of its own: `node build/bench/engine-child.js ROWS KIND RUNS WARMUPS [floor]`
 * (the bundle bench/webpack.config.js makes, built as the product is) or, from the sources,
 * `node --import tsx bench/engine-child.ts …`. Prints JSON: items, findings, each phase's timing,
 * the runs' totals and the first run's findings (the .xlsx part of the bench marks them).
 */
import { performance } from "node:perf_hooks";
import { detectConventions } from "../src/engine/capaian";
import { buildItems } from "../src/engine/items";
import { recognizeLayout } from "../src/engine/layout";
import { DEFAULT_SETTINGS, type Grid } from "../src/engine/model";
import { withTextScope } from "../src/engine/remembered";
import { runRules } from "../src/engine/rules";
import { modelFloor } from "./model-floor";
import { syntheticSheet } from "./synthetic-sheet";
import { cpuMs, timing, type Timing } from "./timing";

const PHASES = ["layout", "items", "conventions", "rules"] as const;
type Phase = (typeof PHASES)[number];

export interface EngineTiming {
  items: number;
  findings: number;
  phases: Record<Phase, Timing>;
  total: Timing;
  findingsList: ReturnType<typeof runRules>;
}

/**
 * One check of the sheet per run, its phases timed one after another inside one text memory, as
 * analyzeSheet runs them: what the formula conventions work out of a row (its capaian walks) the
 * rules find again, and nothing one run works out is found by the next. The total is each run's
 * own sum (its median, not the sum of the phases' medians).
 */
function engine(grid: Grid, runs: number, warmups: number): EngineTiming {
  const once = () =>
    withTextScope(() => {
      const marks: number[] = [performance.now()];
      const cpu: number[] = [cpuMs()];
      const step = () => {
        marks.push(performance.now());
        cpu.push(cpuMs());
      };
      const table = recognizeLayout(grid).tables[0];
      step();
      const items = buildItems(grid, table);
      step();
      const conventions = detectConventions(items, DEFAULT_SETTINGS);
      step();
      const findings = runRules({ grid, table: { layout: table, items, conventions }, settings: DEFAULT_SETTINGS });
      step();
      return { items, findings, marks, cpu };
    });
  const first = once();
  for (let i = 1; i < warmups; i++) once();
  const samples = PHASES.map(() => ({ wall: [] as number[], cpu: [] as number[] }));
  const totals = { wall: [] as number[], cpu: [] as number[] };
  for (let run = 0; run < runs; run++) {
    const { marks, cpu } = once();
    PHASES.forEach((_, p) => {
      samples[p].wall.push(marks[p + 1] - marks[p]);
      samples[p].cpu.push(cpu[p + 1] - cpu[p]);
    });
    totals.wall.push(marks[PHASES.length] - marks[0]);
    totals.cpu.push(cpu[PHASES.length] - cpu[0]);
  }
  const phases = Object.fromEntries(PHASES.map((name, p) => [name, timing(samples[p].wall, samples[p].cpu)])) as Record<Phase, Timing>;
  return { items: first.items.length, findings: first.findings.length, phases, total: timing(totals.wall, totals.cpu), findingsList: first.findings };
}

const [rows, kind, runs, warmups, what] = process.argv.slice(2);
const grid = syntheticSheet(Number(rows), kind === "pengukuran" ? "pengukuran" : "rencana-aksi");
// `floor`: what keeping the table's cells costs with no reading at all (bench/model-floor.ts).
const result = what === "floor" ? modelFloor(grid, recognizeLayout(grid).tables[0], Number(runs), Number(warmups)) : engine(grid, Number(runs), Number(warmups));
process.stdout.write(JSON.stringify(result));
