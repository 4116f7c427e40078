/** The pure domain engine: no Office.js, no React, no ExcelJS, no DOM. */
export * from "./model";
export { analyzeSheet, type SheetAnalysis, type TableAnalysis } from "./analyze";
