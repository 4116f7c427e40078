import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCheck } from "../../../src/cli/commands/check";
import type { CheckReport } from "../../../src/report/check-report";
import { analyzeSheet, type SheetAnalysis } from "../../../src/engine/analyze";
import type { Finding } from "../../../src/engine/model";
import { crossSheetFindings, documentKindOf, normalizeIndikator, withCrossSheetFindings } from "../../../src/engine/workbook/cross-sheet";
import { renderFinding } from "../../../src/i18n";
import { DEFAULT_SETTINGS } from "../../../src/engine/model";
import { runCheck as runPaneCheck } from "../../../src/ui/check-workflow";
import type { PaneAction } from "../../../src/ui/pane-state";
import { XlsxFileWorkbook } from "../../../src/xlsx/node-file";
import { sheet, type RawValue } from "../../support/grid-builder";
import { buildLombokWithPk, PK_SHEET, type PkChanges } from "./lombok-pk";

const RA_SHEET = "Renaksi 2022";

async function analyzeWorkbook(changes: PkChanges): Promise<SheetAnalysis[]> {
  const { workbook } = buildLombokWithPk(changes);
  const book = await XlsxFileWorkbook.fromBuffer(new Uint8Array(await workbook.xlsx.writeBuffer()));
  const out: SheetAnalysis[] = [];
  for (const name of await book.sheetNames()) out.push(analyzeSheet(await book.readSheet(name)));
  return out;
}

const crossOf = (a: SheetAnalysis) => a.findings.filter((f) => f.code === "CROSS_SHEET_TARGET").map((f) => ({ cell: f.cell, severity: f.severity, actual: f.actual, expected: f.expected, ...f.params }));

