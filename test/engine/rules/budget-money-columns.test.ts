import type { Finding } from "../../../src/engine/model";
import type { RuleContext } from "../../../src/engine/rules";
import { budgetChildSum } from "../../../src/engine/rules/budget-child-sum";
import { budgetPeriodSum } from "../../../src/engine/rules/budget-period-sum";
import { budgetTotalSum } from "../../../src/engine/rules/budget-total-sum";
import { renderFinding } from "../../../src/i18n";
import { sheet } from "../../support/grid-builder";
import { gridTable } from "./support/grid-table";
import { realisasiTw, REALISASI_TW_FORMATS, REALISASI_TW_MERGES } from "./support/realisasi-tw";

function budgetFindings(ctx: RuleContext): Finding[] {
  return [budgetPeriodSum, budgetChildSum, budgetTotalSum].flatMap((rule) => rule.run(ctx)).sort((a, b) => a.row - b.row || a.col - b.col || a.code.localeCompare(b.code));
}

/** The Pengukuran Kinerja of support/realisasi-tw.ts as the layout reads it: anggaran in G, realisasi anggaran TW I–IV in H:K and the year's in L. */
function realisasiTable(changes: Parameters<typeof realisasiTw>[0] = [], formulas: Record<string, string> = {}): RuleContext {
  const grid = sheet(realisasiTw(changes), { merges: REALISASI_TW_MERGES, formats: REALISASI_TW_FORMATS, formulas });
  return gridTable(grid, {
    header: [4, 5],
    data: [6, 12],
    columns: {
      no: 0, kode: 1, program: 2, indikator: 3, satuan: 4, target: 5, anggaran: 6,
      realisasi_anggaran_tw1: 7, realisasi_anggaran_tw2: 8, realisasi_anggaran_tw3: 9, realisasi_anggaran_tw4: 10, realisasi_anggaran: 11, penanggung_jawab: 12,
    },
  });
}

describe("realisasi anggaran reconciled like the anggaran", () => {
  it("finds nothing when every realisasi adds up per TW, per parent and in the JUMLAH row", () => {
    expect(budgetFindings(realisasiTable())).toEqual([]);
  });

  it("pins a kegiatan's TW II realisasi that its sub kegiatan do not add up to; the program and the JUMLAH derive from it", () => {
    // Kegiatan Pemeriksaan typed 71.000.000 in TW II (its sub kegiatan spent 44.250.000 + 25.750.000); the program
    // adds its kegiatan by formula, so it carries the extra 1.000.000, and the JUMLAH row (typed from SIPD) does not.
    const ctx = realisasiTable([[1, 8, "71.000.000"], [0, 8, 96250000]], { I6: "=I7+I10" });
    expect(budgetFindings(ctx)).toEqual([
      expect.objectContaining({ code: "BUDGET_PERIOD_SUM", cell: "L6", severity: "warning", expected: 258750000, actual: 257750000, difference: -1000000, derivedFrom: ["I7"] }),
      expect.objectContaining({ code: "BUDGET_CHILD_SUM", cell: "I7", severity: "warning", expected: 70000000, actual: 71000000, difference: 1000000, derivedFrom: ["I7"] }),
      {
        code: "BUDGET_PERIOD_SUM",
        severity: "error",
        row: 6,
        col: 8,
        cell: "I7",
        expected: 70000000,
        actual: 71000000,
        difference: 1000000,
        params: { label: "Pemeriksaan dan Pengawasan Koperasi", level: "kegiatan", periods: "quarterly", annual: 188000000, periodSum: 189000000, family: "realisasi_anggaran", suspect: "tw2" },
      },
      expect.objectContaining({ code: "BUDGET_TOTAL_SUM", cell: "I12", severity: "warning", expected: 96250000, actual: 95250000, difference: -1000000, derivedFrom: ["I7"] }),
    ]);
    const [, child, root] = budgetFindings(ctx);
    expect(child.params).toEqual(expect.objectContaining({ family: "realisasi_anggaran", column: "tw2", header: "Realisasi Anggaran (Rp) TW II" }));
    expect(renderFinding(root, "id")).toBe(
      "Jumlah realisasi anggaran TW I–IV (Rp 189.000.000) tidak sama dengan realisasi anggaran tahunan (Rp 188.000.000), selisih Rp 1.000.000. " +
        "Yang tidak cocok adalah realisasi anggaran TW II (Rp 71.000.000): seharusnya Rp 70.000.000. Periksa sel I7.",
    );
    expect(renderFinding(child, "id")).toContain("Realisasi anggaran TW II (kolom “Realisasi Anggaran (Rp) TW II”) kegiatan ini (Rp 71.000.000)");
    expect(renderFinding(child, "en")).toContain("This kegiatan's TW II realisasi anggaran (column “Realisasi Anggaran (Rp) TW II”) (Rp 71,000,000)");
  });
});
