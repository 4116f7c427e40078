import type { FillWords, OutputFailure, OutputWords, PrepareWords, TemplateWords } from "./tool-words";

const OUTPUT_FAILURES: Record<OutputFailure, string> = {
  "missing-folder": "the folder does not exist. Create it first or choose another folder",
  "not-a-folder": "part of the path is a file, not a folder. Check the path",
  "read-only": "the folder or file may not be written (read-only, or the file is open in Excel). Close the file or choose another folder",
  "is-directory": "that is a folder. Give the name of an .xlsx file inside it",
  busy: "the file is in use by another program. Close it and try again",
  "disk-full": "the disk is full. Free some space and try again",
  io: "the disk reported an error while writing. Try again or choose another folder",
};

export const OUTPUT_EN: OutputWords = {
  missingInput: "Give the input .xlsx file.",
  extraArguments: (extra) => `Unexpected arguments: ${extra}.`,
  missingOutput: "Give the output file with -o OUT.xlsx.",
  sameAsInput: (path) =>
    `The output -o is the input file itself (${path}); Cermat does not overwrite the original. Choose another name, or add --in-place to overwrite it (a copy of the original is kept first as "… (sebelum Cermat).xlsx").`,
  exists: (path) =>
    `File ${path} already exists. Add --in-place to add the template to it (a copy of the original is kept first as "… (sebelum Cermat).xlsx"), or choose another name.`,
  failed: (path, reason) => `Cannot write ${path}: ${OUTPUT_FAILURES[reason]}. Nothing was changed.`,
  copyKept: (path) => `A copy of the original file was kept as ${path}.`,
};

export const FILL_EN: FillWords = {
  help: [
    "Usage: cermat fill FILE.xlsx -o OUT.xlsx [--sheet NAME] [--yes] [--in-place] [--json] [--lang id|en]",
    "",
    "Fills the empty capaian (and predikat, serapan, parent realisasi anggaran) cells of every",
    "recognised Pengukuran Kinerja sheet. Cells that already hold something else are listed, not changed.",
    "",
    "Options:",
    "  -o, --output OUT  the result file (.xlsx)",
    "  --sheet NAME      fill one sheet only",
    "  --yes             also replace cells that hold something else",
    "  --in-place        allow overwriting the input (-o equal to FILE); a copy is kept first",
    "  --json            print one JSON document",
    "  --lang id|en      language of the messages (default: id)",
  ].join("\n"),
  filled: (sheet, cells) => `${sheet}: ${cells} cells filled.`,
  conflict: (sheet, cell, current, proposed, replaced) => `  ${sheet}!${cell}: "${current}" → "${proposed}" (${replaced ? "replaced" : "kept"})`,
  written: (cells, output) => `${cells} cells written to ${output}.`,
  pending: (cells) => `${cells} cells already hold something else and were left as they are; run again with --yes to replace them.`,
};

export const PREPARE_EN: PrepareWords = {
  help: [
    "Usage: cermat prepare FILE.xlsx -o OUT.xlsx [--sheet RENCANA_AKSI] [--dari OLD_PENGUKURAN] [--tahun 2025] [--instansi NAME] [--in-place] [--json] [--lang id|en]",
    "",
    "Adds a Pengukuran Kinerja sheet whose rows refer to the Rencana Aksi. Realisasi typed in an",
    "earlier Pengukuran sheet are carried over; rows that no longer match are listed.",
    "",
    "Options:",
    "  -o, --output OUT  the result file (.xlsx)",
    "  --sheet NAME      the Rencana Aksi sheet (default: the first recognised)",
    "  --dari NAME       the earlier Pengukuran sheet to carry realisasi from",
    "  --tahun YEAR      the year (default: from the plan's heading)",
    "  --instansi NAME   agency name for the heading",
    "  --in-place        allow overwriting the input (-o equal to FILE); a copy is kept first",
    "  --json            print one JSON document",
    "  --lang id|en      language of the messages (default: id)",
  ].join("\n"),
  noPlan: "No Rencana Aksi sheet recognised; choose one with --sheet.",
  notAPlan: (sheet) => `Sheet "${sheet}" is not recognised as a Rencana Aksi; choose another with --sheet.`,
  tahunUnknown: "No year found in the plan's heading; give it with --tahun 2025.",
  prepared: (sheet, plan, output) => `Sheet "${sheet}" prepared from "${plan}" in ${output}.`,
  carried: (cells, from) => `${cells} typed realisasi cells carried from "${from}".`,
  orphan: (cell, indikator, values) => `  No longer in the plan: ${cell} "${indikator}" (${values.join(", ")})`,
};

export const TEMPLATE_EN: TemplateWords = {
  help: [
    "Usage: cermat template rencana-aksi|pengukuran|bulanan -o FILE.xlsx [--instansi NAME] [--tahun 2025] [--kertas A4|F4] [--pemerintah TEXT] [--baris N] [--in-place] [--json] [--lang id|en]",
    "",
    "Writes a formatted template as a new sheet. An existing file is changed only with --in-place",
    "(the sheet goes beside the existing ones; a copy of the original is kept first).",
    "",
    "Options:",
    "  -o, --output FILE  the result file (.xlsx)",
    "  --instansi NAME    agency name for the heading",
    "  --tahun YEAR       the year (default: this year)",
    "  --kertas A4|F4     paper size (default: F4)",
    "  --pemerintah TEXT  first heading line, e.g. \"PEMERINTAH KABUPATEN LOMBOK TENGAH\"",
    "  --baris N          sub kegiatan rows per kegiatan",
    "  --in-place         add to an existing FILE",
    "  --json             print one JSON document",
    "  --lang id|en       language of the messages (default: id)",
  ].join("\n"),
  chooseTemplate: (ids) => `Choose a template: ${ids.join(", ")}.`,
  badPaper: (value) => `Unknown paper "${value}"; choose A4 or F4.`,
  badOption: (code, option, value) => {
    switch (code) {
      case "INSTANSI_EMPTY":
        return `Option ${option}: the agency name cannot be empty.`;
      case "TAHUN_INVALID":
        return `Option ${option}: "${value}" is not a valid year (2000–2100).`;
      default:
        return `Option ${option}: "${value}" must be a whole number from 1 to 200.`;
    }
  },
  written: (label, output, sheet) => `Template "${label}" written to ${output}, sheet "${sheet}".`,
};
