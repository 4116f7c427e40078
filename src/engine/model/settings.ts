/** What the person can set; everything has a default that follows DOMAIN.md. */

export type Polarity = "positive" | "negative";

/** PermenPAN-RB 8/2021's "kondisi khusus" (2·target − realisasi) ÷ target, or target ÷ realisasi (some e-SAKIP apps). */
export type NegativeFormula = "permenpan" | "inverse";

/**
 * A period's capaian: the period's realisasi ÷ the period's target ("period"), or the realisasi so
 * far (s.d. the period) ÷ the annual target ("to-date"), as some sheets report progress on the year.
 */
export type PeriodCapaianBasis = "period" | "to-date";

/**
 * The annual capaian: per indikator ("indikator": a flow adds its periods' realisasi, a stock or a
 * level takes the last), always the "sum" or the "last" period's realisasi, or the "mean" of the
 * period capaian, as some sheets state it.
 */
export type AnnualCapaianBasis = "indikator" | "sum" | "last" | "mean";

export interface PredikatBand {
  /** Lowest capaian (inclusive) for this band. */
  min: number;
  id: string;
  en: string;
  /**
   * Other words sheets print for the same band ("Sangat Baik" for Sangat Tinggi): a stated predikat
   * is matched on these too, whole and case-insensitive.
   */
  aliases?: string[];
}

/**
 * When EFISIENSI speaks, in percentage points. Reviewers of an LKjIP read efficiency by setting a
 * row's capaian kinerja beside its capaian anggaran (serapan): spending without the performance, or
 * performance reported with hardly any spending, is what they ask about. No regulation gives the
 * thresholds; these are the reviewers' practice made explicit, and a setting.
 */
export interface EfisiensiThresholds {
  /**
   * Serapan above capaian kinerja by this many points or more: the money went, the performance did
   * not come. 20 points is more than a whole band of the default predikat scale (10 to 15 points
   * wide), so a row is named only when its capaian is a band or more below what its spending says.
   */
  gap: number;
  /**
   * Serapan below this (%) beside a capaian kinerja at least `gap` points above it: the spending is
   * likely not recorded yet, or the target was set too low. 50: less than half the budget spent,
   * the year's other half of the money still to account for.
   */
  lowSerapan: number;
}

export interface Settings {
  lang: "id" | "en";
  /** Cap capaian at this percentage; "auto" detects the sheet's own convention; null never caps. */
  capAt: number | "auto" | null;
  /**
   * Negative indicators: PermenPAN-RB 8/2021 (2·target − realisasi)/target, or target/realisasi;
   * "auto" follows what the sheet's stated capaian show (PermenPAN-RB when they do not tell).
   */
  negativeFormula: "auto" | NegativeFormula;
  /** A period's capaian: see {@link PeriodCapaianBasis}; "auto" follows the sheet. */
  periodCapaianBasis: "auto" | PeriodCapaianBasis;
  /** The annual capaian: see {@link AnnualCapaianBasis}; "auto" follows the sheet. */
  annualCapaianBasis: "auto" | AnnualCapaianBasis;
  /** Per-indicator polarity set by the person, keyed by the indicator text in lower case, single-spaced. */
  polarity: Record<string, Polarity>;
  /** Highest band first. */
  predikatScale: PredikatBand[];
  efisiensi: EfisiensiThresholds;
}

export const DEFAULT_PREDIKAT_SCALE: PredikatBand[] = [
  { min: 91, id: "Sangat Tinggi", en: "Very high", aliases: ["Sangat Baik"] },
  { min: 76, id: "Tinggi", en: "High", aliases: ["Baik"] },
  { min: 66, id: "Sedang", en: "Medium", aliases: ["Cukup"] },
  { min: 51, id: "Rendah", en: "Low", aliases: ["Kurang"] },
  { min: Number.NEGATIVE_INFINITY, id: "Sangat Rendah", en: "Very low", aliases: ["Sangat Kurang"] },
];

export const DEFAULT_EFISIENSI: EfisiensiThresholds = { gap: 20, lowSerapan: 50 };

export const DEFAULT_SETTINGS: Settings = {
  lang: "id",
  capAt: "auto",
  negativeFormula: "auto",
  periodCapaianBasis: "auto",
  annualCapaianBasis: "auto",
  polarity: {},
  predikatScale: DEFAULT_PREDIKAT_SCALE,
  efisiensi: DEFAULT_EFISIENSI,
};
