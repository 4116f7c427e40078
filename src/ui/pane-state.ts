import type { SheetAnalysis } from "../engine/analyze";
import type { CellWrite, ColumnChoices, Finding, Polarity, Role, Settings } from "../engine/model";
import type { ConflictReasonKind, ToolProblem } from "../i18n/ui/words";
import type { ColumnSamples } from "./column-samples";
import type { PaneFailure } from "./failure";
import { findingKey } from "./finding-groups";

export type PaneTab = "check" | "columns" | "tools" | "settings";

/** The tools beside the check: built by other modules and handed to the pane as callbacks. */
export type ToolId = "insertTemplate" | "fillCapaian" | "preparePengukuran" | "applyCapaian" | "insertReport" | "removeReport";

/**
 * Why a capaian cell differs from Cermat's proposal: the check's own finding at that cell when
 * there is one (its message names the numbers), else the kind of difference.
 */
export type ConflictReason = { kind: "finding"; finding: Finding } | { kind: ConflictReasonKind };

/** A capaian cell that already holds something else: shown to the person, written only if chosen. */
export interface PendingWrite {
  /** A1 address on the tool's sheet. */
  cell: string;
  /** What the cell shows now. */
  current: string;
  /** The formula behind it, when it holds one. */
  currentFormula?: string;
  /** Cermat's formula, or the value it computed. */
  proposed: string;
  /** The number format the cell will show a proposed value in (Cermat's, else the cell's own). */
  format?: string;
  reason: ConflictReason;
  write: CellWrite;
}

/** What a tool did, in data; the pane words it in the person's language. */
export type ToolOutcome =
  | { kind: "sheetAdded"; sheet: string }
  /** Cermat's report sheets removed. */
  | { kind: "sheetsRemoved"; sheets: string[] }
  /** Removing waits for the person: someone wrote in these report sheets. */
  | { kind: "confirmRemoval"; sheets: string[] }
  | { kind: "cellsWritten"; sheet: string; written: number; conflicts: number; pending: PendingWrite[] }
  /** The listed cells the person chose were written (addresses); the others were skipped. */
  | { kind: "cellsReplaced"; sheet: string; replaced: string[]; skipped: number }
  /** The tool could not work on this sheet; nothing was written. */
  | { kind: "notPossible"; problem: ToolProblem; detail?: string };

export type ToolState =
  | { phase: "idle" }
  | { phase: "running"; tool: ToolId }
  | { phase: "done"; tool: ToolId; outcome: ToolOutcome }
  | { phase: "failed"; tool: ToolId; failure: PaneFailure };

/** The three steps of Periksa, in order, shown as determinate progress. */
export const CHECK_STEPS = ["reading", "analyzing", "marking"] as const;
export type CheckStep = (typeof CHECK_STEPS)[number];

export type CheckState =
  | { phase: "idle" }
  | { phase: "checking"; previous?: SheetAnalysis; step?: CheckStep }
  | { phase: "done"; analysis: SheetAnalysis }
  | { phase: "failed"; failure: PaneFailure };

/** The Kolom view's data for the sheet last checked: the person's saved choices and sample cells. */
export interface ColumnsState {
  sheet: string;
  choices: ColumnChoices;
  samples: ColumnSamples;
  /** Saving the choices in the workbook failed: the check still uses them until the pane closes. */
  saveFailure?: PaneFailure;
}

export interface PaneState {
  settings: Settings;
  tab: PaneTab;
  check: CheckState;
  /** Whether the sheet now carries Cermat's marks from the last check. */
  marked: boolean;
  clearing: boolean;
  /** How many marks the last "Hapus tanda" removed. */
  cleared?: number;
  /** Marking, selecting or clearing failed while the check itself succeeded. */
  actionFailure?: { action: "mark" | "select" | "clear"; failure: PaneFailure };
  /** The cell of the finding the person last chose. */
  selected?: string;
  /** The sheet (or the settings) changed since the last check. */
  stale: boolean;
  autoRecheck: boolean;
  /** Keys (findingKey) of root causes whose derived findings are unfolded. */
  expanded: string[];
  tool: ToolState;
  columns?: ColumnsState;
}

