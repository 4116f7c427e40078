import { DEFAULT_SETTINGS } from "../../src/engine/model";
import { initialPaneState, paneReducer, polarityKey, shownAnalysis, type PaneAction, type PaneState } from "../../src/ui/pane-state";
import { BUDGET_FINDINGS, ROOT, recognized } from "./support/analyses";

const protectedSheet = { code: "PROTECTED_SHEET" as const, detail: "Renaksi 2024", message: "Sheet is protected" };

function run(...actions: PaneAction[]): PaneState {
  return actions.reduce(paneReducer, initialPaneState(DEFAULT_SETTINGS));
}

const checked = recognized(BUDGET_FINDINGS);

describe("paneReducer", () => {
  it("starts idle on the check tab, in the settings' language", () => {
    const state = initialPaneState({ ...DEFAULT_SETTINGS, lang: "en" }, true);
    expect(state).toMatchObject({ tab: "check", check: { phase: "idle" }, marked: false, stale: false, autoRecheck: true });
    expect(state.settings.lang).toBe("en");
  });

  it("keeps the previous findings visible while re-checking, and replaces them after", () => {
    const first = run({ type: "checkStarted" }, { type: "checkSucceeded", analysis: checked, marked: true });
    expect(first.check.phase).toBe("done");
    expect(first.marked).toBe(true);
    const again = paneReducer(first, { type: "checkStarted" });
    expect(again.check).toEqual({ phase: "checking", previous: checked });
    expect(shownAnalysis(again)).toBe(checked);
    const fixed = recognized([]);
    expect(shownAnalysis(paneReducer(again, { type: "checkSucceeded", analysis: fixed, marked: false }))).toBe(fixed);
  });

  it("goes back to the check tab when a check starts from elsewhere", () => {
    expect(run({ type: "tabChanged", tab: "settings" }, { type: "checkStarted" }).tab).toBe("check");
  });

  it("records a failed read as a failed check", () => {
    const state = run({ type: "checkStarted" }, { type: "checkFailed", failure: protectedSheet });
    expect(state.check).toEqual({ phase: "failed", failure: protectedSheet });
  });

  it("shows findings that could not be marked, with the reason", () => {
    const state = run({ type: "checkStarted" }, { type: "checkSucceeded", analysis: checked, marked: false, markFailure: protectedSheet });
    expect(state.check.phase).toBe("done");
    expect(state.marked).toBe(false);
    expect(state.actionFailure).toEqual({ action: "mark", failure: protectedSheet });
  });

  it("clears marks and counts them; a failed clear keeps the marks", () => {
    const done = run({ type: "checkSucceeded", analysis: checked, marked: true });
    const cleared = [{ type: "clearStarted" } as const, { type: "clearSucceeded", count: 8 } as const].reduce(paneReducer, done);
    expect(cleared).toMatchObject({ marked: false, clearing: false, cleared: 8 });
    const failed = [{ type: "clearStarted" } as const, { type: "clearFailed", failure: protectedSheet } as const].reduce(paneReducer, done);
    expect(failed).toMatchObject({ marked: true, clearing: false, actionFailure: { action: "clear" } });
  });

  it("remembers the selected cell and forgets it on a new check", () => {
    const selected = run({ type: "checkSucceeded", analysis: checked, marked: true }, { type: "findingSelected", cell: "M18" });
    expect(selected.selected).toBe("M18");
    expect(paneReducer(selected, { type: "checkSucceeded", analysis: checked, marked: true }).selected).toBeUndefined();
  });

  it("unfolds and folds a root cause, and keeps it unfolded across a re-check while it is still found", () => {
    const key = "BUDGET_PERIOD_SUM:M18";
    const open = run({ type: "checkSucceeded", analysis: checked, marked: true }, { type: "derivedToggled", key });
    expect(open.expanded).toEqual([key]);
    expect(paneReducer(open, { type: "derivedToggled", key }).expanded).toEqual([]);
    expect(paneReducer(open, { type: "checkSucceeded", analysis: checked, marked: true }).expanded).toEqual([key]);
    const rootFixed = recognized(BUDGET_FINDINGS.filter((f) => f !== ROOT));
    expect(paneReducer(open, { type: "checkSucceeded", analysis: rootFixed, marked: true }).expanded).toEqual([]);
  });

  it("marks the results stale when the sheet changes, but not before any check", () => {
    expect(run({ type: "sheetChanged" }).stale).toBe(false);
    expect(run({ type: "checkSucceeded", analysis: checked, marked: true }, { type: "sheetChanged" }).stale).toBe(true);
    expect(run({ type: "checkSucceeded", analysis: checked, marked: true }, { type: "sheetChanged" }, { type: "checkSucceeded", analysis: checked, marked: true }).stale).toBe(false);
    expect(run({ type: "checkSucceeded", analysis: checked, marked: true }, { type: "sheetChanged", sheet: "Lembar lain" }).stale).toBe(false);
    expect(run({ type: "checkSucceeded", analysis: checked, marked: true }, { type: "sheetChanged", sheet: checked.sheet }).stale).toBe(true);
  });

  it.each([
    [{ lang: "en" as const }, false],
    [{ capAt: 100 }, true],
    [{ capAt: null }, true],
    [{ negativeFormula: "inverse" as const }, true],
  ])("settings %p after a check make it stale: %p", (settings, stale) => {
    const state = run({ type: "checkSucceeded", analysis: checked, marked: true }, { type: "settingsChanged", settings });
    expect(state.settings).toMatchObject(settings);
    expect(state.stale).toBe(stale);
  });

  it("sets and unsets an indicator's polarity under its normalised key", () => {
    const indicator = "Tingkat  Pengangguran\nTerbuka";
    const negative = run({ type: "polaritySet", indicator, polarity: "negative" });
    expect(negative.settings.polarity).toEqual({ "tingkat pengangguran terbuka": "negative" });
    expect(polarityKey(indicator)).toBe("tingkat pengangguran terbuka");
    expect(paneReducer(negative, { type: "polaritySet", indicator, polarity: null }).settings.polarity).toEqual({});
    // The defaults are shared: setting a polarity must not change them.
    expect(DEFAULT_SETTINGS.polarity).toEqual({});
  });

  it("follows a tool from start to outcome; a tool that changed the sheet makes the check stale", () => {
    const running = run({ type: "checkSucceeded", analysis: checked, marked: true }, { type: "toolStarted", tool: "fillCapaian" });
    expect(running.tool).toEqual({ phase: "running", tool: "fillCapaian" });
    const done = paneReducer(running, { type: "toolSucceeded", tool: "fillCapaian", outcome: { kind: "cellsWritten", sheet: checked.sheet, written: 24, conflicts: 0, pending: [] } });
    expect(done.tool).toEqual({ phase: "done", tool: "fillCapaian", outcome: { kind: "cellsWritten", sheet: checked.sheet, written: 24, conflicts: 0, pending: [] } });
    expect(done.stale).toBe(true);
    // Cells written on another sheet, or a sheet added beside it, leave the check current.
    const elsewhere = paneReducer(running, { type: "toolSucceeded", tool: "fillCapaian", outcome: { kind: "cellsWritten", sheet: "PK 2022", written: 24, conflicts: 0, pending: [] } });
    expect(elsewhere.stale).toBe(false);
    const added = paneReducer(running, { type: "toolSucceeded", tool: "insertTemplate", outcome: { kind: "sheetAdded", sheet: "Rencana Aksi (2)" } });
    expect(added.stale).toBe(false);
    const failed = paneReducer(running, { type: "toolFailed", tool: "fillCapaian", failure: protectedSheet });
    expect(failed.tool).toEqual({ phase: "failed", tool: "fillCapaian", failure: protectedSheet });
  });
});

