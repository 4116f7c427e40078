/**
 * `node --expose-gc --import tsx bench/retained.ts [rencana-aksi|pengukuran] [ROWS]`: what one check
 * keeps in memory after each phase (layout, items, conventions, rules) of the bench's synthetic
 * sheet, in one text memory as `analyzeSheet` runs them: heap used after two full collections,
 * minus the heap before the phase. What a check keeps is what V8 copies out of its young generation
 * and marks, so it is most of the collector's work; printed twice, the second run warm.
 */
import { detectConventions } from "../src/engine/capaian";
import { buildItems } from "../src/engine/items";
import { recognizeLayout } from "../src/engine/layout";
import { DEFAULT_SETTINGS } from "../src/engine/model";
import { withTextScope } from "../src/engine/remembered";
import { RULES } from "../src/engine/rules";
import { syntheticSheet } from "./synthetic-sheet";

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("Run with node --expose-gc");
const kind = process.argv[2] === "rencana-aksi" ? "rencana-aksi" : "pengukuran";
const rows = Number(process.argv[3] ?? 10_000);
const grid = syntheticSheet(rows, kind);
const heapMB = (): number => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1e6;
};
for (let run = 0; run < 2; run++) {
  const before = heapMB();
  withTextScope(() => {
    const layout = recognizeLayout(grid).tables[0];
    const afterLayout = heapMB();
    const items = buildItems(grid, layout);
    const afterItems = heapMB();
    const conventions = detectConventions(items, DEFAULT_SETTINGS);
    const afterConventions = heapMB();
    const ctx = { grid, table: { layout, items, conventions }, settings: DEFAULT_SETTINGS };
    const findings = RULES.flatMap((rule) => rule.run(ctx)).length;
    const afterRules = heapMB();
    const mb = (n: number): string => n.toFixed(1);
    console.log(
      `${kind}, ${rows} rows, ${findings} findings, MB kept: layout ${mb(afterLayout - before)}, items ${mb(afterItems - afterLayout)}, conventions ${mb(afterConventions - afterItems)}, rules ${mb(afterRules - afterConventions)}`,
    );
  });
}
