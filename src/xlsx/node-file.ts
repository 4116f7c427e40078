import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { access, readFile, realpath, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { inflateRawSync } from "node:zlib";
import { WorkbookError } from "../port/workbook-port";
import { PackageWorkbook } from "./package-workbook";

/**
 * zlib in native code: a cold start inflates a 10,000-row sheet's 6 MB of XML in a fraction of
 * fflate's time, and the command line always starts cold. Output beyond the stated size is damage.
 */
export function nodeInflateRaw(data: Uint8Array, size: number): Uint8Array {
  // One output chunk of the stated size: zlib's 16 KB chunks would be joined in a copy after.
  const out = inflateRawSync(data, { maxOutputLength: Math.max(size, 1), chunkSize: Math.max(size, 64) });
  // A small result may be a slice of node's shared pool: copied, so no part ever sees other bytes.
  return out.byteOffset === 0 && out.byteLength === out.buffer.byteLength ? new Uint8Array(out.buffer) : new Uint8Array(out);
}

/**
 * The package workbook with files on disk, for node only (the command line and the tests). Kept
 * apart so the browser bundle never pulls in `fs`. A save rewrites only the parts a change touched.
 */
export class XlsxFileWorkbook extends PackageWorkbook {
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
    return XlsxFileWorkbook.fromBuffer(bytes, { inflate: nodeInflateRaw });
  }

  /**
   * Saves the workbook as .xlsx, all or nothing (see writeFileAtomically). Rejects with node's
   * own error (ENOENT, EACCES, EISDIR, ENOSPC …) for the caller to put in words.
   */
  async toFile(path: string): Promise<void> {
    await writeFileAtomically(path, await this.toBuffer());
  }
}

/**
 * Writes a temporary file beside `path` and renames it into place, so a failed or interrupted
 * write never leaves half a workbook where the person's file was; the temporary file is removed
 * on failure. A symbolic link stays a link (its target is replaced); an existing file keeps its
 * permissions, and a read-only one is refused (EACCES) rather than replaced behind its back.
 */
export async function writeFileAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const target = await realpath(path).catch(() => path);
  const existing = await stat(target).catch(() => undefined);
  if (existing?.isDirectory()) throw Object.assign(new Error(`EISDIR: illegal operation on a directory, open '${path}'`), { code: "EISDIR", path });
  if (existing) await access(target, constants.W_OK);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(temp, bytes, { flag: "wx", mode: existing ? existing.mode & 0o777 : 0o666 });
    await rename(temp, target);
  } catch (e) {
    // The write's own error is what the person needs to hear; a leftover temp file is only clutter.
    await rm(temp, { force: true }).catch(() => undefined);
    throw e;
  }
}
