import { analyzeSheet } from "../../../src/engine/analyze";
import type { RoleMap } from "../../../src/engine/model";
import { targetCumulativeDecrease } from "../../../src/engine/rules/target-cumulative-decrease";
import { targetPeriodSum } from "../../../src/engine/rules/target-period-sum";
import { renderFinding } from "../../../src/i18n";
import { sheet } from "../../support/grid-builder";
import { LOMBOK_TENGAH_2022, target } from "./support/lombok-tengah";
import { table, type ItemSpec } from "./support/table";

function row20(indikator: string, satuan: string, annual: string, tw1: string, tw2: string, tw3: string, tw4: string): ItemSpec {
  return { row: 20, level: "subkegiatan", cells: { indikator, satuan, ...target(annual, tw1, tw2, tw3, tw4), program: "Pengawasan Koperasi" } };
}

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
/** Buleleng's monthly table: No, Sasaran, Indikator, then January … December in D … O. */
const BULELENG_COLUMNS: RoleMap = { no: 0, sasaran: 1, indikator: 2, ...Object.fromEntries(MONTHS.map((m) => [`target_b${m}`, 2 + m])) };

describe("TARGET_CUMULATIVE_DECREASE", () => {
  it.each<[string, ItemSpec, string, { period: string; previousPeriod: string; value: string; previousValue: string; expected: number; actual: number }]>([
    ["percents the sheet calls kumulatif", row20("Persentase koperasi sehat (kumulatif)", "Persen", "80%", "20%", "40%", "30%", "80%"), "H20", { period: "tw3", previousPeriod: "tw2", value: "30%", previousValue: "40%", expected: 40, actual: 30 }],
    ["reports with their unit", row20("Jumlah laporan", "Laporan", "4 Laporan", "1 Laporan", "2 Laporan", "1 Laporan", "4 Laporan"), "H20", { period: "tw3", previousPeriod: "tw2", value: "1 Laporan", previousValue: "2 Laporan", expected: 2, actual: 1 }],
    ["shares of a document ending at 100%", row20("Dokumen Renja", "Dokumen", "1", "25%", "50%", "40%", "100%"), "H20", { period: "tw3", previousPeriod: "tw2", value: "40%", previousValue: "50%", expected: 50, actual: 40 }],
    ["a drop in TW II after a dash-free start", row20("Jumlah UMKM terdata", "UMKM", "916", "229", "200", "687", "916"), "G20", { period: "tw2", previousPeriod: "tw1", value: "200", previousValue: "229", expected: 229, actual: 200 }],
    ["Indonesian decimals at the precision shown", row20("Pertumbuhan volume usaha s.d. triwulan", "Persen", "11,76%", "2,94%", "5,88%", "5,5%", "11,76%"), "H20", { period: "tw3", previousPeriod: "tw2", value: "5,5%", previousValue: "5,88%", expected: 5.88, actual: 5.5 }],
  ])("points at the period cell that drops: %s", (_name, spec, cell, want) => {
    const findings = targetCumulativeDecrease.run(table([spec]));
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ code: "TARGET_CUMULATIVE_DECREASE", severity: "error", cell, expected: want.expected, actual: want.actual });
    expect(f.params).toMatchObject({ period: want.period, previousPeriod: want.previousPeriod, value: want.value, previousValue: want.previousValue });
    // One finding per series: the drop is the error, not also a misfit.
    expect(targetPeriodSum.run(table([spec]))).toEqual([]);
  });

  it.each<[string, ItemSpec]>([
    ["an incremental split that goes up and down (3 4 3 - of 10)", row20("Jumlah usaha mikro", "Unit", "10", "3", "4", "3", "-")],
    ["a fall within the precision shown (11,8% after 11,76%)", row20("Pertumbuhan", "Persen", "11,8%", "5%", "11,76%", "11,8%", "11,8%")],
    ["a series that falls and does not end at the annual (that is TARGET_PERIOD_SUM)", row20("Jumlah koperasi", "Unit", "12", "3", "6", "5", "10")],
    ["a lower-is-better level coming down to its target", row20("Angka kemiskinan", "Persen", "10,5%", "11,2%", "11%", "10,8%", "10,5%")],
    ["a lower-is-better level that wanders on the way (not judged)", row20("Tingkat pengangguran terbuka", "Persen", "4,5%", "5%", "4,8%", "4,9%", "4,5%")],
    ["four quarters without an annual target (could be a split)", row20("Jumlah koperasi", "Unit", "", "3", "6", "5", "12")],
    // Levels, indexes, percentages and rates are read where they stand: they may dip (issue 12).
    ["an index that dips (IKM 82, 80, 81, 82)", row20("Indeks Kepuasan Masyarakat", "Indeks", "82", "82", "80", "81", "82")],
    ["a percentage that dips (koperasi sehat 20%, 40%, 30%, 80%)", row20("Persentase koperasi sehat", "Persen", "80%", "20%", "40%", "30%", "80%")],
    ["a rate that dips, Indonesian decimals", row20("Pertumbuhan volume usaha", "Persen", "11,76%", "2,94%", "5,88%", "5,5%", "11,76%")],
    ["a score with no satuan word but its name", row20("Nilai SAKIP", "", "70", "65", "62", "68", "70")],
  ])("says nothing on %s", (_name, spec) => {
    expect(targetCumulativeDecrease.run(table([spec]))).toEqual([]);
  });

  it("says nothing on Lombok Tengah 2022, where no cumulative series goes down", () => {
    expect(targetCumulativeDecrease.run(table(LOMBOK_TENGAH_2022))).toEqual([]);
  });

  it("finds a slip in monthly reports even without an annual target (Buleleng: 1 … 12 Laporan)", () => {
    const series = MONTHS.map((m) => `${m === 6 ? 4 : m} Laporan`);
    const cells = { no: "12", indikator: "Jumlah laporan keuangan", ...Object.fromEntries(MONTHS.map((m) => [`target_b${m}`, series[m - 1]])) };
    const [f] = targetCumulativeDecrease.run(table([{ row: 30, cells }], { columns: BULELENG_COLUMNS, kind: "wide-monthly" }));
    expect(f).toMatchObject({ cell: "I30", params: { period: "b6", previousPeriod: "b5", value: "4 Laporan", previousValue: "5 Laporan", annual: "" } });
    expect(renderFinding(f, "id")).toBe("Target kumulatif turun di Juni: 4 Laporan setelah 5 Laporan di Mei. Target kumulatif tidak boleh turun; periksa sel I30.");
    expect(renderFinding(f, "en")).toBe("The cumulative target goes down in June: 4 Laporan after 5 Laporan in May. A cumulative target cannot go down; check I30.");
  });

  it("leaves monthly reports that climb, or are kept, alone", () => {
    const rows: ItemSpec[] = [
      { row: 30, cells: { indikator: "Jumlah laporan", ...Object.fromEntries(MONTHS.map((m) => [`target_b${m}`, `${m} Laporan`])) } },
      { row: 31, cells: { indikator: "Jumlah dokumen", ...Object.fromEntries(MONTHS.map((m) => [`target_b${m}`, "1 dokumen"])) } },
      { row: 32, cells: { indikator: "Jumlah laporan triwulan", target_b3: "1 Laporan", target_b6: "2 Laporan", target_b9: "3 Laporan", target_b12: "4 Laporan" } },
    ];
    expect(targetCumulativeDecrease.run(table(rows, { columns: BULELENG_COLUMNS, kind: "wide-monthly" }))).toEqual([]);
  });

  it("works through the whole check of a sheet, percents typed as numbers with a % format", () => {
    const grid = sheet(
      [
        ["RENCANA AKSI TAHUN 2022"],
        [],
        ["No", "Indikator Kinerja", "Satuan", "Target", "Target per Triwulan", null, null, null, "Program/Kegiatan", "Anggaran (Rp)", "Penanggung Jawab"],
        [null, null, null, null, "TW I", "TW II", "TW III", "TW IV", null, null, null],
        [1, "Persentase koperasi sehat", "Persen", 0.8, 0.2, 0.4, 0.3, 0.8, "Penilaian Kesehatan Koperasi", 39_677_024, "Kepala Bidang"],
        [2, "Persentase koperasi yang dilatih", "Persen", 0.59, 0.15, 0.3, 0.45, 0.59, "Pendidikan Perkoperasian", 400_799_220, "Kepala Bidang"],
        [3, "Persentase penyusunan dokumen Renja (kumulatif)", "Persen", 1, 0.25, 0.5, 0.4, 1, "Perencanaan", 25_000_000, "Sekretaris"],
      ],
      { merges: ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:H3", "I3:I4", "J3:J4", "K3:K4"], formats: { "D5:H7": "0%" } },
    );
    const findings = analyzeSheet(grid).findings.filter((f) => f.code.startsWith("TARGET_"));
    // Row 5 dips too, but a percentage of koperasi sehat is a level: only the running total is judged.
    expect(findings.map((f) => [f.code, f.cell, f.expected, f.actual])).toEqual([["TARGET_CUMULATIVE_DECREASE", "G7", 50, 40]]);
  });
});
