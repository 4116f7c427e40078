import { budgetZeroWithTarget } from "../../../src/engine/rules/budget-zero-with-target";
import { anggaran, LOMBOK_TENGAH_2022, target } from "./support/lombok-tengah";
import { table } from "./support/table";

describe("BUDGET_ZERO_WITH_TARGET", () => {
  it("warns about a kegiatan budgeted at Rp. 0,- that still promises 4 Laporan Triwulan", () => {
    const ctx = table([
      {
        row: 30,
        level: "kegiatan",
        cells: { indikator: "Jumlah laporan pendataan UMKM", ...target("4 Laporan Triwulan", "1 Laporan Triwulan", "1 Laporan Triwulan", "1 Laporan Triwulan", "1 Laporan Triwulan"), program: "Pendataan UMKM", anggaran: "Rp. 0,-" },
      },
    ]);
    expect(budgetZeroWithTarget.run(ctx)).toEqual([
      { code: "BUDGET_ZERO_WITH_TARGET", severity: "warning", row: 29, col: 10, cell: "K30", actual: 0, params: { label: "Pendataan UMKM", level: "kegiatan" } },
    ]);
  });

  it.each([
    ["a dash: no amount here", "-", target("4", "1", "1", "1", "1")],
    ["zero budget and no targets", "Rp. 0,-", target("-", "-", "-", "-", "-")],
    ["a real budget", "Rp.150.825.000 ,-", target("80%", "30%", "50%", "80%", "100%")],
  ])("stays quiet for %s", (_name, amount, targets) => {
    expect(budgetZeroWithTarget.run(table([{ row: 30, level: "kegiatan", cells: { indikator: "Persentase koperasi aktif", ...targets, program: "Peningkatan Kualitas Kelembagaan Koperasi", anggaran: amount } }]))).toEqual([]);
  });

  it("finds nothing in Lombok Tengah, whose zeros are all in quarters", () => {
    expect(budgetZeroWithTarget.run(table(LOMBOK_TENGAH_2022))).toEqual([]);
  });

  it("ignores a total row of zero", () => {
    expect(budgetZeroWithTarget.run(table([{ row: 99, kind: "total", cells: { no: "Jumlah", ...anggaran("0", "0", "0", "0", "0"), ...target("1", "", "", "", "") } }]))).toEqual([]);
  });
});
