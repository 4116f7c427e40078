/**
 * The task pane inside Excel: Office.onReady decides between the pane over the live workbook
 * and a short "open this inside Excel" view (the same page opened in a plain browser).
 */
import { createRoot } from "react-dom/client";
import { analyzeSheet } from "../engine/analyze";
import { pageAnalyze } from "../engine-worker/analyze-in-worker";
import { ExcelWorkbook } from "../excel";
import { langFromDisplayLanguage } from "../i18n/ui";
import { CermatPane } from "../ui/CermatPane";
import type { HostDescription } from "../ui/host";
import type { PaneTab } from "../ui/pane-state";
import { NotInOffice } from "../ui/NotInOffice";
import { workbookTools } from "../ui/workbook-tools";
import { limitationsOf } from "./limitations";
import { canWatchChanges, subscribeToSheetChanges } from "./sheet-changes";

/** The ribbon opens the pane on a tab: taskpane.html?view=template or ?view=capaian. */
function tabFromAddress(search: string): PaneTab {
  const view = new URLSearchParams(search).get("view");
  return view === "template" || view === "capaian" ? "tools" : "check";
}

function rootElement(): HTMLElement {
  const element = document.getElementById("root");
  if (!element) throw new Error("taskpane.html has no #root element");
  return element;
}

// office.js comes from Microsoft's CDN: without network the global is missing and the page would stay blank.
if (typeof Office === "undefined") {
  createRoot(rootElement()).render(<NotInOffice lang={langFromDisplayLanguage(navigator.language)} workbenchUrl="workbench.html" officeMissing />);
} else {
  void Office.onReady(start);
}

function start(info: { host: Office.HostType | null }): void {
  const root = createRoot(rootElement());
  if (info.host !== Office.HostType.Excel) {
    root.render(<NotInOffice lang={langFromDisplayLanguage(navigator.language)} workbenchUrl="workbench.html" />);
    return;
  }
  const workbook = ExcelWorkbook.fromOffice();
  const engine = pageAnalyze(analyzeSheet);
  const host: HostDescription = {
    kind: "excel",
    displayLanguage: Office.context.displayLanguage,
    onChanged: canWatchChanges() ? subscribeToSheetChanges : undefined,
    limitations: limitationsOf(workbook.capabilities),
  };
  root.render(<CermatPane port={workbook} host={host} analyze={engine.check} tools={workbookTools(workbook, engine.full)} initialTab={tabFromAddress(window.location.search)} />);
}
