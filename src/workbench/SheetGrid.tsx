import { Button, Input, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { colLetter, toA1, type Grid } from "../engine/model";
import type { UiWords } from "../i18n/ui";
import type { GridPage } from "./grid-page";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: 0, flex: 1 },
  scroller: { overflow: "auto", flex: 1, border: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: tokens.colorNeutralBackground1 },
  table: { borderCollapse: "collapse", fontSize: "12px", fontFamily: "Calibri, 'Segoe UI', Arial, sans-serif" },
  head: { position: "sticky", top: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground3, border: `1px solid ${tokens.colorNeutralStroke2}`, padding: "0 4px", minWidth: "48px" },
  rowHead: { position: "sticky", left: 0, backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3, border: `1px solid ${tokens.colorNeutralStroke2}`, padding: "0 4px", textAlign: "right", fontWeight: tokens.fontWeightRegular },
  // Text wraps only at spaces (a number cut mid-token reads as a decimal to an Indonesian eye);
  // the scroll margins keep a cell jumped to clear of the sticky column letters and row numbers.
  cell: { border: `1px solid ${tokens.colorNeutralStroke3}`, padding: "1px 4px", verticalAlign: "top", whiteSpace: "pre-wrap", overflowWrap: "normal", wordBreak: "normal", scrollMarginLeft: "64px", scrollMarginTop: "28px" },
  number: { whiteSpace: "nowrap", textAlign: "right" },
  // A title line spills over the empty cells to its right, as in Excel, without widening its column.
  spill: { width: 0, whiteSpace: "nowrap", overflow: "visible" },
  // A merged title keeps to its merged width; the full text is on hover.
  clip: { whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" },
  // Hidden rows and columns are told apart by italics and a darker grey that still meets WCAG AA contrast.
  hidden: { color: tokens.colorNeutralForeground3, fontStyle: "italic" },
  selected: { outline: `3px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  pager: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center", padding: `${tokens.spacingVerticalXS} 0` },
  goTo: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  rowInput: { width: "7em" },
  visuallyHidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
});

interface Props {
  grid: Grid;
  page: GridPage;
  words: UiWords;
  selected?: string;
  fillAt(row: number, col: number): string | undefined;
  noteAt(row: number, col: number): string | undefined;
  /** The column's width in the workbook, in pixels. */
  widthAt(col: number): number;
  onPage(index: number): void;
  /** "Ke baris …": selects the first cell of that row (1-based), on whatever page it is. */
  onGoToRow(row: number): void;
}

/** Hidden columns still show (greyed), at least this wide. */
const MIN_COLUMN_PX = 24;

/**
 * The sheet as a paged table at the workbook's column widths: marks show as the fills the file
 * holds, the chosen cell is outlined and scrolled to.
 */
export function SheetGrid({ grid, page, words, selected, fillAt, noteAt, widthAt, onPage, onGoToRow }: Props) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const [rowText, setRowText] = useState("");
  const goTo = (event: FormEvent) => {
    event.preventDefault();
    const row = Number(rowText.trim());
    if (Number.isInteger(row) && row >= 1 && row <= Math.max(1, grid.rows.length)) onGoToRow(row);
  };
  const hiddenCols = new Set(grid.hiddenCols);

  useEffect(() => {
    if (!selected) return;
    const target = scroller.current?.querySelector(`[data-address="${selected}"]`);
    target?.scrollIntoView({ block: "center", inline: "center" });
  }, [selected, page.index, grid]);

  return (
    <div className={styles.root}>
      <div className={styles.pager}>
        <form className={styles.goTo} onSubmit={goTo}>
          <label htmlFor="grid-go-to-row">{words.workbench.goToRow}</label>
          <Input id="grid-go-to-row" className={styles.rowInput} size="small" type="number" min={1} max={Math.max(1, grid.rows.length)} value={rowText} onChange={(_, d) => setRowText(d.value)} />
          <Button size="small" type="submit">
            {words.workbench.goToRowButton}
          </Button>
        </form>
        {page.count > 1 ? (
          <>
          <Button size="small" disabled={page.index === 0} onClick={() => onPage(page.index - 1)}>
            {words.workbench.previousPage}
          </Button>
          <span aria-live="polite">{words.workbench.page(page.index + 1, page.count)}</span>
          <Button size="small" disabled={page.index >= page.count - 1} onClick={() => onPage(page.index + 1)}>
            {words.workbench.nextPage}
          </Button>
          </>
        ) : null}
      </div>
      {/* Focusable, so the sheet scrolls with the arrow keys like any region. */}
      <div className={styles.scroller} ref={scroller} tabIndex={0} role="region" aria-label={words.workbench.gridLabel(grid.sheetName)}>
        <table className={styles.table} aria-label={words.workbench.gridLabel(grid.sheetName)} data-sheet={grid.sheetName}>
          <colgroup>
            <col />
            {Array.from({ length: page.cols }, (_, c) => (
              <col key={c} style={{ width: `${Math.max(MIN_COLUMN_PX, widthAt(c))}px` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th className={styles.head} scope="col">
                <span className={styles.visuallyHidden}>{words.workbench.rowNumber}</span>
              </th>
              {Array.from({ length: page.cols }, (_, c) => (
                <th key={c} scope="col" className={styles.head}>
                  {colLetter(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {page.rows.map(({ row, hidden, title, cells }) => (
              <tr key={row} className={hidden ? styles.hidden : undefined}>
                <th scope="row" className={styles.rowHead}>
                  {row + 1}
                </th>
                {cells.map((c) => {
                  const address = toA1(c.row, c.col);
                  const fill = fillAt(c.row, c.col);
                  const note = noteAt(c.row, c.col);
                  const isSelected = address === selected;
                  const isNumber = typeof c.cell?.value === "number";
                  const text = c.text;
                  const oneLine = title && text !== "";
                  const mergedWidth = Array.from({ length: c.colSpan }, (_, i) => Math.max(MIN_COLUMN_PX, widthAt(c.col + i))).reduce((a, b) => a + b, 0);
                  return (
                    <td
                      key={c.col}
                      rowSpan={c.rowSpan > 1 ? c.rowSpan : undefined}
                      colSpan={c.colSpan > 1 ? c.colSpan : undefined}
                      className={mergeClasses(styles.cell, isNumber && styles.number, hiddenCols.has(c.col) && styles.hidden, isSelected && styles.selected)}
                      style={{ backgroundColor: fill, fontWeight: c.cell?.bold ? 600 : undefined }}
                      title={oneLine ? [text, note].filter(Boolean).join("\n\n") : note}
                      data-address={address}
                      data-fill={fill}
                      aria-current={isSelected ? "true" : undefined}
                    >
                      {oneLine ? (
                        <div className={c.colSpan > 1 ? styles.clip : styles.spill} style={c.colSpan > 1 ? { maxWidth: `${mergedWidth - 8}px` } : undefined} data-one-line="true">
                          {text}
                        </div>
                      ) : (
                        text
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
