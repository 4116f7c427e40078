import type { Lang } from "../i18n";
import { failureMessage } from "./check-command";
import { COMMAND_MESSAGES } from "./messages";

/** What Office hands a function command: it must hear `completed()` once, whatever happens. */
export interface CommandEvent {
  completed(): void;
}

/** Shows a sentence to the person; resolves when they have closed it. */
export type ShowMessage = (message: string) => Promise<void>;

/**
 * Runs a ribbon command: does the work, shows the outcome (or what went wrong and what to do),
 * and always completes the event, also when showing fails (that failure still propagates, so
 * it reaches the console instead of vanishing).
 */
export async function runCommand(event: CommandEvent, work: () => Promise<string>, show: ShowMessage, lang: Lang): Promise<void> {
  let message: string;
  try {
    message = await work();
  } catch (error) {
    message = failureMessage(error, lang);
  }
  try {
    await show(message);
  } finally {
    event.completed();
  }
}

/**
 * Office's dialog API in neutral terms (injected, so tests need no Office): the binding to
 * `Office.context.ui.displayDialogAsync` and its enums lives in commands.ts.
 */
export interface DialogUi {
  open(url: string, done: (result: { dialog: DialogLike } | { error: string }) => void): void;
}

export interface DialogLike {
  close(): void;
  /** The dialog page sent a message (its close button). */
  onMessage(handler: () => void): void;
  /** The person closed the dialog with its window's own close control. */
  onClosed(handler: () => void): void;
}

/** The dialog page's address for a message (same origin as the function file, as Office requires). */
export function summaryUrl(origin: string, message: string, lang: Lang): string {
  const params = new URLSearchParams({ lang, m: message, t: COMMAND_MESSAGES[lang].title });
  return `${origin}/summary.html?${params.toString()}`;
}

/**
 * Function commands have no UI of their own: the outcome is shown in a small Office dialog
 * (works in Excel desktop and on the web; `displayInIframe` keeps it inside the page on the web,
 * where a pop-up could be blocked). Resolves once the dialog is closed, by its button
 * (it sends "close") or by the person.
 */
export function dialogShow(ui: DialogUi, origin: string, lang: Lang): ShowMessage {
  return (message) =>
    new Promise<void>((resolve, reject) => {
      ui.open(summaryUrl(origin, message, lang), (result) => {
        if ("error" in result) {
          reject(new Error(result.error));
          return;
        }
        result.dialog.onMessage(() => {
          result.dialog.close();
          resolve();
        });
        result.dialog.onClosed(resolve);
      });
    });
}
