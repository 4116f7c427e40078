import { Button, FluentProvider, Spinner, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from "react";
import { analyzeSheet } from "../engine/analyze";
import { fromA1, toA1, type Grid } from "../engine/model";
import type { Lang } from "../i18n/format";
import { uiWords } from "../i18n/ui";
import { CermatPane } from "../ui/CermatPane";
import { FailureMessage } from "../ui/FailureMessage";
import { TabStrip } from "../ui/TabStrip";
import { toFailure, type PaneFailure } from "../ui/failure";
import type { Analyze } from "../ui/check-workflow";
import type { HostDescription } from "../ui/host";
import type { PaneState } from "../ui/pane-state";
import { workbookTools } from "../ui/workbook-tools";
import { DEFAULT_COLUMN_PX } from "../xlsx/package/column-widths";
import { PackageWorkbook } from "../xlsx/package-workbook";
import { cellLooks } from "./cell-fills";
import { gridPage, pageOfRow } from "./grid-page";
import { SheetGrid } from "./SheetGrid";
import { WorkbenchPort, type WorkbenchEvent } from "./workbench-port";

/** The sample Rencana Aksi bundled beside the page (copied there by webpack). */
export const SAMPLE_URL = "samples/rencana-aksi-contoh.xlsx";

const HOST: HostDescription = { kind: "workbench", lang: "id" };

/** Below this width the pane stacks above the sheet instead of beside it. */
const NARROW = "@media (max-width: 759px)";

const useStyles = makeStyles({
  app: { display: "flex", flexDirection: "column", height: "100vh", boxSizing: "border-box", [NARROW]: { height: "auto", minHeight: "100vh" } },
  bar: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "center", flexWrap: "wrap", padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, [NARROW]: { gap: tokens.spacingHorizontalS, padding: tokens.spacingHorizontalS } },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  tagline: { margin: 0, color: tokens.colorNeutralForeground2, flexBasis: "100%" },
  body: { display: "flex", flex: 1, minHeight: 0, [NARROW]: { flexDirection: "column" } },
  sheet: { flex: 1, minWidth: 0, display: "flex", flexDirection: "column", padding: tokens.spacingHorizontalM, gap: tokens.spacingVerticalS, [NARROW]: { minHeight: "80vh", padding: tokens.spacingHorizontalS } },
  // Many sheet names wrap onto more lines rather than running under the pane.
  sheetTabs: { flexShrink: 0 },
  drop: { border: `2px dashed ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusLarge, padding: tokens.spacingHorizontalXXL, textAlign: "center", color: tokens.colorNeutralForeground2 },
  dropActive: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  // As wide as Excel's task pane can be made, never more than a third of the page.
  pane: {
    width: "clamp(320px, 32vw, 440px)",
    flexShrink: 0,
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    overflowY: "auto",
    [NARROW]: { width: "auto", order: -1, borderLeft: "none", borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, overflowY: "visible" },
  },
  hiddenInput: { display: "none" },
  note: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

interface OpenDocument {
  id: number;
  name: string;
  port: WorkbenchPort;
  sheets: string[];
}

/** Reads a .xlsx the person chose; unreadable files reject with WorkbookError("UNREADABLE_FILE"). */
async function openBytes(bytes: ArrayBuffer): Promise<{ port: WorkbenchPort; sheets: string[] }> {
  const file = await PackageWorkbook.fromBuffer(bytes);
  const active = await file.activeSheetName();
  return { port: new WorkbenchPort(file, active), sheets: await file.sheetNames() };
}

/** Offers bytes as a download; nothing leaves the machine. */
function saveBytes(bytes: Uint8Array, name: string): void {
  const blob = new Blob([bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `Renaksi 2024.xlsx` → `Renaksi 2024 (Cermat).xlsx`. */
export function downloadName(name: string): string {
  return `${name.replace(/\.xlsx$/i, "")} (Cermat).xlsx`;
}

const noLook = (): undefined => undefined;
const defaultWidth = (): number => DEFAULT_COLUMN_PX;

/** The browser workbench: a workbook from disk (or the sample), its sheets as a grid, and the very same pane. */
export function Workbench({ analyze = analyzeSheet, analyzeFull = analyzeSheet }: { analyze?: Analyze; analyzeFull?: Analyze } = {}) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(HOST.lang ?? "id");
  const words = uiWords(lang);
  const [doc, setDoc] = useState<OpenDocument>();
  const [loading, setLoading] = useState<string>();
  const [failure, setFailure] = useState<{ failure: PaneFailure; file?: string }>();
  const [dragging, setDragging] = useState(false);
  const [sheet, setSheet] = useState<string>();
  const [grid, setGrid] = useState<Grid>();
  const [version, setVersion] = useState(0);
  const [looksVersion, setLooksVersion] = useState(0);
  const [page, setPage] = useState(0);
  const [selected, setSelected] = useState<string>();
  const input = useRef<HTMLInputElement>(null);
  const nextId = useRef(1);

  const open = useCallback(async (name: string, read: () => Promise<ArrayBuffer>) => {
    setLoading(name);
    setFailure(undefined);
    try {
      const { port, sheets } = await openBytes(await read());
      setDoc({ id: nextId.current++, name, port, sheets });
      setSheet(await port.activeSheetName());
      setSelected(undefined);
      setPage(0);
    } catch (error) {
      // The person asked for another file: the one shown before is closed, so its sheet and
      // findings are never taken for the new file's.
      setDoc(undefined);
      setSheet(undefined);
      setGrid(undefined);
      setSelected(undefined);
      setFailure({ failure: toFailure(error), file: name });
    } finally {
      setLoading(undefined);
    }
  }, []);

  const openSample = () =>
    open("rencana-aksi-contoh.xlsx", async () => {
      const response = await fetch(SAMPLE_URL);
      if (!response.ok) throw new Error(`${SAMPLE_URL}: HTTP ${response.status}`);
      return response.arrayBuffer();
    });

  const openFile = (file: File | undefined) => {
    if (file) void open(file.name, () => file.arrayBuffer());
  };

  // Follow the pane: repaint on marks and writes, jump to the cell of a chosen finding.
  useEffect(() => {
    if (!doc) return undefined;
    return doc.port.subscribe((event: WorkbenchEvent) => {
      if (event.kind === "added") {
        void doc.port.sheetNames().then((sheets) => setDoc((d) => (d && d.id === doc.id ? { ...d, sheets } : d)));
      }
      if (event.kind === "selected") {
        setSheet(event.sheet);
        setSelected(event.address);
        setPage(pageOfRow(fromA1(event.address).row));
        return;
      }
      // Marks change only fills and notes: repaint without reading the sheet again.
      if (event.kind === "looks") setLooksVersion((v) => v + 1);
      else setVersion((v) => v + 1);
    });
  }, [doc]);

  useEffect(() => {
    if (!doc || !sheet) return;
    doc.port.setActive(sheet);
    let current = true;
    doc.port.readSheet(sheet).then(
      (g) => current && setGrid(g),
      (error: unknown) => current && setFailure({ failure: toFailure(error) }),
    );
    return () => {
      current = false;
    };
  }, [doc, sheet, version]);

  const shownPage = useMemo(() => (grid ? gridPage(grid, page) : undefined), [grid, page]);
  const looks = useMemo(() => (doc && sheet && doc.sheets.includes(sheet) ? cellLooks(doc.port.file, sheet) : undefined), [doc, sheet, version, looksVersion]);
  const fills = looks?.fillAt ?? noLook;
  const notes = looks?.noteAt ?? noLook;
  const widths = looks?.widthAt ?? defaultWidth;
  const tools = useMemo(() => (doc ? workbookTools(doc.port, analyzeFull) : undefined), [doc, analyzeFull]);
  const followPane = useCallback((state: PaneState) => setLang(state.settings.lang), []);

  const download = async () => {
    if (!doc) return;
    try {
      saveBytes(await doc.port.file.toBuffer(), downloadName(doc.name));
    } catch (error) {
      setFailure({ failure: toFailure(error) });
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    openFile(event.dataTransfer.files[0]);
  };

  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <div
        className={styles.app}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <header className={styles.bar}>
          <h1 className={styles.title}>{words.workbench.title}</h1>
          <Button appearance="primary" onClick={() => input.current?.click()}>
            {words.workbench.openFile}
          </Button>
          <input
            ref={input}
            className={styles.hiddenInput}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-label={words.workbench.openFile}
            data-testid="file-input"
            onChange={(e) => {
              openFile(e.target.files?.[0]);
              e.target.value = "";
            }}
          />
          <Button onClick={() => void openSample()}>{words.workbench.openSample}</Button>
          <Button onClick={() => void download()} disabled={!doc}>
            {words.workbench.download}
          </Button>
          {loading ? <Spinner size="tiny" label={words.workbench.loading(loading)} /> : null}
          <p className={styles.tagline}>
            {words.workbench.tagline} {words.workbench.privacy}
          </p>
        </header>
        <main className={styles.body}>
          <section className={styles.sheet} aria-label={doc?.name ?? words.workbench.empty}>
            {failure ? <FailureMessage failure={failure.failure} words={words} lead={failure.file ? words.workbench.openFailed(failure.file) : undefined} /> : null}
            {!doc ? (
              <div className={dragging ? `${styles.drop} ${styles.dropActive}` : styles.drop}>
                <p>{words.workbench.empty}</p>
                <p>{dragging ? words.workbench.dropActive : words.workbench.dropHint}</p>
              </div>
            ) : (
              <>
                <p className={styles.note} role="status">
                  {words.workbench.opened(doc.name)}
                </p>
                <TabStrip
                  className={styles.sheetTabs}
                  size="small"
                  items={doc.sheets.map((name) => ({ value: name, label: name }))}
                  selected={sheet}
                  onSelect={(name) => (setSheet(name), setPage(0), setSelected(undefined))}
                  label={words.workbench.sheetTabsLabel}
                />
                {grid && shownPage && grid.sheetName === sheet ? (
                  <SheetGrid
                    grid={grid}
                    page={shownPage}
                    words={words}
                    selected={selected}
                    fillAt={fills}
                    noteAt={notes}
                    widthAt={widths}
                    onPage={setPage}
                    onGoToRow={(row) => (setSelected(toA1(row - 1, 0)), setPage(pageOfRow(row - 1)))}
                  />
                ) : null}
              </>
            )}
          </section>
          {doc && tools ? (
            <div className={styles.pane}>
              <CermatPane key={doc.id} port={doc.port} host={HOST} analyze={analyze} tools={tools} initialSettings={{ lang }} onStateChange={followPane} landmark="region" />
            </div>
          ) : null}
        </main>
      </div>
    </FluentProvider>
  );
}
