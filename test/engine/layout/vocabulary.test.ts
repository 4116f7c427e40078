import { claimColumn } from "../../../src/engine/layout/column-claims";
import type { PathEntry } from "../../../src/engine/layout/header-block";
import { isRole, PLAIN_ROLES } from "../../../src/engine/model";
import {
  isCumulativeText,
  isHeaderWord,
  levelOf,
  measureOf,
  namesBudgetToo,
  namesFunding,
  pairRolesOf,
  periodLabelOf,
  readHeaderWord,
  resolveBare,
  roleOf,
  scaleOf,
  stripCumulative,
  unitOf,
} from "../../../src/engine/layout/header-words";
import {
  BUDGET_IN_NAME_WORDS,
  CUMULATIVE_WORDS,
  FUNDING_WORDS,
  LEVEL_WORDS,
  MEASURE_WORDS,
  MONTH_NAMES,
  MONTHLY_WORDS,
  PAIR_HEADERS,
  QUARTERLY_WORDS,
  ROLE_SYNONYMS,
  SCALE_WORDS,
  UNIT_WORDS,
} from "../../../src/engine/layout/synonyms";

const path = (...texts: string[]): PathEntry[] => texts.map((text, row) => ({ text, row }));

/** Every phrase of the vocabulary, as data: the test fails for an entry another entry shadows. */
const ENTRIES = ROLE_SYNONYMS.flatMap((s) => [...s.phrases, ...(s.exact ?? [])].map((phrase) => [phrase, s.role] as const));

/** How the same words reach a header cell: capitals, a line break, a trailing colon, words glued with capitals. */
const SPELLINGS: ReadonlyArray<[string, (p: string) => string]> = [
  ["as written", (p) => p],
  ["in capitals", (p) => p.toUpperCase()],
  ["with a trailing colon", (p) => `${p} :`],
  ["split over lines", (p) => p.replace(/ /g, "\n")],
  ["glued in title case", (p) => p.replace(/(^| )(\w)/g, (_, _s, c: string) => c.toUpperCase())],
];

describe("every entry of the role vocabulary names its role", () => {
  it.each(ENTRIES.flatMap(([phrase, role]) => SPELLINGS.map(([how, spell]) => [phrase, how, spell(phrase), role] as const)))("%j %s (%j) → %s", (_p, _how, text, role) => {
    expect(roleOf(text)).toBe(role);
  });
});

describe("the spellings issue 9 met on real sheets", () => {
  it.each([
    ["Pejabat", "penanggung_jawab"],
    ["PIC", "penanggung_jawab"],
    ["Pelaksana", "penanggung_jawab"],
    ["Unit Kerja Penanggung Jawab", "penanggung_jawab"],
    ["Perangkat Daerah Penanggung Jawab", "penanggung_jawab"],
    ["Perangkat Daerah\nPenanggung\nJawab", "penanggung_jawab"],
    ["Unit Kerja Perangkat Daerah Penanggungjawab", "penanggung_jawab"],
    ["Alokasi Anggaran", "anggaran"],
    ["Alokasi Anggaran (Rp)", "anggaran"],
    ["Pagu", "anggaran"],
    ["PAGU (Rp.)", "anggaran"],
    ["DPA", "anggaran"],
    ["Pendanaan", "anggaran"],
    ["Kerangka Pendanaan", "anggaran"],
    ["Realisasi (Rp)", "realisasi_anggaran"],
    ["Realisasi (Rp.)", "realisasi_anggaran"],
    ["Realisasi Rp. Juta", "realisasi_anggaran"],
    ["Data Capaian pada Tahun Awal Perencanaan", "baseline"],
    ["DataCapaian pada Tahun Awal", "baseline"],
    ["Kondisi Awal", "baseline"],
    ["Kondisi Kinerja Awal RPJMD", "baseline"],
    ["Baseline", "baseline"],
    ["Baseline 2020:", "baseline"],
    ["Triwulan", "periode"],
    ["Periode", "periode"],
    ["TW", "periode"],
    ["Rencana Aksi", "program"],
    ["Urusan/Bidang Urusan/Program/Kegiatan", "program"],
    ["Lokasi", "lokasi"],
    ["target_tahunan", "target"],
    ["realisasi_anggaran", "realisasi_anggaran"],
    ["pagu", "anggaran"],
    ["pj", "penanggung_jawab"],
  ])("%j → %s", (text, role) => {
    expect(claimColumn(0, path(text)).role).toBe(role);
  });

  it.each([
    ["Realisasi", "realisasi"],
    ["Rp", "realisasi_anggaran"],
    ["(Rp)", "realisasi_anggaran"],
    ["%", "realisasi"],
  ])("under Realisasi, %j → %s", (text, role) => {
    expect(claimColumn(0, path("Realisasi", text)).role).toBe(role);
  });

  it.each([
    ["Realisasi", "realisasi_anggaran"],
    ["%", "serapan"],
    ["Rp", "anggaran"],
  ])("under Anggaran, %j → %s", (text, role) => {
    expect(claimColumn(0, path("Anggaran", text)).role).toBe(role);
  });
});

