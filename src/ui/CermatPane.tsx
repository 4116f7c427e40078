import { FluentProvider, makeStyles, tokens, webLightTheme, type Theme } from "@fluentui/react-components";
import { useCallback, useEffect, useId, useMemo, useReducer, useRef } from "react";
import { DEFAULT_SETTINGS, type ColumnChoices, type Finding, type Role, type Settings } from "../engine/model";
import { langFromDisplayLanguage, uiWords, type UiWords } from "../i18n/ui";
import type { WorkbookPort } from "../port/workbook-port";
import { CheckView } from "./CheckView";
import { runCheck, runClear, runColumnChange, runSelect, runTool, type Analyze, type ChoicesInHand } from "./check-workflow";
import { countBySeverity } from "./finding-groups";
import type { HostDescription } from "./host";
import { KolomView } from "./KolomView";
import { initialPaneState, paneReducer, shownAnalysis, type PaneState, type PaneTab } from "./pane-state";
import { LimitationsNotice } from "./LimitationsNotice";
import { indicatorsOf, SettingsView } from "./SettingsView";
import type { PaneTools } from "./tools";
import { TabStrip } from "./TabStrip";
import { ToolsView } from "./ToolsView";

export interface CermatPaneProps {
  port: WorkbookPort;
  host: HostDescription;
  /** The engine's check (`analyzeSheet`), passed in by the entry point; tests pass a stand-in. */
  analyze: Analyze;
  tools?: PaneTools;
  /** Settings to start from (the language still follows the host unless given here). */
  initialSettings?: Partial<Settings>;
  theme?: Theme;
  /** The tab to open on (the ribbon's "Sisipkan Template" and "Isi Capaian" open the tools). */
  initialTab?: PaneTab;
  /** Told after every state change, so a host (the workbench) can follow along. */
  onStateChange?(state: PaneState): void;
  /**
   * The pane is the page's main content in Excel; in the workbench it sits beside the sheet inside
   * the page's own <main>, as a named region (a <main> inside another landmark confuses screen readers).
   */
  landmark?: "main" | "region";
  /** Periksa as soon as the pane opens: the workbench opening a sheet from its rekap, already checked there. */
  checkOnOpen?: boolean;
}

const PANE_TABS: readonly PaneTab[] = ["check", "columns", "tools", "settings"];

/** How long edits must pause before an automatic re-check, so typing a number checks once. */
const RECHECK_DELAY_MS = 800;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, minHeight: "100%", boxSizing: "border-box" },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  live: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
});

