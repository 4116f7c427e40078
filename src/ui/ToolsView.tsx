import { Button, Field, Input, MessageBar, MessageBarBody, Select, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { UiWords } from "../i18n/ui";
import { CapaianConflicts } from "./CapaianConflicts";
import { FailureMessage } from "./FailureMessage";
import type { PaneState, ToolId, ToolOutcome } from "./pane-state";
import type { PaneTools, TemplateRequest } from "./tools";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
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
  const outcome = state.tool.phase === "done" ? state.tool.outcome : undefined;

  const request = (): TemplateRequest => ({ templateId, instansi: instansi.trim(), tahun: Number(tahun) });
  // Checked here, before anything is written, so the person sees which field to fix.
  const [tried, setTried] = useState(false);
  const instansiValid = instansi.trim() !== "";
  const tahunValid = /^\d{4}$/.test(tahun.trim()) && Number(tahun) >= 2000 && Number(tahun) <= 2100;
  const instansiError = tried && !instansiValid ? w.instansiRequired : undefined;
  const tahunError = tried && !tahunValid ? w.tahunInvalid : undefined;
  const insertTemplate = (run: NonNullable<PaneTools["insertTemplate"]>) => {
    setTried(true);
    if (instansiValid && tahunValid) onRun("insertTemplate", () => run(request()));
  };

  return (
    <section className={styles.root}>
      <div className={styles.section}>
        <h3 className={styles.heading}>{w.templateTitle}</h3>
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
            <Field label={w.instansi} required validationState={instansiError ? "error" : "none"} validationMessage={instansiError}>
              <Input value={instansi} onChange={(_, d) => setInstansi(d.value)} />
            </Field>
            <Field label={w.tahun} required validationState={tahunError ? "error" : "none"} validationMessage={tahunError}>
              <Input type="number" value={tahun} onChange={(_, d) => setTahun(d.value)} />
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
        <h3 className={styles.heading}>{w.workflowTitle}</h3>
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

      {running ? <Spinner size="tiny" label={w.running} /> : null}
      {outcome ? (
        <MessageBar intent="success">
          <MessageBarBody>{outcomeText(outcome, w)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {outcome?.kind === "cellsWritten" && outcome.pending.length > 0 && applyCapaian ? (
        <CapaianConflicts
          key={outcome.pending.map((p) => p.cell).join()}
          pending={outcome.pending}
          words={words}
          disabled={running}
          onSelectCell={(cell) => onSelectCell?.(outcome.sheet, cell)}
          onApply={(chosen, skipped) => onRun("applyCapaian", () => applyCapaian(outcome.sheet, chosen, skipped))}
        />
      ) : null}
      {state.tool.phase === "failed" ? <FailureMessage failure={state.tool.failure} words={words} /> : null}
    </section>
  );
}

function outcomeText(outcome: ToolOutcome, w: UiWords["tools"]): string {
  switch (outcome.kind) {
    case "sheetAdded":
      return w.sheetAdded(outcome.sheet);
    case "cellsWritten":
      return w.cellsWritten(outcome.written, outcome.conflicts);
    case "cellsReplaced":
      return w.cellsReplaced(outcome.replaced, outcome.skipped);
  }
}
