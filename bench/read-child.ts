/**
 * One reader timed in a process of its own, so its peak memory (maxRSS) is its own:
 * `tsx bench/read-child.ts exceljs|package FILE.xlsx RUNS` prints JSON `{ ms: number[], maxRssMb }`.
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { openXlsx } from "../src/xlsx/package/open-xlsx";
import { readSheetGrid } from "../src/xlsx/package/read-sheet";
import { XlsxWorkbook } from "../test/support/exceljs/xlsx-workbook";

async function readOnce(reader: string, bytes: Uint8Array): Promise<number> {
  if (reader === "exceljs") {
    const book = await XlsxWorkbook.fromBuffer(bytes);
    const grid = await book.readSheet((await book.sheetNames())[0]);
    return grid.rows.length;
  }
  const { pkg, parts } = openXlsx(bytes);
  return readSheetGrid(pkg, parts, parts.sheets[0]).rows.length;
}

async function main(): Promise<void> {
  const [reader, file, runs = "3"] = process.argv.slice(2);
  const bytes = new Uint8Array(readFileSync(file));
  const ms: number[] = [];
  for (let i = 0; i < Number(runs); i++) {
    const start = performance.now();
    await readOnce(reader, bytes);
    ms.push(performance.now() - start);
  }
  process.stdout.write(JSON.stringify({ ms, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
