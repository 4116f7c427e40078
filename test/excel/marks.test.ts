import { toA1, type Mark } from "../../src/engine/model";
import { ExcelWorkbook, type Feature } from "../../src/excel";
import { composeMarkNote, decodeLedger, LEDGER_SHEET, MARK_COLORS } from "../../src/port/marks-ledger";
import { FakeExcel, NO_FILL, type FakeSheet } from "./fake-excel";
import { FIRST_DATA_ROW, lombokSheet, SHEET } from "./lombok-sheet";

const L5 = { row: FIRST_DATA_ROW, col: 11 }; // anggaran of the first program
const M5 = { row: FIRST_DATA_ROW, col: 12 };
const N5 = { row: FIRST_DATA_ROW, col: 13 };
const F6 = { row: FIRST_DATA_ROW + 1, col: 5 };

function setup(apiVersion = "1.18") {
  const excel = new FakeExcel();
  excel.apiVersion = apiVersion;
  const sheet = lombokSheet(excel, 6);
  const degraded: Feature[][] = [];
  const open = () => new ExcelWorkbook({ run: excel.run, isSetSupported: excel.isSetSupported, onDegraded: (f) => degraded.push(f) });
  return { excel, sheet, degraded, open };
}

/** Everything a mark may touch, per cell: value, formula, fill, note. */
function look(excel: FakeExcel, sheet: FakeSheet) {
  return [...sheet.cells.entries()].map(([address, c]) => ({
    address,
    value: c.value,
    formula: c.formula,
    fill: c.fill ?? NO_FILL,
    note: excel.noteAt(sheet.name, address),
  }));
}

const marks: Mark[] = [
  { ...L5, severity: "error", note: "Jumlah anggaran TW I–IV (Rp 32.535.393) tidak sama dengan anggaran tahunan." },
  { ...M5, severity: "warning", note: "Periksa anggaran TW I." },
  { ...N5, severity: "info", note: "Dihitung dengan rumus positif." },
  { ...F6, severity: "error", note: "Target TW tidak cocok dengan target tahunan." },
];

