import type { Scalar, Severity } from "../engine/model";

/**
 * TEMPORARY bridge to the marks ledger shared with the .xlsx adapter (src/port/marks-ledger.ts,
 * being written). Replaced by re-exports once it lands.
 */
export const LEDGER_SHEET = "_cermat_marks";

export interface FillSnapshot {
  /** "#RRGGBB"; null for no fill. */
  color: string | null;
  pattern?: string | null;
  patternColor?: string | null;
}

export interface LedgerEntry {
  sheet: string;
  address: string;
  severity: Severity;
  originalFill: FillSnapshot;
  originalNote: string | null;
  cermatNote: string;
}

const HEADER = ["sheet", "address", "severity", "originalFill", "originalNote", "cermatNote"];

export function encodeLedger(entries: readonly LedgerEntry[]): Scalar[][] {
  return [
    HEADER,
    ...entries.map((e) => [e.sheet, e.address, e.severity, JSON.stringify(e.originalFill), e.originalNote === null ? "" : JSON.stringify(e.originalNote), e.cermatNote]),
  ];
}

export function decodeLedger(rows: readonly (readonly Scalar[])[]): LedgerEntry[] {
  return rows.slice(1).filter((r) => r[0] !== "" && r[0] !== null).map((r) => ({
    sheet: String(r[0]),
    address: String(r[1]),
    severity: String(r[2]) as Severity,
    originalFill: JSON.parse(String(r[3])) as FillSnapshot,
    originalNote: r[4] === "" || r[4] === null ? null : (JSON.parse(String(r[4])) as string),
    cermatNote: String(r[5] ?? ""),
  }));
}
