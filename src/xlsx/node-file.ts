import { readFile, writeFile } from "node:fs/promises";
import { WorkbookError } from "../port/workbook-port";
import { XlsxWorkbook } from "./xlsx-workbook";

/**
 * XlsxWorkbook with files on disk, for node only (the command line and the tests). Kept apart
 * so the browser bundle of XlsxWorkbook never pulls in `fs`.
 */
export class XlsxFileWorkbook extends XlsxWorkbook {
  /** Opens an .xlsx file; a missing or unreadable file rejects with WorkbookError("UNREADABLE_FILE"). */
  static async fromFile(path: string): Promise<XlsxFileWorkbook> {
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch (cause) {
      const code = (cause as NodeJS.ErrnoException).code;
      const reason = code === "ENOENT" ? "missing" : code === "EISDIR" ? "directory" : "io";
      throw new WorkbookError("UNREADABLE_FILE", `Cannot read ${path}: ${(cause as Error).message}`, reason);
    }
    return XlsxFileWorkbook.fromBuffer(bytes);
  }

  /** Saves the workbook as .xlsx. */
  async toFile(path: string): Promise<void> {
    await writeFile(path, await this.toBuffer());
  }
}
