import type { RoleMap } from "../../../src/engine/model";
import { realisasiAnggaranExceeds } from "../../../src/engine/rules/realisasi-anggaran-exceeds";
import { table } from "./support/table";

/** Pengukuran Kinerja with the money side: Program, Anggaran, Realisasi Anggaran per TW, Serapan. */
const COLUMNS: RoleMap = {
  program: 1,
  anggaran: 2,
  realisasi_anggaran_tw1: 3,
  realisasi_anggaran_tw2: 4,
  realisasi_anggaran_tw3: 5,
  realisasi_anggaran_tw4: 6,
  realisasi_anggaran: 7,
  serapan: 8,
};

describe("REALISASI_ANGGARAN_EXCEEDS", () => {
  it("reports spending above the anggaran on the realisasi cell", () => {
    const ctx = table(
      [{ row: 12, level: "kegiatan", cells: { program: "Peningkatan Kualitas Kelembagaan Koperasi", anggaran: "Rp. 41.080.000,-", realisasi_anggaran: "Rp. 41.800.000" } }],
      { columns: COLUMNS },
    );
    expect(realisasiAnggaranExceeds.run(ctx)).toEqual([
      {
        code: "REALISASI_ANGGARAN_EXCEEDS",
        severity: "error",
        row: 11,
        col: 7,
        cell: "H12",
        expected: 41080000,
        actual: 41800000,
        difference: 720000,
        params: { label: "Peningkatan Kualitas Kelembagaan Koperasi", level: "kegiatan", period: "annual" },
      },
    ]);
  });

  it("reports a period whose realisasi alone passes the year's anggaran", () => {
    const ctx = table(
      [{ row: 12, level: "kegiatan", cells: { program: "Sosialisasi prinsip-prinsip pemahaman koperasi", anggaran: "62.350.000", realisasi_anggaran_tw4: "63.000.000" } }],
      { columns: COLUMNS },
    );
    expect(realisasiAnggaranExceeds.run(ctx)).toEqual([expect.objectContaining({ cell: "G12", difference: 650000, params: expect.objectContaining({ period: "tw4" }) })]);
  });

  it.each([
    ["spent exactly the anggaran", "41.080.000"],
    ["spent less", "40.190.500"],
    ["nothing spent yet", "-"],
    ["a serapan percentage typed in the amount column", "98%"],
  ])("accepts %s", (_name, realisasi) => {
    const ctx = table([{ row: 12, level: "kegiatan", cells: { program: "Peningkatan Kualitas Kelembagaan Koperasi", anggaran: "41.080.000", realisasi_anggaran: realisasi } }], { columns: COLUMNS });
    expect(realisasiAnggaranExceeds.run(ctx)).toEqual([]);
  });
});
