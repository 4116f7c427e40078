/**
 * Office.js for the task pane in a plain browser: served in place of Microsoft's office.js by the
 * browser tests, it loads a fixture workbook (?fixture=bone.xlsx beside the pages) into the
 * recording fake of Excel (test/excel/fake-excel.ts) and answers Office.onReady as Excel would.
 * So the real taskpane.html, its bundle and the Office.js adapter (src/excel) run in Chromium.
 * Worksheet change events are accepted but never fired: the tests press Periksa ulang themselves.
 */
import { FakeExcel } from "../../excel/fake-excel";
import { PackageWorkbook } from "../../../src/xlsx/package-workbook";

async function loadFixture(excel: FakeExcel, url: string): Promise<void> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`fake office: ${url}: HTTP ${response.status}`);
  const file = await PackageWorkbook.fromBuffer(await response.arrayBuffer());
  for (const name of await file.sheetNames()) {
    const grid = await file.readSheet(name);
    const sheet = excel.addSheet(name);
    grid.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell || (cell.value === null && cell.formula === undefined)) return;
        const fake = sheet.ensure(r, c);
        fake.value = cell.value ?? "";
        if (cell.formula !== undefined) fake.formula = cell.formula;
        if (cell.format !== undefined) fake.numberFormat = cell.format;
        if (cell.text !== undefined) fake.text = cell.text;
        if (cell.bold) fake.bold = true;
      }),
    );
    sheet.merges.push(...grid.merges);
    for (const r of grid.hiddenRows) sheet.hiddenRows.add(r);
    for (const c of grid.hiddenCols) sheet.hiddenCols.add(c);
  }
}

const excel = new FakeExcel();
const fixture = new URLSearchParams(window.location.search).get("fixture") ?? "samples/rencana-aksi-contoh.xlsx";
const loaded = loadFixture(excel, fixture);

const office = {
  HostType: { Excel: "Excel" },
  context: {
    displayLanguage: "id-ID",
    requirements: {
      isSetSupported: excel.isSetSupported,
    },
  },
  onReady(callback?: (info: { host: string; platform: string }) => void) {
    return loaded.then(() => {
      const info = { host: "Excel", platform: "OfficeOnline" };
      callback?.(info);
      return info;
    });
  },
};

type Batch = Parameters<FakeExcel["run"]>[0];

/** Excel.run(batch) and Excel.run(object, batch), with an onChanged that takes handlers and never fires. */
function run(first: unknown, second?: Batch) {
  const batch = (typeof first === "function" ? first : second) as Batch;
  return excel.run((context) => {
    const worksheets = context.workbook.worksheets as unknown as { onChanged?: unknown };
    worksheets.onChanged ??= { add: () => ({ context, remove() {} }) };
    return batch(context);
  });
}

Object.assign(window, { Office: office, Excel: { run }, fakeExcel: excel });
