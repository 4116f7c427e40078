/**
 * The whole analysis of every fixture workbook (and of synthetic sheets like the bench's), held
 * against a committed snapshot: a change meant to be only faster (issue 11) must leave every
 * layout, item and finding as it was. A readable digest shows what moved; a hash of everything
 * else the analysis returns (cell values, conventions, coverage) catches what the digest leaves out.
 * When a change is meant to alter findings, update the snapshot with `npx jest -u` and say why.
 */
import { createHash } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { syntheticSheet } from "../../bench/synthetic-sheet";
import { analyzeSheet, type SheetAnalysis } from "../../src/engine/analyze";
import type { Finding } from "../../src/engine/model";
import { XlsxFileWorkbook } from "../../src/xlsx/node-file";

const FIXTURES = join(__dirname, "..", "fixtures");

function xlsxFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return xlsxFiles(path);
      return name.endsWith(".xlsx") ? [path] : [];
    });
}

/** JSON with keys sorted, so the hash does not depend on the order properties were set in. */
function stable(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

const finding = (f: Finding): string => [f.code, f.severity, f.cell, f.expected ?? "", f.actual ?? "", (f.derivedFrom ?? []).join("+")].join("|");

function digest(a: SheetAnalysis) {
  return {
    sheet: a.sheet,
    recognized: a.recognized,
    ...(a.reason ? { reason: a.reason } : {}),
    tables: a.tables.map((t) => ({
      kind: t.layout.kind,
      header: `${t.layout.headerTop}-${t.layout.headerBottom}`,
      columns: t.layout.headers.map((h) => `${h.col}:${h.role ?? "-"}${h.source ? `(${h.source})` : ""}`).join(" "),
      items: t.items.length,
      rows: t.items.map((i) => `${i.firstRow}${i.lastRow !== i.firstRow ? `-${i.lastRow}` : ""}:${i.level ?? "-"}`).join(" "),
    })),
    findings: a.findings.map(finding),
    verdict: a.coverage.verdict,
    everything: createHash("sha1").update(stable(a)).digest("hex"),
  };
}

describe("the analysis of every fixture is unchanged", () => {
  it.each(xlsxFiles(FIXTURES).map((f) => [relative(FIXTURES, f), f]))("%s", async (_name, file) => {
    const workbook = await XlsxFileWorkbook.fromFile(file);
    const sheets = [];
    for (const name of await workbook.sheetNames()) sheets.push(digest(analyzeSheet(await workbook.readSheet(name))));
    expect(sheets).toMatchSnapshot();
  });

  it.each([120, 1_200])("the bench's synthetic Rencana Aksi of %i rows", (rows) => {
    expect(digest(analyzeSheet(syntheticSheet(rows)))).toMatchSnapshot();
  });

  it.each([120, 1_200])("the bench's synthetic Pengukuran Kinerja of %i rows", (rows) => {
    expect(digest(analyzeSheet(syntheticSheet(rows, "pengukuran")))).toMatchSnapshot();
  });
});
