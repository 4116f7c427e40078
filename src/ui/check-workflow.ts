import type { SheetAnalysis } from "../engine/analyze";
import type { Grid, Settings } from "../engine/model";
import { marksFor } from "../i18n";
import type { WorkbookPort } from "../port/workbook-port";
import { toFailure } from "./failure";
import type { PaneAction, ToolId, ToolOutcome } from "./pane-state";

/** The engine's check, injected so tests (and a later engine) can stand in for it. */
export type Analyze = (grid: Grid, settings: Settings) => SheetAnalysis;

type Dispatch = (action: PaneAction) => void;


/**
 * "Periksa": reads the active sheet, checks it, and replaces the previous marks with fresh
 * ones, so a cell fixed since the last check loses its mark. A sheet that cannot be read fails
 * the check; a sheet that cannot be marked (protected) still shows its findings, with the reason.
 */
export async function runCheck(port: WorkbookPort, analyze: Analyze, settings: Settings, dispatch: Dispatch): Promise<void> {
  dispatch({ type: "checkStarted" });
  let sheet: string;
  let analysis: SheetAnalysis;
  try {
    sheet = await port.activeSheetName();
    analysis = analyze(await port.readSheet(sheet), settings);
  } catch (error) {
    dispatch({ type: "checkFailed", failure: toFailure(error) });
    return;
  }
  try {
    await port.clearMarks(sheet);
    if (analysis.findings.length > 0) await port.mark(sheet, marksFor(analysis.findings, settings.lang));
    dispatch({ type: "checkSucceeded", analysis, marked: analysis.findings.length > 0 });
  } catch (error) {
    dispatch({ type: "checkSucceeded", analysis, marked: false, markFailure: toFailure(error) });
  }
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
