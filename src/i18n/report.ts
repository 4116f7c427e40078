/**
 * Words of the reviewers' rekap (command line table, rekap.xlsx, rekap.html, the workbench view,
 * the report sheet inserted in Excel), Bahasa Indonesia first.
 */
import type { SakipDocument } from "../engine/document";
import type { RekapStatus } from "../report/rekap";
import { longDate, type Lang } from "./format";

export interface ReportWords {
  status: Record<RekapStatus, string>;
  document: Record<SakipDocument, string>;
  severity: { error: string; warning: string; info: string };
  /** Column headings of the rekap table and of the findings list. */
  heading: {
    file: string;
    sheet: string;
    opd: string;
    tahun: string;
    document: string;
    rowsRead: string;
    errors: string;
    warnings: string;
    infos: string;
    unreadColumns: string;
    status: string;
    reason: string;
    findings: string;
    cell: string;
    code: string;
    severityName: string;
    message: string;
    expected: string;
    actual: string;
    rootCause: string;
  };
  rekapSheet: string;
  temuanSheet: string;
  title: string;
  /** The "No" column. */
  no: string;
  /** A rekap row's link to its first finding, and a finding's link back to its rekap row. */
  openFindings: string;
  backToRekap: string;
  /** "Dibuat dengan Cermat": the start of the line every report is dated with. */
  madeWith: string;
  /** "Dibuat dengan Cermat, 4 Desember 2026". */
  generated(date: Date): string;
  /** The Temuan sheet or table when nothing was found. */
  noFindings: string;
  /** The findings report inserted in Excel (pane → Alat). */
  findingsReport: FindingsReportWords;
  /** "3 file, 2 tidak terbaca, …" */
  totals(t: { files: number; unreadable: number; notSakip: number; sheetsChecked: number; errors: number; warnings: number; infos: number }): string;
}

export interface FindingsReportWords {
  /** The new sheet's name, before a suffix makes it unique. */
  sheetName: string;
  /** "Laporan Pemeriksaan Rencana Aksi"; its first two words identify Cermat's report sheets. */
  title(document: string): string;
  sheetChecked(sheet: string): string;
  /** The empty column the reviewer writes the follow-up in. */
  followUp: string;
  /** No finding in what was checked. */
  none: string;
  signature: { placeDate(date: Date): string; role: string; name: string; nip: string };
}

const ID: ReportWords = {
  status: {
    ready: "Siap",
    incomplete: "Belum lengkap diperiksa",
    errors: "Ada kesalahan",
    "not-recognized": "Sheet tidak dikenali",
    "not-sakip": "Bukan dokumen SAKIP",
    unreadable: "Tidak dapat dibaca",
  },
  document: {
    "perjanjian-kinerja": "Perjanjian Kinerja",
    "rencana-aksi": "Rencana Aksi",
    "pengukuran-kinerja": "Pengukuran Kinerja",
    renstra: "Renstra / matriks tahunan",
    "evaluasi-renja": "Evaluasi Renja",
    lainnya: "Tabel lain",
    "tidak-dikenali": "Tidak dikenali",
  },
  severity: { error: "Kesalahan", warning: "Peringatan", info: "Catatan" },
  heading: {
    file: "File",
    sheet: "Sheet",
    opd: "Perangkat Daerah (kop)",
    tahun: "Tahun",
    document: "Jenis dokumen",
    rowsRead: "Baris dibaca",
    errors: "Kesalahan",
    warnings: "Peringatan",
    infos: "Catatan",
    unreadColumns: "Kolom tidak dikenali",
    status: "Status",
    reason: "Keterangan",
    findings: "Temuan",
    cell: "Sel",
    code: "Kode",
    severityName: "Tingkat",
    message: "Uraian",
    expected: "Seharusnya",
    actual: "Tertulis",
    rootCause: "Akar masalah",
  },
  rekapSheet: "Rekap",
  temuanSheet: "Temuan",
  title: "Rekap Pemeriksaan Dokumen SAKIP",
  no: "No",
  openFindings: "Lihat temuan",
  backToRekap: "Ke rekap",
  madeWith: "Dibuat dengan Cermat",
  generated: (date) => `${ID.madeWith}, ${longDate(date, "id")}`,
  noFindings: "Tidak ada temuan pada file yang diperiksa.",
  findingsReport: {
    sheetName: "Laporan Pemeriksaan",
    title: (document) => `Laporan Pemeriksaan ${document}`,
    sheetChecked: (sheet) => `Sheet yang diperiksa: ${sheet}`,
    followUp: "Tindak lanjut",
    none: "Tidak ada temuan pada bagian yang diperiksa.",
    signature: { placeDate: (date) => `……………………, ${longDate(date, "id")}`, role: "Pemeriksa,", name: "(……………………………………)", nip: "NIP. ……………………………" },
  },
  totals: (t) =>
    [
      `${t.files} file`,
      `${t.sheetsChecked} sheet diperiksa`,
      ...(t.unreadable > 0 ? [`${t.unreadable} tidak dapat dibaca`] : []),
      ...(t.notSakip > 0 ? [`${t.notSakip} bukan dokumen SAKIP`] : []),
      `${t.errors} kesalahan`,
      `${t.warnings} peringatan`,
      `${t.infos} catatan`,
    ].join(", "),
};

