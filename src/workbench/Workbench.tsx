import { Button, FluentProvider, MessageBar, MessageBarBody, Spinner, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from "react";
import { analyzeSheet } from "../engine/analyze";
import { fromA1, toA1, type Grid } from "../engine/model";
import type { Lang } from "../i18n/format";
import { reportWords } from "../i18n/report";
import { uiWords } from "../i18n/ui";
import { CermatPane } from "../ui/CermatPane";
import { FailureMessage } from "../ui/FailureMessage";
import { TabStrip } from "../ui/TabStrip";
import { toFailure, type PaneFailure } from "../ui/failure";
import type { Analyze } from "../ui/check-workflow";
import type { HostDescription } from "../ui/host";
import type { PaneState } from "../ui/pane-state";
import { buildRekap, type Rekap, type RekapRow } from "../report/rekap";
import { rekapHtml } from "../report/rekap-html";
import { rekapWorkbook } from "../report/rekap-workbook";
import { workbookTools } from "../ui/workbook-tools";
import { DEFAULT_COLUMN_PX } from "../xlsx/package/column-widths";
import { PackageWorkbook } from "../xlsx/package-workbook";
import { cellLooks } from "./cell-fills";
import { gridPage, pageOfRow } from "./grid-page";
import { checkBatch, notRecognizedText, outcomesOf, type BatchFile, type BatchProgress } from "./rekap-batch";
import { nextTask } from "../ui/next-task";
import { nextSort, type RekapColumn, type RekapSort, type StatusFilter } from "./rekap-table";
import { RekapView } from "./RekapView";
import { SheetGrid } from "./SheetGrid";
import { droppedFiles, entriesOf, pickedFiles, uniquePaths, type PickedFile } from "./workbook-files";
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
  /** Opened from the rekap: the pane checks the sheet at once, as the rekap did. */
  checkOnOpen?: boolean;
}

/** Several workbooks checked together: each file's bytes and report, kept to go back and forth. */
interface Batch {
  files: BatchFile[];
  /** Until every file is checked. */
  progress?: BatchProgress;
}

/** `<input type=file>` picks a folder with this attribute (every browser staff use knows it). */
const FOLDER_PICKER = { webkitdirectory: "" };

