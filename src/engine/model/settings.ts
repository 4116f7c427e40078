/** What the person can set; everything has a default that follows DOMAIN.md. */

export type Polarity = "positive" | "negative";

export interface PredikatBand {
  /** Lowest capaian (inclusive) for this band. */
  min: number;
  id: string;
  en: string;
}

export interface Settings {
  lang: "id" | "en";
  /** Cap capaian at this percentage; "auto" detects the sheet's own convention; null never caps. */
  capAt: number | "auto" | null;
  /** Negative indicators: PermenPAN-RB 8/2021 (2·target − realisasi)/target, or target/realisasi. */
  negativeFormula: "permenpan" | "inverse";
  /** Per-indicator polarity set by the person, keyed by the indicator text in lower case, single-spaced. */
  polarity: Record<string, Polarity>;
  /** Highest band first. */
  predikatScale: PredikatBand[];
}

export const DEFAULT_PREDIKAT_SCALE: PredikatBand[] = [
  { min: 91, id: "Sangat Tinggi", en: "Very high" },
  { min: 76, id: "Tinggi", en: "High" },
  { min: 66, id: "Sedang", en: "Medium" },
  { min: 51, id: "Rendah", en: "Low" },
  { min: Number.NEGATIVE_INFINITY, id: "Sangat Rendah", en: "Very low" },
];

export const DEFAULT_SETTINGS: Settings = {
  lang: "id",
  capAt: "auto",
  negativeFormula: "permenpan",
  polarity: {},
  predikatScale: DEFAULT_PREDIKAT_SCALE,
};
