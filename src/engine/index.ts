/** The pure domain engine: no Office.js, no React, no ExcelJS, no DOM. */
export * from "./model";
export { analyzeSheet, type SheetAnalysis, type TableAnalysis } from "./analyze";
export { sheetCoverage, CORE_CHECKS, type SheetCoverage, type TableCoverage, type UnreadColumn, type Verdict } from "./coverage";
