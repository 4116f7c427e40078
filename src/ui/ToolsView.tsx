import { Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Select, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { UiWords } from "../i18n/ui";
import type { ToolProblem } from "../i18n/ui/words";
import { CapaianConflicts } from "./CapaianConflicts";
import { FailureMessage } from "./FailureMessage";
import type { PaneState, ToolId, ToolOutcome } from "./pane-state";
import { parseTahun, type PaneTools } from "./tools";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  result: { outlineStyle: "none" },
});

const useProblemStyles = makeStyles({
  detail: { opacity: 0.75, wordBreak: "break-word" },
});

interface Props {
  state: PaneState;
  words: UiWords;
  tools: PaneTools;
  onRun(tool: ToolId, work: () => Promise<ToolOutcome>): void;
  /** Selects a cell in the sheet (from the list of capaian cells to decide on). */
  onSelectCell?(sheet: string, cell: string): void;
}

/** Sisipkan Template, Isi Capaian and Siapkan Pengukuran Kinerja, each from a callback. */
export function ToolsView({ state, words, tools, onRun, onSelectCell }: Props) {
  const styles = useStyles();
  const w = words.tools;
  const lang = state.settings.lang;
  const templates = tools.templates ?? [];
  const [templateId, setTemplateId] = useState(templates[0]?.id ?? "");
  const [instansi, setInstansi] = useState("");
  const [tahun, setTahun] = useState(String(new Date().getFullYear()));
  const running = state.tool.phase === "running";
  const insert = tools.insertTemplate;
  const fill = tools.fillCapaian;
  const prepare = tools.preparePengukuran;
  const applyCapaian = tools.applyCapaian;
  const insertReport = tools.insertReport;
  const removeReport = tools.removeReport;
  // "Batal" on the question whether to remove a report someone wrote in: the question goes away.
  const [declined, setDeclined] = useState<ToolOutcome | undefined>(undefined);
  const done = state.tool.phase === "done" ? state.tool : undefined;
  const outcome = done?.outcome;

  // Checked here, before anything is written, so the person sees which field to fix. The agency
  // may stay empty: the template's heading then keeps dots to fill in by hand.
  const [tried, setTried] = useState(false);
  const year = parseTahun(tahun);
  const tahunError = tried && year === undefined ? w.tahunInvalid : undefined;
  const insertTemplate = (run: NonNullable<PaneTools["insertTemplate"]>) => {
    setTried(true);
    if (year !== undefined) onRun("insertTemplate", () => run({ templateId, instansi: instansi.trim(), tahun: year }));
  };

  // Applying or skipping removes the list (and the focused button with it): the result takes the
  // focus so a keyboard user carries on from there.
  const resultRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (outcome?.kind === "cellsReplaced") resultRef.current?.focus();
  }, [outcome]);

  return (
    <section className={styles.root}>
      <div className={styles.section}>
        <h2 className={styles.heading}>{w.templateTitle}</h2>
        <p className={styles.hint}>{insert ? w.templateHint : w.notAvailable}</p>
        {insert && templates.length > 0 ? (
          <>
            <Field label={w.templateLabel}>
              <Select value={templateId} onChange={(_, d) => setTemplateId(d.value)}>
                {templates.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.label[lang]}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={w.instansi} hint={w.instansiHint}>
              <Input value={instansi} onChange={(_, d) => setInstansi(d.value)} />
            </Field>
            <Field label={w.tahun} required validationState={tahunError ? "error" : "none"} validationMessage={tahunError}>
              <Input inputMode="numeric" maxLength={4} value={tahun} onChange={(_, d) => setTahun(d.value)} onKeyDown={(e) => e.key === "Enter" && insertTemplate(insert)} />
            </Field>
            <div className={styles.actions}>
              <Button appearance="primary" disabled={running} onClick={() => insertTemplate(insert)}>
                {w.insert}
              </Button>
            </div>
          </>
        ) : null}
      </div>

      <div className={styles.section}>
        <h2 className={styles.heading}>{w.workflowTitle}</h2>
        <p className={styles.hint}>{fill || prepare ? w.workflowHint : w.notAvailable}</p>
        <div className={styles.actions}>
          {fill ? (
            <Button disabled={running} onClick={() => onRun("fillCapaian", () => fill(state.settings))}>
              {w.fillCapaian}
            </Button>
          ) : null}
          {prepare ? (
            <Button disabled={running} onClick={() => onRun("preparePengukuran", () => prepare(state.settings))}>
              {w.preparePengukuran}
            </Button>
          ) : null}
        </div>
      </div>

      <div className={styles.section}>
        <h2 className={styles.heading}>{w.reportTitle}</h2>
        <p className={styles.hint}>{insertReport ? w.reportHint : w.notAvailable}</p>
        <div className={styles.actions}>
          {insertReport ? (
            <Button disabled={running} onClick={() => onRun("insertReport", () => insertReport(state.settings))}>
              {w.insertReport}
            </Button>
          ) : null}
          {removeReport ? (
            <Button disabled={running} onClick={() => onRun("removeReport", () => removeReport(false))}>
              {w.removeReport}
            </Button>
          ) : null}
        </div>
      </div>

      {running ? <Spinner size="tiny" label={w.running} /> : null}
      {done && outcome ? (
        <div ref={resultRef} tabIndex={-1} className={styles.result} data-testid="tool-result">
          {outcome.kind === "notPossible" ? (
            <ProblemMessage problem={outcome.problem} detail={outcome.detail} tool={toolName(done.tool, w)} words={words} />
          ) : outcome.kind === "confirmRemoval" ? (
            declined === outcome ? null : (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>
                  <p>{outcomeText(outcome, w)}</p>
                  <div className={styles.actions}>
                    <Button appearance="primary" disabled={running || !removeReport} onClick={() => removeReport && onRun("removeReport", () => removeReport(true))}>
                      {w.removeAnyway}
                    </Button>
                    <Button disabled={running} onClick={() => setDeclined(outcome)}>
                      {w.cancel}
                    </Button>
                  </div>
                </MessageBarBody>
              </MessageBar>
            )
          ) : (
            <MessageBar intent="success">
              <MessageBarBody>{outcomeText(outcome, w)}</MessageBarBody>
            </MessageBar>
          )}
        </div>
      ) : null}
      {outcome?.kind === "cellsWritten" && outcome.pending.length > 0 && applyCapaian ? (
        <CapaianConflicts
          key={outcome.pending.map((p) => p.cell).join()}
          pending={outcome.pending}
          words={words}
          lang={lang}
          disabled={running}
          onSelectCell={(cell) => onSelectCell?.(outcome.sheet, cell)}
          onApply={(chosen, skipped) => onRun("applyCapaian", () => applyCapaian(outcome.sheet, chosen, skipped))}
        />
      ) : null}
      {state.tool.phase === "failed" ? <FailureMessage failure={state.tool.failure} words={words} lead={w.failedLead(toolName(state.tool.tool, w))} /> : null}
      {state.actionFailure?.action === "select" && outcome?.kind === "cellsWritten" ? <FailureMessage failure={state.actionFailure.failure} words={words} lead={words.selectFailed} /> : null}
    </section>
  );
}

