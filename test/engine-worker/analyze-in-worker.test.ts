import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeSheet, type SheetAnalysis } from "../../src/engine/analyze";
import { DEFAULT_SETTINGS, type Grid } from "../../src/engine/model";
import { analyzeInWorker, ROWS_PER_MESSAGE, type WorkerLike } from "../../src/engine-worker/analyze-in-worker";
import type { CheckRequest, WorkerReply, WorkerRequest } from "../../src/engine-worker/messages";
import { workerHandler } from "../../src/engine-worker/worker-handler";
import { slimAnalysis } from "../../src/engine-worker/slim-analysis";
import { withCrossSheetFindings } from "../../src/engine/workbook/cross-sheet";
import { buildLombokWithPk } from "../engine/workbook/lombok-pk";
import { indicatorsOf } from "../../src/ui/SettingsView";
import { PackageWorkbook } from "../../src/xlsx/package-workbook";

const FIXTURES = join(__dirname, "..", "fixtures");
const FILES = readdirSync(FIXTURES).filter((f) => f.endsWith(".xlsx"));

async function grids(file: string): Promise<Grid[]> {
  const workbook = await PackageWorkbook.fromBuffer(readFileSync(join(FIXTURES, file)));
  return Promise.all((await workbook.sheetNames()).map((name) => workbook.readSheet(name)));
}

/**
 * What crosses to a worker and back must arrive whole: plain objects, arrays, Maps and Sets only
 * (structured clone drops methods and prototypes). Returns the paths of anything else.
 */
function notCloneable(value: unknown, path = "analysis", out: string[] = []): string[] {
  if (typeof value === "function" || typeof value === "symbol") out.push(`${path}: ${typeof value}`);
  if (value === null || typeof value !== "object") return out;
  const proto = Object.getPrototypeOf(value);
  if (Array.isArray(value)) value.forEach((v, i) => notCloneable(v, `${path}[${i}]`, out));
  else if (value instanceof Map) [...value].forEach(([k, v]) => notCloneable(v, `${path}.get(${String(k)})`, out));
  else if (value instanceof Set) [...value].forEach((v, i) => notCloneable(v, `${path}{${i}}`, out));
  else if (proto !== Object.prototype && proto !== null) out.push(`${path}: ${proto?.constructor?.name ?? "unknown"} instance`);
  else for (const [k, v] of Object.entries(value)) notCloneable(v, `${path}.${k}`, out);
  return out;
}

/** A worker in the same process: the request and the reply cross a structured clone, as they would. */
class InProcessWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  /** The check requests, and every message (rows sent ahead included). */
  readonly received: CheckRequest[] = [];
  readonly messages: WorkerRequest[] = [];
  private readonly handle = workerHandler();
  constructor(private readonly behaviour: "answer" | "die" = "answer") {}
  postMessage(message: WorkerRequest): void {
    const request = structuredClone(message);
    this.messages.push(request);
    if ("grid" in request) this.received.push(request);
    setTimeout(() => {
      if (this.behaviour === "die") return this.onerror?.({ message: "worker crashed" } as ErrorEvent);
      const reply = this.handle(request);
      if (reply) this.onmessage?.({ data: structuredClone(reply) } as MessageEvent<WorkerReply>);
    }, 0);
  }
}

