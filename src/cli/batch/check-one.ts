/**
 * One workbook of a batch checked as `cermat check FILE` checks it, its failure kept as the batch's
 * data instead of ending the run: the rekap lists an unreadable file with its reason and goes on.
 */
import { cliWords } from "../../i18n/cli";
import type { Lang } from "../../i18n/format";
import { buildCheckReport } from "../../report/check-report";
import type { FileOutcome } from "../../report/rekap";
import { describeFailure } from "../cli-error";
import { checkFile } from "../check-file";
import type { CommandContext } from "../guard";

export async function checkOne(file: string, lang: Lang): Promise<FileOutcome> {
  const words = cliWords(lang);
  const ctx: CommandContext = { words, lang, json: false };
  try {
    const analyses = await checkFile({ file, json: false, lang }, ctx);
    return { file, report: buildCheckReport(file, analyses, lang) };
  } catch (e) {
    const failure = describeFailure(e, words, file);
    if (failure) return { file, failure: { code: failure.code, message: failure.message } };
    // A fault inside Cermat on one file still must not hide the other files' findings.
    const message = e instanceof Error ? e.message : String(e);
    return { file, failure: { code: "INTERNAL", message: words.internalError(`${file}: ${message.split("\n")[0]}`) } };
  }
}
