/**
 * Checking a batch of workbooks in the page, as `cermat check` does for each: every sheet read
 * and analysed with the column choices saved in the file, the workbook's documents held against
 * each other, the check report built. Nothing leaves the page.
 */
import type { SheetAnalysis } from "../engine/analyze";
import { DEFAULT_SETTINGS } from "../engine/model";
import { withCrossSheetFindings } from "../engine/workbook/cross-sheet";
import type { Lang } from "../i18n/format";
import type { UiWords } from "../i18n/ui";
import { buildCheckReport, type CheckReport, type JsonSheet } from "../report/check-report";
import type { FileOutcome } from "../report/rekap";
import type { Analyze } from "../ui/check-workflow";
import { toFailure, type PaneFailure } from "../ui/failure";
import { nextTask } from "../ui/next-task";
import { PackageWorkbook } from "../xlsx/package-workbook";

/** One file of the batch as the workbench keeps it: its bytes (to open it later) and what the check found. */
export type BatchFile = { path: string; bytes?: ArrayBuffer } & (
  | { report: CheckReport; failure?: undefined }
  /** Why the file could not be read or checked; put into words when shown, in the language of the moment. */
  | { report?: undefined; failure: PaneFailure }
);

/** The check report of one workbook's bytes; rejects as PackageWorkbook does for an unreadable file. */
export async function checkWorkbook(path: string, bytes: ArrayBuffer, analyze: Analyze, lang: Lang): Promise<CheckReport> {
  const book = await PackageWorkbook.fromBuffer(bytes);
  const settings = { ...DEFAULT_SETTINGS, lang };
  const analyses: SheetAnalysis[] = [];
  for (const sheet of await book.sheetNames()) {
    analyses.push(await analyze(await book.readSheet(sheet), settings, await book.columnChoices(sheet)));
  }
  return buildCheckReport(path, withCrossSheetFindings(analyses), lang);
}


export interface BatchProgress {
  done: number;
  total: number;
}

/**
 * Reads and checks the files one after another. A file that cannot be read or checked becomes a
 * failure and the rest go on. `stopped` is asked between files: a newer batch replaces this one.
 */
export async function checkBatch(
  files: ReadonlyArray<{ path: string; read(): Promise<ArrayBuffer> }>,
  analyze: Analyze,
  lang: Lang,
  onProgress: (progress: BatchProgress, checked: BatchFile[]) => void,
  stopped: () => boolean = () => false,
): Promise<BatchFile[] | undefined> {
  const checked: BatchFile[] = [];
  onProgress({ done: 0, total: files.length }, checked);
  for (const file of files) {
    await nextTask();
    if (stopped()) return undefined;
    let bytes: ArrayBuffer | undefined;
    try {
      bytes = await file.read();
      checked.push({ path: file.path, bytes, report: await checkWorkbook(file.path, bytes, analyze, lang) });
    } catch (error) {
      checked.push({ path: file.path, bytes, failure: toFailure(error) });
    }
    if (stopped()) return undefined;
    onProgress({ done: checked.length, total: files.length }, checked);
  }
  return checked;
}

/** What the rekap says of a file that could not be read: the words the single-file view shows. */
export function failureText(path: string, failure: PaneFailure, words: UiWords): string {
  const known = failure.code === "UNREADABLE_FILE" && failure.detail ? words.unreadableDetail[failure.detail] : undefined;
  return [words.workbench.openFailed(path), words.failure[failure.code].title + ".", known ?? words.technicalDetail(failure.message)].join(" ");
}

/** The batch as {@link buildRekap} folds it, failures in the person's language. */
export function outcomesOf(files: readonly BatchFile[], words: UiWords): FileOutcome[] {
  return files.map((f) => (f.report ? { file: f.path, report: f.report } : { file: f.path, failure: { code: f.failure.code, message: failureText(f.path, f.failure, words) } }));
}

/** Why a sheet was not read as a SAKIP table, in the pane's words. */
export function notRecognizedText(words: UiWords): (sheet: JsonSheet) => string {
  return (sheet) => words.notRecognizedReason[sheet.reason?.code ?? "NO_HEADER"](sheet.reason?.found ?? []);
}