/** Reads a .xlsx the person chose; unreadable files reject with WorkbookError("UNREADABLE_FILE"). */
async function openBytes(bytes: ArrayBuffer): Promise<{ port: WorkbenchPort; sheets: string[] }> {
  // Marking a large sheet pauses between its parts: the page keeps painting.
  const file = await PackageWorkbook.fromBuffer(bytes, { pause: nextTask });
  const active = await file.activeSheetName();
  return { port: new WorkbenchPort(file, active), sheets: await file.sheetNames() };
}

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Offers bytes as a download; nothing leaves the machine. */
function saveBytes(bytes: Uint8Array, name: string, type = XLSX_TYPE): void {
  const blob = new Blob([bytes as BlobPart], { type });
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
  const [notice, setNotice] = useState<string>();
  const [dragging, setDragging] = useState(false);
  const [sheet, setSheet] = useState<string>();
  const [grid, setGrid] = useState<Grid>();
  const [version, setVersion] = useState(0);
  const [looksVersion, setLooksVersion] = useState(0);
  const [page, setPage] = useState(0);
  const [selected, setSelected] = useState<string>();
  const [batch, setBatch] = useState<Batch>();
  const [showRekap, setShowRekap] = useState(false);
  const [rekapSort, setRekapSort] = useState<RekapSort>();
  const [statusFilter, setStatusFilter] = useState<StatusFilter>("all");
  const input = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const nextId = useRef(1);
  /** Bumped by every new opening, so a batch still being checked stops and never overwrites it. */
  const batchRun = useRef(0);
  /** The rekap's files opened so far, with the person's marks and edits, by path. */
  const batchDocs = useRef(new Map<string, OpenDocument>());

  const closeDocument = useCallback(() => {
    setDoc(undefined);
    setSheet(undefined);
    setGrid(undefined);
    setSelected(undefined);
  }, []);

  const open = useCallback(async (name: string, read: () => Promise<ArrayBuffer>) => {
    batchRun.current++;
    batchDocs.current.clear();
    setBatch(undefined);
    setShowRekap(false);
    setNotice(undefined);
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
      closeDocument();
      setFailure({ failure: toFailure(error), file: name });
    } finally {
      setLoading(undefined);
    }
  }, [closeDocument]);

  /** Several workbooks: each is read and checked in turn, and the rekap grows as they are. */
  const openBatch = useCallback(
    async (files: PickedFile[]) => {
      const run = ++batchRun.current;
      batchDocs.current.clear();
      closeDocument();
      setFailure(undefined);
      setNotice(undefined);
      setShowRekap(true);
      setRekapSort(undefined);
      setStatusFilter("all");
      const result = await checkBatch(
        files.map((f) => ({ path: f.path, read: () => f.file.arrayBuffer() })),
        analyze,
        lang,
        (progress, checked) => setBatch({ files: [...checked], progress }),
        () => run !== batchRun.current,
      );
      if (result) setBatch({ files: result });
    },
    [analyze, lang, closeDocument],
  );

  const openMany = useCallback(
    (files: PickedFile[]) => {
      if (files.length === 0) setNotice(words.rekap.noWorkbooks);
      else if (files.length === 1) void open(files[0].path, () => files[0].file.arrayBuffer());
      else void openBatch(uniquePaths(files));
    },
    [open, openBatch, words],
  );

  const openSample = () =>
    open("rencana-aksi-contoh.xlsx", async () => {
      const response = await fetch(SAMPLE_URL);
      if (!response.ok) throw new Error(`${SAMPLE_URL}: HTTP ${response.status}`);
      return response.arrayBuffer();
    });

  /** A rekap row: its file in the single-file view on its sheet, checked by the pane as usual. */
  const openRow = async (row: RekapRow) => {
    const file = batch?.files.find((f) => f.path === row.file);
    if (!file?.bytes) return;
    setFailure(undefined);
    let opened = batchDocs.current.get(file.path);
    try {
      if (!opened) {
        const { port, sheets } = await openBytes(file.bytes);
        opened = { id: nextId.current++, name: file.path, port, sheets };
        batchDocs.current.set(file.path, opened);
      }
    } catch (error) {
      setFailure({ failure: toFailure(error), file: file.path });
      return;
    }
    const target = row.sheet && opened.sheets.includes(row.sheet) ? row.sheet : await opened.port.activeSheetName();
    // Before the pane mounts: its first check reads the port's active sheet.
    opened.port.setActive(target);
    setDoc({ ...opened, checkOnOpen: true });
    setSheet(target);
    setSelected(undefined);
    setPage(0);
    setShowRekap(false);
  };

  const backToRekap = () => {
    closeDocument();
    setFailure(undefined);
    setShowRekap(true);
  };

  // Follow the pane: repaint on marks and writes, jump to the cell of a chosen finding.
  useEffect(() => {
    if (!doc) return undefined;
    return doc.port.subscribe((event: WorkbenchEvent) => {
      if (event.kind === "added" || event.kind === "removed") {
        void doc.port.sheetNames().then((sheets) => {
          setDoc((d) => (d && d.id === doc.id ? { ...d, sheets } : d));
          if (event.kind === "removed") setSheet((current) => (current === event.sheet ? sheets[0] : current));
          const kept = batchDocs.current.get(doc.name);
          if (kept?.id === doc.id) batchDocs.current.set(doc.name, { ...kept, sheets });
        });
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
  const report = reportWords(lang);
  const rekap = useMemo(() => (batch ? buildRekap(outcomesOf(batch.files, words), notRecognizedText(words)) : undefined), [batch, words]);

  const download = async () => {
    if (!doc) return;
    try {
      saveBytes(await doc.port.file.toBuffer(), downloadName(doc.name));
    } catch (error) {
      setFailure({ failure: toFailure(error) });
    }
  };

  /** The rekap as the command line's --report and --html write it, made in the page. */
  const downloadRekap = async (shown: Rekap, kind: "xlsx" | "html") => {
    const now = new Date();
    const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
    try {
      if (kind === "xlsx") saveBytes(await rekapWorkbook(shown, lang), `rekap-cermat-${day}.xlsx`);
      else saveBytes(new TextEncoder().encode(rekapHtml(shown, lang)), `rekap-cermat-${day}.html`, "text/html;charset=utf-8");
    } catch (error) {
      setFailure({ failure: toFailure(error) });
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    // The entries must be taken now: the browser empties the drop once this handler returns.
    const entries = entriesOf(event.dataTransfer);
    if (entries) void droppedFiles(entries).then(openMany, (error: unknown) => setFailure({ failure: toFailure(error) }));
    else openMany(pickedFiles(event.dataTransfer.files));
  };

  const fromRekap = batch !== undefined && !showRekap;

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
          {fromRekap ? (
            <Button appearance="primary" onClick={backToRekap}>
              {words.rekap.back}
            </Button>
          ) : null}
          <Button appearance={fromRekap ? "secondary" : "primary"} onClick={() => input.current?.click()}>
            {words.workbench.openFile}
          </Button>
          <input
            ref={input}
            className={styles.hiddenInput}
            type="file"
            multiple
            accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12"
            aria-label={words.workbench.openFile}
            data-testid="file-input"
            onChange={(e) => {
              openMany(pickedFiles(e.target.files ?? []));
              e.target.value = "";
            }}
          />
          <Button onClick={() => folderInput.current?.click()}>{words.rekap.openFolder}</Button>
          <input
            ref={folderInput}
            className={styles.hiddenInput}
            type="file"
            {...FOLDER_PICKER}
            aria-label={words.rekap.openFolder}
            data-testid="folder-input"
            onChange={(e) => {
              openMany(pickedFiles(e.target.files ?? []));
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
          <section className={styles.sheet} aria-label={showRekap ? report.title : (doc?.name ?? words.workbench.empty)}>
            {failure ? <FailureMessage failure={failure.failure} words={words} lead={failure.file ? words.workbench.openFailed(failure.file) : undefined} /> : null}
            {notice ? (
              <MessageBar intent="warning">
                <MessageBarBody>{notice}</MessageBarBody>
              </MessageBar>
            ) : null}
            {showRekap && rekap ? (
              <RekapView
                rekap={rekap}
                words={words}
                report={report}
                progress={batch?.progress}
                sort={rekapSort}
                filter={statusFilter}
                onSort={(column: RekapColumn) => setRekapSort((current) => nextSort(current, column))}
                onFilter={setStatusFilter}
                onOpen={(row) => void openRow(row)}
                onDownload={(kind) => void downloadRekap(rekap, kind)}
              />
            ) : !doc ? (
              <div className={dragging ? `${styles.drop} ${styles.dropActive}` : styles.drop}>
                <p>{words.workbench.empty}</p>
                <p>{dragging ? words.workbench.dropActive : words.workbench.dropHint}</p>
                <p>{words.rekap.manyHint}</p>
              </div>
            ) : (
              <>
                <p className={styles.note} role="status">
                  {fromRekap ? words.rekap.fromRekap(doc.name, sheet) : words.workbench.opened(doc.name)}
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
          {doc && tools && !showRekap ? (
            <div className={styles.pane}>
              <CermatPane
                key={doc.id}
                port={doc.port}
                host={HOST}
                analyze={analyze}
                tools={tools}
                initialSettings={{ lang }}
                onStateChange={followPane}
                landmark="region"
                checkOnOpen={doc.checkOnOpen}
              />
            </div>
          ) : null}
        </main>
      </div>
    </FluentProvider>
  );
}