describe("units under a period", () => {
  it.each([
    [["TW I", "%"], "capaian_tw1"],
    [["Triwulan II", "Target"], "target_tw2"],
    [["Rencana Aksi per Triwulan", "III", "%"], "capaian_tw3"],
    [["Realisasi", "TW IV", "%"], "capaian_tw4"],
    [["Realisasi", "TW IV", "Rp"], "realisasi_anggaran_tw4"],
    [["Target", "TW I", "Rp"], "anggaran_tw1"],
    [["Target Kinerja dan Anggaran", "TW I", "K"], "target_tw1"],
  ])("%j → %s", (texts, role) => {
    expect(claimColumn(0, path(...texts)).role).toBe(role);
  });
});

describe("units", () => {
  it.each(UNIT_WORDS.flatMap((u) => [...u.phrases, ...(u.exact ?? [])].map((w) => [w, u.unit] as const)))("%j is a %s unit", (word, unit) => {
    expect(unitOf(word)).toBe(unit);
    expect(unitOf(`(${word.toUpperCase()})`)).toBe(unit);
  });

  it.each([
    ["K", "kinerja"],
    ["Rp.", "money"],
    ["(Rp)", "money"],
    ["Rp. Juta", "money"],
    ["(Rp. 000)", "money"],
    ["Ribu", "money"],
    ["(%)", "percent"],
    ["%", "percent"],
    ["Persen", "percent"],
    ["Anggaran (Rp)", "money"],
    ["Capaian (%)", "percent"],
  ])("%j → %s", (text, unit) => {
    expect(unitOf(text)).toBe(unit);
  });

  it.each(["Kegiatan", "Keterangan", "Indikator Kinerja", "Rencana"])("%j states no unit", (text) => {
    expect(unitOf(text)).toBeUndefined();
  });
});

describe("headers over a K | Rp pair", () => {
  const EXAMPLES: Record<string, string> = {
    "realisasi|tahun lalu": "Realisasi Capaian Kinerja dan Anggaran Renstra Perangkat Daerah s.d. Renja Perangkat Daerah Tahun Lalu (2022)",
    "realisasi|renja|dievaluasi": "Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi",
    "tingkat capaian|renstra": "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra Perangkat Daerah s.d. Tahun 2023 (%)",
    "realisasi|renstra": "Realisasi Kinerja dan Anggaran Renstra Perangkat Daerah s.d. Tahun 2023",
    "target|renja": "Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan (2023)",
    "target|renstra": "Target Renstra Perangkat Daerah pada Tahun 2026 (Akhir Periode Renstra)",
    "capaian|renstra": "Capaian Kinerja Renstra",
    "kondisi|akhir": "Kondisi Kinerja pada Akhir Periode Renstra Perangkat Daerah",
  };

  it.each(PAIR_HEADERS.map((p) => [p.all.join("|"), p.roles] as const))("%s", (key, roles) => {
    const text = EXAMPLES[key];
    expect(text).toBeDefined();
    expect(pairRolesOf(text)).toEqual(roles);
    expect(claimColumn(0, path(text, "K")).role).toBe(roles.kinerja);
    expect(claimColumn(0, path(text, "Rp.")).role).toBe(roles.money);
  });
});

describe("running totals", () => {
  it.each(CUMULATIVE_WORDS.map((w) => [w]))("%j marks a running total", (word) => {
    expect(isCumulativeText(`Realisasi ${word} TW III`)).toBe(true);
    expect(stripCumulative(`${word} Triwulan II`)).toBe("triwulan ii");
  });

  it.each([
    [["Realisasi Anggaran", "s.d. Triwulan II"], "realisasi_anggaran_tw2"],
    [["Realisasi Anggaran", "s/d TW III"], "realisasi_anggaran_tw3"],
    [["Realisasi Anggaran", "Sampai dengan TW IV"], "realisasi_anggaran_tw4"],
    [["Realisasi s/d Triwulan III (Rp)"], "realisasi_anggaran_tw3"],
    [["Realisasi Anggaran Kumulatif", "TW II"], "realisasi_anggaran_tw2"],
  ])("%j → %s, cumulative", (texts, role) => {
    const claim = claimColumn(0, path(...texts));
    expect(claim.role).toBe(role);
    expect(claim.cumulative).toBe(true);
  });

  it("a plain triwulan is not a running total", () => {
    expect(claimColumn(0, path("Realisasi Anggaran", "Triwulan II")).cumulative).toBeUndefined();
  });
});

