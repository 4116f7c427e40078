import type { FindingCode, Period, PeriodMeasure, Role, RoleGroup, Severity } from "../../engine/model";
import type { WorkbookErrorCode } from "../../port/workbook-port";

/** Why a sheet was not recognised (SheetLayout["reason"]["code"]). */
export type NotRecognizedCode = "NO_HEADER" | "TOO_FEW_ROLES" | "EMPTY_SHEET";

/**
 * What an older Excel cannot do, told once in the pane (ExcelApi sets below the ones Cermat
 * would like: the adapter degrades instead of failing).
 */
export type LimitedFeature = "mergedAreas" | "notes" | "comments" | "cellProperties" | "dataValidation" | "freezePanes" | "pageLayout";

/** Failures the pane can explain: the adapters' typed codes plus anything unexpected. */
export type FailureCode = WorkbookErrorCode | "UNEXPECTED";

/** Why a tool of the Alat tab cannot work on the active sheet (not a failure of Excel). */
export type ToolProblem = "NOT_RECOGNIZED" | "NO_REALISASI" | "NO_REALISASI_YET" | "NOT_A_PLAN" | "TAHUN_UNKNOWN" | "TEMPLATE_INVALID" | "NO_REPORT" | "REPORT_OF_REPORT";

/** Why a capaian cell differs from Cermat's proposal when no finding of the check says it. */
export type ConflictReasonKind = "otherFormula" | "text" | "otherValue";

export interface Counts {
  error: number;
  warning: number;
  info: number;
}

/** Everything the task pane and the workbench say, in one language. */
export interface UiWords {
  appTitle: string;
  tabs: { check: string; columns: string; tools: string; settings: string };
  tabListLabel: string;

  periksa: string;
  periksaUlang: string;
  hapusTanda: string;
  checking: string;
  checkSteps: Record<"reading" | "analyzing" | "marking", string>;
  checkStep(n: number, total: number, what: string): string;
  clearing: string;
  idleHint: string;
  sheetChecked(sheet: string): string;
  severity: Record<Severity, string>;
  severityCount(severity: Severity, n: number): string;
  summaryLabel: string;
  liveResult(sheet: string, counts: Counts): string;
  noFindings(sheet: string): string;
  /** The sheet is not called ready: numeric columns unread and/or no budget, capaian or target check ran. */
  notReadyTitle(hasFindings: boolean): string;
  unreadColumns(columns: ReadonlyArray<{ column: string; header: string }>): string;
  noCoreCheck: string;
  notReadyAdvice: string;
  /** The short names of the checks that ran, or that none did. */
  checksRan(names: readonly string[]): string;
  checkName: Record<FindingCode, string>;
  findingsLabel: string;
  ruleTitle: Record<FindingCode, string>;
  cell(address: string): string;
  showDerived(n: number): string;
  hideDerived(n: number): string;
  derivedFrom(cells: readonly string[]): string;
  markedHint: string;
  marksCleared(n: number): string;
  stale: string;
  markFailed: string;
  selectFailed: string;

  notRecognizedTitle: string;
  notRecognizedReason: Record<NotRecognizedCode, (found: readonly string[]) => string>;
  notRecognizedAdvice: string;

  failure: Record<FailureCode, { title: string; advice: string }>;
  unreadableDetail: Record<string, string>;
  technicalDetail(detail: string): string;

  settings: {
    capLabel: string;
    capAuto: string;
    cap100: string;
    cap120: string;
    capNone: string;
    negativeFormulaLabel: string;
    negativePermenpan: string;
    negativeInverse: string;
    autoDetected(what: string): string;
    autoFollowSheet: string;
    periodBasisLabel: string;
    periodBasis: Record<"period" | "to-date", string>;
    annualBasisLabel: string;
    annualBasis: Record<"indikator" | "sum" | "last" | "mean", string>;
    polarityLabel: string;
    polarityAuto: string;
    polarityPositive: string;
    polarityNegative: string;
    polarityHint: string;
    polarityListLabel: string;
    /** Why the check reads an indikator's polarity as it does. */
    polarityBecause: Record<"column" | "setting" | "target" | "words" | "default", string>;
    polarityNoneNegative(total: number): string;
    polarityListed(listed: number, total: number): string;
    polaritySearchLabel: string;
    polaritySearchPlaceholder: string;
    polaritySearchResults: string;
    polarityMatches(found: number, shown: number): string;
    languageLabel: string;
    autoRecheck: string;
    changedHint: string;
  };