describe("CROSS_SHEET_TARGET on Lombok Tengah 2022: the Rencana Aksi and its Perjanjian Kinerja in one workbook", () => {
  it("reads one sheet as the Rencana Aksi and the other as the Perjanjian Kinerja, and finds nothing when they agree", async () => {
    const analyses = await analyzeWorkbook({});
    expect(analyses.map((a) => [a.sheet, documentKindOf(a)])).toEqual([
      [RA_SHEET, "rencana-aksi"],
      [PK_SHEET, "perjanjian-kinerja"],
    ]);
    expect(crossSheetFindings(analyses)).toEqual(new Map());
  });

  it("warns on both sides when the PK agrees on 20% for an indikator the RA gives 16%, and on a Jumlah Rp 1.000.000 apart", async () => {
    const [ra, pk] = withCrossSheetFindings(await analyzeWorkbook({ targets: { 11: "20%" }, jumlahOffset: 1_000_000 }));
    const sides = { doc: "rencana-aksi", otherDoc: "perjanjian-kinerja", severity: "warning" };
    expect(crossOf(ra)).toEqual([
      { ...sides, cell: "E9", actual: 16, expected: 20, kind: "target", indikator: "Persentase koperasi berkualitas", text: "16%", other: "'PK 2022'!E5", otherText: "20%" },
      { ...sides, cell: "K100", actual: 9_361_664_774, expected: 9_362_664_774, kind: "anggaran", other: "'PK 2022'!G15" },
    ]);
    const back = { doc: "perjanjian-kinerja", otherDoc: "rencana-aksi", severity: "warning" };
    expect(crossOf(pk)).toEqual([
      { ...back, cell: "E5", actual: 20, expected: 16, kind: "target", indikator: "Persentase koperasi berkualitas", text: "20%", other: "'Renaksi 2022'!E9", otherText: "16%" },
      { ...back, cell: "G15", actual: 9_362_664_774, expected: 9_361_664_774, kind: "anggaran", other: "'Renaksi 2022'!K100" },
    ]);
    // Each sheet's findings stay in cell order.
    expect(ra.findings.map((f) => f.row)).toEqual([...ra.findings.map((f) => f.row)].sort((a, b) => a - b));
    const [target, jumlah] = ra.findings.filter((f) => f.code === "CROSS_SHEET_TARGET");
    expect(renderFinding(target, "id")).toBe(
      "Target tahunan “Persentase koperasi berkualitas” di sel E9 (16%) berbeda dengan target di Perjanjian Kinerja, 'PK 2022'!E5 (20%). Samakan keduanya; Perjanjian Kinerja yang menjadi acuan.",
    );
    expect(renderFinding(jumlah, "en")).toBe(
      "The Jumlah anggaran in K100 (Rp 9,361,664,774) differs from the Jumlah anggaran of the Perjanjian Kinerja in 'PK 2022'!G15 (Rp 9,362,664,774), a difference of Rp 1,000,000. Find which one is wrong and make them the same.",
    );
  });

  it("is reported by cermat check, also for one sheet asked for with --sheet", async () => {
    const { workbook } = buildLombokWithPk({ targets: { 11: "20%" } });
    const file = join(mkdtempSync(join(tmpdir(), "cermat-cross-")), "lombok-pk.xlsx");
    writeFileSync(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
    const cells = async (...args: string[]) => {
      const out: string[] = [];
      await runCheck([file, "--json", ...args], { out: (l) => out.push(l), err: () => undefined });
      const report = JSON.parse(out[0]) as CheckReport;
      return report.sheets.map((s) => [s.sheet, s.findings.filter((f) => f.code === "CROSS_SHEET_TARGET").map((f) => f.cell)]);
    };
    expect(await cells()).toEqual([
      [RA_SHEET, ["E9"]],
      [PK_SHEET, ["E5"]],
    ]);
    expect(await cells("--sheet", PK_SHEET)).toEqual([[PK_SHEET, ["E5"]]]);
  });
});

describe("CROSS_SHEET_TARGET in the pane's Periksa", () => {
  it("checks the active Rencana Aksi against the workbook's PK and marks only the active sheet", async () => {
    const { workbook } = buildLombokWithPk({ targets: { 11: "20%" } });
    const book = await XlsxFileWorkbook.fromBuffer(new Uint8Array(await workbook.xlsx.writeBuffer()));
    const actions: PaneAction[] = [];
    await runPaneCheck(book, analyzeSheet, DEFAULT_SETTINGS, (a) => actions.push(a));
    const done = actions.find((a) => a.type === "checkSucceeded");
    expect(done?.type === "checkSucceeded" && done.analysis.sheet).toBe(RA_SHEET);
    expect(done?.type === "checkSucceeded" && done.analysis.findings.filter((f) => f.code === "CROSS_SHEET_TARGET").map((f) => [f.cell, f.params.other])).toEqual([["E9", "'PK 2022'!E5"]]);
    expect(await book.clearMarks(PK_SHEET)).toBe(0);
  });
});

/** A small sheet of a kind: PK (annual target), RA (TW targets) or Pengukuran (TW target and realisasi). */
function doc(name: string, kind: "pk" | "ra" | "pengukuran", rows: Array<[indikator: string, target: RawValue]>, jumlah?: number) {
  const header: RawValue[] =
    kind === "pk"
      ? ["No", "Indikator Kinerja", "Satuan", "Target", "Program", "Anggaran (Rp)"]
      : kind === "ra"
        ? ["No", "Indikator Kinerja", "Satuan", "Target", "TW I", "TW II", "TW III", "TW IV", "Program", "Anggaran (Rp)"]
        : ["No", "Indikator Kinerja", "Satuan", "Target", "Target TW I", "Realisasi TW I", "Capaian TW I (%)", "Program", "Anggaran (Rp)"];
  const body = rows.map(([indikator, target], i): RawValue[] => {
    const program = i === 0 ? "Program Pengawasan dan Pemeriksaan Koperasi" : "Program Pemberdayaan Usaha Menengah";
    if (kind === "pk") return [i + 1, indikator, "Unit", target, program, 100_000_000];
    if (kind === "ra") return [i + 1, indikator, "Unit", target, "-", "-", "-", target, program, 100_000_000];
    return [i + 1, indikator, "Unit", target, "-", "-", "-", program, 100_000_000];
  });
  const total: RawValue[][] = jumlah === undefined ? [] : [["Jumlah", ...header.slice(1, -1).map(() => null), jumlah]];
  return analyzeSheet(sheet([header, ...body, ...total], { name }));
}

const cellsOf = (found: Map<string, Finding[]>) => Object.fromEntries([...found].map(([s, fs]) => [s, fs.map((f) => `${f.cell}→${f.params.other ?? ""}`)]));

describe("CROSS_SHEET_TARGET: which sheets are held against each other", () => {
  const A = "Jumlah koperasi yang patuh perundang-undangan";
  const B = "Jumlah UMKM yang difasilitasi";

  it.each<[string, SheetAnalysis[], Record<string, string[]>]>([
    ["a Rencana Aksi and its Pengukuran Kinerja", [doc("RA", "ra", [[A, 130], [B, 40]]), doc("Pengukuran", "pengukuran", [[A, 130], [B, 45]])], { RA: ["D3→'Pengukuran'!D3"], Pengukuran: ["D3→'RA'!D3"] }],
    ["the same indikator written with numbering, capitals and double spaces", [doc("PK", "pk", [[`1. ${A.toUpperCase()}`, 120]]), doc("RA", "ra", [[A.replace(/ /g, "  "), 130]])], { PK: ["D2→'RA'!D2"], RA: ["D2→'PK'!D2"] }],
    ["a Jumlah anggaran that differs", [doc("PK", "pk", [[A, 130]], 100_000_000), doc("RA", "ra", [[A, 130]], 90_000_000)], { PK: ["F3→'RA'!J3"], RA: ["J3→'PK'!F3"] }],
    ["two Rencana Aksi (two years or two units): not compared", [doc("RA", "ra", [[A, 130]]), doc("RA (2)", "ra", [[A, 140]])], {}],
    ["a PK 2023 and an RA 2024: not the same year", [doc("PK 2023", "pk", [[A, 120]]), doc("RA 2024", "ra", [[A, 130]])], {}],
    ["an indikator the RA gives two different targets: ambiguous, not compared", [doc("PK", "pk", [[A, 120]]), doc("RA", "ra", [[A, 130], [A, 140]])], {}],
    ["a qualitative target against a number: not compared", [doc("PK", "pk", [[A, "WTP"]]), doc("RA", "ra", [[A, 130]])], {}],
  ])("%s", (_name, analyses, expected) => {
    // Every sheet is read as the document it is, so a quiet case is quiet by the rule, not by chance.
    const named = (sheetName: string) => (sheetName.startsWith("PK") ? "perjanjian-kinerja" : sheetName.startsWith("RA") ? "rencana-aksi" : "pengukuran-kinerja");
    expect(analyses.map((a) => documentKindOf(a))).toEqual(analyses.map((a) => named(a.sheet)));
    expect(cellsOf(crossSheetFindings(analyses))).toEqual(expected);
  });

  it("normalises indikator words for matching", () => {
    expect(normalizeIndikator("1. Indeks  Kepuasan Masyarakat (IKM)")).toBe("indeks kepuasan masyarakat ikm");
    expect(normalizeIndikator("a) Persentase BMD kondisi baik")).toBe("persentase bmd kondisi baik");
  });
});
