import { CHECK_NAMES } from "../check-names";
import type { UiWords } from "./words";

const list = (items: readonly string[]) => items.join(", ");
/** Cell addresses in a sentence: the first few, then an ellipsis. */
const listShort = (items: readonly string[], max = 8) => list(items.slice(0, max)) + (items.length > max ? ", …" : "");
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** English: the pane's second language. */
export const UI_EN: UiWords = {
  appTitle: "Cermat",
  tabs: { check: "Check", columns: "Columns", tools: "Tools", settings: "Settings" },
  tabListLabel: "Cermat pane sections",

  periksa: "Check",
  periksaUlang: "Check again",
  hapusTanda: "Remove marks",
  checking: "Checking the sheet…",
  clearing: "Removing marks…",
  idleHint: "Open a Rencana Aksi or Pengukuran Kinerja sheet, then press Check. Cermat checks every row without changing any cell.",
  sheetChecked: (sheet) => `Sheet: ${sheet}`,
  severity: { error: "Error", warning: "Warning", info: "Note" },
  severityCount: (severity, n) =>
    ({ error: plural(n, "error", "errors"), warning: plural(n, "warning", "warnings"), info: plural(n, "note", "notes") })[severity],
  summaryLabel: "Summary of findings",
  liveResult: (sheet, c) =>
    c.error + c.warning + c.info === 0
      ? `Sheet ${sheet} checked: no findings.`
      : `Sheet ${sheet} checked: ${plural(c.error, "error", "errors")}, ${plural(c.warning, "warning", "warnings")}, ${plural(c.info, "note", "notes")}.`,
  noFindings: (sheet) => `No findings on sheet ${sheet}. The sheet is ready to send.`,
  notReadyTitle: (hasFindings) => (hasFindings ? "Part of the sheet was not checked" : "Not ready yet"),
  unreadColumns: (columns) =>
    `Columns ${list(columns.map((c) => (c.header ? `${c.column} (${c.header})` : c.column)))} hold numbers Cermat did not understand, so they were not checked.`,
  noCoreCheck: "No budget, capaian or target check could run on the columns understood.",
  notReadyAdvice: "Set those columns' roles in the Kolom tab, then check again.",
  checksRan: (names) => (names.length === 0 ? "Checked: nothing." : `Checked: ${list(names)}.`),
  checkName: CHECK_NAMES.en,
  findingsLabel: "Findings by rule",
  ruleTitle: {
    BUDGET_PERIOD_SUM: "Period budgets do not add up to the annual budget",
    BUDGET_CHILD_SUM: "Parent budget differs from the sum of its children",
    BUDGET_TOTAL_SUM: "Total row differs from the sum of the programs",
    BUDGET_ZERO_WITH_TARGET: "Zero budget despite targets",
    REALISASI_ANGGARAN_EXCEEDS: "Budget realisation exceeds the budget",
    SERAPAN_MISMATCH: "Budget absorption (serapan) does not match",
    COLUMN_RULE_MISMATCH: "Column does not follow the stated column formula",
    TARGET_PERIOD_SUM: "Period targets do not match the annual target",
    TARGET_CUMULATIVE_DECREASE: "Cumulative target goes down",
    CAPAIAN_MISMATCH: "Capaian does not match the calculation",
    CAPAIAN_NOT_COMPUTABLE: "Capaian cannot be computed by a formula",
    REALISASI_ANNUAL_MISMATCH: "Annual realisasi does not follow the periods",
    INVALID_NUMBER: "Number cannot be read",
    FORMULA_NOT_CALCULATED: "Formula not calculated",
    MISSING_TARGET: "Target missing",
    MISSING_SATUAN: "Unit (satuan) missing",
    MISSING_PENANGGUNG_JAWAB: "Penanggung jawab missing",
    KODE_FORMAT: "Kode typed with a slip",
  },
  cell: (address) => `Cell ${address}`,
  showDerived: (n) => `Show ${plural(n, "finding", "findings")} caused by this cell`,
  hideDerived: (n) => `Hide ${plural(n, "finding", "findings")} caused by this cell`,
  derivedFrom: (cells) => `Caused by cell ${list(cells)}`,
  markedHint: "Problem cells are coloured and carry a note. Select a finding to go to its cell.",
  marksCleared: (n) => (n === 0 ? "No Cermat marks on this sheet." : `${plural(n, "mark", "marks")} removed; original fills and notes restored.`),
  stale: "The sheet changed since the last check. Press Check again.",
  markFailed: "The findings could not be marked on the sheet.",
  selectFailed: "The cell could not be selected.",

  notRecognizedTitle: "No Rencana Aksi found",
  notRecognizedReason: {
    NO_HEADER: () => "No row of column headers was recognised (such as Indikator, Target, Anggaran, Penanggung Jawab).",
    TOO_FEW_ROLES: (found) =>
      found.length === 0
        ? "Too few columns were recognised for a Rencana Aksi."
        : `Only the columns ${list(found)} were recognised; a Rencana Aksi needs at least an indicator column with targets or budgets.`,
    EMPTY_SHEET: () => "This sheet is empty.",
  },
  notRecognizedAdvice: "Select the sheet that holds the Rencana Aksi or Pengukuran Kinerja table and check again. To start from scratch, insert a template from the Tools tab.",

  failure: {
    PROTECTED_SHEET: {
      title: "The sheet is protected",
      advice: "Cermat may not change a protected sheet. Unprotect it (Review → Unprotect Sheet), then try again.",
    },
    API_NOT_SUPPORTED: {
      title: "This version of Excel is not supported",
      advice: "This needs Excel 2016 or later, Microsoft 365, or Excel on the web. Update Excel, or use the Cermat workbench in a browser.",
    },
    UNREADABLE_FILE: {
      title: "The file cannot be read",
      advice: "Save the file again as an Excel Workbook (.xlsx) without a password, then open it again.",
    },
    SHEET_NOT_FOUND: {
      title: "Sheet not found",
      advice: "The sheet may have been renamed or deleted. Select another sheet and check again.",
    },
    TOO_LARGE: {
      title: "The sheet is too large",
      advice: "Delete empty rows or columns outside the table, or move the table to its own sheet, then try again.",
    },
    UNKNOWN: {
      title: "Excel refused the request",
      advice: "Finish editing the current cell (press Enter or Esc), then try again.",
    },
    UNEXPECTED: {
      title: "Something unexpected went wrong",
      advice: "Try again. If it happens again, report the technical detail below.",
    },
  },
  unreadableDetail: {
    empty: "The file is empty.",
    encrypted: "The file is password-protected.",
    "legacy-xls": "The file is in the Excel 97-2003 (.xls) format.",
    "not-zip": "The file is not an Excel workbook.",
    "not-xlsx": "The file holds no Excel worksheet.",
    corrupt: "The file is damaged or incomplete.",
  },
  technicalDetail: (detail) => `Technical detail: ${detail}`,

  settings: {
    capLabel: "Capaian cap",
    capAuto: "Automatic (follow the sheet's convention)",
    cap100: "At most 100%",
    cap120: "At most 120%",
    capNone: "No cap",
    negativeFormulaLabel: "Formula for negative indicators",
    negativePermenpan: "PermenPAN-RB 8/2021: (2 × target − realisasi) / target",
    negativeInverse: "Target / realisasi",
    polarityLabel: "Indicator polarity",
    polarityAuto: "Automatic",
    polarityPositive: "Positive (higher is better)",
    polarityNegative: "Negative (lower is better)",
    polarityHint: "Press Check to list this sheet's indicators.",
    languageLabel: "Language",
    autoRecheck: "Check again automatically whenever the sheet changes",
    changedHint: "Settings changed. Press Check again to apply them.",
  },

  tools: {
    templateTitle: "Insert template",
    templateHint: "Adds a new, fully formatted sheet with formulas; existing sheets are not changed.",
    templateLabel: "Template",
    instansi: "Agency name",
    instansiHint: "May stay empty: the heading then gets dots to fill in later.",
    tahun: "Year",
    insert: "Insert",
    tahunInvalid: "Enter the year as four digits, 2000–2100 (for example 2025).",
    workflowTitle: "Realisasi and capaian",
    workflowHint:
      "Fill capaian writes formulas into empty capaian cells; cells that already hold something else are listed for you to choose. Prepare Pengukuran Kinerja builds a new sheet from this Rencana Aksi.",
    fillCapaian: "Fill capaian",
    preparePengukuran: "Prepare Pengukuran Kinerja",
    running: "Working…",
    notAvailable: "Not available here yet.",
    sheetAdded: (name) => `Sheet "${name}" added.`,
    cellsWritten: (written, conflicts) =>
      `${plural(written, "cell", "cells")} filled.` +
      (conflicts > 0 ? ` ${plural(conflicts, "cell already holds", "cells already hold")} another value and ${conflicts === 1 ? "was" : "were"} not changed: choose below.` : ""),
    conflictsTitle: (n) => `${plural(n, "cell already holds", "cells already hold")} another value`,
    conflictsHint: "Tick the cells Cermat may replace with its proposal, then press Apply selected. Cells left unticked stay as you typed them.",
    conflictCell: "Cell",
    conflictCurrent: "Now",
    conflictProposed: "Cermat proposes",
    conflictReason: "Why",
    proposedFormula: "Formula",
    proposedValue: "Value",
    reason: {
      otherFormula: "The formula in this cell differs from the standard capaian formula (realisasi ÷ target, with polarity and the capaian cap).",
      text: "The cell holds text, not a number, so it cannot be calculated.",
      otherValue: "The value written differs from the calculation from target and realisasi.",
    },
    conflictChoose: (cell) => `Replace the content of ${cell}`,
    chooseAll: "Choose all",
    goToCell: (cell) => `Go to cell ${cell} in the sheet`,
    applySelected: "Apply selected",
    skipAll: "Skip all",
    cellsReplaced: (replaced, skipped) =>
      (replaced.length > 0 ? `${plural(replaced.length, "cell", "cells")} replaced (${listShort(replaced)}).` : "No cell replaced.") +
      (skipped > 0 ? ` ${plural(skipped, "cell", "cells")} skipped and left as ${skipped === 1 ? "it was" : "they were"}.` : ""),
    problem: {
      NOT_RECOGNIZED: {
        title: "No Pengukuran Kinerja table found on this sheet",
        advice: "Choose the sheet with the Pengukuran Kinerja table (with target, realisasi and capaian columns), then press Fill capaian again.",
      },
      NO_REALISASI: {
        title: "This sheet has no realisasi or capaian columns",
        advice: "It looks like a Rencana Aksi. Press Prepare Pengukuran Kinerja to build a sheet with realisasi and capaian columns, fill in the realisasi, then press Fill capaian on that Pengukuran Kinerja sheet.",
      },
      NO_REALISASI_YET: {
        title: "No realisasi filled in yet",
        advice: "The realisasi columns on this sheet are still empty, so there is no capaian to compute. Fill in the realisasi of the quarters that have passed, then press Fill capaian again.",
      },
      NOT_A_PLAN: {
        title: "No Rencana Aksi table found on this sheet",
        advice: "Choose the Rencana Aksi sheet (with indikator and target columns), then press Prepare Pengukuran Kinerja again.",
      },
      TAHUN_UNKNOWN: {
        title: "The Rencana Aksi's year was not found",
        advice: "Write the year in the sheet's heading (for example “RENCANA AKSI TAHUN 2025”), then try again.",
      },
      TEMPLATE_INVALID: {
        title: "The template cannot be built from these entries",
        advice: "Check the form's entries, then press Insert again.",
      },
    },
    failedLead: (tool) => `${tool}:`,
  },

  limited: {
    title: "This is an older Excel: Cermat still works, with these limits.",
    feature: {
      mergedAreas: "Merged cells cannot be read; Cermat infers them from the table's layout.",
      notes: "Notes are not available; marks are comments or cell fills only.",
      comments: "Comments are not available; marks are cell fills only, with the messages in the pane.",
      cellProperties: "Bold and indentation cannot be read; row levels come from kode, numbering and budget sums.",
      dataValidation: "Templates are inserted without drop-down lists (satuan, polaritas).",
      freezePanes: "Templates are inserted without a frozen header.",
      pageLayout: "Templates are inserted without print setup (paper, orientation); set it before printing.",
    },
  },

  columns: {
    intro: "Each column's role as Cermat read it. If one is wrong, choose the right role: the check runs again at once and the choice is saved inside the workbook.",
    noCheck: "Press Check first; the columns of this sheet's tables then show here.",
    draft: "The table below was not recognised: its header lacks a column Cermat can check (target, realisasi, capaian or anggaran). Give the columns their roles and Cermat checks again at once.",
    notRecognized: "This sheet was not recognised as a Rencana Aksi or Pengukuran Kinerja table, so there are no columns to set yet.",
    table: (n, firstRow, lastRow) => `Table ${n} (rows ${firstRow}–${lastRow})`,
    roleOf: (letter, header) => `Role of column ${letter}${header ? ` (${header})` : ""}`,
    sample: "Sample",
    noSample: "(empty)",
    unrecognized: "not recognised",
    unrecognizedCount: (n) => (n === 0 ? "Every column was recognised." : `${n} columns not recognised: check them and choose their role.`),
    chosen: "your choice",
    ignored: "deliberately not read",
    none: "Not read",
    group: { identitas: "Identity", target: "Target", realisasi: "Realisasi (result)", capaian: "Capaian (achievement)", anggaran: "Budget", periode: "Per period", referensi: "Reference (not checked)" },
    role: {
      no: "No.",
      kode: "Code",
      sasaran: "Sasaran (objective)",
      indikator: "Indikator (indicator)",
      satuan: "Unit",
      polaritas: "Polarity",
      program: "Program / kegiatan",
      penanggung_jawab: "Penanggung jawab (responsible)",
      keterangan: "Remarks",
      target: "Target (annual)",
      realisasi: "Realisasi (annual)",
      capaian: "Capaian (%)",
      predikat: "Predikat (rating)",
      anggaran: "Budget (Rp)",
      realisasi_anggaran: "Budget spent (Rp)",
      serapan: "Budget absorption (%)",
      periode: "Period (quarter / month)",
      target_periode: "Period target",
      realisasi_periode: "Period realisasi",
      capaian_periode: "Period capaian",
      lokasi: "Location",
      baseline: "Baseline",
      target_renstra: "Renstra target",
      anggaran_renstra: "Renstra budget (Rp)",
      realisasi_lalu: "Realisation to last year",
      realisasi_anggaran_lalu: "Budget realisation to last year (Rp)",
      realisasi_renstra: "Renstra realisation to this year",
      realisasi_anggaran_renstra: "Renstra budget realisation to this year (Rp)",
      capaian_renstra: "Renstra achievement (%)",
      serapan_renstra: "Renstra budget realisation (%)",
    },
    measure: { target: "Target", realisasi: "Realisasi", capaian: "Capaian", anggaran: "Budget", realisasi_anggaran: "Budget spent" },
    period: {
      tw1: "Q1", tw2: "Q2", tw3: "Q3", tw4: "Q4",
      b1: "January", b2: "February", b3: "March", b4: "April", b5: "May", b6: "June",
      b7: "July", b8: "August", b9: "September", b10: "October", b11: "November", b12: "December",
    },
    reset: "Back to automatic recognition",
    resetHint: "Removes every column choice of this sheet; Cermat reads the columns from their headers again.",
    saveFailed: "The column choices could not be saved in the workbook. The check still uses them while the pane is open.",
    rechecking: "Checking again with the new column roles…",
  },

  notInOffice: {
    title: "Open Cermat inside Excel",
    body: "This pane runs inside Excel (desktop or web). Add the Cermat add-in in Excel, or check an .xlsx file right in the browser with the Cermat workbench.",
    workbench: "Open the workbench",
    officeMissingTitle: "Office.js could not be loaded",
    officeMissingBody:
      "The Cermat pane in Excel needs office.js from Microsoft's servers, and this page could not load it (perhaps there is no internet connection). Check the connection and open the pane again. To check an .xlsx file without Excel, open the Cermat workbench.",
  },

  workbench: {
    title: "Cermat: workbench",
    tagline: "Check Rencana Aksi and Pengukuran Kinerja workbooks (.xlsx) right in the browser.",
    openFile: "Open .xlsx file",
    openSample: "Open the sample",
    dropHint: "or drag an .xlsx file here",
    dropActive: "Drop the file to open it",
    download: "Download .xlsx",
    loading: (name) => `Opening ${name}…`,
    opened: (name) => `${name} opened.`,
    openFailed: (name) => `${name} could not be opened:`,
    sheetTabsLabel: "Worksheets",
    gridLabel: (sheet) => `Contents of sheet ${sheet}`,
    page: (current, total) => `Page ${current} of ${total}`,
    previousPage: "Previous page",
    nextPage: "Next page",
    goToRow: "Go to row",
    goToRowButton: "Go",
    privacy: "The file is read on your computer only; nothing is uploaded.",
    empty: "No file open yet.",
  },
};