/** What a tool could not do on this sheet and what to do about it; the engine's own words kept as detail. */
function ProblemMessage({ problem, detail, tool, words }: { problem: ToolProblem; detail?: string; tool: string; words: UiWords }) {
  const styles = useProblemStyles();
  const text = words.tools.problem[problem];
  return (
    <MessageBar intent="warning" layout="multiline" data-problem={problem}>
      <MessageBarBody>
        <MessageBarTitle>{`${words.tools.failedLead(tool)} ${text.title}`}</MessageBarTitle>
        <p>{text.advice}</p>
        {detail ? <p className={styles.detail}>{words.technicalDetail(detail)}</p> : null}
      </MessageBarBody>
    </MessageBar>
  );
}

function toolName(tool: ToolId, w: UiWords["tools"]): string {
  switch (tool) {
    case "insertTemplate":
      return w.templateTitle;
    case "fillCapaian":
    case "applyCapaian":
      return w.fillCapaian;
    case "preparePengukuran":
      return w.preparePengukuran;
    case "insertReport":
    case "removeReport":
      return w.reportTitle;
  }
}

function outcomeText(outcome: Exclude<ToolOutcome, { kind: "notPossible" }>, w: UiWords["tools"]): string {
  switch (outcome.kind) {
    case "sheetAdded":
      return w.sheetAdded(outcome.sheet);
    case "sheetsRemoved":
      return w.sheetsRemoved(outcome.sheets);
    case "confirmRemoval":
      return w.confirmRemoval(outcome.sheets);
    case "cellsWritten":
      return w.cellsWritten(outcome.written, outcome.conflicts);
    case "cellsReplaced":
      return w.cellsReplaced(outcome.replaced, outcome.skipped);
  }
}
