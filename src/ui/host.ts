import type { Lang } from "../i18n/format";
import type { LimitedFeature } from "../i18n/ui";

/**
 * What the pane knows about where it runs, injected by the entry point (Excel task pane or
 * browser workbench) so the pane itself never probes globals such as `Office`.
 */
export interface HostDescription {
  kind: "excel" | "workbench";
  /** Office's display language (`id-ID`, `en-US`); absent in the browser. */
  displayLanguage?: string;
  /** Language to start in; wins over `displayLanguage`. */
  lang?: Lang;
  /**
   * Subscribes to edits of the workbook, where the host can tell (Excel: worksheet onChanged),
   * with the name of the sheet edited when known (edits elsewhere leave a check current).
   * Returns the unsubscribe function. Absent: the pane offers only the manual "Periksa ulang".
   */
  onChanged?: (listener: (sheet?: string) => void) => () => void;
  /** What this Excel cannot do (older ExcelApi sets); the pane tells the person once. */
  limitations?: readonly LimitedFeature[];
}
