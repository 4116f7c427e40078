import type { SheetAnalysis } from "../analyze";
import { documentKindOf, type DocumentKind } from "../workbook/cross-sheet";

/**
 * What a reviewer calls the sheet: one of the year's documents, a Renstra-like matrix (a column
 * per year: Renstra, the Permendagri 86 evaluation form), a table Cermat read that is none of
 * these ("lainnya"), or nothing Cermat recognised.
 */
export type SakipDocument = DocumentKind | "renstra" | "evaluasi-renja" | "lainnya" | "tidak-dikenali";

/** The Permendagri 86/2017 form evaluates the Renja (or RKPD) against the Renstra: its kop says so. */
const EVALUASI = /\bevaluasi\b.*\b(renja|rkpd|rencana kerja|hasil)\b/i;

export function sakipDocumentOf(analysis: SheetAnalysis): SakipDocument {
  if (!analysis.recognized) return "tidak-dikenali";
  if (analysis.kop?.judul && EVALUASI.test(analysis.kop.judul)) return "evaluasi-renja";
  const kind = documentKindOf(analysis);
  if (kind) return kind;
  return analysis.tables.some((t) => t.layout.kind === "wide-yearly") ? "renstra" : "lainnya";
}

/** The data rows the tables span, page-break header repeats left out. */
export function rowsRead(analysis: SheetAnalysis): number {
  let rows = 0;
  for (const { layout } of analysis.tables) {
    rows += layout.lastDataRow - layout.firstDataRow + 1;
    rows -= layout.repeatedHeaderRows.filter((r) => r >= layout.firstDataRow && r <= layout.lastDataRow).length;
  }
  return Math.max(0, rows);
}
