import { analyzeSheet } from "../../../src/engine/analyze";
import { capaianChecks } from "../../../src/engine/capaian";
import { triedChecks } from "../../../src/engine/capaian/expected";
import { buildItems } from "../../../src/engine/items";
import { recognizeLayout } from "../../../src/engine/layout";
import { withTextScope } from "../../../src/engine/remembered";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/engine/model";
import { planCapaianFill } from "../../../src/engine/workflow/plan-capaian-fill";
import { renderFinding } from "../../../src/i18n";
import { pkSheet, type PkRow } from "./pk-sheet";

const check = (rows: PkRow[], settings: Partial<Settings> = {}) => {
  const analysis = analyzeSheet(pkSheet(rows), { ...DEFAULT_SETTINGS, ...settings });
  const { negativeFormula, periodBasis, annualBasis } = analysis.tables[0].conventions;
  return {
    conventions: { negativeFormula, periodBasis, annualBasis },
    mismatches: analysis.findings.filter((f) => f.code === "CAPAIAN_MISMATCH"),
  };
};
const cells = (r: ReturnType<typeof check>) => r.mismatches.map((f) => f.cell);

/** A sheet whose negative indikator are stated as target ÷ realisasi (an e-SAKIP app's formula), TW I only. */
const INVERSE: PkRow[] = [
  { indikator: "Tingkat pengangguran terbuka", satuan: "%", tw: [["5", "4", "125"]] },
  { indikator: "Persentase penduduk miskin", satuan: "%", polaritas: "Negatif", tw: [["10", "8", "125"]] },
  { indikator: "Jumlah temuan BPK yang belum ditindaklanjuti", satuan: "Temuan", polaritas: "Negatif", tw: [["4", "5", "80"]] },
  { indikator: "Persentase koperasi sehat", satuan: "%", tw: [["40", "30", "75"]] },
];

/** Per-TW capaian stated as realisasi so far ÷ the annual target: a count added up, a percentage taken as it stands. */
const TO_DATE: PkRow[] = [
  {
    indikator: "Jumlah koperasi yang diawasi",
    satuan: "Unit",
    target: "120",
    tw: [["30", "25", "20,83"], ["30", "35", "50"], ["30", "30", "75"], ["30", "30", "100"]],
  },
  {
    indikator: "Persentase koperasi yang patuh perundang-undangan",
    satuan: "%",
    target: "40",
    tw: [["10", "12", "30"], ["20", "18", "45"], ["30", "30", "75"], ["40", "42", "105"]],
  },
];

/** The annual capaian stated as the mean of the four triwulan capaian. */
const MEAN: PkRow[] = [
  {
    indikator: "Indeks Kepuasan Masyarakat",
    satuan: "Indeks",
    target: "80",
    tw: [["80", "78", "97,5"], ["80", "82", "102,5"], ["80", "80", "100"], ["80", "84", "105"]],
    capaian: "101,25",
  },
  {
    indikator: "Persentase layanan perizinan tepat waktu",
    satuan: "%",
    target: "90",
    tw: [["90", "81", "90"], ["90", "90", "100"], ["90", "99", "110"], ["90", "85,5", "95"]],
    capaian: "98,75",
  },
  { indikator: "Jumlah dokumen perencanaan", satuan: "Dokumen", target: "4", tw: [["1", "1", "100"], ["1", "1", "100"], ["1", "1", "100"], ["1", "1", "100"]], capaian: "100" },
];

