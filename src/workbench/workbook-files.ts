/**
 * The workbooks a reviewer hands the workbench at once: several files picked, a folder picked
 * (`<input webkitdirectory>`), or files and folders dropped on the page. Only the file system
 * entry types the walk needs are named here, so the tests can hand in fakes.
 */

/** A file with the path the reviewer knows it by (relative to the folder given, or its name). */
export interface PickedFile {
  path: string;
  file: File;
}

/** What `DataTransferItem.webkitGetAsEntry()` returns, as far as the walk reads it. */
export interface EntryLike {
  readonly isFile: boolean;
  readonly isDirectory: boolean;
  readonly name: string;
  /** `/Q1/Dinas A.xlsx`: the path from the root of what was dropped. */
  readonly fullPath: string;
}

export interface FileEntryLike extends EntryLike {
  file(success: (file: File) => void, failure?: (error: unknown) => void): void;
}

export interface DirectoryEntryLike extends EntryLike {
  createReader(): { readEntries(success: (entries: EntryLike[]) => void, failure?: (error: unknown) => void): void };
}

/** .xlsx and .xlsm only; Excel's `~$` lock files (left beside an open workbook) are not workbooks. */
export function isWorkbookName(name: string): boolean {
  const base = name.split("/").pop() ?? name;
  return /\.(xlsx|xlsm)$/i.test(base) && !base.startsWith("~$");
}

const byPath = (a: PickedFile, b: PickedFile) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/**
 * Files from a file input. One file picked directly is kept whatever its name (the single-file
 * view says why it cannot be opened); several files, or any file of a picked folder, are kept
 * only when they are workbooks.
 */
export function pickedFiles(files: ArrayLike<File>): PickedFile[] {
  const all = Array.from(files).map((file) => ({ path: file.webkitRelativePath || file.name, file }));
  if (all.length === 1 && !all[0].file.webkitRelativePath) return all;
  return all.filter((f) => isWorkbookName(f.path)).sort(byPath);
}

/** Every entry of a directory: `readEntries` answers in batches (100 in Chromium) until it answers none. */
async function childrenOf(directory: DirectoryEntryLike): Promise<EntryLike[]> {
  const reader = directory.createReader();
  const children: EntryLike[] = [];
  for (;;) {
    const batch = await new Promise<EntryLike[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return children;
    children.push(...batch);
  }
}

/**
 * The workbooks under what was dropped, walking folders, sorted by path. A single file dropped on
 * its own is kept whatever its name, as when it is picked.
 */
export async function droppedFiles(entries: readonly EntryLike[]): Promise<PickedFile[]> {
  const found: PickedFile[] = [];
  const walk = async (entry: EntryLike): Promise<void> => {
    if (entry.isDirectory) {
      for (const child of await childrenOf(entry as DirectoryEntryLike)) await walk(child);
    } else if (entry.isFile) {
      const file = await new Promise<File>((resolve, reject) => (entry as FileEntryLike).file(resolve, reject));
      found.push({ path: entry.fullPath.replace(/^\//, "") || entry.name, file });
    }
  };
  for (const entry of entries) await walk(entry);
  if (entries.length === 1 && entries[0].isFile) return found;
  return found.filter((f) => isWorkbookName(f.path)).sort(byPath);
}

/**
 * The entries of a drop, taken while the event lasts (the browser empties the DataTransfer after
 * it). Null where the browser gives no entries: the caller falls back to the plain file list.
 */
export function entriesOf(transfer: DataTransfer): EntryLike[] | null {
  const items = Array.from(transfer.items ?? []).filter((item) => item.kind === "file");
  if (items.length === 0 || typeof items[0].webkitGetAsEntry !== "function") return null;
  const entries = items.map((item) => item.webkitGetAsEntry()).filter((entry): entry is FileSystemEntry => entry !== null);
  // A drop made by a script (or an old browser) has files but no entries.
  return entries.length > 0 ? entries : null;
}

/** Two files of the same name (picked from two folders) get `(2)`, `(3)` so each row names one file. */
export function uniquePaths(files: readonly PickedFile[]): PickedFile[] {
  const seen = new Map<string, number>();
  return files.map((f) => {
    const n = (seen.get(f.path) ?? 0) + 1;
    seen.set(f.path, n);
    return n === 1 ? f : { ...f, path: f.path.replace(/(\.[^./]+)?$/, (ext) => ` (${n})${ext}`) };
  });
}