const EN: ReportWords = {
  status: {
    ready: "Ready",
    incomplete: "Not fully checked",
    errors: "Has errors",
    "not-recognized": "Sheet not recognised",
    "not-sakip": "Not a SAKIP document",
    unreadable: "Cannot be read",
  },
  document: {
    "perjanjian-kinerja": "Performance agreement (PK)",
    "rencana-aksi": "Action plan (Rencana Aksi)",
    "pengukuran-kinerja": "Performance measurement",
    renstra: "Renstra / yearly matrix",
    "evaluasi-renja": "Renja evaluation",
    lainnya: "Other table",
    "tidak-dikenali": "Not recognised",
  },
  severity: { error: "Error", warning: "Warning", info: "Note" },
  heading: {
    file: "File",
    sheet: "Sheet",
    opd: "Agency (from the heading)",
    tahun: "Year",
    document: "Document",
    rowsRead: "Rows read",
    errors: "Errors",
    warnings: "Warnings",
    infos: "Notes",
    unreadColumns: "Columns not understood",
    status: "Status",
    reason: "Remark",
    findings: "Findings",
    cell: "Cell",
    code: "Code",
    severityName: "Severity",
    message: "Description",
    expected: "Expected",
    actual: "Written",
    rootCause: "Root cause",
  },
  rekapSheet: "Rekap",
  temuanSheet: "Temuan",
  title: "SAKIP documents review summary",
  no: "No",
  openFindings: "See findings",
  backToRekap: "To rekap",
  madeWith: "Made with Cermat",
  generated: (date) => `${EN.madeWith}, ${longDate(date, "en")}`,
  noFindings: "No findings in the files checked.",
  findingsReport: {
    sheetName: "Check report",
    title: (document) => `Check report: ${document}`,
    sheetChecked: (sheet) => `Sheet checked: ${sheet}`,
    followUp: "Follow-up",
    none: "No findings in what was checked.",
    signature: { placeDate: (date) => `……………………, ${longDate(date, "en")}`, role: "Reviewer,", name: "(……………………………………)", nip: "NIP. ……………………………" },
  },
  totals: (t) =>
    [
      `${t.files} file${t.files === 1 ? "" : "s"}`,
      `${t.sheetsChecked} sheet${t.sheetsChecked === 1 ? "" : "s"} checked`,
      ...(t.unreadable > 0 ? [`${t.unreadable} unreadable`] : []),
      ...(t.notSakip > 0 ? [`${t.notSakip} not SAKIP documents`] : []),
      `${t.errors} error${t.errors === 1 ? "" : "s"}`,
      `${t.warnings} warning${t.warnings === 1 ? "" : "s"}`,
      `${t.infos} note${t.infos === 1 ? "" : "s"}`,
    ].join(", "),
};

export function reportWords(lang: Lang): ReportWords {
  return lang === "en" ? EN : ID;
}
