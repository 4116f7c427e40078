import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { colLetter, toA1, type Grid } from "../engine/model";
import type { UiWords } from "../i18n/ui";
import type { GridPage } from "./grid-page";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: 0, flex: 1 },
  scroller: { overflow: "auto", flex: 1, border: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: tokens.colorNeutralBackground1 },
  table: { borderCollapse: "collapse", fontSize: "12px", fontFamily: "Calibri, 'Segoe UI', Arial, sans-serif" },
  head: { position: "sticky", top: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground3, border: `1px solid ${tokens.colorNeutralStroke2}`, padding: "0 4px", minWidth: "48px" },
  rowHead: { position: "sticky", left: 0, backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3, border: `1px solid ${tokens.colorNeutralStroke2}`, padding: "0 4px", textAlign: "right", fontWeight: tokens.fontWeightRegular },
  cell: { border: `1px solid ${tokens.colorNeutralStroke3}`, padding: "1px 4px", verticalAlign: "top", maxWidth: "24em", whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  hidden: { color: tokens.colorNeutralForegroundDisabled, fontStyle: "italic" },
  selected: { outline: `3px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  pager: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", padding: `${tokens.spacingVerticalXS} 0` },
});

interface Props {
  grid: Grid;
  page: GridPage;
  words: UiWords;
  selected?: string;
  fillAt(row: number, col: number): string | undefined;
  noteAt(row: number, col: number): string | undefined;
  onPage(index: number): void;
}

/** The sheet as a paged table: marks show as the fills the file holds, the chosen cell is outlined and scrolled to. */
export function SheetGrid({ grid, page, words, selected, fillAt, noteAt, onPage }: Props) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const hiddenCols = new Set(grid.hiddenCols);

  useEffect(() => {
    if (!selected) return;
    const target = scroller.current?.querySelector(`[data-address="${selected}"]`);
    target?.scrollIntoView({ block: "center", inline: "center" });
  }, [selected, page.index, grid]);

  return (
    <div className={styles.root}>
      {page.count > 1 ? (
        <div className={styles.pager}>
          <Button size="small" disabled={page.index === 0} onClick={() => onPage(page.index - 1)}>
            {words.workbench.previousPage}
          </Button>
          <span aria-live="polite">{words.workbench.page(page.index + 1, page.count)}</span>
          <Button size="small" disabled={page.index >= page.count - 1} onClick={() => onPage(page.index + 1)}>
            {words.workbench.nextPage}
          </Button>
        </div>
      ) : null}
      <div className={styles.scroller} ref={scroller}>
        <table className={styles.table} aria-label={words.workbench.gridLabel(grid.sheetName)} data-sheet={grid.sheetName}>
          <thead>
            <tr>
              <th className={styles.head} />
              {Array.from({ length: page.cols }, (_, c) => (
                <th key={c} scope="col" className={styles.head}>
                  {colLetter(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {page.rows.map(({ row, hidden, cells }) => (
              <tr key={row} className={hidden ? styles.hidden : undefined}>
                <th scope="row" className={styles.rowHead}>
                  {row + 1}
                </th>
                {cells.map((c) => {
                  const address = toA1(c.row, c.col);
                  const fill = fillAt(c.row, c.col);
                  const note = noteAt(c.row, c.col);
                  const isSelected = address === selected;
                  return (
                    <td
                      key={c.col}
                      rowSpan={c.rowSpan > 1 ? c.rowSpan : undefined}
                      colSpan={c.colSpan > 1 ? c.colSpan : undefined}
                      className={mergeClasses(styles.cell, hiddenCols.has(c.col) && styles.hidden, isSelected && styles.selected)}
                      style={{ backgroundColor: fill, fontWeight: c.cell?.bold ? 600 : undefined }}
                      title={note}
                      data-address={address}
                      data-fill={fill}
                      aria-current={isSelected ? "true" : undefined}
                    >
                      {c.text}
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
