import { FINDING_CODES, type Finding, type FindingCode } from "../../src/engine/model";
import { renderFinding } from "../../src/i18n";
import { budgetPeriodSum } from "../../src/engine/rules/budget-period-sum";
import { LOMBOK_TENGAH_2022 } from "../engine/rules/support/lombok-tengah";
import { table } from "../engine/rules/support/table";

/** One realistic finding per code, with the numbers each message must show formatted. */
const SAMPLES: Record<FindingCode, { finding: Finding; id: string[]; en: string[] }> = {
  BUDGET_PERIOD_SUM: {
    finding: {
      code: "BUDGET_PERIOD_SUM", severity: "error", row: 47, col: 10, cell: "K48", expected: 19655640, actual: 26005473, difference: 6349833,
      params: { label: "Pemberdayaan melalui Kemitraan Usaha Mikro", level: "subkegiatan", periods: "quarterly", annual: 26005473, periodSum: 19655640, suspect: "" },
    },
    id: ["Rp 19.655.640", "Rp 26.005.473", "Rp 6.349.833", "TW I–IV"],
    en: ["Rp 19,655,640", "Rp 26,005,473", "Rp 6,349,833", "TW I–IV"],
  },
  BUDGET_CHILD_SUM: {
    finding: {
      code: "BUDGET_CHILD_SUM", severity: "warning", row: 13, col: 13, cell: "N14", expected: 82112500, actual: 81112500, difference: -1000000, derivedFrom: ["N21"],
      params: { label: "Pemeriksaan dan Pengawasan Koperasi", level: "kegiatan", column: "tw3", members: 2, memberLevel: "subkegiatan" },
    },
    id: ["Rp 81.112.500", "Rp 82.112.500", "Rp 1.000.000", "TW III", "sub kegiatan", "N21"],
    en: ["Rp 81,112,500", "Rp 82,112,500", "Rp 1,000,000", "TW III", "sub kegiatan", "N21"],
  },
  BUDGET_TOTAL_SUM: {
    finding: {
      code: "BUDGET_TOTAL_SUM", severity: "error", row: 25, col: 10, cell: "K26", expected: 241438080, actual: 241438800, difference: 720,
      params: { label: "Jumlah", level: "total", column: "annual", members: 2, memberLevel: "program" },
    },
    id: ["Rp 241.438.800", "Rp 241.438.080", "Rp 720", "program"],
    en: ["Rp 241,438,800", "Rp 241,438,080", "Rp 720", "program"],
  },
  BUDGET_ZERO_WITH_TARGET: {
    finding: { code: "BUDGET_ZERO_WITH_TARGET", severity: "warning", row: 29, col: 10, cell: "K30", actual: 0, params: { label: "Pendataan UMKM", level: "kegiatan" } },
    id: ["Rp 0", "kegiatan"],
    en: ["Rp 0", "kegiatan"],
  },
  REALISASI_ANGGARAN_EXCEEDS: {
    finding: {
      code: "REALISASI_ANGGARAN_EXCEEDS", severity: "error", row: 11, col: 7, cell: "H12", expected: 41080000, actual: 41800000, difference: 720000,
      params: { label: "Peningkatan Kualitas Kelembagaan Koperasi", level: "kegiatan", period: "tw4" },
    },
    id: ["Rp 41.800.000", "Rp 41.080.000", "Rp 720.000", "TW IV"],
    en: ["Rp 41,800,000", "Rp 41,080,000", "Rp 720,000", "TW IV"],
  },
  SERAPAN_MISMATCH: {
    finding: { code: "SERAPAN_MISMATCH", severity: "error", row: 11, col: 8, cell: "I12", expected: 97.5, actual: 99.5, difference: 2, params: { label: "Sosialisasi" } },
    id: ["99,5%", "97,5%"],
    en: ["99.5%", "97.5%"],
  },
  COLUMN_RULE_MISMATCH: {
    finding: {
      code: "COLUMN_RULE_MISMATCH", severity: "error", row: 14, col: 19, cell: "T15", expected: 85.33333333333333, actual: 90, difference: 4.666666666666671,
      params: { formula: "15 = 14 / 6 x 100", column: 15, cells: "R15, H15", percent: 1, label: "Program Penunjang Urusan Pemerintahan Daerah" },
    },
    id: ["15 = 14 / 6 x 100", "85,33%", "90%", "4,67%", "R15 dan H15"],
    en: ["15 = 14 / 6 x 100", "85.33%", "90%", "4.67%", "R15 and H15"],
  },
  TARGET_PERIOD_SUM: {
    finding: {
      code: "TARGET_PERIOD_SUM", severity: "warning", row: 59, col: 4, cell: "E60", expected: 100, actual: 95,
      params: { indikator: "Persentase IKU OPD yang tercapai", annual: "100", series: "95 | - | - | -", periods: "quarterly" },
    },
    id: ["95 | - | - | -", "100", "triwulan"],
    en: ["95 | - | - | -", "100", "quarterly"],
  },
  TARGET_CUMULATIVE_DECREASE: {
    finding: {
      code: "TARGET_CUMULATIVE_DECREASE", severity: "error", row: 20, col: 7, cell: "H21", expected: 3, actual: 2,
      params: { indikator: "Jumlah laporan", period: "b3", value: "2 Laporan", previousPeriod: "b2", previousValue: "3 Laporan" },
    },
    id: ["Maret", "Februari", "2 Laporan", "3 Laporan"],
    en: ["March", "February", "2 Laporan", "3 Laporan"],
  },
  CAPAIAN_MISMATCH: {
    finding: {
      code: "CAPAIAN_MISMATCH", severity: "error", row: 40, col: 9, cell: "J41", expected: 40.049180327868854, actual: 38.17, difference: -1.879180327868854,
      params: { period: "tw4", formula: "positive", target: "61%", realisasi: "24,43%" },
    },
    id: ["38,17%", "40,05%", "TW IV", "realisasi ÷ target × 100"],
    en: ["38.17%", "40.05%", "TW IV", "realisasi ÷ target × 100"],
  },
  CAPAIAN_NOT_COMPUTABLE: {
    finding: {
      code: "CAPAIAN_NOT_COMPUTABLE", severity: "warning", row: 4, col: 5, cell: "F5", actual: 100,
      params: { period: "annual", reason: "target-zero", indikator: "Jumlah temuan BPK", target: "0", realisasi: 2, text: "100" },
    },
    id: ["Jumlah temuan BPK", "target 0", "100%", "F5", "Keterangan"],
    en: ["Jumlah temuan BPK", "target of 0", "100%", "F5", "Keterangan"],
  },
  INVALID_NUMBER: {
    finding: { code: "INVALID_NUMBER", severity: "error", row: 29, col: 8, cell: "I30", params: { text: "11`,76%", role: "target_tw4", reason: "stray character" } },
    id: ["11`,76%", "target TW IV"],
    en: ["11`,76%", "target TW IV"],
  },
  FORMULA_NOT_CALCULATED: {
    finding: {
      code: "FORMULA_NOT_CALCULATED", severity: "error", row: 7, col: 10, cell: "K8",
      params: { formula: "=VLOOKUP(C8,Pagu!A:B,2,FALSE)", role: "anggaran_tw2", reason: "function", name: "VLOOKUP" },
    },
    id: ["=VLOOKUP(C8,Pagu!A:B,2,FALSE)", "fungsi VLOOKUP", "anggaran TW II", "Buka file di Excel (atau LibreOffice), simpan"],
    en: ["=VLOOKUP(C8,Pagu!A:B,2,FALSE)", "function VLOOKUP", "anggaran TW II", "Open the file in Excel (or LibreOffice), save it"],
  },
  MISSING_TARGET: {
    finding: { code: "MISSING_TARGET", severity: "warning", row: 33, col: 4, cell: "E34", params: { label: "Jumlah SDM", indikator: "Jumlah SDM Usaha Mikro yang dilatih" } },
    id: ["Jumlah SDM Usaha Mikro yang dilatih"],
    en: ["Jumlah SDM Usaha Mikro yang dilatih"],
  },
  MISSING_SATUAN: {
    finding: { code: "MISSING_SATUAN", severity: "info", row: 56, col: 3, cell: "D57", params: { indikator: "Jumlah Usaha Mikro yang meningkat skala usaha", target: "10" } },
    id: ["Jumlah Usaha Mikro yang meningkat skala usaha", "10"],
    en: ["Jumlah Usaha Mikro yang meningkat skala usaha", "10"],
  },
  MISSING_PENANGGUNG_JAWAB: {
    finding: { code: "MISSING_PENANGGUNG_JAWAB", severity: "warning", row: 12, col: 15, cell: "P13", params: { label: "PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI", block: "program" } },
    id: ["PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI"],
    en: ["PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI"],
  },
  REALISASI_ANNUAL_MISMATCH: {
    finding: {
      code: "REALISASI_ANNUAL_MISMATCH", severity: "error", row: 11, col: 18, cell: "S12", expected: 83.5, actual: 326, difference: 242.5,
      params: { label: "Indeks Kepuasan Masyarakat", text: "326", series: "80 | 81 | 82 | 83,5", basis: "last", kind: "level", satuan: "Indeks" },
    },
    id: ["326", "80 | 81 | 82 | 83,5", "83,5 Indeks", "periode terakhir", "S12"],
    en: ["326", "80 | 81 | 82 | 83,5", "83.5 Indeks", "last period", "S12"],
  },
  KODE_FORMAT: {
    finding: { code: "KODE_FORMAT", severity: "warning", row: 14, col: 2, cell: "C15", params: { text: "2,01", read: "2.01" } },
    id: ["2,01", "2.01"],
    en: ["2,01", "2.01"],
  },
  EFISIENSI: {
    finding: {
      code: "EFISIENSI", severity: "warning", row: 11, col: 8, cell: "I12", expected: 96.5, actual: 62.5, difference: -34,
      params: { label: "Pengawasan Koperasi", direction: "low-capaian", capaian: 62.5, serapan: 96.5, gap: 20, lowSerapan: 50, anggaran: 64595946, realisasiAnggaran: 62334087 },
    },
    id: ["62,5%", "96,5%", "Rp 62.334.087", "Rp 64.595.946", "20 poin"],
    en: ["62.5%", "96.5%", "Rp 62,334,087", "Rp 64,595,946", "20 points"],
  },
  PREDIKAT_MISMATCH: {
    finding: {
      code: "PREDIKAT_MISMATCH", severity: "warning", row: 9, col: 7, cell: "H10", actual: 82.5,
      params: { label: "Indeks Kepuasan Masyarakat", text: "Sangat Tinggi", capaian: 82.5, source: "stated", expectedId: "Tinggi", expectedEn: "High" },
    },
    id: ["Sangat Tinggi", "82,5%", "“Tinggi”", "Pengaturan"],
    en: ["Sangat Tinggi", "82.5%", "“Tinggi” (High)", "Settings"],
  },
  ANGGARAN_WITHOUT_INDIKATOR: {
    finding: {
      code: "ANGGARAN_WITHOUT_INDIKATOR", severity: "warning", row: 8, col: 3, cell: "D9", actual: 125404054,
      params: { label: "Pemeriksaan Kepatuhan Koperasi", missing: "indikator", indikator: "" },
    },
    id: ["Rp 125.404.054", "Pemeriksaan Kepatuhan Koperasi", "indikator"],
    en: ["Rp 125,404,054", "Pemeriksaan Kepatuhan Koperasi", "indikator"],
  },
  REALISASI_MISSING: {
    finding: {
      code: "REALISASI_MISSING", severity: "warning", row: 12, col: 9, cell: "J13",
      params: { label: "", indikator: "Jumlah koperasi yang diawasi", period: "tw2", target: "45 Unit", reported: 6 },
    },
    id: ["TW II", "45 Unit", "Jumlah koperasi yang diawasi"],
    en: ["TW II", "45 Unit", "Jumlah koperasi yang diawasi"],
  },
  REALISASI_CUMULATIVE_DECREASE: {
    finding: {
      code: "REALISASI_CUMULATIVE_DECREASE", severity: "warning", row: 20, col: 11, cell: "L21", expected: 3, actual: 1, difference: -2,
      params: { label: "Jumlah laporan", period: "tw3", value: "1 Laporan", previousPeriod: "tw2", previousValue: "3 Laporan" },
    },
    id: ["TW III", "TW II", "1 Laporan", "3 Laporan", "kumulatif"],
    en: ["TW III", "TW II", "1 Laporan", "3 Laporan", "cumulative"],
  },
  CROSS_SHEET_TARGET: {
    finding: {
      code: "CROSS_SHEET_TARGET", severity: "warning", row: 11, col: 5, cell: "F12", actual: 80, expected: 85, difference: -5,
      params: { kind: "target", indikator: "Persentase pasar rakyat dalam kondisi baik", text: "80%", other: "'PK 2024'!E9", otherText: "85%", doc: "rencana-aksi", otherDoc: "perjanjian-kinerja" },
    },
    id: ["Persentase pasar rakyat dalam kondisi baik", "80%", "Perjanjian Kinerja, 'PK 2024'!E9 (85%)"],
    en: ["Persentase pasar rakyat dalam kondisi baik", "80%", "Perjanjian Kinerja, 'PK 2024'!E9 (85%)"],
  },
};

