import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../engine/model";
import type { UiWords } from "../i18n/ui";
import { CoverageNotice } from "./CoverageNotice";
import { FailureMessage } from "./FailureMessage";
import { countBySeverity, groupFindings } from "./finding-groups";
import { FindingList } from "./FindingList";
import { CHECK_STEPS, shownAnalysis, type PaneState } from "./pane-state";
import { SeveritySummary } from "./SeveritySummary";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
  sheet: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

interface Props {
  state: PaneState;
  words: UiWords;
  onCheck(): void;
  onClear(): void;
  onSelect(finding: Finding): void;
  onToggle(key: string): void;
}

/** Which of the three steps of Periksa is under way, as a bar that fills step by step. */
function CheckProgress({ state, words }: { state: PaneState; words: UiWords }) {
  const step = state.check.phase === "checking" ? (state.check.step ?? "reading") : "reading";
  const index = CHECK_STEPS.indexOf(step);
  const text = words.checkStep(index + 1, CHECK_STEPS.length, words.checkSteps[step]);
  return (
    <Field validationMessage={text} validationState="none" data-step={step}>
      <ProgressBar value={(index + 0.5) / CHECK_STEPS.length} thickness="large" aria-label={text} />
    </Field>
  );
}

/** The check: Periksa, the summary, the findings, and what went wrong when something did. */
export function CheckView({ state, words, onCheck, onClear, onSelect, onToggle }: Props) {
  const styles = useStyles();
  const analysis = shownAnalysis(state);
  const checking = state.check.phase === "checking";
  const checkedOnce = analysis !== undefined || state.check.phase === "failed";
  const groups = analysis ? groupFindings(analysis.findings) : [];
  const counts = countBySeverity(analysis?.findings ?? []);
  const lang = state.settings.lang;

  return (
    <section className={styles.root} aria-busy={checking}>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onCheck} disabled={checking} data-action="check">
          {checkedOnce ? words.periksaUlang : words.periksa}
        </Button>
        {/* A sheet not recognised has no marks of this check to remove (unless an earlier check on it made some). */}
        <Button onClick={onClear} disabled={!analysis || (!analysis.recognized && !state.marked) || state.clearing || checking} data-action="clear">
          {words.hapusTanda}
        </Button>
        {state.clearing ? <Spinner size="tiny" label={words.clearing} /> : null}
      </div>

      {state.check.phase === "checking" ? <CheckProgress state={state} words={words} /> : null}
      {state.check.phase === "idle" ? <p className={styles.hint}>{words.idleHint}</p> : null}
      {state.check.phase === "failed" ? <FailureMessage failure={state.check.failure} words={words} /> : null}
      {state.actionFailure ? (
        <FailureMessage
          failure={state.actionFailure.failure}
          words={words}
          lead={state.actionFailure.action === "select" ? words.selectFailed : state.actionFailure.action === "mark" ? words.markFailed : undefined}
        />
      ) : null}
      {state.stale && analysis ? (
        <MessageBar intent="warning">
          <MessageBarBody>{words.stale}</MessageBarBody>
        </MessageBar>
      ) : null}
      {state.cleared !== undefined ? (
        <MessageBar intent="success">
          <MessageBarBody>{words.marksCleared(state.cleared)}</MessageBarBody>
        </MessageBar>
      ) : null}

      {analysis && !analysis.recognized ? (
        <MessageBar intent="warning" layout="multiline" data-state="not-recognized">
          <MessageBarBody>
            <MessageBarTitle>{words.notRecognizedTitle}</MessageBarTitle>
            <p>{analysis.reason ? words.notRecognizedReason[analysis.reason.code](analysis.reason.found) : words.notRecognizedReason.NO_HEADER([])}</p>
            <p>{words.notRecognizedAdvice}</p>
          </MessageBarBody>
        </MessageBar>
      ) : null}

      {analysis?.recognized ? (
        <>
          <h2 className={styles.sheet}>{words.sheetChecked(analysis.sheet)}</h2>
          <SeveritySummary counts={counts} words={words} />
          <CoverageNotice analysis={analysis} words={words} />
          {analysis.findings.length === 0 ? (
            analysis.coverage.verdict === "ready" ? (
              <MessageBar intent="success">
                <MessageBarBody>{words.noFindings(analysis.sheet)}</MessageBarBody>
              </MessageBar>
            ) : null
          ) : (
            <>
              {state.marked ? <p className={styles.hint}>{words.markedHint}</p> : null}
              <FindingList groups={groups} lang={lang} words={words} selected={state.selected} expanded={state.expanded} onSelect={onSelect} onToggle={onToggle} />
            </>
          )}
        </>
      ) : null}
    </section>
  );
}
