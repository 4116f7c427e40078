import type { PredikatBand, Settings } from "../model";
import { DEFAULT_PREDIKAT_SCALE } from "../model";

/** Dots left for a value written in by hand later, as on printed forms (agency, place, name, NIP). */
export const HAND_FILLED = "……………………";

/** What the person gives when inserting a template (asked in the pane or on the command line). */
export interface TemplateOptions {
  /** Agency name as printed in the kop, e.g. "Dinas Koperasi dan UKM". */
  instansi: string;
  tahun: number;
  /** Sub kegiatan rows under each kegiatan (default 3). */
  rows?: number;
  /** Programs in the body (default 1), each opened by a sasaran row. */
  programs?: number;
  /** Kegiatan under each program (default 2). */
  kegiatan?: number;
  /** First kop line, e.g. "PEMERINTAH KABUPATEN LOMBOK TENGAH"; a dotted placeholder when absent. */
  pemerintah?: string;
  kertas?: "A4" | "F4";
  /** Signature block: place, position, name, NIP; dotted placeholders when absent. */
  tempat?: string;
  jabatan?: string;
  nama?: string;
  nip?: string;
  negativeFormula?: Settings["negativeFormula"];
  predikatScale?: PredikatBand[];
}

export type TemplateErrorCode = "INSTANSI_EMPTY" | "TAHUN_INVALID" | "ROWS_INVALID";

/** Bad template options, with the field at fault; the caller renders `code` in the person's language. */
export class TemplateError extends Error {
  constructor(
    readonly code: TemplateErrorCode,
    readonly field: keyof TemplateOptions,
    message: string,
  ) {
    super(message);
    this.name = "TemplateError";
  }
}

/** Options with every default filled in, after checking them. */
export type ResolvedOptions = Required<Omit<TemplateOptions, "pemerintah" | "tempat" | "jabatan" | "nama" | "nip">> &
  Pick<TemplateOptions, "pemerintah" | "tempat" | "jabatan" | "nama" | "nip">;

const MAX_ROWS = 200;

/** Checks and completes the options; throws TemplateError with a bilingual message on bad input. */
export function resolveOptions(o: TemplateOptions): ResolvedOptions {
  if (!o.instansi || o.instansi.trim() === "") {
    throw new TemplateError("INSTANSI_EMPTY", "instansi", "Nama instansi wajib diisi. / The agency name is required.");
  }
  if (!Number.isInteger(o.tahun) || o.tahun < 2000 || o.tahun > 2100) {
    throw new TemplateError("TAHUN_INVALID", "tahun", `Tahun "${o.tahun}" tidak valid (2000–2100). / Year "${o.tahun}" is not valid (2000–2100).`);
  }
  for (const field of ["rows", "programs", "kegiatan"] as const) {
    const n = o[field];
    if (n !== undefined && (!Number.isInteger(n) || n < 1 || n > MAX_ROWS)) {
      throw new TemplateError("ROWS_INVALID", field, `Jumlah baris "${n}" harus 1–${MAX_ROWS}. / Row count "${n}" must be 1–${MAX_ROWS}.`);
    }
  }
  return {
    ...o,
    instansi: o.instansi.trim(),
    rows: o.rows ?? 3,
    programs: o.programs ?? 1,
    kegiatan: o.kegiatan ?? 2,
    kertas: o.kertas ?? "F4",
    negativeFormula: o.negativeFormula ?? "permenpan",
    predikatScale: o.predikatScale ?? DEFAULT_PREDIKAT_SCALE,
  };
}
