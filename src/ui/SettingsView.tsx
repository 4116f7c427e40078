import { Field, MessageBar, MessageBarBody, Select, Switch, makeStyles, tokens } from "@fluentui/react-components";
import type { SheetAnalysis } from "../engine/analyze";
import type { Polarity, Settings } from "../engine/model";
import type { UiWords } from "../i18n/ui";
import { polarityKey, type PaneAction, type PaneState } from "./pane-state";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  fieldset: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalM, margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
});

type CapChoice = "auto" | "100" | "120" | "none";

function capChoice(capAt: Settings["capAt"]): CapChoice {
  if (capAt === "auto") return "auto";
  if (capAt === null) return "none";
  return capAt === 120 ? "120" : "100";
}

function capValue(choice: CapChoice): Settings["capAt"] {
  return choice === "auto" ? "auto" : choice === "none" ? null : Number(choice);
}

/** The indicators of the checked sheet, once each, in sheet order. */
export function indicatorsOf(analysis: SheetAnalysis | undefined): string[] {
  const seen = new Map<string, string>();
  for (const table of analysis?.tables ?? []) {
    for (const item of table.items) {
      const text = (item.cells.indikator ?? item.inherited.indikator)?.text?.trim();
      if (text && !seen.has(polarityKey(text))) seen.set(polarityKey(text), text);
    }
  }
  return [...seen.values()];
}

interface Props {
  state: PaneState;
  words: UiWords;
  indicators: string[];
  canAutoRecheck: boolean;
  dispatch(action: PaneAction): void;
}

/** Capaian cap, negative-indicator formula, polarity per indicator, language, auto re-check. */
export function SettingsView({ state, words, indicators, canAutoRecheck, dispatch }: Props) {
  const styles = useStyles();
  const w = words.settings;
  const { settings } = state;
  return (
    <section className={styles.root}>
      <Field label={w.languageLabel}>
        <Select value={settings.lang} onChange={(_, d) => dispatch({ type: "settingsChanged", settings: { lang: d.value === "en" ? "en" : "id" } })}>
          <option value="id">Bahasa Indonesia</option>
          <option value="en">English</option>
        </Select>
      </Field>
      <Field label={w.capLabel}>
        <Select value={capChoice(settings.capAt)} onChange={(_, d) => dispatch({ type: "settingsChanged", settings: { capAt: capValue(d.value as CapChoice) } })}>
          <option value="auto">{w.capAuto}</option>
          <option value="100">{w.cap100}</option>
          <option value="120">{w.cap120}</option>
          <option value="none">{w.capNone}</option>
        </Select>
      </Field>
      <Field label={w.negativeFormulaLabel}>
        <Select
          value={settings.negativeFormula}
          onChange={(_, d) => dispatch({ type: "settingsChanged", settings: { negativeFormula: d.value === "inverse" ? "inverse" : "permenpan" } })}
        >
          <option value="permenpan">{w.negativePermenpan}</option>
          <option value="inverse">{w.negativeInverse}</option>
        </Select>
      </Field>
      {canAutoRecheck ? (
        <Switch checked={state.autoRecheck} label={w.autoRecheck} onChange={(_, d) => dispatch({ type: "autoRecheckSet", on: d.checked })} />
      ) : null}
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{w.polarityLabel}</legend>
        {indicators.length === 0 ? <p className={styles.hint}>{w.polarityHint}</p> : null}
        {indicators.map((indicator) => (
          <Field key={indicator} label={indicator}>
            <Select
              value={settings.polarity[polarityKey(indicator)] ?? "auto"}
              onChange={(_, d) => dispatch({ type: "polaritySet", indicator, polarity: d.value === "auto" ? null : (d.value as Polarity) })}
            >
              <option value="auto">{w.polarityAuto}</option>
              <option value="positive">{w.polarityPositive}</option>
              <option value="negative">{w.polarityNegative}</option>
            </Select>
          </Field>
        ))}
      </fieldset>
      {state.stale ? (
        <MessageBar intent="info">
          <MessageBarBody>{w.changedHint}</MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}
