import { rencanaAksiTemplate } from "../../src/engine/templates/rencana-aksi";
import { ExcelWorkbook, type Feature } from "../../src/excel";
import { uniqueSheetName, widthInPoints } from "../../src/excel/add-sheet";
import { FakeExcel } from "./fake-excel";

const spec = rencanaAksiTemplate({ instansi: "Dinas Koperasi dan UKM", tahun: 2025, kertas: "F4" });

function open(excel: FakeExcel, degraded: Feature[][] = []) {
  return new ExcelWorkbook({ run: excel.run, isSetSupported: excel.isSetSupported, onDegraded: (f) => degraded.push(f) });
}

describe("inserting a template sheet", () => {
  it("writes every cell, style, merge, width, drop-down, freeze and print setting", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Sheet1");
    excel.resetStats();
    const name = await open(excel).addSheet(spec);
    const sheet = excel.sheet(name);

    expect(name).toBe(spec.name);
    for (const cell of spec.cells) {
      const got = sheet.at(cell.row, cell.col);
      if (cell.formula) expect(got?.formula).toBe(cell.formula);
      else if (cell.value !== undefined && cell.value !== null && cell.value !== "") expect(got?.value).toBe(cell.value);
      if (cell.format) expect(got?.numberFormat).toBe(cell.format);
      const style = cell.style ? spec.styles[cell.style] : undefined;
      if (style?.bold) expect(got?.bold).toBe(true);
      if (style?.fill) expect(got?.fill?.color).toBe(`#${style.fill}`);
    }
    expect(sheet.merges).toEqual(expect.arrayContaining(spec.merges));
    spec.columnWidths.forEach((w, c) => w > 0 && expect(sheet.columnWidths.get(c)).toBe(widthInPoints(w)));
    expect(sheet.validations).toHaveLength(spec.validations.length);
    expect(sheet.page).toMatchObject({ orientation: "Landscape", paperSize: "Folio" });
    if (spec.print.fitToWidth) expect(sheet.page.zoom).toEqual({ horizontalFitToPages: 1 });
    if (spec.print.repeatRows) expect(sheet.page.printTitleRows).toBe(`$${spec.print.repeatRows[0] + 1}:$${spec.print.repeatRows[1] + 1}`);
    expect(spec.freeze).toEqual({ rows: 7, cols: 0 });
    expect(sheet.freeze).toEqual({ rows: 7 });

    // Batched: far fewer range proxies than cells, and two syncs.
    expect(excel.stats.syncs).toBe(2);
    expect(excel.stats.rangeProxies).toBeLessThan(spec.cells.length / 2);
  });

  it("adds a suffix when the name is taken, case-insensitively", async () => {
    const excel = new FakeExcel();
    excel.addSheet(spec.name.toUpperCase());
    const first = await open(excel).addSheet(spec);
    const second = await open(excel).addSheet(spec);
    expect([first, second]).toEqual([`${spec.name} (2)`, `${spec.name} (3)`]);
  });

  it.each([
    ["Rencana Aksi: TW I/II", [], "Rencana Aksi- TW I-II"],
    ["Pengukuran Kinerja Triwulan IV Tahun 2025", [], "Pengukuran Kinerja Triwulan IV"],
    ["Pengukuran Kinerja Triwulan IV Tahun 2025", ["Pengukuran Kinerja Triwulan IV"], "Pengukuran Kinerja Triwulan (2)"],
    ["", [], "Cermat"],
  ])("makes %j a valid Excel sheet name", (wanted, existing, expected) => {
    const name = uniqueSheetName(wanted, existing);
    expect(name).toBe(expected);
    expect(name.length).toBeLessThanOrEqual(31);
  });

  it("still inserts the sheet on an older Excel, and says what it left out", async () => {
    const excel = new FakeExcel();
    excel.apiVersion = "1.4";
    const degraded: Feature[][] = [];
    const name = await open(excel, degraded).addSheet(spec);
    const sheet = excel.sheet(name);
    expect(sheet.cells.size).toBeGreaterThan(0);
    expect(sheet.validations).toEqual([]);
    expect(sheet.page).toEqual({});
    expect(degraded).toEqual([expect.arrayContaining(["pageLayout", ...(spec.validations.length ? ["dataValidation"] : []), ...(spec.freeze ? ["freezePanes"] : [])])]);
  });
});
