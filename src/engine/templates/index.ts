/** Templates as data: sheet descriptions the adapters write to Excel or .xlsx. */
import type { SheetSpec } from "../model";
import { bulananTemplate } from "./bulanan";
import type { TemplateOptions } from "./options";
import { pengukuranTemplate } from "./pengukuran";
import { rencanaAksiTemplate } from "./rencana-aksi";

export type TemplateId = "rencana-aksi" | "pengukuran" | "bulanan";

export interface TemplateEntry {
  id: TemplateId;
  label: { id: string; en: string };
  build(options: TemplateOptions): SheetSpec;
}

/** Every template Cermat inserts, in the order the pane lists them. */
export const TEMPLATES: Record<TemplateId, TemplateEntry> = {
  "rencana-aksi": {
    id: "rencana-aksi",
    label: { id: "Rencana Aksi per Triwulan", en: "Quarterly action plan (Rencana Aksi)" },
    build: rencanaAksiTemplate,
  },
  pengukuran: {
    id: "pengukuran",
    label: { id: "Pengukuran Kinerja per Triwulan", en: "Quarterly performance measurement (Pengukuran Kinerja)" },
    build: pengukuranTemplate,
  },
  bulanan: {
    id: "bulanan",
    label: { id: "Rencana Aksi Bulanan", en: "Monthly action plan (Rencana Aksi)" },
    build: bulananTemplate,
  },
};

export function isTemplateId(id: string): id is TemplateId {
  return Object.prototype.hasOwnProperty.call(TEMPLATES, id);
}

export * from "./formulas";
export * from "./options";
export { TEMPLATE_STYLES, FORMATS } from "./styles";
export { SATUAN_LIST, POLARITAS_LIST } from "./vocabulary";
export { rencanaAksiFrame, rencanaAksiTemplate, RENCANA_AKSI_SHEET } from "./rencana-aksi";
export { pengukuranFrame, pengukuranTemplate, PENGUKURAN_SHEET } from "./pengukuran";
export { bulananFrame, bulananTemplate, BULANAN_SHEET } from "./bulanan";
export type { TemplateFrame, BodyRow, RowKind } from "./table-frame";
