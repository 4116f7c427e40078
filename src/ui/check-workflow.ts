import type { SheetAnalysis } from "../engine/analyze";
import { documentKindOf, withCrossSheetFindings } from "../engine/workbook/cross-sheet";
import type { ColumnChoices, Grid, Settings } from "../engine/model";
import { marksFor } from "../i18n";
import type { WorkbookPort } from "../port/workbook-port";
import { columnSamples } from "./column-samples";
import { toFailure } from "./failure";
import type { PaneAction, ToolId, ToolOutcome } from "./pane-state";
import { nextTask } from "./next-task";

/**
 * The engine's check, injected so tests can stand in for it; `choices` are the person's column
 * roles. The pages pass one that runs in a Web Worker (src/engine-worker), so the page keeps
 * answering during a long check; tests and the command line pass `analyzeSheet` itself.
 */
export type Analyze = (grid: Grid, settings: Settings, choices?: ColumnChoices) => SheetAnalysis | Promise<SheetAnalysis>;

type Dispatch = (action: PaneAction) => void;


/** Column choices the pane holds for a sheet, used instead of the saved ones (when saving them failed). */
export interface ChoicesInHand {
  sheet: string;
  choices: ColumnChoices;
}

/**
 * "Periksa": reads the active sheet and the column choices saved for it, checks it, and replaces
 * the previous marks with fresh ones, so a cell fixed since the last check loses its mark. A
 * sheet that cannot be read fails the check; a sheet that cannot be marked (protected) still
 * shows its findings, with the reason.
 */
export async function runCheck(port: WorkbookPort, analyze: Analyze, settings: Settings, dispatch: Dispatch, inHand?: ChoicesInHand): Promise<void> {
  dispatch({ type: "checkStarted" });
  let sheet: string;
  let analysis: SheetAnalysis;
  let choices: ColumnChoices;
  let grid: Grid;
  try {
    dispatch({ type: "checkStep", step: "reading" });
    sheet = await port.activeSheetName();
    grid = await port.readSheet(sheet);
    choices = inHand?.sheet === sheet ? inHand.choices : await port.columnChoices(sheet);
    dispatch({ type: "checkStep", step: "analyzing" });
    analysis = await analyze(grid, settings, choices);
    analysis = await withOtherDocuments(port, analyze, settings, analysis);
  } catch (error) {
    dispatch({ type: "checkFailed", failure: toFailure(error) });
    return;
  }
  const samples = columnSamples(grid, analysis);
  try {
    dispatch({ type: "checkStep", step: "marking" });
    // The findings came in one task; marking them starts in another, so the page paints the step between.
    await nextTask();
    await port.clearMarks(sheet);
    if (analysis.findings.length > 0) await port.mark(sheet, marksFor(analysis.findings, settings.lang));
    dispatch({ type: "checkSucceeded", analysis, marked: analysis.findings.length > 0, choices, samples });
  } catch (error) {
    dispatch({ type: "checkSucceeded", analysis, marked: false, markFailure: toFailure(error), choices, samples });
  }
}

/**
 * A Perjanjian Kinerja, Rencana Aksi or Pengukuran Kinerja sheet is held against the workbook's
 * other documents (CROSS_SHEET_TARGET): the other sheets are read and checked only for that, and
 * only the findings on the checked sheet are kept. Other sheets are not read for any other sheet.
 */
async function withOtherDocuments(port: WorkbookPort, analyze: Analyze, settings: Settings, analysis: SheetAnalysis): Promise<SheetAnalysis> {
  if (!documentKindOf(analysis)) return analysis;
  const others: SheetAnalysis[] = [];
  for (const name of await port.sheetNames()) {
    if (name === analysis.sheet) continue;
    others.push(await analyze(await port.readSheet(name), settings, await port.columnChoices(name)));
  }
  return withCrossSheetFindings([analysis, ...others])[0];
}

/**
 * A change in the Kolom view: the sheet's choices are saved in the workbook (so a colleague and
 * the command line read the sheet the same way) and the check runs again at once. When saving
 * fails the pane says so and still checks with the choices.
 */
export async function runColumnChange(port: WorkbookPort, analyze: Analyze, settings: Settings, dispatch: Dispatch, inHand: ChoicesInHand): Promise<void> {
  try {
    await port.saveColumnChoices(inHand.sheet, inHand.choices);
  } catch (error) {
    dispatch({ type: "columnsSaveFailed", failure: toFailure(error) });
  }
  await runCheck(port, analyze, settings, dispatch, inHand);
}

/** "Hapus tanda" on the sheet that was checked. */
export async function runClear(port: WorkbookPort, sheet: string, dispatch: Dispatch): Promise<void> {
  dispatch({ type: "clearStarted" });
  try {
    dispatch({ type: "clearSucceeded", count: await port.clearMarks(sheet) });
  } catch (error) {
    dispatch({ type: "clearFailed", failure: toFailure(error) });
  }
}

/** Shows the cell of a finding in the workbook. */
export async function runSelect(port: WorkbookPort, sheet: string, cell: string, dispatch: Dispatch): Promise<void> {
  dispatch({ type: "findingSelected", cell });
  try {
    await port.selectCell(sheet, cell);
  } catch (error) {
    dispatch({ type: "selectFailed", failure: toFailure(error) });
  }
}

/** Runs one of the tools handed to the pane. */
export async function runTool(tool: ToolId, work: () => Promise<ToolOutcome>, dispatch: Dispatch): Promise<void> {
  dispatch({ type: "toolStarted", tool });
  try {
    dispatch({ type: "toolSucceeded", tool, outcome: await work() });
  } catch (error) {
    dispatch({ type: "toolFailed", tool, failure: toFailure(error) });
  }
}