const CASES = FINDING_CODES.flatMap((code) => (["id", "en"] as const).map((lang) => [code, lang] as const));

describe("renderFinding", () => {
  it.each(CASES)("%s has a %s message with its cell and numbers formatted", (code, lang) => {
    const sample = SAMPLES[code];
    expect(sample).toBeDefined();
    const message = renderFinding(sample.finding, lang);
    // A derived finding sends the person to its root cells; any other names the cell to fix.
    for (const cell of sample.finding.derivedFrom ?? [sample.finding.cell]) expect(message).toContain(cell);
    for (const part of sample[lang]) expect(message).toContain(part);
    // No leaked internals: undefined params, raw keys, unformatted amounts.
    expect(message).not.toMatch(/undefined|NaN|\[object|\btw\d\b|\bb\d{1,2}\b|subkegiatan|\d{7,}/);
  });

  it("says it the way the brief's users say it", () => {
    const f: Finding = {
      code: "BUDGET_PERIOD_SUM", severity: "error", row: 11, col: 10, cell: "K12", expected: 48500000, actual: 50000000, difference: 1500000,
      params: { label: "", level: "kegiatan", periods: "quarterly", annual: 50000000, periodSum: 48500000, suspect: "" },
    };
    expect(renderFinding(f, "id")).toBe(
      "Jumlah anggaran TW I–IV (Rp 48.500.000) tidak sama dengan anggaran tahunan (Rp 50.000.000), selisih Rp 1.500.000. Periksa sel K12 dan anggaran per periodenya.",
    );
    expect(renderFinding(f, "en")).toBe(
      "The TW I–IV anggaran add up to Rp 48,500,000, not the annual anggaran of Rp 50,000,000 (a difference of Rp 1,500,000). Check K12 and the amounts per period.",
    );
  });

  it("renders what the budget rules produce on Lombok Tengah: roots and the cells derived ones point to", () => {
    const findings = budgetPeriodSum.run(table(LOMBOK_TENGAH_2022));
    const jumlah = findings.find((f) => f.cell === "K99");
    expect(jumlah && renderFinding(jumlah, "id")).toBe(
      "Jumlah anggaran TW I–IV (Rp 9.359.275.911) tidak sama dengan anggaran tahunan (Rp 9.361.664.774), selisih Rp 2.388.863. Selisih ini mengikuti kesalahan di sel K48, K61 dan K96; perbaiki sel itu lebih dulu.",
    );
    for (const f of findings) {
      expect(renderFinding(f, "id")).toMatch(/Rp \d{1,3}(\.\d{3})+/);
      expect(renderFinding(f, "en")).toMatch(/Rp \d{1,3}(,\d{3})+/);
    }
  });

  it("names the period a pinned budget error sits in", () => {
    const f: Finding = {
      code: "BUDGET_PERIOD_SUM", severity: "error", row: 20, col: 13, cell: "N21", expected: 81112500, actual: 82112500, difference: 1000000,
      params: { label: "Pemeriksaan Kepatuhan", level: "subkegiatan", periods: "quarterly", annual: 137165110, periodSum: 138165110, suspect: "tw3" },
    };
    expect(renderFinding(f, "id")).toBe(
      "Jumlah anggaran TW I–IV (Rp 138.165.110) tidak sama dengan anggaran tahunan (Rp 137.165.110), selisih Rp 1.000.000. Yang tidak cocok adalah anggaran TW III (Rp 82.112.500): seharusnya Rp 81.112.500. Periksa sel N21.",
    );
  });

  it.each<[string, Record<string, string | number>, string, string]>([
    ["per-year Renstra amounts", { periods: "range", firstPeriod: "y2021", lastPeriod: "y2025", family: "anggaran" }, "Jumlah anggaran 2021–2025 (Rp 48.500.000)", "The 2021–2025 anggaran add up to Rp 48,500,000"],
    ["realisasi anggaran per TW", { periods: "quarterly", family: "realisasi_anggaran" }, "Jumlah realisasi anggaran TW I–IV (Rp 48.500.000)", "The TW I–IV realisasi anggaran add up to Rp 48,500,000"],
    ["cumulative realisasi", { periods: "quarterly", family: "realisasi_anggaran", cumulative: 1, lastPeriod: "tw4" }, "Realisasi anggaran s.d. TW IV (Rp 48.500.000)", "The realisasi anggaran up to TW IV (Rp 48,500,000)"],
  ])("names the money column family and its periods: %s", (_name, params, id, en) => {
    const f: Finding = {
      code: "BUDGET_PERIOD_SUM", severity: "error", row: 11, col: 10, cell: "K12", expected: 48500000, actual: 50000000, difference: 1500000,
      params: { label: "", level: "program", annual: 50000000, periodSum: 48500000, suspect: "", ...params },
    };
    expect(renderFinding(f, "id")).toContain(id);
    expect(renderFinding(f, "en")).toContain(en);
  });

  it.each<[string, Record<string, string>, string, string]>([
    ["a kode of the wrong shape", { kind: "shape", kode: "3.31.3", level: "program", shape: "X.XX.XX" }, "Kode 3.31.3 di sel B9 tidak berbentuk kode program (X.XX.XX)", "The kode 3.31.3 in B9 does not have the shape of a program (X.XX.XX) kode"],
    ["a kode of another level than the name", { kind: "level", kode: "3.31.03.2.02", level: "subkegiatan", kodeLevel: "kegiatan", shape: "X.XX.XX.X.XX.XXXX" }, "berbentuk kode kegiatan, padahal nama barisnya menyebut sub kegiatan", "has the shape of a kegiatan kode, but the row's name says sub kegiatan"],
    ["a kode used twice", { kind: "duplicate", kode: "3.31.01.2.01", level: "kegiatan", firstCell: "B5" }, "sudah dipakai di sel B5", "is already used in B5"],
  ])("says what is wrong with a kode in the hierarchy: %s", (_name, params, id, en) => {
    const f: Finding = { code: "KODE_FORMAT", severity: "warning", row: 8, col: 1, cell: "B9", params };
    expect(renderFinding(f, "id")).toContain(id);
    expect(renderFinding(f, "en")).toContain(en);
    for (const lang of ["id", "en"] as const) expect(renderFinding(f, lang)).not.toMatch(/undefined|subkegiatan/);
  });

  it("fails loudly on a code without a message rather than showing nothing", () => {
    const f = { ...SAMPLES.MISSING_TARGET.finding, code: "NEW_CODE" as FindingCode };
    expect(() => renderFinding(f, "id")).toThrow(/NEW_CODE/);
  });
});

describe("why a number is not read, and why a formula was not calculated", () => {
  const invalidNumber = (params: Record<string, string>): Finding => ({ code: "INVALID_NUMBER", severity: "error", row: 7, col: 6, cell: "G8", params: { role: "anggaran", ...params } });
  const notCalculated = (params: Record<string, string>): Finding => ({ code: "FORMULA_NOT_CALCULATED", severity: "error", row: 7, col: 6, cell: "G8", params: { formula: "=SUM(G9:G10)", role: "anggaran", ...params } });

  it.each<[string, Finding, string, string]>([
    ["a date", { ...invalidNumber({ text: "01/04/2024", reason: "date" }), severity: "warning" }, "berisi tanggal (01/04/2024), bukan angka anggaran", "holds a date (01/04/2024), not a anggaran number"],
    ["too many digits", invalidNumber({ text: "1.234.567.890.123.456.789", reason: "too-many-digits" }), "lebih dari 15 angka penting, Excel pun tidak menyimpannya persis", "more than 15 significant digits"],
    ["too large", invalidNumber({ text: "1e400", reason: "too-large" }), "terlalu besar", "too large"],
    ["a function", notCalculated({ reason: "function", name: "VLOOKUP" }), "tidak menghitung fungsi VLOOKUP", "does not compute the function VLOOKUP"],
    ["another sheet", notCalculated({ reason: "other-sheet" }), "merujuk ke lembar lain", "refers to another sheet"],
    ["a cycle", notCalculated({ reason: "cycle" }), "rujukan melingkar", "circular reference"],
    ["a text result", notCalculated({ reason: "text-result" }), "hasilnya berupa teks", "its result is text"],
    ["a reference", notCalculated({ reason: "reference", reference: "K:K" }), "rujukan K:K", "reference K:K"],
    ["a dependency", notCalculated({ reason: "depends", source: "G9" }), "memakai sel G9 yang juga belum dihitung", "uses G9, which is not calculated either"],
  ])("%s", (_name, f, id, en) => {
    expect(renderFinding(f, "id")).toContain(id);
    expect(renderFinding(f, "en")).toContain(en);
    expect(renderFinding(f, "id")).toContain("G8");
  });

  it("tells the person what to do with a formula not calculated, and what was not checked", () => {
    expect(renderFinding(notCalculated({ reason: "syntax" }), "id")).toBe(
      "Rumus di sel G8 (=SUM(G9:G10)) tersimpan tanpa hasilnya (file dibuat oleh program lain, bukan disimpan oleh Excel), dan Cermat tidak dapat membaca rumusnya. " +
        "Nilai anggaran di sel ini tidak diketahui, jadi jumlah anggaran dan capaian yang memakainya tidak diperiksa. Buka file di Excel (atau LibreOffice), simpan, lalu periksa lagi.",
    );
  });
});
