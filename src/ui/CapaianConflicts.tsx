import { Button, Checkbox, Link, Table, mergeClasses, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { formatNumber, formatPercent, renderFinding, type Lang } from "../i18n";
import type { UiWords } from "../i18n/ui";
import type { ConflictReason, PendingWrite } from "./pane-state";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
  choose: { width: "32px" },
  address: { width: "56px" },
  kind: { display: "block", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100 },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, wordBreak: "break-all" },
  // The number the person compares first; the formula that keeps it up to date, smaller, below.
  result: { display: "block", fontWeight: tokens.fontWeightSemibold },
  formula: { display: "block", fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3 },
  reason: { fontSize: tokens.fontSizeBase200 },
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

/**
 * The cells that already hold something else, beside what Cermat would write and why they
 * differ. Nothing is chosen at first: replacing what a person typed is their call, cell by cell.
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
      <h4 id={titleId} className={styles.title}>
        {w.conflictsTitle(pending.length)}
      </h4>
      <p className={styles.hint}>{w.conflictsHint}</p>
      <Table size="small" aria-labelledby={titleId}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.choose}>
              <Checkbox
                aria-label={w.chooseAll}
                checked={all ? true : chosen.size > 0 ? "mixed" : false}
                disabled={disabled}
                onChange={() => setChosen(all ? new Set() : new Set(pending.map((p) => p.cell)))}
              />
            </TableHeaderCell>
            <TableHeaderCell className={styles.address}>{w.conflictCell}</TableHeaderCell>
            <TableHeaderCell>{w.conflictCurrent}</TableHeaderCell>
            <TableHeaderCell>{w.conflictProposed}</TableHeaderCell>
            <TableHeaderCell>{w.conflictReason}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {pending.map((p) => (
            <TableRow key={p.cell} data-cell={p.cell}>
              <TableCell>
                <Checkbox
                  checked={chosen.has(p.cell)}
                  disabled={disabled}
                  onChange={(_, d) => toggle(p.cell, d.checked === true)}
                  aria-label={w.conflictChoose(p.cell)}
                />
              </TableCell>
              <TableCell>
                <Link as="button" aria-label={w.goToCell(p.cell)} onClick={() => onSelectCell(p.cell)}>
                  {p.cell}
                </Link>
              </TableCell>
              <TableCell className={p.current.startsWith("=") ? styles.code : undefined}>{p.current}</TableCell>
              <TableCell>
                <span className={styles.kind}>{p.write.formula !== undefined ? w.proposedFormula : w.proposedValue}</span>
                {shownResult(p, lang) !== undefined ? (
                  <>
                    <span className={styles.result}>{shownResult(p, lang)}</span>
                    <span className={mergeClasses(styles.code, styles.formula)}>{p.write.formula}</span>
                  </>
                ) : (
                  <span className={p.write.formula !== undefined ? styles.code : undefined}>{proposalText(p, lang)}</span>
                )}
              </TableCell>
              <TableCell className={styles.reason}>{reasonText(p.reason, words, lang)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
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