export type PaneAction =
  | { type: "tabChanged"; tab: PaneTab }
  | { type: "checkStarted" }
  | { type: "checkStep"; step: CheckStep }
  | { type: "checkSucceeded"; analysis: SheetAnalysis; marked: boolean; markFailure?: PaneFailure; choices?: ColumnChoices; samples?: ColumnSamples }
  | { type: "checkFailed"; failure: PaneFailure }
  | { type: "clearStarted" }
  | { type: "clearSucceeded"; count: number }
  | { type: "clearFailed"; failure: PaneFailure }
  | { type: "findingSelected"; cell: string }
  | { type: "selectFailed"; failure: PaneFailure }
  | { type: "derivedToggled"; key: string }
  /** An edit in the workbook; `sheet` when the host knows where (an edit elsewhere leaves the check current). */
  | { type: "sheetChanged"; sheet?: string }
  | { type: "settingsChanged"; settings: Partial<Omit<Settings, "polarity">> }
  | { type: "polaritySet"; indicator: string; polarity: Polarity | null }
  | { type: "autoRecheckSet"; on: boolean }
  | { type: "toolStarted"; tool: ToolId }
  | { type: "toolSucceeded"; tool: ToolId; outcome: ToolOutcome }
  | { type: "toolFailed"; tool: ToolId; failure: PaneFailure }
  /** The person gave a column (letter) a role, or "none"; the check runs again with it. */
  | { type: "columnChosen"; column: string; role: Role | "none" }
  /** "Kembalikan ke pengenalan otomatis": every choice of the sheet dropped. */
  | { type: "columnsReset" }
  | { type: "columnsSaveFailed"; failure: PaneFailure };

/** The pane before anything happened. */
export function initialPaneState(settings: Settings, autoRecheck = false): PaneState {
  return { settings, tab: "check", check: { phase: "idle" }, marked: false, clearing: false, stale: false, autoRecheck, expanded: [], tool: { phase: "idle" } };
}

/** The key Settings.polarity uses for an indicator: lower case, single-spaced. */
export function polarityKey(indicator: string): string {
  return indicator.replace(/\s+/g, " ").trim().toLowerCase();
}