/** The Cermat task pane: the same component inside Excel and in the browser workbench. */
export function CermatPane({ port, host, analyze, tools = {}, initialSettings, initialTab = "check", theme = webLightTheme, onStateChange, landmark = "main", checkOnOpen = false }: CermatPaneProps) {
  const styles = useStyles();
  const [state, dispatch] = useReducer(paneReducer, undefined, () => ({
    ...initialPaneState(
      { ...DEFAULT_SETTINGS, ...initialSettings, lang: initialSettings?.lang ?? host.lang ?? langFromDisplayLanguage(host.displayLanguage) },
      host.onChanged !== undefined,
    ),
    tab: initialTab,
  }));
  const words = uiWords(state.settings.lang);
  const analysis = shownAnalysis(state);
  const Landmark = landmark === "main" ? "main" : "section";
  const panelId = useId();

  // Handlers read the latest state through a ref, so the change subscription is made once.
  const latest = useRef(state);
  latest.current = state;
  const busy = useRef(false);

  useEffect(() => onStateChange?.(state), [state, onStateChange]);

  /** Column choices waiting for the check under way to finish. */
  const queuedChoices = useRef<ChoicesInHand | undefined>(undefined);
  /**
   * The choices of the last change taken from the queue: a choice made while that check still runs
   * builds on them, not on the older ones the pane shows, or a choice made just before would be lost.
   */
  const appliedChoices = useRef<ChoicesInHand | undefined>(undefined);

  /** Saves and checks with the queued choices until none are left, so the last choice always wins. */
  const applyQueuedChoices = useCallback(async () => {
    while (queuedChoices.current) {
      const next = queuedChoices.current;
      queuedChoices.current = undefined;
      appliedChoices.current = next;
      await runColumnChange(port, analyze, latest.current.settings, dispatch, next);
    }
  }, [port, analyze]);

  /** One check at a time: Cermat's own marks and a second click must not start another. */
  const exclusive = useCallback(async (work: () => Promise<void>) => {
    if (busy.current) return;
    busy.current = true;
    try {
      await work();
      await applyQueuedChoices();
    } finally {
      busy.current = false;
    }
  }, [applyQueuedChoices]);

  const check = useCallback(
    () =>
      exclusive(async () => {
        // Choices that could not be saved in the workbook are still the person's: keep using them.
        const columns = latest.current.columns;
        await runCheck(port, analyze, latest.current.settings, dispatch, columns?.saveFailure ? columns : undefined);
      }),
    [port, analyze, exclusive],
  );

  /** A change in the Kolom view; made during a check, it is applied as soon as that check ends. */
  const changeColumns = useCallback(
    (choices: (before: ColumnChoices) => ColumnChoices) => {
      const columns = latest.current.columns;
      if (!columns) return;
      const applied = appliedChoices.current?.sheet === columns.sheet ? appliedChoices.current.choices : undefined;
      queuedChoices.current = { sheet: columns.sheet, choices: choices(queuedChoices.current?.choices ?? applied ?? columns.choices) };
      // Applied now, or by the check under way as soon as it ends.
      void exclusive(async () => undefined);
    },
    [exclusive],
  );

  const chooseColumn = useCallback(
    (column: string, role: Role | "none") => {
      dispatch({ type: "columnChosen", column, role });
      changeColumns((before) => ({ ...before, [column]: role }));
    },
    [changeColumns],
  );

  const resetColumns = useCallback(() => {
    dispatch({ type: "columnsReset" });
    changeColumns(() => ({}));
  }, [changeColumns]);

  const clear = useCallback(() => {
    const sheet = shownAnalysis(latest.current)?.sheet;
    if (sheet) void runClear(port, sheet, dispatch);
  }, [port]);

  const select = useCallback(
    (finding: Finding) => {
      const sheet = shownAnalysis(latest.current)?.sheet;
      if (sheet) void runSelect(port, sheet, finding.cell, dispatch);
    },
    [port],
  );

  useEffect(() => {
    if (!host.onChanged) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = host.onChanged((sheet) => {
      // Cermat's own marks are edits too; they must not start another check.
      if (busy.current) return;
      // An edit on another sheet (a template just inserted, say) leaves this check current.
      const checked = latest.current.check.phase === "done" ? latest.current.check.analysis.sheet : undefined;
      if (sheet !== undefined && checked !== undefined && sheet !== checked) return;
      dispatch({ type: "sheetChanged", sheet });
      if (!latest.current.autoRecheck || latest.current.check.phase !== "done") return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void check(), RECHECK_DELAY_MS);
    });
    return () => {
      if (timer) clearTimeout(timer);
      unsubscribe();
    };
  }, [host, check]);

  const checkedOnOpen = useRef(false);
  useEffect(() => {
    if (!checkOnOpen || checkedOnOpen.current) return;
    checkedOnOpen.current = true;
    void check();
  }, [checkOnOpen, check]);

  const indicators = useMemo(() => indicatorsOf(analysis, state.settings), [analysis, state.settings]);

  return (
    <FluentProvider theme={theme} lang={state.settings.lang}>
      <Landmark className={styles.root} lang={state.settings.lang} aria-label={landmark === "region" ? words.appTitle : undefined}>
        <h1 className={styles.title}>{words.appTitle}</h1>
        <LimitationsNotice limitations={host.limitations ?? []} words={words} />
        <TabStrip<PaneTab>
          items={PANE_TABS.map((tab) => ({ value: tab, label: words.tabs[tab] }))}
          selected={state.tab}
          onSelect={(tab) => dispatch({ type: "tabChanged", tab })}
          label={words.tabListLabel}
          controls={panelId}
        />
        <div role="tabpanel" id={panelId} aria-label={words.tabs[state.tab]}>
          {state.tab === "check" ? (
            <CheckView
              state={state}
              words={words}
              onCheck={() => void check()}
              onClear={clear}
              onSelect={select}
              onToggle={(key) => dispatch({ type: "derivedToggled", key })}
            />
          ) : null}
          {state.tab === "columns" ? <KolomView state={state} words={words} onChoose={chooseColumn} onReset={resetColumns} /> : null}
          {state.tab === "tools" ? <ToolsView state={state} words={words} tools={tools} onRun={(tool, work) => void runTool(tool, work, dispatch)} onSelectCell={(sheet, cell) => void runSelect(port, sheet, cell, dispatch)} /> : null}
          {state.tab === "settings" ? <SettingsView state={state} words={words} indicators={indicators} canAutoRecheck={host.onChanged !== undefined} dispatch={dispatch} /> : null}
        </div>
        <div role="status" aria-live="polite" aria-atomic="true" className={styles.live} data-testid="live">
          {announcement(state, words)}
        </div>
      </Landmark>
    </FluentProvider>
  );
}

/** The one sentence screen readers hear after each step. */
export function announcement(state: PaneState, words: UiWords): string {
  if (state.check.phase === "checking") return words.checking;
  if (state.clearing) return words.clearing;
  if (state.check.phase === "failed") return words.failure[state.check.failure.code].title;
  if (state.actionFailure) return words.failure[state.actionFailure.failure.code].title;
  if (state.cleared !== undefined) return words.marksCleared(state.cleared);
  if (state.check.phase === "done") {
    const { analysis } = state.check;
    return analysis.recognized ? words.liveResult(analysis.sheet, countBySeverity(analysis.findings)) : words.notRecognizedTitle;
  }
  return "";
}
