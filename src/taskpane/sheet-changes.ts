/**
 * Edits of the workbook, for the pane's automatic re-check. Worksheet change events need
 * ExcelApi 1.9; without it the pane offers only the manual "Periksa ulang".
 */

/** Whether this Excel can tell the pane about edits. */
export function canWatchChanges(): boolean {
  return Office.context.requirements.isSetSupported("ExcelApi", "1.9");
}

/** Subscribes to value changes on any worksheet; returns the unsubscribe function. */
export function subscribeToSheetChanges(listener: (sheet?: string) => void): () => void {
  let handler: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | undefined;
  let unsubscribed = false;
  const added = Excel.run(async (context) => {
    handler = context.workbook.worksheets.onChanged.add(async (event) => listener(await sheetNameOf(event.worksheetId)));
    await context.sync();
  }).catch((error: unknown) => {
    // Without the subscription the pane still works (manual re-check); say so in the console.
    console.error("Cermat: cannot watch sheet changes; automatic re-check is off.", error);
  });
  return () => {
    if (unsubscribed) return;
    unsubscribed = true;
    void added.then(async () => {
      const h = handler;
      if (!h) return;
      await Excel.run(h.context, async (context) => {
        h.remove();
        await context.sync();
      });
    });
  };
}

/** The name of the sheet an event is about (one sync); undefined when it cannot be told. */
async function sheetNameOf(worksheetId: string): Promise<string | undefined> {
  try {
    return await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(worksheetId).load("name");
      await context.sync();
      return sheet.name;
    });
  } catch {
    return undefined;
  }
}
