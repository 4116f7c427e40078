/** The rekap of a reviewer's folder (test/cli/batch-folder.ts), built as `cermat check FOLDER` builds it. */
import { rmSync } from "node:fs";
import { relative } from "node:path";
import { checkOne } from "../../src/cli/batch/check-one";
import { cliWords } from "../../src/i18n/cli";
import type { Lang } from "../../src/i18n/format";
import { buildRekap, type Rekap } from "../../src/report/rekap";
import { reviewFolder } from "../cli/batch-folder";

export async function folderRekap(lang: Lang = "id"): Promise<Rekap> {
  const folder = reviewFolder();
  const outcomes = [];
  try {
    for (const name of [...folder.topLevel, folder.nested]) {
      const outcome = await checkOne(`${folder.dir}/${name}`, lang);
      outcomes.push({ ...outcome, file: relative(folder.dir, outcome.file) });
    }
  } finally {
    rmSync(folder.dir, { recursive: true, force: true });
  }
  return buildRekap(outcomes, (sheet) => cliWords(lang).notRecognized(sheet.reason));
}
