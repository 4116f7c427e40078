import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useRef, type KeyboardEvent } from "react";

/**
 * A row of tabs as WAI-ARIA's tabs pattern describes it: one tab in the Tab order, arrow keys,
 * Home and End move between them, selection follows focus. Written here instead of Fluent's
 * TabList, whose focus helpers (tabster's hidden, focusable <i> elements) fail axe's
 * aria-hidden-focus rule, and which cannot wrap onto a second line in a 320 px pane.
 */
const useStyles = makeStyles({
  list: { display: "flex", flexWrap: "wrap", gap: `0 ${tokens.spacingHorizontalXS}` },
  tab: {
    appearance: "none",
    border: "none",
    background: "none",
    cursor: "pointer",
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground2,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThicker} solid transparent`,
    borderRadius: 0,
    ":hover": { color: tokens.colorNeutralForeground1, borderBottomColor: tokens.colorNeutralStroke1 },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  small: { fontSize: tokens.fontSizeBase200, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}` },
  selected: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold, borderBottomColor: tokens.colorCompoundBrandStroke, ":hover": { borderBottomColor: tokens.colorCompoundBrandStroke } },
});

export interface TabStripItem<T extends string> {
  value: T;
  label: string;
}

interface Props<T extends string> {
  items: ReadonlyArray<TabStripItem<T>>;
  selected: T | undefined;
  onSelect(value: T): void;
  label: string;
  size?: "small" | "medium";
  /** The id of the panel the tabs control, when there is one. */
  controls?: string;
  className?: string;
}

export function TabStrip<T extends string>({ items, selected, onSelect, label, size = "medium", controls, className }: Props<T>) {
  const styles = useStyles();
  const refs = useRef<Array<HTMLButtonElement | null>>([]);
  const current = Math.max(0, items.findIndex((item) => item.value === selected));

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const last = items.length - 1;
    const next = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: last }[event.key];
    if (next === undefined || items.length === 0) return;
    event.preventDefault();
    const index = (next + items.length) % items.length;
    onSelect(items[index].value);
    refs.current[index]?.focus();
  };

  return (
    <div role="tablist" aria-label={label} aria-orientation="horizontal" className={mergeClasses(styles.list, className)} onKeyDown={onKeyDown}>
      {items.map((item, i) => {
        const isSelected = i === current;
        return (
          <button
            key={item.value}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="tab"
            aria-selected={isSelected}
            aria-controls={isSelected ? controls : undefined}
            tabIndex={isSelected ? 0 : -1}
            className={mergeClasses(styles.tab, size === "small" && styles.small, isSelected && styles.selected)}
            onClick={() => onSelect(item.value)}
            data-value={item.value}
          >
            {item.label}
          </button>
        );
      })}
    </div>
  );
}
