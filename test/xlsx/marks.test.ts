import ExcelJS from "exceljs";
import {
  LEDGER_SHEET,
  MARK_COLORS,
  composeMarkNote,
  decodeLedger,
  encodeLedger,
  fillFromOffice,
  fillToOffice,
  type LedgerEntry,
} from "../../src/port/marks-ledger";
import { FILE_ADAPTERS, excelOf, type FileAdapter, type FileBook } from "./adapters";
import { ROWS, SHEET, lombokWorkbook, toBytes } from "./lombok-workbook";

/** Fill, note and value of some cells, to compare before and after. */
async function looks(book: FileBook, addresses: string[]) {
  const ws = (await excelOf(book)).getWorksheet(SHEET)!;
  return addresses.map((a) => {
    const c = ws.getCell(a);
    return { a, fill: c.fill ?? null, note: c.note ?? null, value: c.value, numFmt: c.numFmt ?? null };
  });
}

/** The workbook with a cell the person filled yellow and annotated, and a rich-text note. */
function annotatedBytes(): Promise<Uint8Array> {
  const wb = lombokWorkbook();
  const ws = wb.getWorksheet(SHEET)!;
  ws.getCell("M8").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  ws.getCell("M8").note = "Cek lagi dengan Bidang Perizinan";
  ws.getCell("N9").fill = { type: "pattern", pattern: "lightGrid", fgColor: { theme: 4, tint: 0.4 } as unknown as ExcelJS.Color, bgColor: { argb: "FFFFFFFF" } };
  ws.getCell("N9").note = { texts: [{ text: "Catatan ", font: { bold: true } }, { text: "Bu Ani" }] };
  // Two cells that share one style: marking one must not repaint the other.
  ws.getCell("L9").style = ws.getCell("L8").style;
  return toBytes(wb);
}

const MARKED = ["K8", "M8", "N9", "E7", "F9"];
const WATCHED = [...MARKED, "L8", "L9", "K9"];

