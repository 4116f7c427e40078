import type { CellStyle, StyleName } from "../model";

/**
 * The look every Cermat template shares. Kept sober on purpose: these sheets are printed,
 * signed and sent to the Inspektorat, so colour only marks the header and the Jumlah row;
 * typed cells differ from computed ones by not being bold, not by a fill that would print.
 */
export const TEMPLATE_STYLES: Record<StyleName, CellStyle> = {
  title: { bold: true, fontSize: 14, hAlign: "center", vAlign: "middle" },
  subtitle: { bold: true, fontSize: 12, hAlign: "center", vAlign: "middle" },
  header: { bold: true, fill: "D9E1F2", border: true, hAlign: "center", vAlign: "middle", wrap: true },
  colnum: { italic: true, fontSize: 9, fill: "F2F2F2", border: true, hAlign: "center", vAlign: "middle" },
  text: { border: true, vAlign: "top", wrap: true },
  number: { border: true, hAlign: "right", vAlign: "top" },
  rupiah: { border: true, hAlign: "right", vAlign: "top" },
  percent: { border: true, hAlign: "right", vAlign: "top" },
  input: { border: true, vAlign: "top", wrap: true },
  total: { bold: true, border: true, fill: "F2F2F2", hAlign: "right", vAlign: "middle" },
  label: { bold: true, border: true, vAlign: "top", wrap: true },
  signature: { hAlign: "center", vAlign: "middle" },
  link: { color: "0563C1", underline: true, border: true, vAlign: "top" },
};

/** Number formats. Indonesian separators (1.250.000 / 87,5%) come from the person's locale. */
export const FORMATS = {
  rupiah: '"Rp"#,##0',
  /** Capaian and serapan are stored as fractions (0.875) and shown as 87.50%. */
  percent: "0.00%",
  number: "General",
} as const;
