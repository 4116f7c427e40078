import { budgetChildSum } from "../../../src/engine/rules/budget-child-sum";
import { anggaran, LOMBOK_TENGAH_2022 } from "./support/lombok-tengah";
import { PENGAWASAN_BLOCK, pengawasanWith } from "./support/pengawasan";
import { table, type ItemSpec } from "./support/table";

describe("BUDGET_CHILD_SUM", () => {
  it("finds no parent in Lombok Tengah whose anggaran differs from its children's (single children included)", () => {
    expect(budgetChildSum.run(table(LOMBOK_TENGAH_2022))).toEqual([]);
  });

  it("reports the parent's cell, per column, with the children's sum as expected", () => {
    // PROGRAM PENGAWASAN typed 200,000,000 in TW II and in its annual: its row adds up, its kegiatan disagrees.
    const rows = pengawasanWith({ 13: { anggaran: "282,961,664", anggaran_tw2: "199,000,000" } });
    const findings = budgetChildSum.run(table(rows.filter((r) => r.kind !== "total")));
    expect(findings).toEqual([
      {
        code: "BUDGET_CHILD_SUM",
        severity: "error",
        row: 12,
        col: 10,
        cell: "K13",
        expected: 201761056,
        actual: 282961664,
        difference: 81200608,
        params: { label: "PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI", level: "program", column: "annual", members: 1, memberLevel: "kegiatan", family: "anggaran" },
      },
      expect.objectContaining({ cell: "M13", severity: "error", expected: 117799392, actual: 199000000, difference: 81200608, params: expect.objectContaining({ column: "tw2" }) }),
    ]);
  });

  it("compares only the annual figure when the parent shows no split by period", () => {
    const rows: ItemSpec[] = [
      { row: 59, level: "program", cells: { program: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", anggaran: "109,222,000" } },
      { row: 89, level: "kegiatan", cells: { program: "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", ...anggaran("109,222,000", "31,460,000", "25,277,000", "29,334,000", "25,277,000") } },
    ];
    expect(budgetChildSum.run(table(rows))).toEqual([]);
    rows[0] = { ...rows[0], cells: { ...rows[0].cells, anggaran: "109,220,000" } };
    expect(budgetChildSum.run(table(rows))).toEqual([expect.objectContaining({ cell: "K59", difference: -2000 })]);
  });

  it("compares no period when a child is not split while the parent is", () => {
    const rows: ItemSpec[] = [
      { row: 89, level: "kegiatan", cells: { program: "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", ...anggaran("109,222,000", "31,460,000", "25,277,000", "29,334,000", "25,277,000") } },
      { row: 90, level: "subkegiatan", cells: { program: "Penyediaan Jasa Peralatan dan Perlengkapan Kantor", anggaran: "62,920,000" } },
      { row: 96, level: "subkegiatan", cells: { program: "Penyediaan Jasa Pelayanan Umum Kantor", anggaran: "46,302,000" } },
    ];
    expect(budgetChildSum.run(table(rows))).toEqual([]);
  });

  it("skips a column where a child's amount cannot be read", () => {
    const rows = pengawasanWith({ 21: { anggaran_tw1: "2,6O9,164" } });
    expect(budgetChildSum.run(table(rows))).toEqual([]);
  });

  it("has nothing to check on a flat list without a budget tree", () => {
    expect(budgetChildSum.run(table(PENGAWASAN_BLOCK, { tree: false }))).toEqual([]);
  });
});
