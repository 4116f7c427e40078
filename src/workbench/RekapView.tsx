import {
  Badge,
  Button,
  Field,
  Link,
  ProgressBar,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
  type BadgeProps,
} from "@fluentui/react-components";
import { useMemo } from "react";
import type { ReportWords } from "../i18n/report";
import type { UiWords } from "../i18n/ui";
import type { Rekap, RekapRow, RekapStatus } from "../report/rekap";
import type { BatchProgress } from "./rekap-batch";
import { REKAP_COLUMNS, filterRows, sortRows, statusCounts, type RekapColumn, type RekapSort, type StatusFilter } from "./rekap-table";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minHeight: 0, flex: 1 },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  totals: { margin: 0 },
  note: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  filter: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "end" },
  downloads: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  // The table keeps its columns readable and scrolls sideways in a narrow window.
  scroller: { overflow: "auto", flex: 1, minHeight: "12rem", border: `1px solid ${tokens.colorNeutralStroke2}` },
  // Columns as wide as their words need (Fluent's tables share the width out evenly), the reason readable.
  table: { tableLayout: "auto", minWidth: "1100px" },
  wide: { minWidth: "10rem" },
  status: { minWidth: "16rem" },
  badge: { whiteSpace: "nowrap" },
  head: { position: "sticky", top: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground3 },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  reason: { display: "block", marginTop: tokens.spacingVerticalXXS, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  file: { textAlign: "left", wordBreak: "break-word" },
});

const BADGE: Record<RekapStatus, BadgeProps["color"]> = {
  ready: "success",
  incomplete: "warning",
  errors: "danger",
  "not-recognized": "informative",
  "not-sakip": "informative",
  unreadable: "severe",
};

const NUMERIC: ReadonlySet<RekapColumn> = new Set(["rowsRead", "errors", "warnings"]);
const WIDE: ReadonlySet<RekapColumn> = new Set(["file", "opd"]);

interface Props {
  rekap: Rekap;
  words: UiWords;
  report: ReportWords;
  /** While files are still being checked. */
  progress?: BatchProgress;
  sort?: RekapSort;
  filter: StatusFilter;
  onSort(column: RekapColumn): void;
  onFilter(filter: StatusFilter): void;
  /** A row's file (and sheet) chosen: shown in the single-file view. */
  onOpen(row: RekapRow): void;
  /** The rekap downloaded as rekap.xlsx or rekap.html. */
  onDownload(kind: "xlsx" | "html"): void;
}

/**
 * The reviewers' rekap: totals, then a row per file and sheet, sortable and filtered by status.
 * It sits in the workbench's own named section, so it brings a heading, not another landmark.
 */
export function RekapView({ rekap, words, report, progress, sort, filter, onSort, onFilter, onOpen, onDownload }: Props) {
  const styles = useStyles();
  const rows = useMemo(() => sortRows(filterRows(rekap.rows, filter), sort, report), [rekap, filter, sort, report]);
  const counts = statusCounts(rekap.rows);

  const cell = (row: RekapRow, column: RekapColumn) => {
    switch (column) {
      case "file":
        return row.status === "unreadable" ? (
          row.file
        ) : (
          <Link as="button" className={styles.file} aria-label={words.rekap.openRow(row.file, row.sheet)} onClick={() => onOpen(row)}>
            {row.file}
          </Link>
        );
      case "sheet":
        return row.sheet ?? "–";
      case "opd":
        return row.opd ? `${row.opd}${row.tahun !== undefined ? ` (${row.tahun})` : ""}` : "–";
      case "document":
        return row.document ? report.document[row.document] : "–";
      case "unreadColumns":
        return row.unreadColumns.length > 0 ? row.unreadColumns.join(", ") : "–";
      case "status":
        return (
          <>
            <Badge appearance="tint" color={BADGE[row.status]} className={styles.badge}>
              {report.status[row.status]}
            </Badge>
            {row.reason ? <span className={styles.reason}>{row.reason}</span> : null}
          </>
        );
      default:
        return row[column];
    }
  };

  return (
    <div className={styles.root} data-testid="rekap">
      <h2 className={styles.title}>
        {report.title}
      </h2>
      {progress ? (
        <Field label={words.rekap.progressLabel} validationMessage={words.rekap.checking(progress.done, progress.total)} validationState="none">
          <ProgressBar value={progress.done} max={Math.max(1, progress.total)} />
        </Field>
      ) : null}
      <p className={styles.totals} role="status" data-testid="rekap-totals">
        {report.totals(rekap.totals)}
      </p>
      <div className={styles.filter}>
        <Field label={words.rekap.filterLabel}>
          <Select value={filter} onChange={(_, data) => onFilter(data.value as StatusFilter)}>
            <option value="all">{words.rekap.filterAll(rekap.rows.length)}</option>
            {counts.map(({ status, count }) => (
              <option key={status} value={status}>
                {`${report.status[status]} (${count})`}
              </option>
            ))}
          </Select>
        </Field>
        <p className={styles.note}>
          {words.rekap.shown(rows.length, rekap.rows.length)}. {words.rekap.sortHint}
        </p>
        {progress ? null : (
          <div className={styles.downloads}>
            <Button onClick={() => onDownload("xlsx")}>{words.rekap.downloadXlsx}</Button>
            <Button onClick={() => onDownload("html")}>{words.rekap.downloadHtml}</Button>
          </div>
        )}
      </div>
      <div className={styles.scroller} role="region" tabIndex={0} aria-label={words.rekap.tableLabel}>
        <Table sortable size="small" className={styles.table} aria-label={words.rekap.tableLabel}>
          <TableHeader className={styles.head}>
            <TableRow>
              {REKAP_COLUMNS.map((column) => (
                <TableHeaderCell key={column} className={WIDE.has(column) ? styles.wide : column === "status" ? styles.status : undefined} data-column={column} sortDirection={sort?.column === column ? sort.direction : undefined} onClick={() => onSort(column)}>
                  {report.heading[column]}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={`${row.file}\u0000${row.sheet ?? ""}`} data-file={row.file} data-sheet={row.sheet} data-status={row.status} data-errors={row.errors} data-warnings={row.warnings}>
                {REKAP_COLUMNS.map((column) => (
                  <TableCell key={column} className={NUMERIC.has(column) ? styles.number : undefined}>
                    {cell(row, column)}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}
