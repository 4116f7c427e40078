import { clock } from "../format";
import { CHECK_NAMES } from "../check-names";
import { periodRolePattern, plainRoleNames } from "./role-names";
import { FILL_EN, OUTPUT_EN, PREPARE_EN, TEMPLATE_EN } from "./tools-en";
import type { CliWords } from "./words";

const KIND: Record<string, string> = {
  "wide-quarterly": "quarterly, one column per quarter",
  "wide-monthly": "monthly, one column per month",
  long: "quarterly, one row per quarter",
  annual: "annual, no periods",
};

/** The command line's words in English. */
export const CLI_EN: CliWords = {
  programHelp: (commands) =>
    [
      "Cermat: checker for SAKIP Rencana Aksi and Pengukuran Kinerja workbooks",
      "",
      "Usage: cermat COMMAND [options]",
      "",
      "Commands:",
      ...commands.map((c) => `  ${c.name.padEnd(10)}${c.summary}`),
      "",
      "Help on one command: cermat COMMAND --help --lang en",
    ].join("\n"),
  checkHelp: [
    "Usage: cermat check FILE.xlsx [--sheet NAME] [--columns \"E=periode,F=none\"] [--json] [--lang id|en]",
    "       cermat check FOLDER|FILE... [-r] [--report rekap.xlsx] [--html rekap.html] [--json]",
    "",
    "Checks every sheet (or one sheet) of an .xlsx file: recognises the Rencana Aksi /",
    "Pengukuran Kinerja columns, then checks each row's budgets, targets, capaian and entries.",
    "Given several files or a folder, it checks them all (in parallel) and prints the rekap:",
    "one row per file and sheet, a file that cannot be read listed with its reason.",
    "",
    "Options:",
    "  --sheet NAME    check one sheet only (one file)",
    "  --columns LIST  your column roles, e.g. \"E=periode,F=target_periode,Q=none\",",
    "                  on top of the choices saved in the file (Columns view; one file)",
    "  -r, --recursive also the workbooks in the folders' subfolders",
    "  --report FILE   write the rekap as a workbook (sheets Rekap and Temuan)",
    "  --html FILE     write the rekap as one web page (works offline, printable)",
    "  --json          print one JSON document (for other programs)",
    "  --lang id|en    language of the messages (default: id)",
    "  -h, --help      this help",
    "",
    "Exit codes: 0 no errors, 1 errors found (or, for several files, a file could not be read),",
    "2 file unreadable or wrong options, 3 a fault inside Cermat itself.",
    "Several files use one worker per core; CERMAT_WORKERS=1 checks them one after another.",
    "A file not done within 300 seconds is stopped and reported (CERMAT_FILE_TIMEOUT=seconds to change it).",
  ].join("\n"),
  summaries: {
    check: "check .xlsx files (or whole folders) and report findings",
    template: "write a Rencana Aksi / Pengukuran Kinerja template",
    fill: "fill the empty capaian cells",
    prepare: "prepare a Pengukuran Kinerja sheet from a Rencana Aksi",
  },
  unknownCommand: (name) => `Unknown command "${name}".`,
  missingCommand: (names) => `Give a command: ${names.join(", ")}.`,
  seeHelp: (command) => `See: cermat ${command ? `${command} ` : ""}--help --lang en`,
  missingFile: "Give the .xlsx file to check.",
  unknownOption: (option) => `Unknown option ${option}.`,
  optionNeedsValue: (option) => `Option ${option} needs a value.`,
  optionTakesNoValue: (option) => `Option ${option} takes no value.`,
  badLang: (value) => `Language "${value}" is not available; choose id or en.`,
  unreadable: (path, detail) => {
    switch (detail) {
      case "missing":
        return `File ${path} not found.`;
      case "directory":
        return `${path} is a folder, not an .xlsx file.`;
      case "empty":
        return `File ${path} is empty.`;
      case "encrypted":
        return `File ${path} is protected with a password. Open it in Excel, remove the password, save, and try again.`;
      case "legacy-xls":
        return `File ${path} is an old .xls workbook. Open it in Excel and save it as .xlsx.`;
      case "not-zip":
        return `File ${path} is not an Excel .xlsx file (perhaps a renamed .csv or .html file).`;
      case "not-xlsx":
        return `File ${path} holds no Excel workbook.`;
      case "corrupt":
        return `File ${path} is damaged and cannot be read. Try opening and saving it again in Excel.`;
      default:
        return `File ${path} cannot be read.`;
    }
  },
  tooLarge: (path) =>
    `The file is too large to open: ${path} is over the size limits Cermat reads. Remove unused sheets or rows, or split it into several files, and try again.`,
  sheetNotFound: (sheet, available) => `There is no sheet "${sheet}".${available.length > 0 ? ` Sheets: ${available.map((s) => `"${s}"`).join(", ")}.` : ""}`,
  noSheets: "This file has no sheets.",
  internalError: (message) => `Something went wrong inside Cermat: ${message}`,
  output: OUTPUT_EN,
  fill: FILL_EN,
  prepare: PREPARE_EN,
  template: TEMPLATE_EN,
  columnsOption: {
    badPair: (part) => `--columns: cannot read "${part}"; write LETTER=role separated by commas, e.g. --columns "E=periode,F=target_periode".`,
    badLetter: (letter, part) => `--columns: "${letter}" (in "${part}") is not an Excel column letter (A to XFD).`,
    unknownRole: (role, letter) =>
      `--columns: unknown role "${role}" for column ${letter}. Roles: ${plainRoleNames()}, none (not read); per period: ${periodRolePattern()}.`,
    damaged: (detail) => `The hidden sheet _cermat_columns (column choices) is damaged: ${detail}. Repair it or reset the choices in the Columns view.`,
  },

  reportTitle: (file) => `Checking ${file}`,
  sheetHeading: (sheet) => `Sheet "${sheet}"`,
  recognized: (kind, tables, firstRow, lastRow) =>
    `recognised: ${KIND[kind] ?? kind}${tables > 1 ? `, ${tables} tables` : ""}; data rows ${firstRow}–${lastRow}`,
  notRecognized: (reason) => {
    switch (reason?.code) {
      case "EMPTY_SHEET":
        return "not checked: the sheet is empty";
      case "TOO_FEW_ROLES":
        return `not checked: not a Rencana Aksi (only found columns ${reason.found.join(", ") || "-"})`;
      default:
        return `not checked: no Rencana Aksi column headers (Indikator, Target, Anggaran …)${reason?.found.length ? `; words found: ${reason.found.join(", ")}` : ""}`;
    }
  },
  columns: "Columns",
  chosenColumns: (chosen) =>
    `Column roles you chose (saved in the file or --columns): ${Object.entries(chosen)
      .map(([letter, role]) => `${letter} ${role === "none" ? "not read" : role}`)
      .join(", ")}`,
  counts: (c) => `${c.error} errors, ${c.warning} warnings, ${c.info} info`,
  severity: { error: "error", warning: "warning", info: "info" },
  noFindings: "No findings.",
  unrecognizedColumns: (columns) =>
    `Columns not understood: ${columns.map((c) => `${c.column}${c.header ? ` "${c.header}"` : ""}${c.numeric ? " (holds numbers, not checked)" : ""}`).join(", ")}`,
  checksRan: (codes) => (codes.length === 0 ? "Checked: no check could run on the columns understood" : `Checked: ${codes.map((c) => CLI_EN.checkNames[c]).join(", ")}`),
  checkNames: CHECK_NAMES.en,
  incomplete: (unread, noCore) =>
    [
      "Not ready yet:",
      unread.length > 0 ? `columns ${unread.join(", ")} hold numbers Cermat did not understand, so they were not checked;` : "",
      noCore ? "no budget, capaian or target check could run;" : "",
      "set the columns' roles (cermat check --columns \"E=target,F=anggaran\") and check again.",
    ]
      .filter((s) => s !== "")
      .join(" "),
  ruleTitles: {
    BUDGET_PERIOD_SUM: "Budget per period ≠ annual budget",
    BUDGET_CHILD_SUM: "Parent budget ≠ sum of the budgets below it",
    BUDGET_TOTAL_SUM: "Total row ≠ sum of the programs",
    BUDGET_ZERO_WITH_TARGET: "Zero budget although there are targets",
    REALISASI_ANGGARAN_EXCEEDS: "Budget realisation above the budget",
    SERAPAN_MISMATCH: "Absorption percentage does not match",
    COLUMN_RULE_MISMATCH: "Column does not follow the formula in the column-number row",
    TARGET_PERIOD_SUM: "Period targets do not match the annual target",
    TARGET_CUMULATIVE_DECREASE: "Cumulative target goes down",
    CAPAIAN_MISMATCH: "Capaian does not match the calculation",
    CAPAIAN_NOT_COMPUTABLE: "Capaian cannot be computed",
    REALISASI_ANNUAL_MISMATCH: "Annual realisasi does not follow the periods",
    INVALID_NUMBER: "Unreadable number",
    FORMULA_NOT_CALCULATED: "Formula not calculated",
    MISSING_TARGET: "Missing target",
    MISSING_SATUAN: "Missing unit (satuan)",
    MISSING_PENANGGUNG_JAWAB: "Missing penanggung jawab",
    KODE_FORMAT: "Kode format",
    EFISIENSI: "Efficiency: capaian vs serapan",
    PREDIKAT_MISMATCH: "Predikat does not fit capaian",
    ANGGARAN_WITHOUT_INDIKATOR: "Funded sub kegiatan without indikator/unit",
    REALISASI_MISSING: "Missing realisasi",
    REALISASI_CUMULATIVE_DECREASE: "Cumulative realisasi decreases",
    CROSS_SHEET_TARGET: "Target or budget differs from another sheet",
  },
  derivedFrom: (cells) => `caused by ${cells.join(", ")}`,
  summary: (t, c) =>
    `${t.sheets} sheets: ${t.recognized} recognised and checked${t.sheets > t.recognized ? `, ${t.sheets - t.recognized} not recognised (not checked)` : ""}${t.incomplete > 0 ? `, ${t.incomplete} only partly checked` : ""}; ${c.error} errors, ${c.warning} warnings, ${c.info} info.`,
  batch: {
    title: (files) => `Review summary of ${files} file${files === 1 ? "" : "s"}`,
    progress: (done, total, left) => `Checking ${done}/${total} files${left === undefined ? "" : ` · about ${clock(left)} left`}`,
    folder: (path) => `Folder: ${path}`,
    notes: "Notes:",
    noWorkbooks: (paths) => `No .xlsx or .xlsm file in ${paths.join(", ")} (add -r to look in subfolders).`,
    oneFileOption: (option) => `${option} applies to one file only, not to several files or folders.`,
    reportIsInput: (path) => `${path} is one of the files to check; Cermat does not overwrite it with the rekap. Choose another name for the report.`,
    tooSlow: (file, ms) => `${file} was not checked within ${Math.ceil(ms / 1000)} seconds and was stopped; the other files were still checked. Check it on its own (cermat check "${file}") or allow more time with CERMAT_FILE_TIMEOUT (seconds).`,
    written: (path) => `Written: ${path}`,
  },
};
