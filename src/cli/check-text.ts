import type { FindingCode } from "../engine/model";
import type { CliWords } from "../i18n/cli";
import { countBySeverity, groupByRoot, type CheckReport, type JsonFinding, type JsonSheet } from "./check-report";

/** The readable report of `cermat check`: per sheet, what was recognised and what is wrong. */
export function renderCheckText(report: CheckReport, words: CliWords): string {
  const lines: string[] = [words.reportTitle(report.file), ""];
  for (const sheet of report.sheets) {
    lines.push(...sheetLines(sheet, words), "");
  }
  const all = report.sheets.flatMap((s) => s.findings);
  lines.push(words.summary(report.sheets.length, countBySeverity(all)));
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
    `  ${words.counts(countBySeverity(sheet.findings))}`,
  ];
  if (sheet.findings.length === 0) return [...lines, `  ${words.noFindings}`];
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
