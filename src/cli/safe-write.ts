import { constants } from "node:fs";
import { access, copyFile, realpath, stat } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import type { CliWords } from "../i18n/cli";
import type { OutputFailure } from "../i18n/cli/tool-words";
import { writeFileAtomically, type XlsxFileWorkbook } from "../xlsx/node-file";
import { CliError, OutputError } from "./cli-error";

/** Where a command writes, and the original to copy first when it rewrites the person's file. */
export interface OutputTarget {
  path: string;
  keepCopyOf?: string;
}

/**
 * Refuses an output that is the input itself unless `--in-place` was given (the writer does not
 * keep everything a workbook can hold, so the original must survive); with it, the original is
 * copied before it is replaced.
 */
export async function planOutput(input: string, output: string, inPlace: boolean, words: CliWords): Promise<OutputTarget> {
  if (await sameFile(input, output)) {
    if (!inPlace) throw new CliError("SAME_AS_INPUT", words.output.sameAsInput(output));
    return { path: output, keepCopyOf: input };
  }
  await checkWritable(output);
  return { path: output };
}

/**
 * Fails early, before a long read and check, on an output that cannot be written: its folder
 * missing or read-only, or the output a folder. The write itself still reports what only it
 * can find (a full disk).
 */
export async function checkWritable(output: string): Promise<void> {
  try {
    if ((await stat(output).catch(() => undefined))?.isDirectory()) throw Object.assign(new Error(`EISDIR: ${output}`), { code: "EISDIR" });
    const folder = dirname(resolve(output));
    if (!(await stat(folder)).isDirectory()) throw Object.assign(new Error(`ENOTDIR: ${folder}`), { code: "ENOTDIR" });
    await access(folder, constants.W_OK);
  } catch (e) {
    throw asOutputError(e, output);
  }
}

/**
 * Whether two paths name one file: the same real path (the second may not exist yet: its
 * folder is resolved), or, when both exist, the same device and inode (hard links,
 * case-insensitive disks).
 */
export async function sameFile(a: string, b: string): Promise<boolean> {
  const [sa, sb] = await Promise.all([stat(a).catch(() => undefined), stat(b).catch(() => undefined)]);
  if (sa && sb) return sa.dev === sb.dev && sa.ino === sb.ino;
  return (await realOrResolved(a)) === (await realOrResolved(b));
}

async function realOrResolved(path: string): Promise<string> {
  const full = resolve(path);
  try {
    return await realpath(full);
  } catch {
    const parent = dirname(full);
    return parent === full ? full : join(await realOrResolved(parent), basename(full));
  }
}

/** Writes the copy (if any), then the workbook; disk failures become OutputError. Resolves to the copy's path. */
export async function saveWorkbook(book: XlsxFileWorkbook, target: OutputTarget): Promise<string | undefined> {
  const copy = target.keepCopyOf === undefined ? undefined : await keepCopy(target.keepCopyOf);
  try {
    await book.toFile(target.path);
  } catch (e) {
    throw asOutputError(e, target.path);
  }
  return copy;
}

/** Writes a report file whole or not at all (temporary file, then renamed); disk failures become OutputError. */
export async function writeReport(path: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFileAtomically(path, bytes);
  } catch (e) {
    throw asOutputError(e, path);
  }
}

/** Copies `path` to "NAME (sebelum Cermat).xlsx" beside it, never over an existing copy (then " 2", " 3" …). */
export async function keepCopy(path: string): Promise<string> {
  const ext = extname(path);
  const stem = join(dirname(path), `${basename(path, ext)} (sebelum Cermat)`);
  for (let n = 1; ; n++) {
    const candidate = `${stem}${n === 1 ? "" : ` ${n}`}${ext}`;
    try {
      await copyFile(path, candidate, constants.COPYFILE_EXCL);
      return candidate;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw asOutputError(e, candidate);
    }
  }
}

const REASONS: Record<string, OutputFailure> = {
  ENOENT: "missing-folder",
  ENOTDIR: "not-a-folder",
  EACCES: "read-only",
  EPERM: "read-only",
  EROFS: "read-only",
  EISDIR: "is-directory",
  EBUSY: "busy",
  ETXTBSY: "busy",
  ENOSPC: "disk-full",
  EDQUOT: "disk-full",
  EFBIG: "disk-full",
};

/** A system error from the disk becomes OutputError; anything else (a fault in the writer) is left as it is. */
function asOutputError(e: unknown, path: string): unknown {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== "string" || !/^E[A-Z]+$/.test(code)) return e;
  return new OutputError(path, REASONS[code] ?? "io", e);
}
