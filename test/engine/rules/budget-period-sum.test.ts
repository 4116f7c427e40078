import { budgetPeriodSum } from "../../../src/engine/rules/budget-period-sum";
import { anggaran, LOMBOK_TENGAH_2022 } from "./support/lombok-tengah";
import { table, type ItemSpec } from "./support/table";

describe("BUDGET_PERIOD_SUM", () => {
  it("finds Lombok Tengah's three wrong rows and links the kegiatan, programs and Jumlah to them", () => {
    const findings = budgetPeriodSum.run(table(LOMBOK_TENGAH_2022));
    expect(findings).toEqual([
      // PROGRAM PEMBERDAYAAN UMKM and its kegiatan add their children's quarters, so they carry the gap of K48.
      { cell: "K45", severity: "warning", difference: 6349833, derivedFrom: ["K48"] },
      { cell: "K46", severity: "warning", difference: 6349833, derivedFrom: ["K48"] },
      // Pemberdayaan melalui Kemitraan Usaha Mikro: 26,005,473 but only TW III 19,655,640 is split.
      { cell: "K48", severity: "error", expected: 19655640, actual: 26005473, difference: 6349833 },
      // PROGRAM PENUNJANG carries both of its kegiatan's gaps: −1,834,970 − 2,126,000.
      { cell: "K59", severity: "warning", difference: -3960970, derivedFrom: ["K61", "K96"] },
      { cell: "K60", severity: "warning", difference: -1834970, derivedFrom: ["K61"] },
      // Penyusunan Dokumen Perencanaan: three quarters of 1,834,970 for an annual 3,669,940.
      { cell: "K61", severity: "error", expected: 5504910, actual: 3669940, difference: -1834970 },
      { cell: "K89", severity: "warning", difference: -2126000, derivedFrom: ["K96"] },
      // Penyediaan Jasa Pelayanan Umum Kantor.
      { cell: "K96", severity: "error", expected: 48428000, actual: 46302000, difference: -2126000 },
      // Jumlah: 6,349,833 − 3,960,970 = 2,388,863, all three roots together.
      { cell: "K99", severity: "warning", expected: 9359275911, actual: 9361664774, difference: 2388863, derivedFrom: ["K48", "K61", "K96"] },
    ].map((f) => expect.objectContaining({ code: "BUDGET_PERIOD_SUM", ...f })));
    expect(findings.filter((f) => f.severity === "error")).toHaveLength(3);
  });

  it("says in its params what the message needs", () => {
    const [, , kemitraan] = budgetPeriodSum.run(table(LOMBOK_TENGAH_2022));
    expect(kemitraan).toEqual({
      code: "BUDGET_PERIOD_SUM",
      severity: "error",
      row: 47,
      col: 10,
      cell: "K48",
      expected: 19655640,
      actual: 26005473,
      difference: 6349833,
      params: {
        label: "Pemberdayaan melalui Kemitraan Usaha Mikro",
        level: "subkegiatan",
        periods: "quarterly",
        annual: 26005473,
        periodSum: 19655640,
        suspect: "",
        family: "anggaran",
      },
    });
  });

  it("reports nothing on the rows of Lombok Tengah that add up", () => {
    const correct = LOMBOK_TENGAH_2022.filter((r) => ![45, 46, 48, 59, 60, 61, 89, 96, 99].includes(r.row));
    expect(budgetPeriodSum.run(table(correct))).toEqual([]);
  });

  it.each<[string, Partial<Record<string, string>>]>([
    ["dashes and blanks count as 0", anggaran("136,919,688", "-", "136,919,688", "", "-")],
    ["zeros typed as 0", anggaran("1,579,960", "789,980", "0", "789,980", "0")],
    ["a row not split by period yet", anggaran("137,165,110", "-", "-", "-", "-")],
    ["a row whose periods are all 0", anggaran("137,165,110", "0", "0", "0", "0")],
    ["amounts written the Indonesian way", anggaran("Rp. 45.865.000,-", "Rp. 10.000.000", "15.865.000", "20.000.000", "-")],
  ])("accepts %s", (_name, cells) => {
    expect(budgetPeriodSum.run(table([{ row: 21, level: "subkegiatan", cells }]))).toEqual([]);
  });

  it("checks to the rupiah: one rupiah off is a mismatch", () => {
    const [f] = budgetPeriodSum.run(table([{ row: 21, level: "subkegiatan", cells: anggaran("20,000,000", "5,937,498", "4,062,498", "5,937,498", "4,062,505") }]));
    expect(f).toEqual(expect.objectContaining({ cell: "K21", severity: "error", expected: 19999999, actual: 20000000, difference: 1 }));
  });

  it("leaves an unreadable amount to INVALID_NUMBER instead of guessing a sum", () => {
    expect(budgetPeriodSum.run(table([{ row: 21, level: "subkegiatan", cells: anggaran("20,000,000", "5,937`,498", "4,062,498", "5,937,498", "4,062,506") }]))).toEqual([]);
  });

  it("checks monthly splits against Januari…Desember", () => {
    const columns = { program: 1, anggaran: 2, ...Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`anggaran_b${i + 1}`, 3 + i])) };
    const months = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`anggaran_b${i + 1}`, i === 11 ? "1,500,000" : "1,000,000"]));
    const rows: ItemSpec[] = [{ row: 12, level: "subkegiatan", cells: { program: "Penyediaan Bahan Logistik Kantor", anggaran: "12,000,000", ...months } }];
    const [f] = budgetPeriodSum.run(table(rows, { columns, kind: "wide-monthly" }));
    expect(f).toEqual(expect.objectContaining({ cell: "C12", expected: 12500000, actual: 12000000, difference: -500000 }));
    expect(f.params.periods).toBe("monthly");
  });
});