/** Every state change of the pane; pure, so each transition is tested without React. */
export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "tabChanged":
      return { ...state, tab: action.tab };
    case "checkStarted": {
      const previous = state.check.phase === "done" ? state.check.analysis : state.check.phase === "checking" ? state.check.previous : undefined;
      // A re-check started from the Kolom view stays there, so the person sees the effect of the choice.
      const tab = state.tab === "columns" ? "columns" : "check";
      return { ...state, tab, check: { phase: "checking", previous }, actionFailure: undefined, cleared: undefined };
    }
    case "checkStep":
      return state.check.phase === "checking" ? { ...state, check: { ...state.check, step: action.step } } : state;
    case "checkSucceeded":
      return {
        ...state,
        columns: columnsAfterCheck(state.columns, action),
        check: { phase: "done", analysis: action.analysis },
        marked: action.marked,
        stale: false,
        selected: undefined,
        expanded: keepExpanded(state.expanded, action.analysis),
        actionFailure: action.markFailure ? { action: "mark", failure: action.markFailure } : undefined,
      };
    case "checkFailed":
      return { ...state, check: { phase: "failed", failure: action.failure } };
    case "clearStarted":
      return { ...state, clearing: true, actionFailure: undefined, cleared: undefined };
    case "clearSucceeded":
      return { ...state, clearing: false, marked: false, cleared: action.count };
    case "clearFailed":
      return { ...state, clearing: false, actionFailure: { action: "clear", failure: action.failure } };
    case "findingSelected":
      return { ...state, selected: action.cell, actionFailure: state.actionFailure?.action === "select" ? undefined : state.actionFailure };
    case "selectFailed":
      return { ...state, actionFailure: { action: "select", failure: action.failure } };
    case "derivedToggled":
      return {
        ...state,
        expanded: state.expanded.includes(action.key) ? state.expanded.filter((k) => k !== action.key) : [...state.expanded, action.key],
      };
    case "sheetChanged":
      return state.check.phase === "done" && (action.sheet === undefined || action.sheet === state.check.analysis.sheet) ? { ...state, stale: true } : state;
    case "settingsChanged": {
      // Language only changes the words; everything else changes what the check finds.
      const affectsFindings = Object.keys(action.settings).some((key) => key !== "lang");
      return { ...state, settings: { ...state.settings, ...action.settings }, stale: state.stale || (affectsFindings && state.check.phase === "done") };
    }
    case "polaritySet": {
      const polarity = { ...state.settings.polarity };
      const key = polarityKey(action.indicator);
      if (action.polarity) polarity[key] = action.polarity;
      else delete polarity[key];
      return { ...state, settings: { ...state.settings, polarity }, stale: state.stale || state.check.phase === "done" };
    }
    case "autoRecheckSet":
      return { ...state, autoRecheck: action.on };
    case "toolStarted":
      return { ...state, tool: { phase: "running", tool: action.tool } };
    case "toolSucceeded":
      // A tool that wrote cells or added a sheet makes the last check out of date.
      return {
        ...state,
        tool: { phase: "done", tool: action.tool, outcome: action.outcome },
        stale: state.stale || (state.check.phase === "done" && changedSheet(action.outcome, state.check.analysis.sheet)),
      };
    case "toolFailed":
      return { ...state, tool: { phase: "failed", tool: action.tool, failure: action.failure } };
    case "columnChosen":
      if (!state.columns) return state;
      return { ...state, columns: { ...state.columns, choices: { ...state.columns.choices, [action.column]: action.role }, saveFailure: undefined } };
    case "columnsReset":
      if (!state.columns) return state;
      return { ...state, columns: { ...state.columns, choices: {}, saveFailure: undefined } };
    case "columnsSaveFailed":
      return state.columns ? { ...state, columns: { ...state.columns, saveFailure: action.failure } } : state;
  }
}

/**
 * The choices the check just used become the view's; a save failure is kept while the sheet is
 * the same (the choices then live only in the pane).
 */
function columnsAfterCheck(before: ColumnsState | undefined, action: Extract<PaneAction, { type: "checkSucceeded" }>): ColumnsState {
  const sheet = action.analysis.sheet;
  const columns: ColumnsState = { sheet, choices: action.choices ?? {}, samples: action.samples ?? [] };
  if (before?.sheet === sheet && before.saveFailure) columns.saveFailure = before.saveFailure;
  return columns;
}

/**
 * Whether a tool's outcome changed the sheet that was checked (a refusal, skipping every cell, or
 * a sheet added beside it did not).
 */
export function changedSheet(outcome: ToolOutcome, checked: string): boolean {
  switch (outcome.kind) {
    case "sheetAdded":
    case "confirmRemoval":
      return false;
    case "sheetsRemoved":
      return outcome.sheets.includes(checked);
    case "cellsWritten":
      return outcome.written > 0 && outcome.sheet === checked;
    case "cellsReplaced":
      return outcome.replaced.length > 0 && outcome.sheet === checked;
    case "notPossible":
      return false;
  }
}

/** Unfolded roots stay unfolded across a re-check when they are still there. */
function keepExpanded(expanded: readonly string[], analysis: SheetAnalysis): string[] {
  const keys = new Set(analysis.findings.map(findingKey));
  return expanded.filter((key) => keys.has(key));
}

/** The analysis to show: the finished one, or while re-checking the previous one. */
export function shownAnalysis(state: PaneState): SheetAnalysis | undefined {
  if (state.check.phase === "done") return state.check.analysis;
  if (state.check.phase === "checking") return state.check.previous;
  return undefined;
}
