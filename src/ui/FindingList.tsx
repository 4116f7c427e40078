import { Badge, Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Finding, Severity } from "../engine/model";
import { renderFinding, type Lang } from "../i18n";
import type { UiWords } from "../i18n/ui";
import { findingKey, type FindingNode, type RuleGroup } from "./finding-groups";
import { SEVERITY_COLOR } from "./SeveritySummary";

const useStyles = makeStyles({
  groups: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: `0 0 ${tokens.spacingVerticalXS} 0`, display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
  nodes: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  derived: { listStyleType: "none", margin: `${tokens.spacingVerticalXS} 0 0 ${tokens.spacingHorizontalL}`, padding: 0, borderLeft: `2px solid ${tokens.colorNeutralStroke2}`, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  finding: {
    display: "block",
    width: "100%",
    textAlign: "left",
    font: "inherit",
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  // The class's display: flex would beat the hidden attribute's display: none and unfold the list.
  folded: { display: "none" },
  selected: { border: `2px solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  cell: { display: "block", marginTop: tokens.spacingVerticalXXS, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

interface Props {
  groups: RuleGroup[];
  lang: Lang;
  words: UiWords;
  selected?: string;
  expanded: readonly string[];
  onSelect(finding: Finding): void;
  onToggle(key: string): void;
}

/**
 * The group's cells to fix, per severity, as the summary counts them: a badge per severity that
 * occurs, most severe first. Findings folded under a root are not counted again.
 */
function badges(group: RuleGroup): Array<[Severity, number]> {
  const counts = new Map<Severity, number>();
  for (const node of group.nodes) counts.set(node.finding.severity, (counts.get(node.finding.severity) ?? 0) + 1);
  return (["error", "warning", "info"] as const).flatMap((s) => (counts.has(s) ? [[s, counts.get(s)!] as [Severity, number]] : []));
}

/** Findings by rule; each root cause carries its derived findings, folded until asked for. */
export function FindingList({ groups, lang, words, selected, expanded, onSelect, onToggle }: Props) {
  const styles = useStyles();
  return (
    <ul className={styles.groups} aria-label={words.findingsLabel}>
      {groups.map((group) => (
        <li key={group.code} data-rule={group.code}>
          <h3 className={styles.heading} id={`rule-${group.code}`}>
            {badges(group).map(([severity, n]) => (
              <Badge key={severity} color={SEVERITY_COLOR[severity]} appearance="tint" aria-label={words.severityCount(severity, n)} data-badge={severity}>
                {n}
              </Badge>
            ))}
            <span>{words.ruleTitle[group.code]}</span>
          </h3>
          <ul className={styles.nodes} aria-labelledby={`rule-${group.code}`}>
            {group.nodes.map((node) => (
              <NodeItem key={node.key} node={node} {...{ lang, words, selected, expanded, onSelect, onToggle }} />
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

function NodeItem({ node, lang, words, selected, expanded, onSelect, onToggle }: Omit<Props, "groups"> & { node: FindingNode }) {
  const styles = useStyles();
  const open = expanded.includes(node.key);
  const listId = `derived-${node.key.replace(/[^A-Za-z0-9_-]/g, "-")}`;
  return (
    <li>
      <FindingButton finding={node.finding} {...{ lang, words, selected, onSelect }} />
      {node.derived.length > 0 ? (
        <>
          <Button appearance="subtle" size="small" aria-expanded={open} aria-controls={listId} onClick={() => onToggle(node.key)}>
            {open ? words.hideDerived(node.derived.length) : words.showDerived(node.derived.length)}
          </Button>
          <ul id={listId} className={mergeClasses(styles.derived, !open && styles.folded)} hidden={!open} data-derived-of={node.finding.cell}>
            {node.derived.map((f) => (
              <li key={findingKey(f)}>
                <FindingButton finding={f} {...{ lang, words, selected, onSelect }} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </li>
  );
}

function FindingButton({ finding, lang, words, selected, onSelect }: { finding: Finding; lang: Lang; words: UiWords; selected?: string; onSelect(f: Finding): void }) {
  const styles = useStyles();
  const isSelected = selected === finding.cell;
  return (
    <button
      type="button"
      className={mergeClasses(styles.finding, isSelected && styles.selected)}
      aria-current={isSelected ? "true" : undefined}
      data-cell={finding.cell}
      data-code={finding.code}
      data-severity={finding.severity}
      onClick={() => onSelect(finding)}
    >
      <span>
        <strong>{words.severity[finding.severity]}: </strong>
        {renderFinding(finding, lang)}
      </span>
      <span className={styles.cell}>
        {words.cell(finding.cell)}
        {finding.derivedFrom?.length ? ` · ${words.derivedFrom(finding.derivedFrom)}` : ""}
      </span>
    </button>
  );
}
