/** The Office.js adapter: the live workbook behind the WorkbookPort. */
export { ExcelWorkbook, type ExcelWorkbookOptions } from "./excel-workbook";
export type { ContextLike, ExcelRun, RequirementCheck } from "./office-shapes";
export { CORE_API_VERSION, FEATURE_API_VERSION, type Capabilities, type Feature } from "./requirements";
export { LEDGER_SHEET } from "./marks";
