/**
 * The function file behind the ribbon's function commands (manifest: FunctionFile →
 * commands.html). "Periksa" checks the active sheet and marks the findings; "Hapus tanda"
 * removes the marks. Both tell the outcome in a small dialog (summary.html).
 */
import { ExcelWorkbook } from "../excel";
import type { Lang } from "../i18n";
import { checkActiveSheet, checkMessage, clearActiveSheet } from "./check-command";
import { COMMAND_MESSAGES, langOf } from "./messages";
import { dialogShow, runCommand, type CommandEvent, type DialogUi } from "./run-command";

/** Office's dialog API behind the neutral DialogUi (displayInIframe: on the web, no blocked pop-up). */
const officeDialogs: DialogUi = {
  open(url, done) {
    Office.context.ui.displayDialogAsync(url, { height: 30, width: 35, displayInIframe: true }, (result) => {
      if (result.status === Office.AsyncResultStatus.Failed) {
        done({ error: `Office dialog ${result.error.code}: ${result.error.message}` });
        return;
      }
      const dialog = result.value;
      done({
        dialog: {
          close: () => dialog.close(),
          onMessage: (handler) => dialog.addEventHandler(Office.EventType.DialogMessageReceived, handler),
          onClosed: (handler) => dialog.addEventHandler(Office.EventType.DialogEventReceived, handler),
        },
      });
    });
  },
};

function environment(): { lang: Lang; workbook: ExcelWorkbook; show: ReturnType<typeof dialogShow> } {
  const lang = langOf(Office.context.displayLanguage);
  return { lang, workbook: ExcelWorkbook.fromOffice(), show: dialogShow(officeDialogs, window.location.origin, lang) };
}

/** Ribbon: Periksa. */
export function periksa(event: CommandEvent): Promise<void> {
  const { lang, workbook, show } = environment();
  return runCommand(event, async () => checkMessage(await checkActiveSheet(workbook, lang), lang), show, lang);
}

/** Ribbon: Hapus tanda. */
export function hapusTanda(event: CommandEvent): Promise<void> {
  const { lang, workbook, show } = environment();
  return runCommand(
    event,
    async () => {
      const { sheet, count } = await clearActiveSheet(workbook);
      return COMMAND_MESSAGES[lang].cleared(sheet, count);
    },
    show,
    lang,
  );
}

Office.onReady(() => {
  Office.actions.associate("periksa", periksa);
  Office.actions.associate("hapusTanda", hapusTanda);
});
