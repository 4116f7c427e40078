/** Short names of the checks, for "Diperiksa: …" lines in the pane, the dialog and the command line. */
import type { FindingCode } from "../engine/model";
import type { Lang } from "./format";

export const CHECK_NAMES: Record<Lang, Record<FindingCode, string>> = {
  id: {
    BUDGET_PERIOD_SUM: "anggaran per periode",
    BUDGET_CHILD_SUM: "anggaran induk = Σ rincian",
    BUDGET_TOTAL_SUM: "baris jumlah",
    BUDGET_ZERO_WITH_TARGET: "anggaran nol",
    REALISASI_ANGGARAN_EXCEEDS: "realisasi ≤ anggaran",
    SERAPAN_MISMATCH: "serapan",
    COLUMN_RULE_MISMATCH: "rumus baris nomor kolom",
    TARGET_PERIOD_SUM: "target per periode",
    TARGET_CUMULATIVE_DECREASE: "target kumulatif",
    CAPAIAN_MISMATCH: "capaian",
    REALISASI_ANNUAL_MISMATCH: "realisasi tahunan",
    INVALID_NUMBER: "angka terbaca",
    FORMULA_NOT_CALCULATED: "rumus terhitung",
    MISSING_TARGET: "target terisi",
    MISSING_SATUAN: "satuan terisi",
    MISSING_PENANGGUNG_JAWAB: "penanggung jawab terisi",
    KODE_FORMAT: "bentuk kode",
  },
  en: {
    BUDGET_PERIOD_SUM: "budget per period",
    BUDGET_CHILD_SUM: "parent budget = Σ children",
    BUDGET_TOTAL_SUM: "total row",
    BUDGET_ZERO_WITH_TARGET: "zero budget",
    REALISASI_ANGGARAN_EXCEEDS: "realisation ≤ budget",
    SERAPAN_MISMATCH: "serapan",
    COLUMN_RULE_MISMATCH: "column-number formulas",
    TARGET_PERIOD_SUM: "period targets",
    TARGET_CUMULATIVE_DECREASE: "cumulative targets",
    CAPAIAN_MISMATCH: "capaian",
    REALISASI_ANNUAL_MISMATCH: "annual realisasi",
    INVALID_NUMBER: "readable numbers",
    FORMULA_NOT_CALCULATED: "formulas calculated",
    MISSING_TARGET: "target filled",
    MISSING_SATUAN: "unit filled",
    MISSING_PENANGGUNG_JAWAB: "penanggung jawab filled",
    KODE_FORMAT: "kode shape",
  },
};
