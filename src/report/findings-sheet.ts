/**
 * The findings report the pane inserts in Excel ("Sisipkan laporan pemeriksaan"): the kop of the
 * sheet checked, what was checked and what was not, the counts, every finding with a link to its
 * cell and an empty Tindak lanjut column, and a signature block; printed F4 landscape. Pure.
 */
import type { SheetAnalysis } from "../engine/analyze";
import { sakipDocumentOf } from "../engine/document";
import type { Grid, SheetSpec, SpecCell } from "../engine/model";
import { cliWords } from "../i18n/cli";
import type { Lang } from "../i18n/format";
import { reportWords } from "../i18n/report";
import { buildCheckReport, countBySeverity, type JsonFinding } from "./check-report";
import { reportTableSpec } from "./report-table";

export function findingsReportSpec(analysis: SheetAnalysis, lang: Lang, date: Date): SheetSpec {
  const w = reportWords(lang);
  const r = w.findingsReport;
  const cli = cliWords(lang);
  const sheet = buildCheckReport(analysis.sheet, [analysis], lang).sheets[0];
  const kop = analysis.kop;
  const unread = sheet.tables.flatMap((t) => t.unrecognizedColumns);
  const unreadNumeric = unread.filter((u) => u.numeric).map((u) => u.column);
  // Said out loud: a report never looks finished over columns no check read.
  const coverage = sheet.recognized
    ? [
        cli.checksRan([...new Set(sheet.tables.flatMap((t) => t.checks))]),
        ...(unread.length > 0 ? [cli.unrecognizedColumns(unread)] : []),
        ...(unreadNumeric.length > 0 || sheet.noCoreCheck ? [cli.incomplete(unreadNumeric, sheet.noCoreCheck)] : []),
      ]
    : [cli.notRecognized(sheet.reason)];
  const lines = [
    ...[kop?.pemerintah, kop?.instansi, kop?.tahun === undefined ? undefined : String(kop.tahun)].filter((l): l is string => Boolean(l)),
    r.sheetChecked(analysis.sheet),
    ...coverage,
    sheet.findings.length === 0 ? r.none : `${cli.counts(countBySeverity(sheet.findings))}.`,
    w.generated(date),
  ];
  const h = w.heading;
  return reportTableSpec<JsonFinding>({
    name: r.sheetName,
    title: r.title(w.document[sakipDocumentOf(analysis)]),
    lines,
    rows: sheet.findings,
    frozenColumns: 2,
    columns: [
      { heading: w.no, width: 5, style: "number", value: (_, i) => i + 1 },
      { heading: h.cell, width: 8, value: (f) => f.cell, link: (f) => ({ sheet: analysis.sheet, cell: f.cell }) },
      { heading: h.code, width: 22, value: (f) => f.code },
      { heading: h.severityName, width: 11, value: (f) => w.severity[f.severity] },
      { heading: h.message, width: 60, value: (f) => f.message },
      { heading: h.expected, width: 15, style: "number", format: "#,##0.##", value: (f) => f.expected },
      { heading: h.actual, width: 15, style: "number", format: "#,##0.##", value: (f) => f.actual },
      { heading: h.rootCause, width: 12, value: (f) => f.derivedFrom?.join(", ") },
      { heading: r.followUp, width: 30, style: "input", value: () => undefined },
    ],
    after: (row, columns) => signature(row, columns, lang, date),
  }).spec;
}

/** The signature block under the table, on its right (where an Indonesian letter signs). */
function signature(row: number, columns: number, lang: Lang, date: Date): SpecCell[] {
  const s = reportWords(lang).findingsReport.signature;
  const col = columns - 2;
  return [
    { row, col, value: s.placeDate(date), style: "signature" },
    { row: row + 1, col, value: s.role, style: "signature" },
    { row: row + 5, col, value: s.name, style: "signature" },
    { row: row + 6, col, value: s.nip, style: "signature" },
  ];
}

const BOTH = [reportWords("id"), reportWords("en")];

/** Whether a sheet is a findings report Cermat inserted: its title, and the line saying Cermat made it. */
export function isFindingsReport(grid: Grid): boolean {
  const text = (r: number) => {
    const value = grid.rows[r]?.[0]?.value;
    return typeof value === "string" ? value : "";
  };
  const titled = BOTH.some((w) => text(0).startsWith(w.findingsReport.title("")));
  return titled && Array.from({ length: 15 }, (_, i) => text(i + 1)).some((line) => BOTH.some((w) => line.startsWith(`${w.madeWith}, `)));
}

/**
 * Whether someone wrote in the report after Cermat inserted it: a Tindak lanjut filled in, or the
 * signature's name or NIP typed over its dotted line. Removing it then asks first.
 */
export function reportWrittenIn(grid: Grid): boolean {
  const isFollowUp = (value: unknown) => BOTH.some((w) => value === w.findingsReport.followUp);
  const headerRow = grid.rows.findIndex((row) => row.some((c) => isFollowUp(c?.value)));
  if (headerRow < 0) return true;
  const followUp = grid.rows[headerRow].findIndex((c) => isFollowUp(c?.value));
  const placeholders = new Set(BOTH.flatMap(({ findingsReport: { signature: s } }) => [s.role, s.name, s.nip]));
  for (let r = headerRow + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    const note = row[followUp]?.value;
    if (note !== undefined && note !== null && String(note).trim() !== "") return true;
    const signatureCell = row[followUp - 1]?.value;
    // Under the table only the signature block stands; anything there but its own words was typed.
    if (typeof signatureCell === "string" && /^\(|^NIP/.test(signatureCell) && !placeholders.has(signatureCell)) return true;
  }
  return false;
}

