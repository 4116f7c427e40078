import { analyzeSheet } from "../../../src/engine/analyze";
import { renderFinding } from "../../../src/i18n";
import type { Grid, GridCell } from "../../../src/engine/model";

type Row = Array<string | number | null>;

/** A Pengukuran Kinerja where the program row states a capaian but no target or realisasi of its own. */
function sheet(program: Row, kegiatan: Row[]): Grid {
  const rows: Row[] = [
    ["PENGUKURAN KINERJA DINAS KOPERASI TAHUN 2025"],
    ["No", "Program / Kegiatan", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)", "Anggaran (Rp)"],
    program,
    ...kegiatan,
  ];
  return {
    sheetName: "PK 2025",
    rows: rows.map((r) => r.map((v): GridCell | null => (v === null ? null : { value: v }))),
    merges: [],
    hiddenRows: [],
    hiddenCols: [],
  };
}

const KEGIATAN: Row[] = [
  [null, "Pelatihan Perkoperasian", "Jumlah peserta pelatihan", "Orang", 100, 80, 80, "60.000.000"],
  [null, "Pendampingan Koperasi", "Jumlah koperasi didampingi", "Unit", 10, 9, 90, "40.000.000"],
];
const program = (capaian: number | null, target: number | null = null, realisasi: number | null = null): Row => [
  1, "PROGRAM PEMBERDAYAAN KOPERASI", "Persentase koperasi aktif", "%", target, realisasi, capaian, "100.000.000",
];
const capaianFindings = (grid: Grid) => analyzeSheet(grid).findings.filter((f) => f.code === "CAPAIAN_MISMATCH");

describe("a parent's capaian without a target and realisasi of its own", () => {
  it("is accepted as the mean of its children's (80 and 90 → 85)", () => {
    expect(capaianFindings(sheet(program(85), KEGIATAN))).toEqual([]);
  });

  it("is reported against that mean otherwise, and the message says it is a mean of the rows under it", () => {
    const [finding, ...rest] = capaianFindings(sheet(program(90), KEGIATAN));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ cell: "G3", expected: 85, actual: 90, severity: "error", params: { basis: "children", children: 2, formula: "mean" } });
    expect(renderFinding(finding, "id")).toContain("rata-rata capaian 2 baris di bawahnya");
    expect(renderFinding(finding, "en")).toContain("the mean capaian of the 2 rows under it");
  });

  it("uses the children's recomputed capaian, not what they state", () => {
    // The second kegiatan states 95 for 9 of 10: its own finding, and the mean stays 85.
    const wrongChild: Row[] = [KEGIATAN[0], [...KEGIATAN[1].slice(0, 6), 95, KEGIATAN[1][7]]];
    const findings = capaianFindings(sheet(program(85), wrongChild));
    expect(findings.map((f) => f.cell)).toEqual(["G5"]);
  });

  it("is not read as a mean when the parent has its own target and realisasi", () => {
    // 85 is the mean, but the program's own 30 of 40 is 75.
    expect(capaianFindings(sheet(program(85, 40, 30), KEGIATAN)).map((f) => [f.cell, f.expected])).toEqual([["G3", 75]]);
  });

  it("says nothing with a single child, or when a child has no capaian to recompute", () => {
    expect(capaianFindings(sheet(program(90), [KEGIATAN[0]]))).toEqual([]);
    const noRealisasi: Row[] = [KEGIATAN[0], [...KEGIATAN[1].slice(0, 5), null, null, KEGIATAN[1][7]]];
    expect(capaianFindings(sheet(program(90), noRealisasi))).toEqual([]);
  });
});