describe("marking findings and removing the marks", () => {
  it("fills and annotates without changing a value, then restores fills and notes exactly", async () => {
    const { excel, sheet, open } = setup();
    // The person's own formatting: a solid yellow, a patterned fill, and a note of their own.
    sheet.ensure(M5.row, M5.col).fill = { color: "#FFFF00", pattern: "Solid", patternColor: "#000000" };
    sheet.ensure(N5.row, N5.col).fill = { color: "#DDEBF7", pattern: "Gray25", patternColor: "#FF0000" };
    excel.notes.set(`${SHEET}!L5`, "Sumber: DPA 2022");
    const before = look(excel, sheet);

    await open().mark(SHEET, marks);

    expect(sheet.cell("L5")!.fill).toMatchObject({ color: `#${MARK_COLORS.error}`, pattern: "Solid" });
    expect(sheet.cell("M5")!.fill).toMatchObject({ color: `#${MARK_COLORS.warning}`, pattern: "Solid" });
    expect(excel.noteAt(SHEET, "L5")).toBe(composeMarkNote("Sumber: DPA 2022", marks[0].note));
    expect(excel.noteAt(SHEET, "F6")).toBe(composeMarkNote(null, marks[3].note));
    expect(look(excel, sheet).map(({ address, value, formula }) => ({ address, value, formula }))).toEqual(
      before.map(({ address, value, formula }) => ({ address, value, formula })),
    );
    expect(excel.findSheet(LEDGER_SHEET)?.visibility).toBe("VeryHidden");

    const removed = await open().clearMarks(SHEET);

    expect(removed).toBe(4);
    expect(look(excel, sheet)).toEqual(before);
    expect(excel.findSheet(LEDGER_SHEET)).toBeUndefined();
  });

  it("restores the person's original, not Cermat's first mark, for a cell marked twice", async () => {
    const { excel, sheet, open } = setup();
    sheet.ensure(L5.row, L5.col).fill = { color: "#C6EFCE", pattern: "Solid", patternColor: "#000000" };
    excel.notes.set(`${SHEET}!L5`, "catatan bendahara");
    const before = look(excel, sheet);

    await open().mark(SHEET, [marks[1]].map((m) => ({ ...m, ...L5 })));
    await open().mark(SHEET, [{ ...marks[0] }]);

    expect(sheet.cell("L5")!.fill!.color).toBe(`#${MARK_COLORS.error}`);
    expect(excel.noteAt(SHEET, "L5")).toBe(composeMarkNote("catatan bendahara", marks[0].note));
    const ledger = decodeLedger(excel.sheet(LEDGER_SHEET).cells.size ? readLedger(excel) : []);
    expect(ledger).toHaveLength(1);

    expect(await open().clearMarks(SHEET)).toBe(1);
    expect(look(excel, sheet)).toEqual(before);
  });

  it("clears one sheet's marks and keeps another sheet's, across reopening (a new adapter)", async () => {
    const { excel, sheet, open } = setup();
    const other = lombokSheet(excel, 3, "PK 2022");
    const before = look(excel, sheet);
    await open().mark(SHEET, marks);
    await open().mark("PK 2022", [{ ...L5, severity: "warning", note: "Anggaran kosong." }]);

    expect(await open().clearMarks(SHEET)).toBe(4);
    expect(look(excel, sheet)).toEqual(before);
    expect(other.cell("L5")!.fill!.color).toBe(`#${MARK_COLORS.warning}`);
    expect(decodeLedger(readLedger(excel)).map((e) => `${e.sheet}!${e.address}`)).toEqual(["PK 2022!L5"]);
    expect(await open().clearMarks(SHEET)).toBe(0);
  });

  it("leaves a note the person edited after marking", async () => {
    const { excel, open } = setup();
    await open().mark(SHEET, [marks[0]]);
    excel.notes.set(`${SHEET}!L5`, "sudah diperbaiki, cek lagi");
    await open().clearMarks(SHEET);
    expect(excel.noteAt(SHEET, "L5")).toBe("sudah diperbaiki, cek lagi");
  });

  it.each([
    [5, 5],
    [500, 500],
  ])("takes a constant number of syncs to mark and to clear %i cells", async (count) => {
    const { excel, open } = setup();
    lombokSheet(excel, 600, "Besar");
    const many: Mark[] = Array.from({ length: count }, (_, i) => ({ row: FIRST_DATA_ROW + i, col: 11, severity: "error", note: `baris ${i + 1}` }));
    excel.resetStats();
    await open().mark("Besar", many);
    expect(excel.stats.syncs).toBe(3);
    excel.resetStats();
    expect(await open().clearMarks("Besar")).toBe(count);
    expect(excel.stats.syncs).toBe(4);
  });

  it.each([
    [5, 5],
    [500, 500],
  ])("reads and writes the fills of %i cells in a handful of proxies with ExcelApi 1.9 (RangeAreas), the same number for 5 and 500", async (count) => {
    const { excel, open } = setup();
    const big = lombokSheet(excel, 600, "Besar");
    // Two findings per row in different columns and severities, and a person's fill to restore.
    big.ensure(FIRST_DATA_ROW, 11).fill = { color: "#FFFF00", pattern: "Solid", patternColor: "#000000" };
    const many: Mark[] = Array.from({ length: count }, (_, i) => [
      { row: FIRST_DATA_ROW + i, col: 11, severity: "error" as const, note: `anggaran baris ${i + 1}` },
      { row: FIRST_DATA_ROW + i, col: 5, severity: "warning" as const, note: `target baris ${i + 1}` },
    ]).flat();
    const before = look(excel, big);
    excel.resetStats();
    await open().mark("Besar", many);
    // Protection, ledger and used range aside, fills cost one read per column and one write per colour.
    const marking = { ranges: excel.stats.rangeProxies, areas: excel.stats.rangeAreasProxies };
    expect(marking.areas).toBe(2);
    expect(marking.ranges).toBeLessThanOrEqual(6);
    expect(big.cell(toA1(FIRST_DATA_ROW + count - 1, 11))!.fill!.color).toBe(`#${MARK_COLORS.error}`);
    expect(big.cell(toA1(FIRST_DATA_ROW + count - 1, 5))!.fill!.color).toBe(`#${MARK_COLORS.warning}`);

    excel.resetStats();
    expect(await open().clearMarks("Besar")).toBe(2 * count);
    // Back to no fill everywhere but the yellow cell: two fills, two RangeAreas.
    expect(excel.stats.rangeAreasProxies).toBe(2);
    expect(excel.stats.rangeProxies).toBeLessThanOrEqual(6);
    expect(look(excel, big)).toEqual(before);
  });

  it("without ExcelApi 1.9, reads and writes each cell's fill through one range per cell, not two", async () => {
    const { excel, open } = setup("1.4");
    lombokSheet(excel, 100, "Besar");
    const proxies = async (count: number) => {
      const many: Mark[] = Array.from({ length: count }, (_, i) => ({ row: FIRST_DATA_ROW + i, col: 11, severity: "error", note: "x" }));
      excel.resetStats();
      await open().mark("Besar", many);
      const made = excel.stats.rangeProxies;
      await open().clearMarks("Besar");
      return made;
    };
    expect((await proxies(50)) - (await proxies(5))).toBe(45);
  });

  it("cuts long address lists so Excel accepts them: 3,000 scattered cells marked and restored", async () => {
    const { excel, open } = setup();
    const big = lombokSheet(excel, 6_000, "Besar");
    const scattered: Mark[] = Array.from({ length: 3_000 }, (_, i) => ({ row: FIRST_DATA_ROW + 2 * i, col: 11, severity: "error", note: "x" }));
    const before = look(excel, big);
    excel.resetStats();
    await open().mark("Besar", scattered);
    // The fake refuses lists over 8,000 characters, as Excel does: every list went through.
    expect(excel.stats.rangeAreasProxies).toBeGreaterThan(1);
    expect(scattered.every((m) => big.at(m.row, m.col)!.fill!.color === `#${MARK_COLORS.error}`)).toBe(true);
    expect(big.at(FIRST_DATA_ROW + 1, 11)!.fill).toBeUndefined();
    await open().clearMarks("Besar");
    expect(look(excel, big)).toEqual(before);
  });

  it("falls back to threaded comments without the Notes API, and never touches the person's comment", async () => {
    const { excel, sheet, degraded, open } = setup("1.10");
    excel.addComment(SHEET, "M5", "Mohon dicek, Pak");
    const before = look(excel, sheet);

    await open().mark(SHEET, marks.slice(0, 2));

    expect(degraded).toEqual([["notes"]]);
    expect(excel.comments.map((c) => [c.cell, c.content])).toEqual([
      ["M5", "Mohon dicek, Pak"],
      ["L5", composeMarkNote(null, marks[0].note)],
    ]);
    await open().mark(SHEET, [marks[0]]);
    expect(excel.comments).toHaveLength(2);

    await open().clearMarks(SHEET);
    expect(excel.comments.map((c) => c.content)).toEqual(["Mohon dicek, Pak"]);
    expect(look(excel, sheet)).toEqual(before);
  });

  it("marks with the fill alone when neither notes nor comments exist, and says so", async () => {
    const { excel, sheet, degraded, open } = setup("1.9");
    const before = look(excel, sheet);
    await open().mark(SHEET, marks);
    expect(degraded).toEqual([["notes", "comments"]]);
    expect(excel.notes.size).toBe(0);
    expect(sheet.cell("F6")!.fill!.color).toBe(`#${MARK_COLORS.error}`);
    await open().clearMarks(SHEET);
    expect(look(excel, sheet)).toEqual(before);
  });

  it("without ExcelApi 1.9 (no fill pattern) takes white for no fill and restores a coloured fill", async () => {
    const { excel, sheet, open } = setup("1.4");
    sheet.ensure(M5.row, M5.col).fill = { color: "#FFFF00", pattern: "Solid", patternColor: "#000000" };
    await open().mark(SHEET, marks.slice(0, 2));
    await open().clearMarks(SHEET);
    expect(sheet.cell("L5")!.fill).toBeUndefined();
    expect(sheet.cell("M5")!.fill).toMatchObject({ color: "#FFFF00", pattern: "Solid" });
    expect(excel.findSheet(LEDGER_SHEET)).toBeUndefined();
  });

  it("refuses a protected sheet with PROTECTED_SHEET and changes nothing", async () => {
    const { excel, sheet, open } = setup();
    sheet.protected = true;
    const before = look(excel, sheet);
    await expect(open().mark(SHEET, marks)).rejects.toMatchObject({ name: "WorkbookError", code: "PROTECTED_SHEET" });
    await expect(open().clearMarks(SHEET)).rejects.toMatchObject({ code: "PROTECTED_SHEET" });
    expect(look(excel, sheet)).toEqual(before);
    expect(excel.findSheet(LEDGER_SHEET)).toBeUndefined();
  });

  it("refuses to guess around a damaged ledger (UNREADABLE_FILE), keeping the marks in place", async () => {
    const { excel, sheet, open } = setup();
    await open().mark(SHEET, marks);
    excel.sheet(LEDGER_SHEET).ensure(1, 2).value = "kritis";
    await expect(open().clearMarks(SHEET)).rejects.toMatchObject({ code: "UNREADABLE_FILE" });
    expect(sheet.cell("L5")!.fill!.color).toBe(`#${MARK_COLORS.error}`);
  });
});

function readLedger(excel: FakeExcel) {
  const ledger = excel.sheet(LEDGER_SHEET);
  const rows: Array<Array<string | number | boolean>> = [];
  for (const [address, cell] of ledger.cells) {
    const m = /^([A-Z]+)(\d+)$/.exec(address)!;
    const r = Number(m[2]) - 1;
    const c = m[1].charCodeAt(0) - 65;
    (rows[r] ??= [])[c] = cell.value;
  }
  return Array.from(rows, (r) => Array.from(r ?? [], (v) => v ?? ""));
}
