import { missingSatuan } from "../../../src/engine/rules/missing-satuan";
import { LOMBOK_TENGAH_2022, target } from "./support/lombok-tengah";
import { table } from "./support/table";

describe("MISSING_SATUAN", () => {
  it("notes an indikator whose bare-number targets have no satuan", () => {
    const ctx = table([{ row: 57, level: "kegiatan", cells: { indikator: "Jumlah Usaha Mikro yang meningkat skala usaha", ...target("10", "3", "4", "3", "-") } }]);
    expect(missingSatuan.run(ctx)).toEqual([
      { code: "MISSING_SATUAN", severity: "info", row: 56, col: 3, cell: "D57", params: { indikator: "Jumlah Usaha Mikro yang meningkat skala usaha", target: "10" } },
    ]);
  });

  it.each([
    ["percent targets", target("2%", "-", "-", "2%", "-")],
    ["a unit inside the value", target("3 KOP", "-", "-", "3 KOP", "-")],
    ["a SAKIP grade", target("B", "", "", "", "")],
    ["no target at all", target("-", "-", "-", "-", "-")],
  ])("accepts %s", (_name, cells) => {
    expect(missingSatuan.run(table([{ row: 57, level: "kegiatan", cells: { indikator: "Jumlah Koperasi", ...cells } }]))).toEqual([]);
  });

  it("accepts a satuan written once and merged down", () => {
    const ctx = table([{ row: 57, level: "kegiatan", cells: { indikator: "Jumlah Usaha Mikro", ...target("10", "3", "4", "3", "-") }, inherited: { satuan: { text: "Unit", row: 56 } } }]);
    expect(missingSatuan.run(ctx)).toEqual([]);
  });

  it("finds every satuan filled in Lombok Tengah", () => {
    expect(missingSatuan.run(table(LOMBOK_TENGAH_2022))).toEqual([]);
  });
});
