/**
 * Formulas without a cached result, computed by the engine (a tokenizer, a parser and an evaluator
 * for SUM, AVERAGE, ROUND, ROUNDUP, ROUNDDOWN, IF, arithmetic, comparisons and same-sheet
 * references). `analyzeSheet` runs {@link computeFormulas} first, so every caller gets it.
 */
export { computeFormulas } from "./compute";
export { evaluate, isError, type CellSource, type FormulaError, type FormulaValue } from "./evaluate";
export { FormulaUnsupported, parseFormula, SUPPORTED_FUNCTIONS, type Node, type SupportedFunction } from "./parse";
export { FormulaSyntaxError, tokenize, type Token } from "./tokens";
