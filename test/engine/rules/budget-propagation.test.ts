/**
 * One wrong cell, several mismatching sums: the cell is the error, the rest derive from it.
 * Table-driven over how the rows above the wrong cell were filled (typed or summed by formula).
 */
import type { Finding } from "../../../src/engine/model";
import { budgetChildSum } from "../../../src/engine/rules/budget-child-sum";
import { budgetPeriodSum } from "../../../src/engine/rules/budget-period-sum";
import { budgetTotalSum } from "../../../src/engine/rules/budget-total-sum";
import { PENGAWASAN_BLOCK, pengawasanWith } from "./support/pengawasan";
import { table, type ItemSpec } from "./support/table";

function budget(rows: ItemSpec[]): Array<Pick<Finding, "code" | "severity" | "cell" | "expected" | "actual" | "difference" | "derivedFrom">> {
  const ctx = table(rows);
  return [budgetPeriodSum, budgetChildSum, budgetTotalSum]
    .flatMap((rule) => rule.run(ctx))
    .map(({ code, severity, cell, expected, actual, difference, derivedFrom }) => ({ code, severity, cell, expected, actual, difference, ...(derivedFrom ? { derivedFrom } : {}) }));
}

describe("budget mismatches that follow from one wrong cell", () => {
  it("finds nothing in the block as Lombok Tengah typed it", () => {
    expect(budget(PENGAWASAN_BLOCK)).toEqual([]);
  });

  it("pins a sub kegiatan's wrong TW III when its kegiatan was typed correctly", () => {
    // Pemeriksaan Kepatuhan keeps its annual 137,165,110 (its kegiatan's share) but TW III reads 1,000,000 too much.
    const rows = pengawasanWith({ 21: { anggaran_tw3: "82,112,500" } });
    expect(budget(rows)).toEqual([
      { code: "BUDGET_PERIOD_SUM", severity: "error", cell: "N21", expected: 81112500, actual: 82112500, difference: 1000000 },
      { code: "BUDGET_CHILD_SUM", severity: "warning", cell: "N14", expected: 82112500, actual: 81112500, difference: -1000000, derivedFrom: ["N21"] },
    ]);
  });

  it("pins two sub kegiatan wrong in the same quarter that together make their kegiatan's gap", () => {
    const rows = pengawasanWith({ 20: { anggaran_tw3: "500,000" }, 21: { anggaran_tw3: "82,112,500" } });
    expect(budget(rows)).toEqual([
      { code: "BUDGET_PERIOD_SUM", severity: "error", cell: "N20", expected: 0, actual: 500000, difference: 500000 },
      { code: "BUDGET_PERIOD_SUM", severity: "error", cell: "N21", expected: 81112500, actual: 82112500, difference: 1000000 },
      { code: "BUDGET_CHILD_SUM", severity: "warning", cell: "N14", expected: 82612500, actual: 81112500, difference: -1500000, derivedFrom: ["N20", "N21"] },
    ]);
  });

  it("pins it through kegiatan and program that sum by formula, up to the typed Jumlah", () => {
    const rows = pengawasanWith({
      21: { anggaran_tw3: "82,112,500" },
      14: { anggaran_tw3: "82,112,500" },
      13: { anggaran_tw3: "82,112,500" },
    });
    expect(budget(rows)).toEqual([
      { code: "BUDGET_PERIOD_SUM", severity: "warning", cell: "K13", expected: 202761056, actual: 201761056, difference: -1000000, derivedFrom: ["N21"] },
      { code: "BUDGET_PERIOD_SUM", severity: "warning", cell: "K14", expected: 202761056, actual: 201761056, difference: -1000000, derivedFrom: ["N21"] },
      { code: "BUDGET_PERIOD_SUM", severity: "error", cell: "N21", expected: 81112500, actual: 82112500, difference: 1000000 },
      { code: "BUDGET_TOTAL_SUM", severity: "warning", cell: "N26", expected: 91787562, actual: 90787562, difference: -1000000, derivedFrom: ["N21"] },
    ]);
  });

  it("keeps the row as the root when every sum above carried the error (nothing says which quarter)", () => {
    const rows = pengawasanWith({
      21: { anggaran_tw3: "82,112,500" },
      14: { anggaran_tw3: "82,112,500" },
      13: { anggaran_tw3: "82,112,500" },
      26: { anggaran_tw3: "91,787,562" },
    });
    expect(budget(rows)).toEqual([
      { code: "BUDGET_PERIOD_SUM", severity: "warning", cell: "K13", expected: 202761056, actual: 201761056, difference: -1000000, derivedFrom: ["K21"] },
      { code: "BUDGET_PERIOD_SUM", severity: "warning", cell: "K14", expected: 202761056, actual: 201761056, difference: -1000000, derivedFrom: ["K21"] },
      { code: "BUDGET_PERIOD_SUM", severity: "error", cell: "K21", expected: 138165110, actual: 137165110, difference: -1000000 },
      { code: "BUDGET_PERIOD_SUM", severity: "warning", cell: "K26", expected: 242438080, actual: 241438080, difference: -1000000, derivedFrom: ["K21"] },
    ]);
  });

  it("pins a kegiatan's mistyped annual: its children and its program agree on the right amount", () => {
    const rows = pengawasanWith({ 14: { anggaran: "210,761,056" } });
    expect(budget(rows)).toEqual([
      { code: "BUDGET_PERIOD_SUM", severity: "error", cell: "K14", expected: 201761056, actual: 210761056, difference: 9000000 },
      { code: "BUDGET_CHILD_SUM", severity: "warning", cell: "K13", expected: 210761056, actual: 201761056, difference: -9000000, derivedFrom: ["K14"] },
      { code: "BUDGET_CHILD_SUM", severity: "warning", cell: "K14", expected: 201761056, actual: 210761056, difference: 9000000, derivedFrom: ["K14"] },
    ]);
  });

  it("pins a program's mistyped quarter and links the Jumlah to it", () => {
    const rows = pengawasanWith({ 13: { anggaran_tw2: "117,799,000" } });
    expect(budget(rows)).toEqual([
      { code: "BUDGET_PERIOD_SUM", severity: "error", cell: "M13", expected: 117799392, actual: 117799000, difference: -392 },
      { code: "BUDGET_CHILD_SUM", severity: "warning", cell: "M13", expected: 117799392, actual: 117799000, difference: -392, derivedFrom: ["M13"] },
      { code: "BUDGET_TOTAL_SUM", severity: "warning", cell: "M26", expected: 137114000, actual: 137114392, difference: 392, derivedFrom: ["M13"] },
    ]);
  });

  it("keeps a Jumlah that matches nothing as its own error, per column", () => {
    const rows = pengawasanWith({ 26: { anggaran: "241,438,800", anggaran_tw4: "720" } });
    expect(budget(rows)).toEqual([
      { code: "BUDGET_TOTAL_SUM", severity: "error", cell: "K26", expected: 241438080, actual: 241438800, difference: 720 },
      { code: "BUDGET_TOTAL_SUM", severity: "error", cell: "O26", expected: 0, actual: 720, difference: 720 },
    ]);
  });

  it("does not call a gap derived when the wrong child explains only part of it", () => {
    // The sub kegiatan is 1,000,000 too high in TW III, and the kegiatan's own TW III is off by another 300,000.
    const rows = pengawasanWith({ 21: { anggaran_tw3: "82,112,500" }, 14: { anggaran_tw3: "81,412,500" } });
    const findings = budget(rows);
    expect(findings.filter((f) => f.severity === "error")).toEqual([
      { code: "BUDGET_PERIOD_SUM", severity: "error", cell: "N14", expected: 81112500, actual: 81412500, difference: 300000 },
      { code: "BUDGET_PERIOD_SUM", severity: "error", cell: "K21", expected: 138165110, actual: 137165110, difference: -1000000 },
      { code: "BUDGET_CHILD_SUM", severity: "error", cell: "N14", expected: 82112500, actual: 81412500, difference: -700000 },
    ]);
    expect(findings.filter((f) => f.severity === "warning")).toEqual([
      { code: "BUDGET_CHILD_SUM", severity: "warning", cell: "N13", expected: 81412500, actual: 81112500, difference: -300000, derivedFrom: ["N14"] },
    ]);
  });
});
