/**
 * The dialog page that shows a command's outcome (summary.html). The message comes in the
 * address; the button tells the function file to close the dialog.
 */
import { COMMAND_MESSAGES, langOf } from "./messages";

Office.onReady(() => {
  const params = new URLSearchParams(window.location.search);
  const lang = langOf(params.get("lang") ?? undefined);
  const words = COMMAND_MESSAGES[lang];
  document.title = params.get("t") ?? words.title;
  const message = document.getElementById("message");
  const close = document.getElementById("close");
  if (message) message.textContent = params.get("m") ?? "";
  if (close) {
    close.textContent = words.close;
    close.addEventListener("click", () => Office.context.ui.messageParent("close"));
  }
});
