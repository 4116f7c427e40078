import { missingTarget } from "../../../src/engine/rules/missing-target";
import { LOMBOK_TENGAH_2022, target } from "./support/lombok-tengah";
import { table } from "./support/table";

describe("MISSING_TARGET", () => {
  it("warns about an indikator with neither an annual nor a period target", () => {
    const ctx = table([{ row: 34, level: "kegiatan", cells: { indikator: "Jumlah SDM Usaha Mikro yang dilatih", satuan: "Orang", ...target("-", "-", "-", "-", "-") } }]);
    expect(missingTarget.run(ctx)).toEqual([
      {
        code: "MISSING_TARGET",
        severity: "warning",
        row: 33,
        col: 4,
        cell: "E34",
        params: { label: "Jumlah SDM Usaha Mikro yang dilatih", indikator: "Jumlah SDM Usaha Mikro yang dilatih" },
      },
    ]);
  });

  it("accepts an indikator with only period targets, or only an annual one", () => {
    const rows = [
      { row: 10, level: "program" as const, cells: { indikator: "Jumlah koperasi yang patuh", ...target("", "-", "130", "-", "-") } },
      { row: 11, level: "program" as const, cells: { indikator: "Persentase koperasi berkualitas", ...target("16%", "", "", "", "") } },
    ];
    expect(missingTarget.run(table(rows))).toEqual([]);
  });

  it("finds no indikator without target in Lombok Tengah (its row 34 has no indikator at all)", () => {
    expect(missingTarget.run(table(LOMBOK_TENGAH_2022))).toEqual([]);
  });

  it.each(["-", "–", "…", " - "])("takes an indikator written as %j for no indikator: nothing to miss", (placeholder) => {
    const rows = [
      { row: 18, level: "kegiatan" as const, cells: { indikator: placeholder, ...target("-", "-", "-", "-", "-") } },
      { row: 19, level: "kegiatan" as const, cells: { indikator: "Jumlah pasar kondisi baik", ...target("-", "-", "-", "-", "-") } },
    ];
    expect(missingTarget.run(table(rows)).map((f) => f.cell)).toEqual(["E19"]);
  });

  it("says nothing in a table without target columns", () => {
    expect(missingTarget.run(table([{ row: 5, cells: { indikator: "Nilai SAKIP OPD" } }], { columns: { indikator: 1, satuan: 2 } }))).toEqual([]);
  });
});
