import { checkActiveSheet, checkMessage, clearActiveSheet, failureMessage, firstToShow } from "../../src/commands/check-command";
import { COMMAND_MESSAGES, langOf } from "../../src/commands/messages";
import { dialogShow, runCommand, summaryUrl, type DialogLike } from "../../src/commands/run-command";
import { cellAt, toA1, type Finding, type Grid } from "../../src/engine/model";
import { ExcelWorkbook } from "../../src/excel";
import { MARK_COLORS } from "../../src/port/marks-ledger";
import { WorkbookError } from "../../src/port/workbook-port";
import { FakeExcel } from "../excel/fake-excel";
import { FIRST_DATA_ROW, lombokSheet, SHEET } from "../excel/lombok-sheet";

function setup() {
  const excel = new FakeExcel();
  const sheet = lombokSheet(excel, 6);
  // TW II of the second program no longer adds up to its anggaran (201.761.056).
  sheet.ensure(FIRST_DATA_ROW + 1, 13).value = 107_799_392;
  return { excel, sheet, workbook: new ExcelWorkbook({ run: excel.run, isSetSupported: excel.isSetSupported }) };
}

/**
 * The engine's layout recognition is still being written; this checker does the one check the
 * fixture needs (anggaran = TW I + … + TW IV, columns L and M–P of the Lombok layout) so the
 * command's own work (read, clear, mark, select, count) is what these tests exercise.
 */
function budgetPeriodCheck(grid: Grid) {
  const findings: Finding[] = [];
  for (let row = FIRST_DATA_ROW; row < grid.rows.length; row++) {
    const annual = cellAt(grid, row, 11)?.value;
    if (typeof annual !== "number" || cellAt(grid, row, 11)?.formula) continue;
    const sum = [12, 13, 14, 15].reduce((n, c) => n + Number(cellAt(grid, row, c)?.value ?? 0), 0);
    if (sum !== annual) {
      findings.push({ code: "BUDGET_PERIOD_SUM", severity: "error", row, col: 11, cell: toA1(row, 11), expected: annual, actual: sum, difference: sum - annual, params: { family: "quarterly" } });
    }
  }
  return { recognized: true, findings };
}

describe("Periksa on the active sheet", () => {
  it("marks the findings, selects the first error and reports the counts", async () => {
    const { excel, sheet, workbook } = setup();
    const counts = await checkActiveSheet(workbook, "id", undefined, budgetPeriodCheck);

    expect(counts.recognized).toBe(true);
    expect(counts.errors).toBeGreaterThan(0);
    expect(excel.selection).toEqual({ sheet: SHEET, address: counts.first });
    expect(sheet.cell(counts.first!)!.fill!.color).toBe(`#${MARK_COLORS.error}`);
    expect(excel.noteAt(SHEET, counts.first!)).toMatch(/^Cermat: /);
    expect(checkMessage(counts, "id")).toContain(`${counts.errors} kesalahan`);
  });

  it("replaces old marks on a re-check, so a fixed cell loses its mark", async () => {
    const { excel, sheet, workbook } = setup();
    const before = await checkActiveSheet(workbook, "id", undefined, budgetPeriodCheck);
    sheet.ensure(FIRST_DATA_ROW + 1, 13).value = 117_799_392; // fixed
    const after = await checkActiveSheet(workbook, "id", undefined, budgetPeriodCheck);
    expect(after.errors).toBeLessThan(before.errors);
    expect(sheet.cell(before.first!)!.fill).toBeUndefined();
    expect(excel.noteAt(SHEET, before.first!)).toBeUndefined();
  });

  it("Hapus tanda removes every mark of the active sheet and says how many", async () => {
    const { excel, workbook } = setup();
    const counts = await checkActiveSheet(workbook, "en", undefined, budgetPeriodCheck);
    const total = counts.errors + counts.warnings + counts.infos;
    const cleared = await clearActiveSheet(workbook);
    expect(cleared.sheet).toBe(SHEET);
    expect(cleared.count).toBeGreaterThan(0);
    expect(cleared.count).toBeLessThanOrEqual(total);
    expect(excel.notes.size).toBe(0);
  });

  it("finds no gap on the Lombok layout with the real engine, and names unread numeric columns instead of calling a sheet clean", async () => {
    const { workbook } = setup();
    // The Lombok layout of the fake, plus a column the vocabulary has no word for.
    const counts = await checkActiveSheet(workbook, "id");
    expect(counts.recognized).toBe(true);
    expect(counts.unreadColumns).toEqual([]);
    const message = checkMessage({ sheet: SHEET, recognized: true, errors: 0, warnings: 0, infos: 0, unreadColumns: ["E", "F"], noCoreCheck: false }, "id");
    expect(message).toBe(
      `Lembar "${SHEET}" sudah diperiksa: tidak ada temuan. Belum dapat dinyatakan siap: kolom E, F berisi angka yang tidak dipahami Cermat. Buka panel Cermat (tab Kolom) untuk menetapkan peran kolom.`,
    );
    expect(checkMessage({ sheet: SHEET, recognized: true, errors: 0, warnings: 0, infos: 0, unreadColumns: [], noCoreCheck: true }, "en")).toContain("no budget, capaian or target check could run");
    expect(checkMessage({ sheet: SHEET, recognized: true, errors: 0, warnings: 0, infos: 0, unreadColumns: [], noCoreCheck: false }, "id")).toBe(`Lembar "${SHEET}" sudah diperiksa: tidak ada temuan.`);
  });

  it("shows the first root-cause error before derived ones and warnings", () => {
    const f = (cell: string, severity: Finding["severity"], derivedFrom?: string[]): Finding => ({ code: "BUDGET_CHILD_SUM", severity, row: 0, col: 0, cell, params: {}, derivedFrom });
    expect(firstToShow([f("A1", "warning"), f("B2", "error", ["C3"]), f("C3", "error")])?.cell).toBe("C3");
    expect(firstToShow([f("A1", "warning"), f("B2", "info")])?.cell).toBe("A1");
    expect(firstToShow([])).toBeUndefined();
  });
});

