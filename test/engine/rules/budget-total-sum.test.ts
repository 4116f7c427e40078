import { budgetTotalSum } from "../../../src/engine/rules/budget-total-sum";
import { anggaran, LOMBOK_TENGAH_2022 } from "./support/lombok-tengah";
import { PENGAWASAN_BLOCK, pengawasanWith } from "./support/pengawasan";
import { table, type ItemSpec } from "./support/table";

const PROGRAMS = PENGAWASAN_BLOCK.filter((r) => r.kind !== "total");

describe("BUDGET_TOTAL_SUM", () => {
  it("accepts Lombok Tengah's Jumlah: 9,361,664,774 is the sum of its eight programs, and so is each quarter", () => {
    expect(budgetTotalSum.run(table(LOMBOK_TENGAH_2022))).toEqual([]);
  });

  it("reports the total's cell with the programs' sum", () => {
    // Annual and TW IV both 720 too high: the Jumlah row adds up in itself but not with its programs.
    const [f] = budgetTotalSum.run(table(pengawasanWith({ 26: { anggaran: "241,438,800", anggaran_tw4: "720" } })));
    expect(f).toEqual({
      code: "BUDGET_TOTAL_SUM",
      severity: "error",
      row: 25,
      col: 10,
      cell: "K26",
      expected: 241438080,
      actual: 241438800,
      difference: 720,
      params: { label: "Jumlah", level: "total", column: "annual", members: 2, memberLevel: "program", family: "anggaran" },
    });
  });

  it("links the total sum to a mistyped annual Jumlah, which its own quarters already contradict", () => {
    const ctx = table(pengawasanWith({ 26: { anggaran: "214,438,080" } }));
    expect(budgetTotalSum.run(ctx)).toEqual([
      expect.objectContaining({ cell: "K26", severity: "warning", expected: 241438080, actual: 214438080, difference: -27000000, derivedFrom: ["K26"] }),
    ]);
  });

  it("adds only the programs since the previous total, and reads a grand total over its subtotals", () => {
    const rows: ItemSpec[] = [
      ...PROGRAMS.slice(0, 4),
      { row: 22, kind: "total", cells: { no: "Jumlah Sasaran 1", ...anggaran("201,761,056", "2,849,164", "117,799,392", "81,112,500", "-") } },
      ...PROGRAMS.slice(4).map((r) => ({ ...r, row: r.row + 1 })),
      { row: 27, kind: "total", cells: { no: "Jumlah Sasaran 2", ...anggaran("39,677,024", "10,686,962", "19,315,000", "9,675,062", "-") } },
      { row: 28, kind: "total", cells: { no: "JUMLAH TOTAL", ...anggaran("241,438,080", "13,536,126", "137,114,392", "90,787,562", "-") } },
    ];
    expect(budgetTotalSum.run(table(rows))).toEqual([]);
    rows[rows.length - 1] = { ...rows[rows.length - 1], cells: { ...rows[rows.length - 1].cells, anggaran_tw1: "13,536,000" } };
    expect(budgetTotalSum.run(table(rows))).toEqual([expect.objectContaining({ cell: "L28", expected: 13536126, actual: 13536000, difference: -126 })]);
  });

  it("reads a total of the lowest rows when the sheet has no program rows above them", () => {
    const flat: ItemSpec[] = [
      ...PROGRAMS.filter((r) => r.level === "subkegiatan"),
      { row: 26, kind: "total", cells: { no: "Jumlah", ...anggaran("241,438,080", "13,536,126", "137,114,392", "90,787,562", "-") } },
    ];
    expect(budgetTotalSum.run(table(flat))).toEqual([]);
  });
});