  tools: {
    templateTitle: string;
    templateHint: string;
    templateLabel: string;
    instansi: string;
    /** Under the agency field: it may stay empty, the heading then keeps dots to fill in by hand. */
    instansiHint: string;
    tahun: string;
    tahunInvalid: string;
    insert: string;
    workflowTitle: string;
    workflowHint: string;
    fillCapaian: string;
    preparePengukuran: string;
    running: string;
    notAvailable: string;
    sheetAdded(name: string): string;
    /** The findings report: a sheet to print and sign, removable again. */
    reportTitle: string;
    reportHint: string;
    insertReport: string;
    removeReport: string;
    sheetsRemoved(sheets: readonly string[]): string;
    /** Someone wrote in the report after it was inserted: remove it anyway? */
    confirmRemoval(sheets: readonly string[]): string;
    removeAnyway: string;
    cancel: string;
    cellsWritten(written: number, conflicts: number): string;
    conflictsTitle(n: number): string;
    conflictsHint: string;
    conflictCurrent: string;
    conflictProposed: string;
    /** Labels before a proposal: a formula Excel keeps computing, or a value Cermat computed once. */
    proposedFormula: string;
    currentFormulaLabel: string;
    proposedFormulaLabel: string;
    shownEmpty: string;
    showCell(cell: string): string;
    /** Why a cell differs when no finding of the check explains it. */
    reason: Record<ConflictReasonKind, string>;
    conflictChoose(cell: string): string;
    chooseAll: string;
    applySelected: string;
    skipAll: string;
    cellsReplaced(replaced: readonly string[], skipped: number): string;
    /** A tool that cannot work on this sheet: what is wrong and what to do. */
    problem: Record<ToolProblem, { title: string; advice: string }>;
    failedLead(tool: string): string;
  };

  /** The Kolom view: each header column with its role, which the person can correct. */
  columns: {
    intro: string;
    noCheck: string;
    notRecognized: string;
    /** A sheet not recognised, whose header columns are listed for the person to complete. */
    draft: string;
    table(n: number, firstRow: number, lastRow: number): string;
    /** The drop-down's accessible name: the column and its header. */
    roleOf(letter: string, header: string): string;
    sample: string;
    noSample: string;
    unrecognized: string;
    unrecognizedCount(n: number): string;
    chosen: string;
    ignored: string;
    none: string;
    group: Record<RoleGroup, string>;
    /** Plain roles; a per-period role is its measure and its period. */
    role: Record<Exclude<Role, `${PeriodMeasure}_${Period}`>, string>;
    measure: Record<PeriodMeasure, string>;
    period: Record<Period, string>;
    reset: string;
    resetHint: string;
    saveFailed: string;
    rechecking: string;
  };

  notInOffice: {
    title: string;
    body: string;
    workbench: string;
    /** Office.js did not load (no network to Microsoft's CDN): the pane cannot start. */
    officeMissingTitle: string;
    officeMissingBody: string;
  };

  limited: { title: string; feature: Record<LimitedFeature, string> };

  workbench: {
    title: string;
    tagline: string;
    openFile: string;
    openSample: string;
    dropHint: string;
    dropActive: string;
    download: string;
    loading(name: string): string;
    opened(name: string): string;
    /** Lead of the error bar when a file could not be opened (the workbook shown before is closed). */
    openFailed(name: string): string;
    sheetTabsLabel: string;
    gridLabel(sheet: string): string;
    page(current: number, total: number): string;
    previousPage: string;
    nextPage: string;
    /** The "go to row" field of the grid. */
    goToRow: string;
    /** The (visually hidden) heading of the row-number column. */
    rowNumber: string;
    goToRowButton: string;
    privacy: string;
    empty: string;
  };

  /** The workbench's rekap of several workbooks (the table's own words are in src/i18n/report.ts). */
  rekap: {
    openFolder: string;
    /** Said beside the open buttons: several files or a whole folder can be opened at once. */
    manyHint: string;
    checking(done: number, total: number): string;
    progressLabel: string;
    /** Nothing among the files or folder given is a workbook. */
    noWorkbooks: string;
    back: string;
    /** The file shown came from the rekap. */
    fromRekap(file: string, sheet: string | undefined): string;
    filterLabel: string;
    filterAll(count: number): string;
    shown(shown: number, total: number): string;
    tableLabel: string;
    /** The accessible name of a row's link. */
    openRow(file: string, sheet: string | undefined): string;
    sortHint: string;
    /** The rekap as a workbook (Rekap and Temuan sheets) and as one offline page, as the command line writes them. */
    downloadXlsx: string;
    downloadHtml: string;
  };
}
