import type { Settings } from "../engine/model";
import type { PendingWrite, ToolOutcome } from "./pane-state";

/** A template the pane offers, with its name in both languages. */
export interface TemplateChoice {
  id: string;
  label: { id: string; en: string };
}

/** What the person types before inserting a template. */
export interface TemplateRequest {
  templateId: string;
  /** May be empty: the heading then keeps a placeholder to fill in by hand. */
  instansi: string;
  /** A four-digit year, 2000–2100 (checked by the form before the request is made). */
  tahun: number;
}

/** The years a template can be made for; the same bounds the template builder enforces. */
export const TAHUN_MIN = 2000;
export const TAHUN_MAX = 2100;

/** The year typed in the template form, or undefined when it is not a four-digit year in range. */
export function parseTahun(typed: string): number | undefined {
  const text = typed.trim();
  if (!/^\d{4}$/.test(text)) return undefined;
  const year = Number(text);
  return year >= TAHUN_MIN && year <= TAHUN_MAX ? year : undefined;
}

/**
 * The work behind the Alat tab, handed in by the entry point so the pane stays independent of
 * how templates and the realisasi workflow are built. A missing callback shows as not available.
 */
export interface PaneTools {
  templates?: TemplateChoice[];
  insertTemplate?(request: TemplateRequest): Promise<ToolOutcome>;
  fillCapaian?(settings: Settings): Promise<ToolOutcome>;
  /** Writes the listed cells the person chose, in one batch; the `skipped` others stay as typed. */
  applyCapaian?(sheet: string, chosen: readonly PendingWrite[], skipped: number): Promise<ToolOutcome>;
  preparePengukuran?(settings: Settings): Promise<ToolOutcome>;
  /** Adds the findings report of the active sheet as a new sheet. */
  insertReport?(settings: Settings): Promise<ToolOutcome>;
  /** Removes Cermat's report sheets; one someone wrote in is removed only `confirmed`. */
  removeReport?(confirmed: boolean): Promise<ToolOutcome>;
}
