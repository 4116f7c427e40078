/** The pure domain engine: no Office.js, no React, no ExcelJS, no DOM. */
export * from "./model";
export { analyzeSheet, type SheetAnalysis, type TableAnalysis } from "./analyze";
export { crossSheetFindings, documentKindOf, withCrossSheetFindings, type DocumentKind } from "./workbook/cross-sheet";
export { sheetCoverage, CORE_CHECKS, type SheetCoverage, type TableCoverage, type UnreadColumn, type Verdict } from "./coverage";
