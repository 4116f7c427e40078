import { analyzeSheet } from "../../../src/engine/analyze";
import type { ColumnGroup, RoleMap } from "../../../src/engine/model";
import { targetPeriodSum } from "../../../src/engine/rules/target-period-sum";
import { renderFinding } from "../../../src/i18n";
import { sheet } from "../../support/grid-builder";
import { LOMBOK_TENGAH_2022, target } from "./support/lombok-tengah";
import { table, type ItemSpec } from "./support/table";

/** One Lombok Tengah row (sheet row 60) with its target series retyped. */
function row60(annual: string, tw1: string, tw2: string, tw3: string, tw4: string, satuan = "Dokumen"): ItemSpec {
  return { row: 60, level: "kegiatan", cells: { indikator: "Jumlah Dokumen Perencanaan Perangkat Daerah", satuan, ...target(annual, tw1, tw2, tw3, tw4), program: "Penyusunan Dokumen Perencanaan" } };
}

describe("TARGET_PERIOD_SUM", () => {
  it("finds the one series of Lombok Tengah 2022 that fits no reading: 95 in TW I for an annual 100 (Persen)", () => {
    const findings = targetPeriodSum.run(table(LOMBOK_TENGAH_2022));
    expect(findings).toEqual([
      {
        code: "TARGET_PERIOD_SUM",
        severity: "error",
        row: 59,
        col: 4,
        cell: "E60",
        expected: 100,
        actual: 95,
        difference: -5,
        params: {
          label: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
          periods: "quarterly",
          series: "95 | - | - | -",
          annual: "100",
          closest: "cumulative",
          measure: "last",
          lastPeriod: "tw1",
          unit: "%",
        },
      },
    ]);
    // The message names the quarter that holds the 95, not "the last period".
    expect(renderFinding(findings[0], "id")).toContain("Paling dekat dibaca kumulatif: target TW I 95% seharusnya sama dengan target tahunan 100% (selisih 5%).");
  });

  it.each<[string, ItemSpec, { expected: number; actual: number; closest: string; measure: string; unit: string }]>([
    ["a split one short (3 3 3 2 of 12)", row60("12", "3", "3", "3", "2", "Paket"), { expected: 12, actual: 11, closest: "incremental", measure: "sum", unit: "paket" }],
    ["a split that overshoots (1 - 2 2 of 4 Dokumen)", row60("4", "1", "-", "2", "2"), { expected: 4, actual: 5, closest: "incremental", measure: "sum", unit: "dokumen" }],
    ["a cumulative series short of the annual (15% 30% 45% 61% of 64%)", row60("64%", "15%", "30%", "45%", "61%", "Persen"), { expected: 64, actual: 61, closest: "cumulative", measure: "last", unit: "%" }],
    ["percents under a count that reach neither 100% nor the count (21,25% each of 12 Bulan)", row60("12 Bulan", "21,25%", "21,25%", "21,25%", "21,25%", "Bulan"), { expected: 100, actual: 85, closest: "percentOfAnnual", measure: "sum", unit: "%" }],
    ["shares of a document that stop at 90%", row60("1", "25%", "50%", "75%", "90%"), { expected: 100, actual: 90, closest: "percentOfAnnual", measure: "last", unit: "%" }],
  ])("reports %s at the annual target, with the reading that came nearest", (_name, spec, want) => {
    const [f] = targetPeriodSum.run(table([spec]));
    expect(f).toMatchObject({ code: "TARGET_PERIOD_SUM", severity: "error", cell: "E60", expected: want.expected, actual: expect.closeTo(want.actual, 9) });
    expect(f.params).toMatchObject({ closest: want.closest, measure: want.measure, unit: want.unit });
  });

  it.each<[string, ItemSpec]>([
    ["cumulative", row60("4 Laporan", "1 Laporan", "2 Laporan", "3 Laporan", "4 Laporan", "Laporan")],
    ["incremental", row60("12", "3", "3", "3", "3", "Paket")],
    ["constant", row60("6", "6", "6", "6", "6", "Pasar")],
    ["percent of the annual", row60("1", "-", "-", "50%", "100%")],
    ["a report due in TW IV only", row60("1", "-", "-", "-", "1")],
    ["grades rising to the annual", row60("B", "C", "CC", "B", "B", "Predikat")],
    ["words as targets (not judged)", row60("Tersedianya dokumen", "Draft", "-", "-", "Final", "")],
    ["no annual target to compare with", row60("", "3", "3", "3", "2", "Paket")],
  ])("says nothing on a %s series", (_name, spec) => {
    expect(targetPeriodSum.run(table([spec]))).toEqual([]);
  });

  it("judges a block merged over several rows once (Bone: the sasaran indikator beside each program row)", () => {
    const annual = { text: "64%", row: 43 };
    const tws = { target_tw1: "15%", target_tw2: "30%", target_tw3: "45%", target_tw4: "61%" };
    const specs: ItemSpec[] = [
      { row: 43, cells: { indikator: "Persentase koperasi sehat", target: "64%", ...tws } },
      { row: 44, inherited: { indikator: { text: "Persentase koperasi sehat", row: 43 }, target: annual } },
    ];
    // The second row takes the same annual cell from the merge; its own period cells repeat the first's.
    specs[1].inherited = { ...specs[1].inherited, target_tw1: { text: "15%", row: 43 }, target_tw2: { text: "30%", row: 43 }, target_tw3: { text: "45%", row: 43 }, target_tw4: { text: "61%", row: 43 } };
    expect(targetPeriodSum.run(table(specs)).map((f) => f.cell)).toEqual(["E43"]);
  });

  it("reads the long layout: TW rows under one merged annual target (Bone)", () => {
    const columns: RoleMap = { indikator: 3, target: 4, periode: 5, target_periode: 6 };
    const spec: ItemSpec = {
      row: 43,
      lastRow: 46,
      cells: { indikator: "Persentase koperasi Sehat", target: "64%", target_tw1: "15%", target_tw2: "30%", target_tw3: "45%", target_tw4: "61%" },
      rowOf: { target_tw2: 44, target_tw3: 45, target_tw4: 46 },
    };
    // The item reader puts each TW row's target in target_tw1…4; the layout itself has one target column.
    const longColumns: RoleMap = { ...columns, target_tw1: 6, target_tw2: 6, target_tw3: 6, target_tw4: 6 };
    const ctx = table([spec], { columns: longColumns, kind: "long" });
    ctx.table.layout.columns = columns;
    ctx.table.layout.groups = [{ columns }];
    const [f] = targetPeriodSum.run(ctx);
    expect(f).toMatchObject({ cell: "E43", expected: 64, actual: 61, params: { series: "15% | 30% | 45% | 61%", closest: "cumulative" } });
  });

  it("names the months in a monthly table (Buleleng: 1 … 12 Laporan against 10)", () => {
    const months = Array.from({ length: 12 }, (_, i) => i + 1);
    const columns: RoleMap = { indikator: 2, target: 3, ...Object.fromEntries(months.map((m) => [`target_b${m}`, 3 + m])) };
    const cells = { indikator: "Jumlah laporan keuangan", target: "10 Laporan", ...Object.fromEntries(months.map((m) => [`target_b${m}`, `${m} Laporan`])) };
    const [f] = targetPeriodSum.run(table([{ row: 10, cells }], { columns, kind: "wide-monthly" }));
    expect(f).toMatchObject({ cell: "D10", expected: 10, actual: 12, params: { periods: "monthly", closest: "cumulative" } });
    expect(renderFinding(f, "id")).toContain("Target per bulan (1 Laporan | 2 Laporan |");
  });

  it("leaves alone a group whose months the header gave out of order (a scanned sheet whose columns slid)", () => {
    const months = Array.from({ length: 12 }, (_, i) => i + 1);
    // January and February read at the far right, after December: the header, not the targets, is off.
    const slid: RoleMap = { indikator: 2, target: 20, ...Object.fromEntries(months.map((m) => [`target_b${m}`, m <= 2 ? 16 + m : 3 + m])) };
    const cells = { indikator: "Jumlah produk UMKM", target: "45 Produk", target_b7: "20 Produk", target_b10: "30 Produk" };
    const groups: ColumnGroup[] = [{ columns: slid }];
    expect(targetPeriodSum.run(table([{ row: 14, cells }], { columns: slid, groups, kind: "wide-monthly" }))).toEqual([]);
    const inOrder: RoleMap = { indikator: 2, target: 20, ...Object.fromEntries(months.map((m) => [`target_b${m}`, 3 + m])) };
    expect(targetPeriodSum.run(table([{ row: 14, cells }], { columns: inOrder, kind: "wide-monthly" }))).toHaveLength(1);
  });

  it("tells the person, in both languages, what came nearest", () => {
    const [sum] = targetPeriodSum.run(table([row60("12", "3", "3", "3", "2", "Paket")]));
    expect(renderFinding(sum, "id")).toBe(
      "Target per triwulan (3 | 3 | 3 | 2) tidak cocok dengan target tahunan 12, dibaca kumulatif, dijumlah, tetap, maupun sebagai persen. " +
        "Paling dekat dibaca sebagai pembagian: jumlah target per periode 11 paket, seharusnya 12 paket (selisih 1 paket). Periksa target tahunan di sel E60 dan target per periode di sampingnya.",
    );
    // No chain of "not …" clauses whose brackets read like facts about this row.
    expect(renderFinding(sum, "id")).not.toMatch(/bukan|\(periode terakhir/);
    expect(renderFinding(sum, "en")).toContain("Nearest, read as a split: the period targets add up to 11 paket instead of 12 paket (off by 1 paket).");
    const [shares] = targetPeriodSum.run(table([row60("12 Bulan", "21,25%", "21,25%", "21,25%", "21,25%", "Bulan")]));
    expect(renderFinding(shares, "id")).toContain("Jika dibaca sebagai persen dari target tahunan, jumlahnya 85%, seharusnya 100%.");
    expect(renderFinding(shares, "en")).toContain("they add up to 85% instead of 100%.");
    const [last] = targetPeriodSum.run(table([row60("11,76%", "2,94%", "5,88%", "8,82%", "11,5%", "Persen")]));
    expect(renderFinding(last, "id")).toContain("Paling dekat dibaca kumulatif: target TW IV 11,5% seharusnya sama dengan target tahunan 11,76% (selisih 0,26%).");
    const [grade] = targetPeriodSum.run(table([row60("A", "B", "BB", "BB", "BB", "Predikat")]));
    expect(grade).toMatchObject({ params: { expectedGrade: "A", actualGrade: "BB" } });
    expect(grade.expected).toBeUndefined();
    expect(renderFinding(grade, "id")).toContain("Predikat TW IV BB, sedangkan target tahunan A.");
    expect(renderFinding(grade, "en")).toContain("The TW IV grade is BB while the annual target is A.");
  });

  it("works through the whole check of a sheet typed the way staff type it (merged two-row header, text and numbers)", () => {
    const grid = sheet(
      [
        ["RENCANA AKSI DINAS KOPERASI DAN UKM TAHUN 2022"],
        [],
        ["No", "Indikator Kinerja", "Satuan", "Target Kinerja", "Rencana Aksi per Triwulan", null, null, null, "Program/Kegiatan", "APBD (Rp)", "Penanggung Jawab"],
        [null, null, null, null, "I", "II", "III", "IV", null, null, null],
        [1, "Jumlah koperasi dibina", "Unit", 12, 3, 3, 3, 3, "Pembinaan Koperasi", 10_000_000, "Kepala Bidang"],
        [2, "Persentase IKU OPD yang tercapai", "Persen", 100, 95, "-", "-", "-", "Perencanaan", 17_764_580, "Sekretaris"],
        [3, "Dokumen Renja", "Dokumen", "1 Dokumen", "25%", "50%", "75%", "100%", "Penyusunan Renja", 3_669_940, "Sekretaris"],
      ],
      { merges: ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:H3", "I3:I4", "J3:J4", "K3:K4"] },
    );
    const findings = analyzeSheet(grid).findings.filter((f) => f.code === "TARGET_PERIOD_SUM");
    expect(findings.map((f) => [f.cell, f.expected, f.actual])).toEqual([["D6", 100, 95]]);
  });
  it("compares monthly shares at the precision typed, not half a point per month (issue 12)", () => {
    const bulan = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];
    const grid = sheet(
      [
        ["RENCANA AKSI BAPPEDA TAHUN 2024"],
        [],
        ["No", "Indikator Kinerja", "Satuan", "Target Tahunan", "Target Bulanan", ...Array(11).fill(null), "Penanggung Jawab"],
        [null, null, null, null, ...bulan, null],
        [1, "Persentase penyerapan anggaran", "Persen", "100%", ...Array(11).fill("8%"), "7%", "Sekretaris"],
        [2, "Persentase realisasi fisik kegiatan", "Persen", "100%", ...Array(12).fill("8,33%"), "Sekretaris"],
        [3, "Persentase dokumen yang diarsipkan", "Persen", "100%", ...Array(8).fill("8%"), ...Array(4).fill("9%"), "Sekretaris"],
      ],
      { merges: ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:P3", "Q3:Q4"] },
    );
    const findings = analyzeSheet(grid).findings.filter((f) => f.code.startsWith("TARGET_"));
    expect(findings.map((f) => [f.code, f.cell, f.expected, f.actual, f.params.closest, f.params.measure])).toEqual([["TARGET_PERIOD_SUM", "D5", 100, 95, "incremental", "sum"]]);
  });
});
