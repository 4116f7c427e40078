import { Button, Checkbox, Link, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { CellWrite } from "../engine/model";
import type { UiWords } from "../i18n/ui";
import type { PendingWrite } from "./pane-state";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, wordBreak: "break-all" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

interface Props {
  pending: PendingWrite[];
  words: UiWords;
  disabled: boolean;
  onSelectCell(cell: string): void;
  /** The writes the person chose, and how many were left alone. */
  onApply(chosen: CellWrite[], skipped: number): void;
}

/**
 * The capaian cells that already hold something else, side by side with what Cermat would write.
 * Nothing is chosen at first: replacing what a person typed is their call, cell by cell.
 */
export function CapaianConflicts({ pending, words, disabled, onSelectCell, onApply }: Props) {
  const styles = useStyles();
  const w = words.tools;
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (cell: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(cell);
      else next.delete(cell);
      return next;
    });
  const apply = () => {
    const writes = pending.filter((p) => chosen.has(p.cell)).map((p) => p.write);
    onApply(writes, pending.length - writes.length);
  };

  return (
    <section className={styles.root} aria-labelledby="capaian-conflicts-title">
      <h4 id="capaian-conflicts-title" className={styles.title}>
        {w.conflictsTitle(pending.length)}
      </h4>
      <p className={styles.hint}>{w.conflictsHint}</p>
      <Table size="small" aria-labelledby="capaian-conflicts-title">
        <TableHeader>
          <TableRow>
            <TableHeaderCell />
            <TableHeaderCell>{w.conflictCell}</TableHeaderCell>
            <TableHeaderCell>{w.conflictCurrent}</TableHeaderCell>
            <TableHeaderCell>{w.conflictProposed}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {pending.map((p) => (
            <TableRow key={p.cell} data-cell={p.cell}>
              <TableCell>
                <Checkbox checked={chosen.has(p.cell)} onChange={(_, d) => toggle(p.cell, d.checked === true)} aria-label={w.conflictChoose(p.cell)} />
              </TableCell>
              <TableCell>
                <Link as="button" onClick={() => onSelectCell(p.cell)}>
                  {p.cell}
                </Link>
              </TableCell>
              <TableCell>{p.current}</TableCell>
              <TableCell className={styles.code}>{p.proposed}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={disabled || chosen.size === 0} onClick={apply}>
          {w.applySelected(chosen.size)}
        </Button>
        <Button disabled={disabled} onClick={() => onApply([], pending.length)}>
          {w.skipAll}
        </Button>
      </div>
    </section>
  );
}