describe.each(FILE_ADAPTERS)("marking cells in an .xlsx and clearing the marks ($name)", (adapter: FileAdapter) => {
  /** Saves and reopens, as a person would between marking and clearing. */
  const reopen = async (book: FileBook) => adapter.open(await book.toBuffer());
  const annotatedBook = async () => adapter.open(await annotatedBytes());

  it("restores every original fill and note exactly, after a save between marking and clearing", async () => {
    const book = await annotatedBook();
    const before = await looks(book, WATCHED);

    await book.mark(SHEET, [
      { row: ROWS.izin - 1, col: 10, severity: "error", note: "Jumlah TW I–IV tidak sama dengan anggaran" },
      { row: ROWS.izin - 1, col: 12, severity: "warning", note: "Periksa TW II" },
      { row: ROWS.terbit - 1, col: 13, severity: "info", note: "Info" },
      { row: ROWS.persen - 1, col: 4, severity: "warning", note: "Target persen" },
      { row: ROWS.terbit - 1, col: 5, severity: "error", note: "Target TW I kosong" },
    ]);
    const marked = await reopen(book);
    const ws = (await excelOf(marked)).getWorksheet(SHEET)!;
    expect(ws.getCell("K8").fill).toEqual({ type: "pattern", pattern: "solid", fgColor: { argb: `FF${MARK_COLORS.error}` } });
    expect(ws.getCell("N9").fill).toMatchObject({ fgColor: { argb: `FF${MARK_COLORS.info}` } });
    // The person's own note stays readable above Cermat's message.
    expect(ws.getCell("M8").note).toBe("Cek lagi dengan Bidang Perizinan\n\nCermat: Periksa TW II");
    expect(ws.getCell("L9").fill).toEqual(before.find((l) => l.a === "L9")!.fill);
    expect((await excelOf(marked)).getWorksheet(LEDGER_SHEET)?.state).toBe("veryHidden");
    expect(await marked.sheetNames()).toEqual([SHEET]);

    // Marked again, differently, in a later session: the FIRST original must survive.
    await marked.mark(SHEET, [{ row: ROWS.izin - 1, col: 12, severity: "error", note: "Sekarang salah" }]);
    const again = await reopen(marked);
    expect((await excelOf(again)).getWorksheet(SHEET)!.getCell("M8").fill).toMatchObject({ fgColor: { argb: `FF${MARK_COLORS.error}` } });

    expect(await again.clearMarks(SHEET)).toBe(MARKED.length);
    const cleared = await reopen(again);
    expect(await looks(cleared, WATCHED)).toEqual(before);
    // No ledger left behind once nothing is marked.
    expect((await excelOf(cleared)).getWorksheet(LEDGER_SHEET)).toBeUndefined();
  });

  it("never changes a value or a formula", async () => {
    const book = await annotatedBook();
    const before = await book.readSheet(SHEET);
    await book.mark(SHEET, [
      { row: ROWS.izin - 1, col: 10, severity: "error", note: "x" },
      { row: ROWS.patuh - 1, col: 10, severity: "error", note: "y" },
    ]);
    const after = await (await reopen(book)).readSheet(SHEET);
    expect(after.rows).toEqual(before.rows);
  });

  it("clears one sheet's marks and keeps another's", async () => {
    const wb = lombokWorkbook();
    wb.addWorksheet("PK").getCell("A1").value = "Perjanjian Kinerja";
    const book = await adapter.open(await toBytes(wb));
    await book.mark(SHEET, [{ row: 7, col: 10, severity: "error", note: "a" }]);
    await book.mark("PK", [{ row: 0, col: 0, severity: "info", note: "b" }]);
    const reopened = await reopen(book);
    expect(await reopened.clearMarks(SHEET)).toBe(1);
    expect(await reopened.clearMarks(SHEET)).toBe(0);
    const final = await reopen(reopened);
    expect((await excelOf(final)).getWorksheet("PK")!.getCell("A1").fill).toMatchObject({ fgColor: { argb: `FF${MARK_COLORS.info}` } });
    expect(await final.clearMarks("PK")).toBe(1);
  });

  it("marks an empty cell and clears it back to empty", async () => {
    const book = await adapter.open(await toBytes(lombokWorkbook()));
    await book.mark(SHEET, [{ row: ROWS.persen - 1, col: 5, severity: "warning", note: "Target TW I kosong" }]);
    const marked = await reopen(book);
    expect((await excelOf(marked)).getWorksheet(SHEET)!.getCell("F7").note).toBe("Cermat: Target TW I kosong");
    await marked.clearMarks(SHEET);
    const cleared = await reopen(marked);
    const f7 = (await excelOf(cleared)).getWorksheet(SHEET)!.getCell("F7");
    expect(f7.note).toBeUndefined();
    expect(f7.fill).toBeUndefined();
    expect(f7.value).toBeNull();
  });

  it("refuses to mark a protected sheet, like Excel", async () => {
    const wb = lombokWorkbook();
    await wb.getWorksheet(SHEET)!.protect("rahasia", {});
    const book = await adapter.open(await toBytes(wb));
    await expect(book.mark(SHEET, [{ row: 0, col: 0, severity: "info", note: "x" }])).rejects.toMatchObject({ code: "PROTECTED_SHEET" });
  });

  it("clears marks that Excel (the Office.js adapter) made, from the shared ledger", async () => {
    const wb = lombokWorkbook();
    const ws = wb.getWorksheet(SHEET)!;
    // What src/excel leaves in a file: Cermat's fill and note on the cell, the original in the ledger.
    const entry: LedgerEntry = {
      sheet: SHEET,
      address: "M8",
      severity: "error",
      originalFill: fillFromOffice({ color: "#FFFF00", pattern: "Solid", patternColor: null }),
      originalNote: "Cek lagi",
      cermatNote: "Periksa TW II",
    };
    ws.getCell("M8").fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${MARK_COLORS.error}` } };
    ws.getCell("M8").note = composeMarkNote(entry.originalNote, entry.cermatNote);
    const ledger = wb.addWorksheet(LEDGER_SHEET, { state: "veryHidden" });
    ledger.addRows(encodeLedger([entry]));
    const book = await adapter.open(await toBytes(wb));
    expect(await book.clearMarks(SHEET)).toBe(1);
    const m8 = (await excelOf(await reopen(book))).getWorksheet(SHEET)!.getCell("M8");
    expect(m8.fill).toEqual({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } });
    expect(m8.note).toBe("Cek lagi");
  });

  it("leaves a ledger the Office.js adapter can restore from", async () => {
    const book = await annotatedBook();
    await book.mark(SHEET, [{ row: ROWS.izin - 1, col: 12, severity: "warning", note: "x" }]);
    const ws = (await excelOf(await reopen(book))).getWorksheet(LEDGER_SHEET)!;
    const rows = ws.getSheetValues().slice(1).map((r) => (Array.isArray(r) ? r.slice(1) : [])) as Array<Array<string | boolean | null>>;
    const [m8] = decodeLedger(rows);
    expect(fillToOffice(m8.originalFill)).toEqual({ color: "#FFFF00", pattern: "Solid" });
    expect(m8.originalNote).toBe("Cek lagi dengan Bidang Perizinan");
  });
});
