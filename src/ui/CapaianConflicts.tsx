import { Button, Checkbox, Link, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { formatNumber, formatPercent, renderFinding, type Lang } from "../i18n";
import type { UiWords } from "../i18n/ui";
import type { ConflictReason, PendingWrite } from "./pane-state";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // One card per cell: it reads from 320 px up, where a five-column table cannot.
  item: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalS, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, overflowWrap: "anywhere" },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
  values: { margin: 0, display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalS },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  formula: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  disclosure: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  reason: { margin: 0, fontSize: tokens.fontSizeBase200 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

interface Props {
  pending: readonly PendingWrite[];
  words: UiWords;
  lang: Lang;
  disabled: boolean;
  onSelectCell(cell: string): void;
  /** The cells the person chose, and how many were skipped. */
  onApply(chosen: PendingWrite[], skipped: number): void;
}

/** A formula, shown only when asked for: the number is what the person compares. */
function FormulaDisclosure({ formula, label }: { formula: string; label: string }) {
  const styles = useStyles();
  return (
    <details className={styles.disclosure}>
      <summary>{label}</summary>
      <code className={styles.formula}>{formula}</code>
    </details>
  );
}

/**
 * The cells that already hold something else, each with what it shows now, what Cermat would
 * write and why they differ. Nothing is chosen at first: replacing what a person typed is their
 * call, cell by cell.
 */
export function CapaianConflicts({ pending, words, lang, disabled, onSelectCell, onApply }: Props) {
  const styles = useStyles();
  const w = words.tools;
  const titleId = useId();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (cell: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(cell);
      else next.delete(cell);
      return next;
    });
  const all = chosen.size === pending.length;
  const apply = () => {
    const picked = pending.filter((p) => chosen.has(p.cell));
    onApply(picked, pending.length - picked.length);
  };

  return (
    <section className={styles.root} aria-labelledby={titleId} data-testid="capaian-conflicts">
      <h3 id={titleId} className={styles.title}>
        {w.conflictsTitle(pending.length)}
      </h3>
      <p className={styles.hint}>{w.conflictsHint}</p>
      <Checkbox
        label={w.chooseAll}
        checked={all ? true : chosen.size > 0 ? "mixed" : false}
        disabled={disabled}
        onChange={() => setChosen(all ? new Set() : new Set(pending.map((p) => p.cell)))}
      />
      <ul className={styles.list} aria-labelledby={titleId}>
        {pending.map((p) => {
          const result = shownResult(p, lang);
          return (
            <li key={p.cell} className={styles.item} data-cell={p.cell}>
              <div className={styles.head}>
                <Checkbox checked={chosen.has(p.cell)} disabled={disabled} onChange={(_, d) => toggle(p.cell, d.checked === true)} label={w.conflictChoose(p.cell)} />
                <Link as="button" onClick={() => onSelectCell(p.cell)}>
                  {w.showCell(p.cell)}
                </Link>
              </div>
              <dl className={styles.values}>
                <dt className={styles.term}>{w.conflictCurrent}</dt>
                <dd className={styles.value} data-part="current">
                  {p.current === "" ? w.shownEmpty : p.current}
                </dd>
                <dt className={styles.term}>{w.conflictProposed}</dt>
                <dd className={styles.value} data-part="proposed">
                  {p.write.formula === undefined ? proposalText(p, lang) : (result ?? w.proposedFormula)}
                </dd>
              </dl>
              {p.currentFormula ? <FormulaDisclosure formula={p.currentFormula} label={w.currentFormulaLabel} /> : null}
              {p.write.formula !== undefined ? <FormulaDisclosure formula={p.write.formula} label={w.proposedFormulaLabel} /> : null}
              <p className={styles.reason}>{reasonText(p.reason, words, lang)}</p>
            </li>
          );
        })}
      </ul>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={disabled || chosen.size === 0} onClick={apply}>
          {w.applySelected}
        </Button>
        <Button disabled={disabled} onClick={() => onApply([], pending.length)}>
          {w.skipAll}
        </Button>
      </div>
    </section>
  );
}

/** A formula as Excel will hold it; a computed number the way the cell's format will show it. */
export function proposalText({ write, proposed, format }: PendingWrite, lang: Lang): string {
  if (write.formula !== undefined) return write.formula;
  if (typeof write.value !== "number") return proposed;
  return shownNumber(write.value, format, lang);
}

/** What a proposed formula will show once Excel computes it, when the engine knows (undefined otherwise). */
export function shownResult({ write, format }: PendingWrite, lang: Lang): string | undefined {
  if (write.formula === undefined || write.result === undefined || write.result === null) return undefined;
  return typeof write.result === "number" ? shownNumber(write.result, format, lang) : String(write.result);
}

function shownNumber(value: number, format: string | undefined, lang: Lang): string {
  return format?.includes("%") ? formatPercent(value * 100, lang) : formatNumber(value, lang);
}

/** The check's own message when a finding explains the cell, else the kind of difference. */
export function reasonText(reason: ConflictReason, words: UiWords, lang: Lang): string {
  return reason.kind === "finding" ? renderFinding(reason.finding, lang) : words.tools.reason[reason.kind];
}
