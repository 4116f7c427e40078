import { checkActiveSheet } from "../../src/commands/check-command";
import { analyzeSheet } from "../../src/engine/analyze";
import { ExcelWorkbook } from "../../src/excel";
import { COLUMNS_SHEET, decodeColumnChoices } from "../../src/port/column-choices";
import { FakeExcel } from "./fake-excel";
import { lombokSheet, SHEET } from "./lombok-sheet";

function setup(rows = 6) {
  const excel = new FakeExcel();
  lombokSheet(excel, rows);
  excel.addSheet("PK 2022");
  const open = () => new ExcelWorkbook({ run: excel.run, isSetSupported: excel.isSetSupported });
  return { excel, open };
}

/** The choices sheet as the next reader (either adapter) would decode it. */
function stored(excel: FakeExcel) {
  const sheet = excel.findSheet(COLUMNS_SHEET);
  if (!sheet) return undefined;
  const rows: Array<Array<string | number | boolean | null>> = [];
  for (const [address, cell] of sheet.cells) {
    const m = /^([A-Z]+)(\d+)$/.exec(address)!;
    (rows[Number(m[2]) - 1] ??= [])[m[1].charCodeAt(0) - 65] = cell.value;
  }
  return decodeColumnChoices(rows);
}

describe("column choices in the live workbook (Office.js)", () => {
  it("are saved in a very hidden sheet in three syncs and read back in two, whatever the sheet size", async () => {
    for (const rows of [6, 600]) {
      const { excel, open } = setup(rows);
      excel.resetStats();
      await open().saveColumnChoices(SHEET, { L: "none", Q: "keterangan" });
      expect(excel.stats.syncs).toBe(3);
      expect(excel.findSheet(COLUMNS_SHEET)?.visibility).toBe("VeryHidden");
      expect(stored(excel)).toEqual({ [SHEET]: { L: "none", Q: "keterangan" } });

      excel.resetStats();
      expect(await open().columnChoices(SHEET)).toEqual({ L: "none", Q: "keterangan" });
      expect(excel.stats.syncs).toBe(2);
    }
  });

  it("keep other sheets' choices, drop the sheet on reset and delete the hidden sheet with the last one", async () => {
    const { excel, open } = setup();
    await open().saveColumnChoices(SHEET, { L: "none" });
    await open().saveColumnChoices("PK 2022", { F: "target_periode" });
    await open().saveColumnChoices(SHEET, { L: "anggaran", E: "target" });
    expect(stored(excel)).toEqual({ [SHEET]: { E: "target", L: "anggaran" }, "PK 2022": { F: "target_periode" } });

    await open().saveColumnChoices(SHEET, {});
    expect(await open().columnChoices(SHEET)).toEqual({});
    expect(await open().columnChoices("PK 2022")).toEqual({ F: "target_periode" });
    await open().saveColumnChoices("PK 2022", {});
    expect(excel.findSheet(COLUMNS_SHEET)).toBeUndefined();
  });

  it("never list the hidden sheet among the person's sheets", async () => {
    const { open } = setup();
    await open().saveColumnChoices(SHEET, { L: "none" });
    expect(await open().sheetNames()).toEqual([SHEET, "PK 2022"]);
  });

  it("are what the check uses: the annual anggaran left unread leaves no budget finding", async () => {
    const { excel, open } = setup();
    // Break one quarterly budget so the budget check has something to say.
    excel.sheet(SHEET).cell("M5")!.value = 1;
    const book = open();
    const grid = await book.readSheet(SHEET);
    expect(analyzeSheet(grid).findings.map((f) => f.code)).toContain("BUDGET_PERIOD_SUM");
    await book.saveColumnChoices(SHEET, { L: "none" });
    const after = analyzeSheet(grid, undefined, await book.columnChoices(SHEET));
    expect(after.findings.map((f) => f.code)).not.toContain("BUDGET_PERIOD_SUM");
    expect(after.tables[0].layout.headers.find((h) => h.col === 11)).toMatchObject({ chosen: true });
  });

  it("are what the ribbon's Periksa uses too", async () => {
    const { excel, open } = setup();
    excel.sheet(SHEET).cell("M5")!.value = 1;
    const before = await checkActiveSheet(open(), "id");
    expect(before.errors).toBeGreaterThan(0);
    await open().saveColumnChoices(SHEET, { L: "none" });
    const after = await checkActiveSheet(open(), "id");
    expect(after.errors).toBeLessThan(before.errors);
  });

  it("say so when the hidden sheet was damaged by hand", async () => {
    const { excel, open } = setup();
    await open().saveColumnChoices(SHEET, { L: "none" });
    excel.sheet(COLUMNS_SHEET).ensure(1, 2).value = "anggaran_kabupaten";
    await expect(open().columnChoices(SHEET)).rejects.toMatchObject({ code: "UNKNOWN", detail: "columns" });
  });
});
