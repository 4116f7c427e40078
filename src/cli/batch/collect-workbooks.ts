/**
 * The workbooks a batch checks: the files named, and the .xlsx/.xlsm files inside the folders named
 * (their subfolders too with `-r`). Excel's lock files (`~$…`) and the run's own outputs are left
 * out; the list is sorted as a person sorts file names, so the rekap's order never depends on the disk.
 */
import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { CliWords } from "../../i18n/cli";
import { CliError } from "../cli-error";

const WORKBOOK = /\.xls[xm]$/i;
const LOCK_FILE = /^~\$/;
const collator = new Intl.Collator("id", { numeric: true, sensitivity: "base" });

export interface CollectOptions {
  recursive: boolean;
  /** Absolute paths never taken (the report files this run writes). */
  skip?: ReadonlySet<string>;
}

/**
 * A path named that does not exist is refused at once (a typo, nothing to check); a file named is
 * always taken, whatever its name, so that a wrong file is listed with its reason rather than dropped.
 */
export function collectWorkbooks(paths: readonly string[], options: CollectOptions, words: CliWords): string[] {
  const found = new Set<string>();
  for (const path of paths) {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) throw new CliError("UNREADABLE_FILE", words.unreadable(path, "missing"));
    if (stat.isDirectory()) walk(path, options, found);
    else if (!options.skip?.has(resolve(path))) found.add(path);
  }
  return [...found].sort(collator.compare);
}

function walk(folder: string, options: CollectOptions, found: Set<string>): void {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (options.recursive) walk(path, options, found);
    } else if (WORKBOOK.test(entry.name) && !LOCK_FILE.test(entry.name) && !options.skip?.has(resolve(path))) {
      found.add(path);
    }
  }
}
