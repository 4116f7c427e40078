import { Badge, Button, MessageBar, MessageBarBody, Select, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, type ReactElement } from "react";
import { colLetter, roleCatalog, yearsAmong, type HeaderColumn, type Role, type TableLayout, type Year } from "../engine/model";
import type { UiWords } from "../i18n/ui";
import { FailureMessage } from "./FailureMessage";
import { columnTables } from "./column-samples";
import { countBySeverity } from "./finding-groups";
import { shownAnalysis, type PaneState } from "./pane-state";
import { roleLabel } from "./role-labels";
import { SeveritySummary } from "./SeveritySummary";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
  table: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  column: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  unknown: { borderLeft: `4px solid ${tokens.colorPaletteYellowBorderActive}`, backgroundColor: tokens.colorPaletteYellowBackground1 },
  head: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline", flexWrap: "wrap" },
  letter: { fontWeight: tokens.fontWeightSemibold, fontFamily: tokens.fontFamilyMonospace },
  header: { overflowWrap: "anywhere" },
  sample: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
});

/** The grouped roles, built once: the same list for every drop-down. */

interface Props {
  state: PaneState;
  words: UiWords;
  onChoose(column: string, role: Role | "none"): void;
  onReset(): void;
}

/** Columns Cermat did not understand first, then the others in sheet order. */
function ordered(headers: readonly HeaderColumn[]): HeaderColumn[] {
  const unknown = (h: HeaderColumn) => (isUnrecognized(h) ? 0 : 1);
  return [...headers].sort((a, b) => unknown(a) - unknown(b) || a.col - b.col);
}

function isUnrecognized(header: HeaderColumn): boolean {
  return !header.role && !header.chosen && !header.ignored;
}

/**
 * "Kolom": every header column of each table with its role in a drop-down, grouped as staff
 * think of them. Choosing a role (or "Tidak dibaca") re-runs the check at once and is saved in
 * the workbook; "Kembalikan ke pengenalan otomatis" drops every choice of the sheet.
 */
export function KolomView({ state, words, onChoose, onReset }: Props) {
  const styles = useStyles();
  const w = words.columns;
  const analysis = shownAnalysis(state);
  const checking = state.check.phase === "checking";
  const columns = state.columns;
  const hasChoices = columns !== undefined && Object.keys(columns.choices).length > 0;
  const tables = analysis ? columnTables(analysis) : [];

  if (!analysis) {
    return (
      <section className={styles.root}>
        {state.check.phase === "failed" ? <FailureMessage failure={state.check.failure} words={words} /> : <p className={styles.hint}>{w.noCheck}</p>}
      </section>
    );
  }

  return (
    <section className={styles.root} aria-busy={checking} data-view="columns">
      <p className={styles.hint}>{w.intro}</p>
      {columns?.saveFailure ? <FailureMessage failure={columns.saveFailure} words={words} lead={w.saveFailed} /> : null}
      <div className={styles.actions}>
        <SeveritySummary counts={countBySeverity(analysis.findings)} words={words} />
        {checking ? <Spinner size="tiny" label={w.rechecking} /> : null}
      </div>
      {!analysis.recognized ? (
        <MessageBar intent="warning">
          <MessageBarBody>{analysis.draft ? w.draft : w.notRecognized}</MessageBarBody>
        </MessageBar>
      ) : null}
      {tables.map((layout, index) => (
        <TableColumns key={index} layout={layout} index={index} state={state} words={words} onChoose={onChoose} />
      ))}
      {hasChoices || tables.length > 0 ? (
        <div className={styles.actions}>
          <Button onClick={onReset} disabled={!hasChoices} data-action="reset-columns">
            {w.reset}
          </Button>
          <p className={styles.hint}>{w.resetHint}</p>
        </div>
      ) : null}
    </section>
  );
}

/** "Tidak dibaca", then the roles grouped as the engine's catalogue groups them. */
function roleOptions(words: UiWords, years: readonly Year[]): ReactElement {
  const w = words.columns;
  return (
    <>
      <option value="none">{w.none}</option>
      {roleCatalog(years).map((group) => (
        <optgroup key={group.group} label={w.group[group.group]}>
          {group.roles.map((role) => (
            <option key={role} value={role}>
              {roleLabel(role, words)}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}

interface TableProps {
  layout: TableLayout;
  index: number;
  state: PaneState;
  words: UiWords;
  onChoose(column: string, role: Role | "none"): void;
}

function TableColumns({ layout, index, state, words, onChoose }: TableProps) {
  const styles = useStyles();
  const w = words.columns;
  const samples = state.columns?.samples[index] ?? {};
  const unknownCount = layout.headers.filter(isUnrecognized).length;
  const headingId = `kolom-table-${index}`;
  // One element tree for every drop-down: React skips re-rendering ~100 options per column.
  const years = yearsAmong(layout.headers.flatMap((h) => (h.role ? [h.role] : [])));
  const yearKey = years.join(",");
  // Keyed by the years' text: a re-check gives a new array with the same years.
  const options = useMemo(() => roleOptions(words, yearKey === "" ? [] : (yearKey.split(",") as Year[])), [words, yearKey]);
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.table}>
        {w.table(index + 1, layout.firstDataRow + 1, layout.lastDataRow + 1)}
      </h2>
      <p className={styles.hint} data-unrecognized={unknownCount}>
        {w.unrecognizedCount(unknownCount)}
      </p>
      <ul className={styles.list}>
        {ordered(layout.headers).map((header) => {
          const letter = colLetter(header.col);
          const unknown = isUnrecognized(header);
          const sample = samples[header.col] ?? [];
          return (
            <li key={header.col} className={unknown ? `${styles.column} ${styles.unknown}` : styles.column} data-column={letter} data-role={header.role ?? "none"}>
              <div className={styles.head}>
                <span className={styles.letter}>{letter}</span>
                <span className={styles.header}>{header.header}</span>
                {unknown ? (
                  <Badge color="warning" appearance="tint">
                    {w.unrecognized}
                  </Badge>
                ) : null}
                {header.chosen ? (
                  <Badge color="brand" appearance="tint" data-chosen="true">
                    {w.chosen}
                  </Badge>
                ) : null}
                {header.ignored ? (
                  <Badge color="subtle" appearance="tint">
                    {w.ignored}
                  </Badge>
                ) : null}
              </div>
              <p className={styles.sample}>
                {w.sample}: {sample.length > 0 ? sample.join(" · ") : w.noSample}
              </p>
              <Select
                aria-label={w.roleOf(letter, header.header)}
                value={header.role ?? "none"}
                onChange={(_, d) => onChoose(letter, d.value as Role | "none")}
              >
                {options}
              </Select>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