describe("years", () => {
  it.each([
    [["Tahun 2021", "Target"], "target_y2021"],
    [["2022", "Rp"], "anggaran_y2022"],
    [["Capaian Kinerja dan Kerangka Pendanaan", "2023", "Rp"], "anggaran_y2023"],
    [["Capaian Kinerja dan Kerangka Pendanaan", "2023", "Target"], "target_y2023"],
    [["Th. 2024", "Realisasi (Rp)"], "realisasi_anggaran_y2024"],
    [["Target 2024"], "target"],
  ])("%j → %s", (texts, role) => {
    expect(claimColumn(0, path(...texts)).role).toBe(role);
  });
});

describe("the other word lists, entry by entry", () => {
  it.each(MEASURE_WORDS.flatMap((m) => [...m.phrases, ...(m.exact ?? [])].map((p) => [p, m.measure] as const)))("measure %j → %s", (phrase, measure) => {
    expect(measureOf(phrase)).toBe(measure);
    expect(measureOf(`${phrase.toUpperCase()} :`)).toBe(measure);
  });

  it.each(MONTH_NAMES.flatMap((names, i) => names.map((n) => [n, `b${i + 1}`] as const)))("month %j → %s", (name, month) => {
    expect(periodLabelOf(name)).toEqual({ kind: "month", month });
    expect(periodLabelOf(name.toUpperCase())).toEqual({ kind: "month", month });
  });

  it.each(SCALE_WORDS.flatMap((s) => s.phrases.map((p) => [p, s.factor] as const)))("scale %j → %d", (phrase, factor) => {
    expect(scaleOf(["Anggaran", `(Rp. ${phrase})`])).toBe(factor);
  });

  it.each(LEVEL_WORDS.flatMap((l) => l.phrases.map((p) => [p, l.level] as const)))("level %j → %s", (phrase, level) => {
    expect(levelOf(`${phrase.toUpperCase()} & ANGGARAN`)).toBe(level);
  });

  it.each(FUNDING_WORDS.map((w) => [w]))("%j names funding beside performance", (word) => {
    expect(namesFunding(`Capaian Kinerja dan ${word}`)).toBe(true);
  });

  it.each(BUDGET_IN_NAME_WORDS.map((w) => [w]))("%j in a program header puts the budget in the name column", (word) => {
    expect(namesBudgetToo(`PROGRAM & ${word.toUpperCase()}`)).toBe(true);
  });

  it.each([...MONTHLY_WORDS.map((w) => [w, 7, { kind: "month", month: "b7" }] as const), ...QUARTERLY_WORDS.map((w) => [w, 3, { kind: "quarter", quarter: "tw3" }] as const)])(
    "a bare number under %j is a period",
    (word, n, label) => {
      expect(resolveBare(n, [`Target ${word}`])).toEqual(label);
    },
  );
});

describe("role names a person may type", () => {
  it.each([...PLAIN_ROLES, "target_tw1", "anggaran_tw4", "realisasi_anggaran_b12", "capaian_b1", "anggaran_y2022", "target_y2029"])("%j is a role", (name) => {
    expect(isRole(name)).toBe(true);
  });

  it.each(["", "target_tw5", "anggaran_b13", "anggaran_y22", "Target", "target tw1", "tujuan"])("%j is not", (name) => {
    expect(isRole(name)).toBe(false);
  });

  it("every role the vocabulary names is a plain role", () => {
    for (const { role } of ROLE_SYNONYMS) expect(PLAIN_ROLES).toContain(role);
  });
});

describe("amounts are never header words", () => {
  // isHeaderWord turns grouped digits down without reading them: the full reading must agree,
  // whatever the vocabulary gains (a unit or period written in digits would break this).
  const AMOUNTS = ["45,865,000", "45.865.000", "1.000", "2.025", "20,25", "0,5", "11,76", "000.000", "12.5", "1,234,567.89", "1.2.3"];
  it.each(AMOUNTS)("%s", (text) => {
    expect(readHeaderWord(text)).toBe(false);
    expect(isHeaderWord(text)).toBe(false);
  });

  it("still reads a year, a bare period number and a unit note", () => {
    for (const text of ["2025", "3", "(Rp. 000)", "Rp. (000)"]) expect([text, isHeaderWord(text)]).toEqual([text, readHeaderWord(text)]);
    expect(isHeaderWord("2025")).toBe(true);
  });
});
