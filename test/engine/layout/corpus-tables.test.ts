import { analyzeSheet } from "../../../src/engine/analyze";
import { recognizeLayout } from "../../../src/engine/layout";
import { gridFromTsvFile } from "./support/tsv-grid";
import { rolesByLetter } from "./support/roles-by-letter";

/** Real tables of other agencies (../shared/corpus), read as staff would have pasted them: every column in a role. */
const CORPUS = `${__dirname}/../../../../shared/corpus`;

describe("real documents beyond the seeds", () => {
  it("Inspektorat Kota Tangerang 2023: the reduced 86/2017 form, column numbers between the triwulan and K | Rp", () => {
    const layout = recognizeLayout(gridFromTsvFile(`${CORPUS}/tangerang_inspektorat_realisasi_tw_2023.tsv`, { headerRows: 4, numberRow: 2 }));
    expect(layout.recognized).toBe(true);
    expect(layout.tables).toHaveLength(1);
    const [table] = layout.tables;
    expect(rolesByLetter(table)).toEqual({
      A: "program", B: "indikator",
      C: "realisasi_tw1", D: "realisasi_anggaran_tw1", E: "realisasi_tw2", F: "realisasi_anggaran_tw2",
      G: "realisasi_tw3", H: "realisasi_anggaran_tw3", I: "realisasi_tw4", J: "realisasi_anggaran_tw4",
      K: "penanggung_jawab",
    });
    expect(table.kind).toBe("wide-quarterly");
    expect(table.columnNumberRow).toBe(2);
    expect(table.columnNumbers?.[2]).toEqual({ n: 7, part: 0, parts: 2 });
    expect(table.columnNumbers?.[3]).toEqual({ n: 7, part: 1, parts: 2 });
    expect(table.headerBottom).toBe(3);
    expect(table.firstDataRow).toBe(4);
    expect(table.lastDataRow).toBe(58);
  });

  it("BKPSDM Sumedang Renstra 2021–2023: target and Rp per year, kondisi akhir, baseline", () => {
    const [table] = recognizeLayout(gridFromTsvFile(`${CORPUS}/sumedang_bkpsdm_renstra_2021_2023.tsv`, { headerRows: 3 })).tables;
    expect(rolesByLetter(table)).toEqual({
      A: "sasaran", B: "sasaran", C: "indikator", D: "kode", I: "program", J: "indikator", K: "baseline",
      L: "target_y2021", M: "anggaran_y2021", N: "target_y2022", O: "anggaran_y2022", P: "target_y2023", Q: "anggaran_y2023",
      R: "target", S: "anggaran", T: "penanggung_jawab", U: "lokasi",
    });
    expect(table.kind).toBe("wide-yearly");
    expect(table.firstDataRow).toBe(3);
    expect(table.lastDataRow).toBe(30);
    // The sasaran block's indikator (C) and the program's (J) are two levels side by side, as the sheet has them.
    expect(table.groups.map((g) => g.columns.indikator)).toContain(9);
  });

  it("Bapppeda Sumedang Renstra 2019–2023: five years, the column-number row under Target | Rp", () => {
    const [table] = recognizeLayout(gridFromTsvFile(`${CORPUS}/sumedang_bapppeda_renstra_2019_2023.tsv`, { headerRows: 4, numberRow: 3 })).tables;
    const years = [2019, 2020, 2021, 2022, 2023];
    expect(rolesByLetter(table)).toEqual({
      A: "sasaran", B: "sasaran", C: "kode", H: "program", I: "indikator", J: "baseline",
      ...Object.fromEntries(years.flatMap((y, i) => [[String.fromCharCode(75 + 2 * i), `target_y${y}`], [String.fromCharCode(76 + 2 * i), `anggaran_y${y}`]])),
      U: "target", V: "anggaran", W: "penanggung_jawab", X: "lokasi",
    });
    expect(table.columnNumberRow).toBe(3);
    expect(table.firstDataRow).toBe(4);
    expect(table.lastDataRow).toBe(25);
  });
});

describe("what the reading lets the checks see on them", () => {
  it("BKPSDM: the program's kondisi-akhir Rp left blank (S8) and the bidang's (S4) short by exactly that: the corpus note's two errors", () => {
    const analysis = analyzeSheet(gridFromTsvFile(`${CORPUS}/sumedang_bkpsdm_renstra_2021_2023.tsv`, { headerRows: 3 }));
    const periodSums = analysis.findings.filter((f) => f.code === "BUDGET_PERIOD_SUM");
    expect(periodSums).toEqual([
      expect.objectContaining({ cell: "S4", expected: 72_930_847_223, actual: 47_496_043_200, severity: "error" }),
      expect.objectContaining({ cell: "S8", expected: 25_434_804_023, actual: 0, severity: "error" }),
    ]);
    // Yearly Renstra targets are each year's aim: no series finding on them.
    expect(analysis.findings.filter((f) => f.code.startsWith("TARGET_"))).toEqual([]);
  });

  it("Tangerang, the clean control: no error", () => {
    const analysis = analyzeSheet(gridFromTsvFile(`${CORPUS}/tangerang_inspektorat_realisasi_tw_2023.tsv`, { headerRows: 4, numberRow: 2 }));
    expect(analysis.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});
