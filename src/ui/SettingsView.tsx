import { Field, Input, MessageBar, MessageBarBody, Select, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { SheetAnalysis } from "../engine/analyze";
import { indicatorPolarities, type IndicatorPolarity } from "../engine/capaian";
import type { Polarity, Settings } from "../engine/model";
import type { UiWords } from "../i18n/ui";
import { polarityKey, shownAnalysis, type PaneAction, type PaneState } from "./pane-state";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  fieldset: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalM, margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
  // A native select is as wide as its longest option; in a 320 px pane it must shrink instead.
  select: { minWidth: 0, maxWidth: "100%" },
  selectElement: { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** Search results shown at once: enough to find one, few enough to read. */
const MAX_MATCHES = 8;

type CapChoice = "auto" | "100" | "120" | "none";

function capChoice(capAt: Settings["capAt"]): CapChoice {
  if (capAt === "auto") return "auto";
  if (capAt === null) return "none";
  return capAt === 120 ? "120" : "100";
}

function capValue(choice: CapChoice): Settings["capAt"] {
  return choice === "auto" ? "auto" : choice === "none" ? null : Number(choice);
}

export type { IndicatorPolarity };

/**
 * The indicators of the checked sheet with the polarity the check reads. An analysis that came
 * from the worker without its items (`slim`) brings the list with it.
 */
export function indicatorsOf(analysis: SheetAnalysis | undefined, settings: Settings): IndicatorPolarity[] {
  if (!analysis) return [];
  if (analysis.indicators) return analysis.indicators;
  return indicatorPolarities(analysis.tables.flatMap((t) => t.items), settings);
}

/** Listed without searching: what the check reads as lower-is-better, and every choice the person made. */
function listedAtOnce(indicator: IndicatorPolarity): boolean {
  return indicator.polarity === "negative" || indicator.source === "setting";
}

function matches(indicator: IndicatorPolarity, query: string): boolean {
  const words = polarityKey(query).split(" ").filter(Boolean);
  const text = polarityKey(indicator.text);
  return words.length > 0 && words.every((w) => text.includes(w));
}

interface Props {
  state: PaneState;
  words: UiWords;
  indicators: IndicatorPolarity[];
  canAutoRecheck: boolean;
  dispatch(action: PaneAction): void;
}

/**
 * A capaian convention: "Otomatis" follows the sheet (and says what the last check found there,
 * "terdeteksi"), or one reading chosen for every sheet.
 */
function ConventionChoice<T extends string>({ label, value, detected, options, words, onChange }: { label: string; value: "auto" | T; detected: T | undefined; options: Record<T, string>; words: UiWords; onChange(value: "auto" | T): void }) {
  const styles = useStyles();
  const w = words.settings;
  const keys = Object.keys(options) as T[];
  return (
    <Field label={label}>
      <Select className={styles.select} select={{ className: styles.selectElement }} value={value} onChange={(_, d) => onChange(d.value === "auto" ? "auto" : (keys.find((k) => k === d.value) ?? "auto"))}>
        <option value="auto">{detected ? w.autoDetected(options[detected]) : w.autoFollowSheet}</option>
        {keys.map((k) => (
          <option key={k} value={k}>
            {options[k]}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** One indikator with its polarity choice and why Cermat reads it as it does. */
function PolarityChoice({ indicator, settings, words, dispatch }: { indicator: IndicatorPolarity; settings: Settings; words: UiWords; dispatch(action: PaneAction): void }) {
  const styles = useStyles();
  const w = words.settings;
  return (
    <li>
      <Field label={indicator.text} hint={w.polarityBecause[indicator.source]}>
        <Select
          className={styles.select}
          select={{ className: styles.selectElement }}
          value={settings.polarity[polarityKey(indicator.text)] ?? "auto"}
          onChange={(_, d) => dispatch({ type: "polaritySet", indicator: indicator.text, polarity: d.value === "auto" ? null : (d.value as Polarity) })}
        >
          <option value="auto">{w.polarityAuto}</option>
          <option value="positive">{w.polarityPositive}</option>
          <option value="negative">{w.polarityNegative}</option>
        </Select>
      </Field>
    </li>
  );
}

/** Capaian cap, negative-indicator formula, polarity per indicator, language, auto re-check. */
export function SettingsView({ state, words, indicators, canAutoRecheck, dispatch }: Props) {
  const styles = useStyles();
  const w = words.settings;
  const { settings } = state;
  // What the last check read from the sheet's stated capaian, shown beside "Otomatis" (only when it states some).
  const conventions = shownAnalysis(state)?.tables[0]?.conventions;
  const detected = conventions?.capaianStorage !== undefined ? conventions : undefined;
  const [query, setQuery] = useState("");
  const listed = indicators.filter(listedAtOnce);
  const found = indicators.filter((i) => !listedAtOnce(i) && matches(i, query));
  return (
    <section className={styles.root}>
      <Field label={w.languageLabel}>
        <Select className={styles.select} select={{ className: styles.selectElement }} value={settings.lang} onChange={(_, d) => dispatch({ type: "settingsChanged", settings: { lang: d.value === "en" ? "en" : "id" } })}>
          <option value="id">Bahasa Indonesia</option>
          <option value="en">English</option>
        </Select>
      </Field>
      <Field label={w.capLabel}>
        <Select className={styles.select} select={{ className: styles.selectElement }} value={capChoice(settings.capAt)} onChange={(_, d) => dispatch({ type: "settingsChanged", settings: { capAt: capValue(d.value as CapChoice) } })}>
          <option value="auto">{w.capAuto}</option>
          <option value="100">{w.cap100}</option>
          <option value="120">{w.cap120}</option>
          <option value="none">{w.capNone}</option>
        </Select>
      </Field>
      <ConventionChoice
        label={w.negativeFormulaLabel}
        value={settings.negativeFormula}
        detected={detected?.negativeFormula}
        options={{ permenpan: w.negativePermenpan, inverse: w.negativeInverse }}
        words={words}
        onChange={(negativeFormula) => dispatch({ type: "settingsChanged", settings: { negativeFormula } })}
      />
      <ConventionChoice
        label={w.periodBasisLabel}
        value={settings.periodCapaianBasis}
        detected={detected?.periodBasis}
        options={w.periodBasis}
        words={words}
        onChange={(periodCapaianBasis) => dispatch({ type: "settingsChanged", settings: { periodCapaianBasis } })}
      />
      <ConventionChoice
        label={w.annualBasisLabel}
        value={settings.annualCapaianBasis}
        detected={detected?.annualBasis}
        options={w.annualBasis}
        words={words}
        onChange={(annualCapaianBasis) => dispatch({ type: "settingsChanged", settings: { annualCapaianBasis } })}
      />
      {canAutoRecheck ? (
        <Switch checked={state.autoRecheck} label={w.autoRecheck} onChange={(_, d) => dispatch({ type: "autoRecheckSet", on: d.checked })} />
      ) : null}
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{w.polarityLabel}</legend>
        {indicators.length === 0 ? (
          <p className={styles.hint}>{w.polarityHint}</p>
        ) : (
          <>
            <p className={styles.hint}>{listed.length === 0 ? w.polarityNoneNegative(indicators.length) : w.polarityListed(listed.length, indicators.length)}</p>
            <ul className={styles.list} aria-label={w.polarityListLabel}>
              {listed.map((indicator) => (
                <PolarityChoice key={indicator.text} indicator={indicator} settings={settings} words={words} dispatch={dispatch} />
              ))}
            </ul>
            <Field label={w.polaritySearchLabel}>
              <Input type="search" value={query} onChange={(_, d) => setQuery(d.value)} placeholder={w.polaritySearchPlaceholder} />
            </Field>
            {query.trim() ? (
              <>
                <p className={styles.hint} role="status">
                  {w.polarityMatches(found.length, Math.min(found.length, MAX_MATCHES))}
                </p>
                <ul className={styles.list} aria-label={w.polaritySearchResults}>
                  {found.slice(0, MAX_MATCHES).map((indicator) => (
                    <PolarityChoice key={indicator.text} indicator={indicator} settings={settings} words={words} dispatch={dispatch} />
                  ))}
                </ul>
              </>
            ) : null}
          </>
        )}
      </fieldset>
      {state.stale ? (
        <MessageBar intent="info">
          <MessageBarBody>{w.changedHint}</MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}
