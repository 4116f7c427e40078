/**
 * The rekap as two sheets (rekap.xlsx): "Rekap", a row per file and sheet with its counts per rule
 * code and a link to its first finding, and "Temuan", every finding with a link back to its row.
 * Pure: the .xlsx layer writes them.
 */
import type { FindingCode, SheetSpec } from "../engine/model";
import { CHECK_NAMES } from "../i18n/check-names";
import type { Lang } from "../i18n/format";
import { reportWords } from "../i18n/report";
import type { Rekap, RekapRow, TemuanRow } from "./rekap";
import { headerRowOf, reportTableSpec, type ReportColumn } from "./report-table";

export interface RekapLinks {
  /**
   * Where a checked workbook is, relative to the rekap file (the command line knows both): its
   * file name then opens it at the sheet, a finding's cell at that cell. Absent: no such links.
   */
  sourceOf?(file: string): string | undefined;
}

/** Both sheets' specs: Rekap first, then Temuan. `date` is the day the rekap was made. */
export function rekapSheetSpecs(rekap: Rekap, lang: Lang, date: Date, links: RekapLinks = {}): SheetSpec[] {
  const w = reportWords(lang);
  const h = w.heading;
  const lines = [`${w.totals(rekap.totals)}.`, w.generated(date)];
  // Both sheets have the same title block, so each knows where the other's rows are.
  const firstDataRow = headerRowOf(lines.length) + 1;
  const rekapRowOf = rekapRowOfFinding(rekap);
  const count = (n: number, row: RekapRow) => (row.sheet === undefined ? undefined : n);
  const inSource = (file: string, sheet: string | undefined, cell: string) => {
    const source = sheet === undefined ? undefined : links.sourceOf?.(file);
    return source === undefined || sheet === undefined ? undefined : { file: source, sheet, cell };
  };

  const codeColumns: Array<ReportColumn<RekapRow>> = rekap.codes.map((code: FindingCode) => ({
    heading: `${CHECK_NAMES[lang][code] ?? code} (${code})`,
    width: 12,
    style: "number",
    value: (row) => (row.sheet === undefined ? undefined : (row.codes[code] ?? 0)),
  }));
  const mainColumns: Array<ReportColumn<RekapRow>> = [
    { heading: w.no, width: 5, style: "number", value: (_, i) => i + 1 },
    { heading: h.file, width: 36, value: (r) => r.file, link: (r) => inSource(r.file, r.sheet, "A1") },
    { heading: h.sheet, width: 20, value: (r) => r.sheet },
    { heading: h.opd, width: 32, value: (r) => r.opd },
    { heading: h.tahun, width: 7, style: "number", value: (r) => r.tahun },
    { heading: h.document, width: 20, value: (r) => (r.document ? w.document[r.document] : undefined) },
    { heading: h.rowsRead, width: 9, style: "number", value: (r) => count(r.rowsRead, r) },
    { heading: h.errors, width: 10, style: "number", value: (r) => count(r.errors, r) },
    { heading: h.warnings, width: 10, style: "number", value: (r) => count(r.warnings, r) },
    { heading: h.infos, width: 9, style: "number", value: (r) => count(r.infos, r) },
    { heading: h.unreadColumns, width: 24, value: (r) => r.unreadColumns.join(", ") || undefined },
    { heading: h.status, width: 18, value: (r) => w.status[r.status] },
    { heading: h.reason, width: 40, value: (r) => r.reason },
    {
      heading: h.findings,
      width: 14,
      value: (r) => (r.firstFinding === undefined ? undefined : w.openFindings),
      link: (r) => (r.firstFinding === undefined ? undefined : { sheet: w.temuanSheet, cell: `A${firstDataRow + r.firstFinding + 1}` }),
    },
  ];
  const rekapSheet = reportTableSpec<RekapRow>({
    name: w.rekapSheet,
    title: w.title,
    lines,
    rows: rekap.rows,
    frozenColumns: 3,
    // The counts per rule code come last: on screen to sort and filter by, left off the printed
    // page, which they would shrink past reading.
    columns: [...mainColumns, ...codeColumns],
    printedColumns: mainColumns.length,
  }).spec;

  const temuanSheet = reportTableSpec<TemuanRow>({
    name: w.temuanSheet,
    title: `${w.title}: ${h.findings}`,
    lines: [rekap.temuan.length === 0 ? w.noFindings : `${w.totals(rekap.totals)}.`, w.generated(date)],
    rows: rekap.temuan,
    frozenColumns: 4,
    columns: [
      { heading: w.no, width: 6, style: "number", value: (_, i) => i + 1 },
      { heading: h.file, width: 30, value: (t) => t.file },
      { heading: h.sheet, width: 16, value: (t) => t.sheet },
      { heading: h.cell, width: 7, value: (t) => t.cell, link: (t) => inSource(t.file, t.sheet, t.cell) },
      { heading: h.code, width: 24, value: (t) => t.code },
      { heading: h.severityName, width: 11, value: (t) => w.severity[t.severity] },
      { heading: h.message, width: 70, value: (t) => t.message },
      { heading: h.expected, width: 16, style: "number", format: "#,##0.##", value: (t) => t.expected },
      { heading: h.actual, width: 16, style: "number", format: "#,##0.##", value: (t) => t.actual },
      { heading: h.rootCause, width: 14, value: (t) => t.rootCause },
      {
        heading: w.rekapSheet,
        width: 10,
        value: () => w.backToRekap,
        link: (_, i) => ({ sheet: w.rekapSheet, cell: `B${firstDataRow + rekapRowOf[i] + 1}` }),
      },
    ],
  }).spec;
  return [rekapSheet, temuanSheet];
}

/** For each finding, the index of the rekap row it belongs to. */
function rekapRowOfFinding(rekap: Rekap): number[] {
  const out: number[] = new Array<number>(rekap.temuan.length);
  rekap.rows.forEach((row, index) => {
    if (row.firstFinding === undefined) return;
    const n = row.errors + row.warnings + row.infos;
    for (let k = 0; k < n; k++) out[row.firstFinding + k] = index;
  });
  return out;
}
