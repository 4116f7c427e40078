import type { TemplateErrorCode } from "../../engine/templates";

/** Why an output file could not be written, as src/cli/safe-write.ts classifies it. */
export type OutputFailure = "missing-folder" | "not-a-folder" | "read-only" | "is-directory" | "busy" | "disk-full" | "io";

/** Writing the result: where it goes, what is refused, and the copy `--in-place` keeps. */
export interface OutputWords {
  missingInput: string;
  /** Words left over after the command's file(s). */
  extraArguments(extra: string): string;
  missingOutput: string;
  /** `-o` names the input file itself, without `--in-place`. */
  sameAsInput(path: string): string;
  /** `template -o` names a workbook that exists, without `--in-place`. */
  exists(path: string): string;
  failed(path: string, reason: OutputFailure): string;
  /** The copy of the original kept by `--in-place`. */
  copyKept(path: string): string;
}

/** `cermat fill`. */
export interface FillWords {
  help: string;
  filled(sheet: string, cells: number): string;
  /** A cell that already holds something else: replaced (with --yes) or kept. */
  conflict(sheet: string, cell: string, current: string, proposed: string, replaced: boolean): string;
  written(cells: number, output: string): string;
  pending(cells: number): string;
}

/** `cermat prepare`. */
export interface PrepareWords {
  help: string;
  noPlan: string;
  notAPlan(sheet: string): string;
  tahunUnknown: string;
  prepared(sheet: string, plan: string, output: string): string;
  carried(cells: number, from: string): string;
  orphan(cell: string, indikator: string, values: readonly string[]): string;
}

/** `cermat template`. */
export interface TemplateWords {
  help: string;
  chooseTemplate(ids: readonly string[]): string;
  badPaper(value: string): string;
  /** A template option out of range, by the engine's TemplateError code. */
  badOption(code: TemplateErrorCode, option: string, value: string): string;
  written(label: string, output: string, sheet: string): string;
}