describe("the engine in a Web Worker", () => {
  it.each(FILES)("%s: every sheet's analysis is plain data, so it crosses to the page whole", async (file) => {
    for (const grid of await grids(file)) {
      const analysis = analyzeSheet(grid, DEFAULT_SETTINGS);
      expect({ sheet: grid.sheetName, problems: notCloneable(analysis).slice(0, 5) }).toEqual({ sheet: grid.sheetName, problems: [] });
      expect(structuredClone(analysis)).toEqual(analysis);
    }
  });

  it("answers each check with its own analysis, also when two are under way", async () => {
    const [bone] = await grids("bone.xlsx");
    const [lombok] = await grids("lombok-tengah.xlsx");
    const worker = new InProcessWorker();
    const analyze = analyzeInWorker(() => worker, analyzeSheet).full;
    const [a, b] = (await Promise.all([analyze(bone, DEFAULT_SETTINGS), analyze(lombok, DEFAULT_SETTINGS, { K: "none" })])) as SheetAnalysis[];
    expect(a).toEqual(analyzeSheet(bone, DEFAULT_SETTINGS));
    expect(b).toEqual(analyzeSheet(lombok, DEFAULT_SETTINGS, { K: "none" }));
    expect(worker.received.map((r) => r.grid.sheetName)).toEqual([bone.sheetName, lombok.sheetName]);
  });

  it("sends Periksa's analysis without items: findings, coverage and the pane's indicator list stay whole", async () => {
    const [bone] = await grids("bone.xlsx");
    const settings = { ...DEFAULT_SETTINGS, polarity: { "persentase koperasi aktif": "negative" as const } };
    const full = analyzeSheet(bone, settings);
    const slim = (await analyzeInWorker(() => new InProcessWorker(), analyzeSheet).check(bone, settings)) as SheetAnalysis;
    expect(slim.slim).toBe(true);
    // A Pengukuran Kinerja keeps, of each item, only what the workbook-level check compares.
    const kept = new Set(slim.tables.flatMap((t) => t.items.flatMap((i) => [...Object.keys(i.cells), ...Object.keys(i.inherited)])));
    expect([...kept].sort()).toEqual(["anggaran", "indikator", "target"].filter((r) => kept.has(r)));
    expect(kept.has("indikator")).toBe(true);
    expect({ findings: slim.findings, coverage: slim.coverage, layouts: slim.tables.map((t) => t.layout), conventions: slim.tables.map((t) => t.conventions) }).toEqual({
      findings: full.findings,
      coverage: full.coverage,
      layouts: full.tables.map((t) => t.layout),
      conventions: full.tables.map((t) => t.conventions),
    });
    // The settings tab lists the same indicators, with the same polarity, from either.
    expect(indicatorsOf(slim, settings)).toEqual(indicatorsOf(full, settings));
    expect(indicatorsOf(full, settings).length).toBeGreaterThan(10);
    expect(JSON.stringify(slim).length).toBeLessThan(JSON.stringify(full).length / 2);
  });

  it("keeps of the items exactly what the workbook-level check needs: the same findings from slim analyses as from whole ones", async () => {
    // Lombok Tengah's Rencana Aksi with its Perjanjian Kinerja disagreeing on a target and the Jumlah.
    const { workbook } = buildLombokWithPk({ targets: { 11: "20%" }, jumlahOffset: 1_000_000 });
    const book = await PackageWorkbook.fromBuffer(new Uint8Array(await workbook.xlsx.writeBuffer()));
    const workbooks = [await Promise.all((await book.sheetNames()).map((name) => book.readSheet(name)))];
    for (const fixture of ["buleleng.xlsx", "bone.xlsx", "tangerang-evaluasi-renja-full-errors.xlsx"]) workbooks.push(await grids(fixture));
    let compared = 0;
    for (const sheets of workbooks) {
      const full = sheets.map((grid) => analyzeSheet(grid, DEFAULT_SETTINGS));
      const slim = full.map((a) => slimAnalysis(a, DEFAULT_SETTINGS));
      expect(withCrossSheetFindings(slim).map((a) => a.findings)).toEqual(withCrossSheetFindings(full).map((a) => a.findings));
      compared += withCrossSheetFindings(full).flatMap((a) => a.findings).filter((f) => f.code === "CROSS_SHEET_TARGET").length;
      // Only the items that check reads cross: none without the cells it compares.
      for (const item of slim.flatMap((a) => a.tables.flatMap((t) => t.items))) {
        expect(item.kind === "total" ? item.cells.anggaran : item.cells.target && item.cells.indikator).toBeDefined();
      }
    }
    expect(compared).toBe(4);
  });

  it("a sheet that is no SAKIP document crosses without any item", async () => {
    const [other] = await grids("not-rencana-aksi.xlsx");
    const [renstra] = await grids("sumedang-bkpsdm-renstra.xlsx");
    const check = analyzeInWorker(() => new InProcessWorker(), analyzeSheet).check;
    for (const grid of [other, renstra]) {
      const slim = (await check(grid, DEFAULT_SETTINGS)) as SheetAnalysis;
      expect(slim.tables.flatMap((t) => t.items)).toEqual([]);
    }
  });

  it("checks on the page when no worker can start, and when the worker dies mid-check", async () => {
    const [bone] = await grids("bone.xlsx");
    const expected = analyzeSheet(bone, DEFAULT_SETTINGS);
    const noWorker = analyzeInWorker(() => {
      throw new Error("Worker is not defined");
    }, analyzeSheet).full;
    expect(await noWorker(bone, DEFAULT_SETTINGS)).toEqual(expected);

    const dying = new InProcessWorker("die");
    const analyze = analyzeInWorker(() => dying, analyzeSheet).full;
    expect(await analyze(bone, DEFAULT_SETTINGS)).toEqual(expected);
    // After a death the page does the work itself; the dead worker gets nothing more.
    expect(await analyze(bone, DEFAULT_SETTINGS)).toEqual(expected);
    expect(dying.received).toHaveLength(1);
  });

  it("sends a large grid a thousand rows at a time, letting the page run between the parts", async () => {
    const [lombok] = await grids("lombok-tengah.xlsx");
    // The plan's rows repeated to 2,500 rows: three parts.
    const rows = Array.from({ length: 2500 }, (_, r) => lombok.rows[r < 8 ? r : 8 + ((r - 8) % (lombok.rows.length - 8))]);
    const big: Grid = { ...lombok, rows };
    const worker = new InProcessWorker();
    const analyze = analyzeInWorker(() => worker, analyzeSheet).full;
    const pageTurns: number[] = [];
    const checking = analyze(big, DEFAULT_SETTINGS);
    setTimeout(() => pageTurns.push(worker.messages.length), 0);
    const analysis = await checking;
    expect(analysis).toEqual(analyzeSheet(big, DEFAULT_SETTINGS));
    expect(worker.messages.map((m) => ("grid" in m ? m.grid.rows.length : m.rows.length))).toEqual([ROWS_PER_MESSAGE, ROWS_PER_MESSAGE, 500]);
    // The page's own task ran after the first part was sent and before the last.
    expect(pageTurns[0]).toBeGreaterThanOrEqual(1);
    expect(pageTurns[0]).toBeLessThan(3);
  });

  it("passes an engine error on as an error, not a hang", async () => {
    const failing: WorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage(message) {
        setTimeout(() => failing.onmessage?.({ data: { id: message.id, error: "TooManyCellsError: 6,000,000 cells" } } as MessageEvent<WorkerReply>), 0);
      },
    };
    const analyze = analyzeInWorker(() => failing, analyzeSheet).check;
    await expect(analyze({ sheetName: "S", rows: [], merges: [], hiddenRows: [], hiddenCols: [] }, DEFAULT_SETTINGS)).rejects.toThrow("TooManyCellsError");
  });
});