describe("running a ribbon command", () => {
  const event = () => ({ completed: jest.fn() });

  it("shows the outcome and completes the event", async () => {
    const e = event();
    const show = jest.fn().mockResolvedValue(undefined);
    await runCommand(e, async () => "selesai", show, "id");
    expect(show).toHaveBeenCalledWith("selesai");
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  it("turns a protected sheet into advice, in Indonesian, and still completes", async () => {
    const e = event();
    const show = jest.fn().mockResolvedValue(undefined);
    await runCommand(e, () => Promise.reject(new WorkbookError("PROTECTED_SHEET", "protected", SHEET)), show, "id");
    expect(show).toHaveBeenCalledWith(COMMAND_MESSAGES.id.failed("PROTECTED_SHEET", SHEET));
    expect(show.mock.calls[0][0]).toMatch(/diproteksi/);
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  it("completes the event even when the dialog cannot open, and lets that failure surface", async () => {
    const e = event();
    await expect(runCommand(e, async () => "x", () => Promise.reject(new Error("Office dialog 12007")), "en")).rejects.toThrow("12007");
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  it.each([
    [new WorkbookError("API_NOT_SUPPORTED", "old", "ExcelApi 1.2"), "en", /ExcelApi 1.2/],
    [new TypeError("x is undefined"), "id", /tak terduga: x is undefined/],
  ] as const)("explains %s", (error, lang, expected) => {
    expect(failureMessage(error, lang)).toMatch(expected);
  });

  it("opens the summary dialog on the add-in's origin and resolves when its button closes it", async () => {
    let url = "";
    const handlers: Record<string, () => void> = {};
    const dialog: DialogLike = { close: jest.fn(), onMessage: (h) => (handlers.message = h), onClosed: (h) => (handlers.closed = h) };
    const shown = dialogShow({ open: (u, done) => ((url = u), done({ dialog })) }, "https://localhost:3000", "id")("3 kesalahan");
    handlers.message();
    await shown;
    expect(dialog.close).toHaveBeenCalled();
    expect(url).toBe(summaryUrl("https://localhost:3000", "3 kesalahan", "id"));
    expect(new URL(url).searchParams.get("m")).toBe("3 kesalahan");
    expect(new URL(url).pathname).toBe("/summary.html");
  });

  it("rejects when Office refuses the dialog", async () => {
    await expect(dialogShow({ open: (_u, done) => done({ error: "Office dialog 12007: a dialog is already open" }) }, "https://localhost:3000", "en")("x")).rejects.toThrow("12007");
  });

  it.each([
    ["id-ID", "id"],
    ["en-US", "en"],
    ["en-GB", "en"],
    ["ms-MY", "id"],
    [undefined, "id"],
  ])("speaks %s people's language: %s", (display, lang) => {
    expect(langOf(display)).toBe(lang);
  });
});
