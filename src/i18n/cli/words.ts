import type { FindingCode, Severity, SheetLayout, TableLayout } from "../../engine/model";
import type { FillWords, OutputWords, PrepareWords, TemplateWords } from "./tool-words";

/** A column the person should look at: its letter, its header, whether it holds numbers. */
export interface UnreadColumnWords {
  column: string;
  header: string;
  numeric: boolean;
}

/** How many sheets there were and what became of them, for the last line. */
export interface SheetTally {
  sheets: number;
  recognized: number;
  ready: number;
  incomplete: number;
}

/** Everything the command line says to a person, in one language. */
export interface CliWords {
  /** Program summary and the overview of commands (`cermat --help`). */
  programHelp(commands: ReadonlyArray<{ name: string; summary: string }>): string;
  /** Full help of `cermat check`. */
  checkHelp: string;
  /** Short description of each command, for the overview. */
  summaries: Record<string, string>;
  unknownCommand(name: string): string;
  missingCommand(names: readonly string[]): string;
  seeHelp(command?: string): string;
  missingFile: string;
  unknownOption(option: string): string;
  optionNeedsValue(option: string): string;
  /** A switch such as `--yes=1` given a value. */
  optionTakesNoValue(option: string): string;
  badLang(value: string): string;
  /** Why a file could not be opened, by WorkbookError detail. */
  unreadable(path: string, detail: string | undefined): string;
  /** The file is over the size limits Cermat opens (WorkbookError "TOO_LARGE"). */
  tooLarge(path: string): string;
  sheetNotFound(sheet: string, available: readonly string[]): string;
  noSheets: string;
  internalError(message: string): string;
  output: OutputWords;
  fill: FillWords;
  prepare: PrepareWords;
  template: TemplateWords;
  /** A `--columns` value that cannot be read. */
  columnsOption: {
    badPair(part: string): string;
    badLetter(letter: string, part: string): string;
    unknownRole(role: string, letter: string): string;
    /** The column choices saved in the file cannot be read. */
    damaged(detail: string): string;
  };

  reportTitle(file: string): string;
  sheetHeading(sheet: string): string;
  recognized(kind: TableLayout["kind"], tables: number, firstRow: number, lastRow: number): string;
  notRecognized(reason: SheetLayout["reason"]): string;
  columns: string;
  /** The columns whose role the person chose (saved in the file or --columns). */
  chosenColumns(chosen: Readonly<Record<string, string>>): string;
  counts(counts: Record<Severity, number>): string;
  severity: Record<Severity, string>;
  noFindings: string;
  /** Columns inside a table that Cermat did not understand. */
  unrecognizedColumns(columns: readonly UnreadColumnWords[]): string;
  /** The checks that could run (short names), or that none could. */
  checksRan(codes: readonly FindingCode[]): string;
  /** Short name of each check, for the "checked" line. */
  checkNames: Record<FindingCode, string>;
  /** No errors in what was checked, but the sheet is not ready: numeric columns unread and/or no core check ran. */
  incomplete(unreadNumeric: readonly string[], noCoreCheck: boolean): string;
  ruleTitles: Record<FindingCode, string>;
  derivedFrom(cells: readonly string[]): string;
  summary(tally: SheetTally, counts: Record<Severity, number>): string;
  /** `cermat check` of several files or folders: the rekap. */
  batch: BatchWords;
}

/** What the command line says when it checks a batch of workbooks. */
export interface BatchWords {
  /** The heading above the rekap table. */
  title(files: number): string;
  /** The terminal's progress line; `leftMs` once it can be estimated. */
  progress(done: number, total: number, leftMs: number | undefined): string;
  /** The folder the files are named from, under the title. */
  folder(path: string): string;
  /** Heading of the reasons below the table (files and sheets not checked). */
  notes: string;
  /** Nothing to check in the folders given. */
  noWorkbooks(paths: readonly string[]): string;
  /** --sheet and --columns name one workbook's sheets and columns. */
  oneFileOption(option: string): string;
  /** A report named as one of the files to check. */
  reportIsInput(path: string): string;
  /** The reports written (--report, --html). */
  written(path: string): string;
  /** A file whose check took longer than the time limit and was stopped. */
  tooSlow(file: string, limitMs: number): string;
}
