import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import type { Counts, UiWords } from "../i18n/ui";
import type { Severity } from "../engine/model";

const useStyles = makeStyles({
  list: { display: "flex", gap: tokens.spacingHorizontalS, listStyleType: "none", margin: 0, padding: 0, flexWrap: "wrap" },
});

export const SEVERITY_COLOR: Record<Severity, "danger" | "warning" | "informative"> = { error: "danger", warning: "warning", info: "informative" };

/** The error / warning / info counts of the last check. */
export function SeveritySummary({ counts, words }: { counts: Counts; words: UiWords }) {
  const styles = useStyles();
  const severities: Severity[] = ["error", "warning", "info"];
  return (
    <ul className={styles.list} aria-label={words.summaryLabel}>
      {severities.map((s) => (
        <li key={s} data-severity={s} data-count={counts[s]}>
          <Badge appearance={counts[s] > 0 ? "filled" : "outline"} color={SEVERITY_COLOR[s]} size="large">
            {words.severityCount(s, counts[s])}
          </Badge>
        </li>
      ))}
    </ul>
  );
}
