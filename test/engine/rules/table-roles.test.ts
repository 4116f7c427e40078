/**
 * What a table holds, asked once per table: the capaian and realisasi rules stop at once on a
 * table with nothing for them (a Rencana Aksi), and only then.
 */
import { someColumnStarts, someItemHolds } from "../../../src/engine/rules/support/cells";
import { LOMBOK_COLUMNS, table } from "./support/table";

const PK_COLUMNS = { ...LOMBOK_COLUMNS, realisasi_tw1: 16, capaian_tw1: 17, realisasi_anggaran: 18 };

describe("someItemHolds / someColumnStarts", () => {
  it("a Rencana Aksi holds no capaian and has no column for one", () => {
    const ctx = table([{ row: 8, level: "program", cells: { program: "PROGRAM A", anggaran: "100", target: "4" } }]);
    expect(someItemHolds(ctx, "capaian")).toBe(false);
    expect(someColumnStarts(ctx, "capaian")).toBe(false);
    expect(someItemHolds(ctx, "anggaran")).toBe(true);
  });

  it("a capaian column left empty on every row is still a column", () => {
    const ctx = table([{ row: 8, cells: { indikator: "Jumlah laporan", target_tw1: "1", realisasi_tw1: "1" } }], { columns: PK_COLUMNS });
    expect(someItemHolds(ctx, "capaian")).toBe(false);
    expect(someColumnStarts(ctx, "capaian")).toBe(true);
  });

  it("a cell held in any period counts, in any group", () => {
    const ctx = table(
      [
        { row: 8, cells: { indikator: "Jumlah laporan" } },
        { row: 9, group: 1, cells: { capaian_tw1: "100", realisasi_anggaran: "5.000" } },
      ],
      { columns: PK_COLUMNS, groups: [{ columns: LOMBOK_COLUMNS }, { columns: PK_COLUMNS }] },
    );
    expect(someItemHolds(ctx, "capaian")).toBe(true);
    expect(someItemHolds(ctx, "realisasi_anggaran")).toBe(true);
    expect(someColumnStarts(ctx, "capaian")).toBe(true);
  });
});