describe("capaian conventions detected per sheet, the setting overriding", () => {
  it.each<[string, PkRow[], object, Partial<Settings>, string[]]>([
    ["negative indikator as target ÷ realisasi", INVERSE, { negativeFormula: "inverse" }, { negativeFormula: "permenpan" }, ["H5", "H6", "H7"]],
    ["per-TW capaian as realisasi s.d. TW ÷ target tahunan", TO_DATE, { periodBasis: "to-date" }, { periodCapaianBasis: "period" }, ["H5", "K5", "N5", "H6", "K6", "N6"]],
    ["the annual capaian as the mean of the triwulan", MEAN, { annualBasis: "mean" }, { annualCapaianBasis: "indikator" }, ["S5", "S6"]],
  ])("%s: detected under auto, no error on any row; the default set by hand reports every row", (_name, rows, detected, byHand, wrong) => {
    const auto = check(rows);
    expect(auto.conventions).toEqual(expect.objectContaining(detected));
    expect(auto.mismatches).toEqual([]);
    expect(cells(check(rows, byHand))).toEqual(wrong);
  });

  it("reads a sheet that states nothing else with the defaults (PermenPAN-RB, per period, per indikator)", () => {
    expect(check([{ indikator: "Tingkat pengangguran terbuka", satuan: "%", tw: [["5", "4", "120"]] }]).conventions).toEqual({ negativeFormula: "permenpan", periodBasis: "period", annualBasis: "indikator" });
  });

  it("keeps the default for a sheet that mixes the formulas, and reports its odd rows", () => {
    const mixed: PkRow[] = [...INVERSE.slice(0, 2), { indikator: "Jumlah temuan BPK yang belum ditindaklanjuti", satuan: "Temuan", polaritas: "Negatif", tw: [["4", "5", "75"]] }];
    const result = check(mixed);
    expect(result.conventions.negativeFormula).toBe("permenpan");
    expect(cells(result)).toEqual(["H5", "H6"]);
  });

  it("does not take one row for a convention", () => {
    expect(check(INVERSE.slice(0, 1)).conventions.negativeFormula).toBe("permenpan");
  });

  it("follows the person's setting over what the sheet shows", () => {
    const result = check(INVERSE, { negativeFormula: "inverse" });
    expect(result.conventions.negativeFormula).toBe("inverse");
    // Set to the last period for every row: the count of documents (1 | 1 | 1 | 1 of 4) is then 25%.
    expect(cells(check(MEAN, { annualCapaianBasis: "last" }))).toEqual(["S5", "S6", "S7"]);
    // Set to the mean on a sheet that reads the year per indikator: the mean is what it is held to.
    const [f] = check([{ ...MEAN[0], capaian: "105" }], { annualCapaianBasis: "mean" }).mismatches;
    expect(f).toEqual(expect.objectContaining({ cell: "S5", expected: 101.25, actual: 105, params: expect.objectContaining({ basis: "mean" }) }));
    expect(renderFinding(f, "id")).toContain("rata-rata capaian per periode");
    expect(renderFinding(f, "en")).toContain("the mean of the period capaian");
  });

  it("fills an empty capaian with the negative formula the sheet follows, as the check reads it", () => {
    const grid = pkSheet([...INVERSE, { indikator: "Tingkat pengangguran terbuka", satuan: "%", tw: [["8", "5", null]] }]);
    const plan = planCapaianFill(grid, analyzeSheet(grid), DEFAULT_SETTINGS);
    const h9 = plan.writes.find((w) => w.row === 8 && w.col === 7);
    expect(h9?.result ?? h9?.value).toBe(160);
  });
});

describe("the annual readings tried share one walk of the periods", () => {
  // The conventions try "mean" beside the indikator's own reading: only the annual capaian differ,
  // so the period capaian are worked out once for both (and are the same objects).
  const itemsOf = (rows: PkRow[]) => {
    const grid = pkSheet(rows);
    const table = recognizeLayout(grid).tables[0];
    return buildItems(grid, table);
  };

  it("gives each reading its own annual check over the same period checks", () => {
    const [item] = itemsOf(MEAN);
    withTextScope(() => {
      const own = capaianChecks(item, { ...DEFAULT_SETTINGS, annualCapaianBasis: "indikator" });
      const mean = capaianChecks(item, { ...DEFAULT_SETTINGS, annualCapaianBasis: "mean" });
      expect(own.map((c) => c.period)).toEqual(["tw1", "tw2", "tw3", "tw4", "annual"]);
      expect(mean.slice(0, 4)).toEqual(own.slice(0, 4));
      mean.slice(0, 4).forEach((check, i) => expect(check).toBe(own[i]));
      expect(own[4].candidates.map((c) => c.basis)).toEqual(["last"]);
      expect(mean[4].candidates).toEqual([{ value: 101.25, method: expect.any(String), basis: "mean" }]);
    });
  });

  it("walks a reading the conventions try without keeping it, unless a walk under it is kept already", () => {
    const [item] = itemsOf(MEAN);
    const mean = { ...DEFAULT_SETTINGS, annualCapaianBasis: "mean" as const };
    const kept = withTextScope(() => capaianChecks(item, mean));
    withTextScope(() => {
      const tried = triedChecks(item, mean);
      expect(tried).toEqual(kept);
      // Not kept: asked again, the reading is walked again (a kept walk would be the same list).
      expect(triedChecks(item, mean)).not.toBe(tried);
      // Once the rules keep the reading's walk, a try reads that one.
      const rules = capaianChecks(item, mean);
      expect(triedChecks(item, mean)).toBe(rules);
    });
  });

  it("walks the periods again where the annual reading changes them (a period capaian counted to date)", () => {
    const [item] = itemsOf(TO_DATE);
    withTextScope(() => {
      const sum = capaianChecks(item, { ...DEFAULT_SETTINGS, periodCapaianBasis: "to-date", annualCapaianBasis: "sum" });
      const last = capaianChecks(item, { ...DEFAULT_SETTINGS, periodCapaianBasis: "to-date", annualCapaianBasis: "last" });
      // TW II so far: 25 + 35 = 60 of 120 as a sum, 35 of 120 as the last.
      expect(sum[1].candidates.map((c) => c.value)).toEqual([50]);
      expect(last[1].candidates.map((c) => c.value)).toEqual([expect.closeTo(29.1667, 3)]);
    });
  });
});
