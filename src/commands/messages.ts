import type { Lang } from "../i18n";
import type { WorkbookErrorCode } from "../port/workbook-port";

/**
 * Words of the ribbon commands, Bahasa Indonesia first. Kept beside the commands because only
 * they use them; the finding messages themselves come from src/i18n.
 */
export interface CheckCounts {
  sheet: string;
  recognized: boolean;
  errors: number;
  warnings: number;
  infos: number;
  /** A1 address of the cell now selected (the first error, else the first finding). */
  first?: string;
  /** Letters of numeric columns Cermat did not understand (so did not check). */
  unreadColumns?: string[];
  /** No budget, capaian or target check could run. */
  noCoreCheck?: boolean;
}

/** What was not checked, as a sentence to add, or "" when everything numeric was read. */
function gapsSentence(c: CheckCounts, lang: "id" | "en"): string {
  const unread = c.unreadColumns ?? [];
  if (unread.length === 0 && !c.noCoreCheck) return "";
  if (lang === "id") {
    const parts = [unread.length > 0 ? `kolom ${unread.join(", ")} berisi angka yang tidak dipahami Cermat` : "", c.noCoreCheck ? "tidak ada pemeriksaan anggaran, capaian atau target yang dapat berjalan" : ""];
    return ` Belum dapat dinyatakan siap: ${parts.filter(Boolean).join("; ")}. Buka panel Cermat (tab Kolom) untuk menetapkan peran kolom.`;
  }
  const parts = [unread.length > 0 ? `columns ${unread.join(", ")} hold numbers Cermat did not understand` : "", c.noCoreCheck ? "no budget, capaian or target check could run" : ""];
  return ` Not ready yet: ${parts.filter(Boolean).join("; ")}. Open the Cermat pane (Kolom tab) to set the columns' roles.`;
}

type Catalogue = {
  title: string;
  checked(c: CheckCounts): string;
  notRecognized(sheet: string): string;
  cleared(sheet: string, count: number): string;
  failed(code: WorkbookErrorCode | "UNEXPECTED", detail: string): string;
  close: string;
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const COMMAND_MESSAGES: Record<Lang, Catalogue> = {
  id: {
    title: "Cermat",
    checked: (c) =>
      c.errors + c.warnings + c.infos === 0
        ? `Lembar "${c.sheet}" sudah diperiksa: tidak ada temuan.${gapsSentence(c, "id")}`
        : `Lembar "${c.sheet}": ${c.errors} kesalahan, ${c.warnings} peringatan, ${c.infos} catatan. ` +
          `Sel yang bermasalah diberi warna dan catatan${c.first ? `; sel ${c.first} sudah dipilih` : ""}. ` +
          `Pilih "Hapus tanda" untuk menghapus tanda.${gapsSentence(c, "id")}`,
    notRecognized: (sheet) =>
      `Lembar "${sheet}" tidak dikenali sebagai Rencana Aksi atau Pengukuran Kinerja: kolom Indikator, Target, ` +
      `Anggaran tidak ditemukan. Buka panel Cermat untuk memilih kolom sendiri.`,
    cleared: (sheet, n) => (n === 0 ? `Tidak ada tanda Cermat di lembar "${sheet}".` : `${plural(n, "tanda", "tanda")} di lembar "${sheet}" dihapus; warna dan catatan asli dikembalikan.`),
    failed: (code, detail) =>
      ({
        PROTECTED_SHEET: "Lembar ini diproteksi. Buka proteksi (Tinjau › Buka Proteksi Lembar), lalu coba lagi.",
        API_NOT_SUPPORTED: `Versi Excel ini belum mendukung fitur yang dibutuhkan (${detail}). Perbarui Excel atau gunakan Excel di web.`,
        SHEET_NOT_FOUND: `Lembar tidak ditemukan (${detail}).`,
        TOO_LARGE: "Lembar terlalu besar untuk dibaca sekaligus. Hapus baris kosong di bawah tabel, lalu coba lagi.",
        UNREADABLE_FILE: `Catatan tanda Cermat di buku kerja ini rusak (${detail}); tanda tidak dihapus agar tidak ada yang hilang.`,
        UNKNOWN: `Terjadi kesalahan: ${detail}`,
        UNEXPECTED: `Terjadi kesalahan tak terduga: ${detail}`,
      })[code],
    close: "Tutup",
  },
  en: {
    title: "Cermat",
    checked: (c) =>
      c.errors + c.warnings + c.infos === 0
        ? `Sheet "${c.sheet}" checked: no findings.${gapsSentence(c, "en")}`
        : `Sheet "${c.sheet}": ${plural(c.errors, "error", "errors")}, ${plural(c.warnings, "warning", "warnings")}, ${plural(c.infos, "note", "notes")}. ` +
          `The cells at fault are coloured and annotated${c.first ? `; cell ${c.first} is selected` : ""}. ` +
          `Choose "Remove marks" to remove them.${gapsSentence(c, "en")}`,
    notRecognized: (sheet) =>
      `Sheet "${sheet}" was not recognised as a Rencana Aksi or Pengukuran Kinerja: no Indikator, Target or ` +
      `Anggaran columns found. Open the Cermat pane to choose the columns yourself.`,
    cleared: (sheet, n) => (n === 0 ? `No Cermat marks on sheet "${sheet}".` : `${plural(n, "mark", "marks")} removed from sheet "${sheet}"; the original fills and notes are back.`),
    failed: (code, detail) =>
      ({
        PROTECTED_SHEET: "This sheet is protected. Unprotect it (Review › Unprotect Sheet) and try again.",
        API_NOT_SUPPORTED: `This version of Excel lacks a feature Cermat needs (${detail}). Update Excel or use Excel on the web.`,
        SHEET_NOT_FOUND: `Sheet not found (${detail}).`,
        TOO_LARGE: "The sheet is too large to read at once. Delete the empty rows below the table and try again.",
        UNREADABLE_FILE: `Cermat's record of marks in this workbook is damaged (${detail}); no mark was removed, so nothing is lost.`,
        UNKNOWN: `Something went wrong: ${detail}`,
        UNEXPECTED: `Something unexpected went wrong: ${detail}`,
      })[code],
    close: "Close",
  },
};

/** Office reports its UI language as "id-ID", "en-US"…: English for English, Indonesian otherwise. */
export function langOf(displayLanguage: string | undefined): Lang {
  return displayLanguage?.toLowerCase().startsWith("en") ? "en" : "id";
}
