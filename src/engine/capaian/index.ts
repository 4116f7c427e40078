/**
 * Capaian: what a capaian cell should hold (polarity-aware, ranges, grades, Σ or last realisasi
 * for the year), the sheet's own conventions (a cap at 100% or 120%, the decimals it shows, bare
 * fractions), and how a stated value is compared.
 */
export { annualBases, annualRealisasi, type AnnualRealisasi, type CapaianBasis } from "./annual";
export { CAPS, capOf, DEFAULT_FORMULA_CONVENTIONS, detectConventions, detectFormulaConventions, effectiveSettings, type SheetConventions } from "./conventions";
export { asShare, capaianChecks, comparableUnits, sharesTarget, uncomputedCapaian, type CapaianCandidate, type CapaianCheck, type UncomputedCapaian } from "./expected";
export { childrenByLevel, parentMeanChecks } from "./parent-mean";
export { indicatorPolarities, polarityOf, polarityFromText, polarityFromWords, polarityKey, NEGATIVE_PHRASES, POSITIVE_FRAMING, type IndicatorPolarity, type PolaritySource } from "./polarity";
export { disagreement, WARNING_BELOW, type Disagreement } from "./compare";
export { agreesAtPrecision, looksLikeFraction, shownDecimals, statedPoints, type CapaianStorage } from "./stated";
export { capaianOf, predikatOf, whyNoCapaian, type CapaianMethod, type CapaianValue, type NoCapaianReason } from "./value";
