import type { CellWrite, Settings } from "../engine/model";
import type { ToolOutcome } from "./pane-state";

/** A template the pane offers, with its name in both languages. */
export interface TemplateChoice {
  id: string;
  label: { id: string; en: string };
}

/** What the person types before inserting a template. */
export interface TemplateRequest {
  templateId: string;
  instansi: string;
  tahun: number;
}

/**
 * The work behind the Alat tab, handed in by the entry point so the pane stays independent of
 * how templates and the realisasi workflow are built. A missing callback shows as not available.
 */
export interface PaneTools {
  templates?: TemplateChoice[];
  insertTemplate?(request: TemplateRequest): Promise<ToolOutcome>;
  fillCapaian?(settings: Settings): Promise<ToolOutcome>;
  /** Writes the capaian cells the person chose to replace, in one batch; the rest stay as typed. */
  applyCapaian?(sheet: string, chosen: CellWrite[], skipped: number): Promise<ToolOutcome>;
  preparePengukuran?(settings: Settings): Promise<ToolOutcome>;
}
