import type { FindingCode } from "../engine/model";
import type { CliWords } from "../i18n/cli";
import { countBySeverity, groupByRoot, type CheckReport, type JsonFinding, type JsonSheet } from "../report/check-report";

/** The readable report of `cermat check`: per sheet, what was recognised and what is wrong. */
export function renderCheckText(report: CheckReport, words: CliWords): string {
  const lines: string[] = [words.reportTitle(report.file), ""];
  for (const sheet of report.sheets) {
    lines.push(...sheetLines(sheet, words), "");
  }
  const all = report.sheets.flatMap((s) => s.findings);
  const tally = {
    sheets: report.sheets.length,
    recognized: report.sheets.filter((s) => s.recognized).length,
    ready: report.sheets.filter((s) => s.verdict === "ready").length,
    incomplete: report.sheets.filter((s) => s.recognized && (s.noCoreCheck || s.tables.some((t) => t.unrecognizedColumns.some((u) => u.numeric)))).length,
  };
  lines.push(words.summary(tally, countBySeverity(all)));
  return lines.join("\n");
}

function sheetLines(sheet: JsonSheet, words: CliWords): string[] {
  if (!sheet.recognized) return [`${words.sheetHeading(sheet.sheet)}: ${words.notRecognized(sheet.reason)}`];
  const first = sheet.tables[0];
  const last = sheet.tables[sheet.tables.length - 1];
  const lines = [
    `${words.sheetHeading(sheet.sheet)}: ${first ? words.recognized(first.kind, sheet.tables.length, first.dataRows[0], last.dataRows[1]) : ""}`,
    `  ${words.columns}: ${Object.entries(sheet.columns)
      .map(([role, letter]) => `${role} ${letter}`)
      .join(", ")}`,
    ...(sheet.chosenColumns ? [`  ${words.chosenColumns(sheet.chosenColumns)}`] : []),
  ];
  const unread = sheet.tables.flatMap((t) => t.unrecognizedColumns);
  if (unread.length > 0) lines.push(`  ${words.unrecognizedColumns(unread)}`);
  lines.push(`  ${words.checksRan([...new Set(sheet.tables.flatMap((t) => t.checks))])}`, `  ${words.counts(countBySeverity(sheet.findings))}`);
  const unreadNumeric = unread.filter((u) => u.numeric).map((u) => u.column);
  if (unreadNumeric.length > 0 || sheet.noCoreCheck) lines.push(`  ${words.incomplete(unreadNumeric, sheet.noCoreCheck)}`);
  if (sheet.findings.length === 0) return sheet.verdict === "ready" ? [...lines, `  ${words.noFindings}`] : lines;
  for (const group of groupByRoot(sheet.findings)) {
    lines.push("", `  ${words.ruleTitles[group.code as FindingCode] ?? group.code} (${group.code})`);
    for (const root of group.roots) {
      // A root that is itself derived lost its root (not reported): name the cause so it is not lost.
      lines.push(`    ${findingLine(root.finding, words, true)}`);
      for (const derived of root.derived) lines.push(`        ↳ ${findingLine(derived, words, false)}`);
    }
  }
  return lines;
}

function findingLine(f: JsonFinding, words: CliWords, showCause: boolean): string {
  const cause = showCause && f.derivedFrom ? ` (${words.derivedFrom(f.derivedFrom)})` : "";
  return `${f.cell.padEnd(6)} ${words.severity[f.severity]}: ${f.message}${cause}`;
}
