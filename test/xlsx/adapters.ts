import ExcelJS from "exceljs";
import type { WorkbookPort } from "../../src/port/workbook-port";
import { PackageWorkbook } from "../../src/xlsx/package-workbook";
import { readWorkbookParts } from "../../src/xlsx/package/workbook-parts";
import { XlsxPackage } from "../../src/xlsx/package/zip-package";
import { XlsxWorkbook } from "../support/exceljs/xlsx-workbook";

/** A file adapter under test: the port plus its bytes. */
export type FileBook = WorkbookPort & { toBuffer(): Promise<Uint8Array> };

export interface FileAdapter {
  name: string;
  open(bytes: Uint8Array): Promise<FileBook>;
}

/**
 * Both .xlsx adapters: ExcelJS (rewrites the file) and the package patcher (rewrites only the
 * parts a change touches). The behaviour tests run against each, so callers can switch.
 */
export const FILE_ADAPTERS: readonly FileAdapter[] = [
  { name: "ExcelJS", open: (bytes) => XlsxWorkbook.fromBuffer(bytes) },
  { name: "package", open: (bytes) => PackageWorkbook.fromBuffer(bytes) },
];

/**
 * How the tests look at fills, notes and sheet states: the ExcelJS adapter's own workbook in
 * memory, the package adapter's saved file as ExcelJS reads it.
 */
export async function excelOf(book: FileBook): Promise<ExcelJS.Workbook> {
  if (book instanceof XlsxWorkbook) return book.workbook;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await book.toBuffer()) as unknown as ExcelJS.Buffer);
  return workbook;
}

/** Whether the file asks for a full recalculation on open (ExcelJS does not read `calcPr` back, so the package's own part is looked at). */
export async function asksFullCalc(book: FileBook): Promise<boolean> {
  if (book instanceof XlsxWorkbook) return book.workbook.calcProperties.fullCalcOnLoad === true;
  const pkg = XlsxPackage.open(await book.toBuffer());
  return /<(?:\w+:)?calcPr\b[^>]*\sfullCalcOnLoad="(1|true)"/.test(pkg.text(readWorkbookParts(pkg).workbookPath) ?? "");
}
