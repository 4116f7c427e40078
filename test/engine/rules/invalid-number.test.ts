import { invalidNumber } from "../../../src/engine/rules/invalid-number";
import { anggaran, target } from "./support/lombok-tengah";
import { table } from "./support/table";

describe("INVALID_NUMBER", () => {
  it("reports a number broken by a stray backtick (Bone's 11`,76%) as an error", () => {
    const ctx = table([{ row: 30, level: "program", cells: { indikator: "Persentase Peningkatan Produktifits Usaha Mikro", ...target("11,76%", "2,50%", "5,00%", "7,50%", "11`,76%") } }]);
    expect(invalidNumber.run(ctx)).toEqual([
      { code: "INVALID_NUMBER", severity: "error", row: 29, col: 8, cell: "I30", params: { text: "11`,76%", role: "target_tw4", reason: "stray character" } },
    ]);
  });

  it("reports a letter O typed for a zero in an amount", () => {
    const ctx = table([{ row: 21, level: "subkegiatan", cells: anggaran("137,165,110", "2,6O9,164", "53,443,446", "81,112,500", "-") }]);
    expect(invalidNumber.run(ctx)).toEqual([expect.objectContaining({ cell: "L21", severity: "error", params: expect.objectContaining({ role: "anggaran_tw1" }) })]);
  });

  it("warns about words in an amount column: the sums cannot use them", () => {
    const ctx = table([{ row: 21, level: "subkegiatan", cells: { anggaran: "Terlampir" } }]);
    expect(invalidNumber.run(ctx)).toEqual([expect.objectContaining({ cell: "K21", severity: "warning", params: { text: "Terlampir", role: "anggaran", reason: "text" } })]);
  });

  it.each([
    ["a SAKIP grade target", target("B", "", "", "", "")],
    ["a target in words", target("Tersedia", "-", "-", "-", "Tersedia")],
    ["targets with units inside", target("4 Laporan Triwulan", "1 Laporan Triwulan", "2 Laporan Triwulan", "3 Laporan Triwulan", "4 Laporan Triwulan")],
    ["dashes", target("-", "-", "-", "-", "-")],
  ])("accepts %s", (_name, cells) => {
    expect(invalidNumber.run(table([{ row: 59, level: "program", cells: { indikator: "Nilai SAKIP OPD", ...cells } }]))).toEqual([]);
  });

  it("does not report a cell the item only takes from above", () => {
    const ctx = table([{ row: 22, level: "subkegiatan", cells: { program: "Penghargaan" }, inherited: { anggaran: { text: "2,6O9,164", row: 21 } } }]);
    expect(invalidNumber.run(ctx)).toEqual([]);
  });
});