describe("paneReducer: the Kolom view's column choices", () => {
  const samples = [{ 9: ["Rp 1.000.000"] }];
  const done = run(
    { type: "tabChanged", tab: "columns" },
    { type: "checkStarted" },
    { type: "checkSucceeded", analysis: checked, marked: true, choices: { K: "none" }, samples },
  );

  it("takes the choices and samples the check used", () => {
    expect(done.columns).toEqual({ sheet: checked.sheet, choices: { K: "none" }, samples });
  });

  it("a choice adds to the sheet's choices; a reset drops them all", () => {
    const chosen = paneReducer(done, { type: "columnChosen", column: "E", role: "anggaran" });
    expect(chosen.columns?.choices).toEqual({ K: "none", E: "anggaran" });
    const changedAgain = paneReducer(chosen, { type: "columnChosen", column: "K", role: "realisasi_anggaran" });
    expect(changedAgain.columns?.choices).toEqual({ K: "realisasi_anggaran", E: "anggaran" });
    expect(paneReducer(changedAgain, { type: "columnsReset" }).columns?.choices).toEqual({});
  });

  it("the re-check a choice starts stays on the Kolom view, and its result replaces the choices", () => {
    const rechecking = [{ type: "columnChosen", column: "E", role: "anggaran" } as const, { type: "checkStarted" } as const].reduce(paneReducer, done);
    expect(rechecking.tab).toBe("columns");
    expect(shownAnalysis(rechecking)).toBe(checked);
    const after = paneReducer(rechecking, { type: "checkSucceeded", analysis: checked, marked: true, choices: { K: "none", E: "anggaran" }, samples });
    expect(after.columns?.choices).toEqual({ K: "none", E: "anggaran" });
  });

  it("keeps a failed save in view through the re-check on the same sheet, and forgets it on the next choice", () => {
    const failed = [
      { type: "columnsSaveFailed", failure: protectedSheet } as const,
      { type: "checkStarted" } as const,
      { type: "checkSucceeded", analysis: checked, marked: true, choices: { K: "none" }, samples } as const,
    ].reduce(paneReducer, done);
    expect(failed.columns?.saveFailure).toEqual(protectedSheet);
    expect(paneReducer(failed, { type: "columnChosen", column: "K", role: "anggaran" }).columns?.saveFailure).toBeUndefined();
    const otherSheet = paneReducer(failed, { type: "checkSucceeded", analysis: recognized([], "PK 2024"), marked: false });
    expect(otherSheet.columns).toEqual({ sheet: "PK 2024", choices: {}, samples: [] });
  });

  it("ignores choices before any check", () => {
    const idle = initialPaneState(DEFAULT_SETTINGS);
    expect(paneReducer(idle, { type: "columnChosen", column: "K", role: "none" })).toBe(idle);
    expect(paneReducer(idle, { type: "columnsReset" })).toBe(idle);
  });
});
