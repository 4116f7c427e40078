/**
 * The rekap as a terminal shows it: one aligned table (a row per file and sheet), the reasons of
 * what was not checked below it, and the totals. Long names are cut with "…"; the full text is in
 * --json and in the reports.
 */
import { dirname, relative, sep } from "node:path";
import type { CliWords } from "../../i18n/cli";
import { shorten } from "../../i18n/format";
import type { ReportWords } from "../../i18n/report";
import type { Rekap, RekapRow } from "../../report/rekap";

interface Column {
  heading: string;
  max: number;
  /** Numbers line up on the right. */
  right?: boolean;
  text(row: RekapRow): string;
}

export function renderRekapText(rekap: Rekap, words: CliWords, report: ReportWords): string {
  const h = report.heading;
  // Files under one folder are named from there: the part that tells them apart fits the column.
  const folder = commonFolder(rekap.rows.map((r) => r.file));
  const name = (file: string) => (folder ? relative(folder, file) : file);
  const count = (n: number) => String(n);
  const columns: Column[] = [
    { heading: h.file, max: 48, text: (r) => name(r.file) },
    { heading: h.sheet, max: 24, text: (r) => r.sheet ?? "" },
    { heading: h.opd, max: 32, text: (r) => r.opd ?? "" },
    { heading: h.document, max: 24, text: (r) => (r.document ? report.document[r.document] : "") },
    { heading: h.rowsRead, max: 12, right: true, text: (r) => (r.sheet ? count(r.rowsRead) : "") },
    { heading: h.errors, max: 12, right: true, text: (r) => (r.sheet ? count(r.errors) : "") },
    { heading: h.warnings, max: 12, right: true, text: (r) => (r.sheet ? count(r.warnings) : "") },
    { heading: h.unreadColumns, max: 24, text: (r) => [...new Set(r.unreadColumns.map((c) => c.split(" ")[0]))].join(", ") },
    { heading: h.status, max: 28, text: (r) => report.status[r.status] },
  ];
  const cells = rekap.rows.map((row) => columns.map((c) => shorten(c.text(row), c.max)));
  const widths = columns.map((c, i) => Math.max(c.heading.length, ...cells.map((r) => r[i].length)));
  const line = (values: readonly string[]) =>
    values
      .map((v, i) => (columns[i].right ? v.padStart(widths[i]) : v.padEnd(widths[i])))
      .join("  ")
      .trimEnd();
  const lines = [words.batch.title(rekap.totals.files), ...(folder ? [words.batch.folder(folder)] : []), "", line(columns.map((c) => c.heading)), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)];
  const notes = rekap.rows.filter((r) => r.reason);
  if (notes.length > 0) {
    lines.push("", words.batch.notes, ...notes.map((r) => `  ${r.sheet ? `${name(r.file)} [${r.sheet}]` : name(r.file)}: ${r.reason}`));
  }
  lines.push("", `${report.totals(rekap.totals)}.`);
  return lines.join("\n");
}

/** The folder every file is in (at any depth), or undefined when they share none but the root. */
function commonFolder(files: readonly string[]): string | undefined {
  if (files.length === 0) return undefined;
  let folder = dirname(files[0]);
  while (!files.every((f) => f.startsWith(folder + sep))) {
    const up = dirname(folder);
    if (up === folder) return undefined;
    folder = up;
  }
  return folder === "." || folder === sep ? undefined : folder;
}
