/**
 * A SheetSpec inserted into a person's workbook by patching the package: every other part stays
 * byte for byte, styles.xml only grows, and the sheet reads back as the sheet ExcelJS's own path
 * (`writeSheetSpec` into a fresh workbook) writes.
 */
import ExcelJS from "exceljs";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyzeSheet } from "../../src/engine/analyze";
import { colLetter, DEFAULT_SETTINGS, type SheetSpec } from "../../src/engine/model";
import { rencanaAksiFrame, TEMPLATES, type TemplateId } from "../../src/engine/templates";
import { preparePengukuranWithReport } from "../../src/engine/workflow";
import { insertSheetSpec } from "../../src/xlsx/package/insert-spec-sheet";
import { styleList } from "../../src/xlsx/package/style-lists";
import { readWorkbookParts } from "../../src/xlsx/package/workbook-parts";
import { XlsxPackage } from "../../src/xlsx/package/zip-package";
import { writeSheetSpec } from "../support/exceljs/write-spec";
import { XlsxWorkbook } from "../support/exceljs/xlsx-workbook";
import { libreOfficeAvailable, recalculate } from "../support/libreoffice";

const FIXTURES = join(__dirname, "..", "fixtures");
const WORKBOOKS = ["tapin-bps-rekap.xlsx", "lombok-tengah.xlsx"];
const OPTIONS = { instansi: "Dinas Koperasi dan UKM", tahun: 2025, pemerintah: "Pemerintah Kabupaten Tapin" };
const STYLE_LISTS = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs"];

function open(file: string): XlsxPackage {
  return XlsxPackage.open(readFileSync(join(FIXTURES, file)));
}

/** Inserts the specs one after the other and returns the saved package, opened again. */
function inserted(file: string, specs: SheetSpec[]): XlsxPackage {
  const pkg = open(file);
  let parts = readWorkbookParts(pkg);
  for (const spec of specs) parts = insertSheetSpec(pkg, parts, spec).parts;
  return XlsxPackage.open(pkg.save());
}

async function loaded(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

/** The sheet as ExcelJS's own path writes it: `writeSheetSpec` into a fresh workbook, saved and read back. */
async function viaExcelJS(spec: SheetSpec): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  writeSheetSpec(workbook, spec);
  const back = await loaded(new Uint8Array(await workbook.xlsx.writeBuffer()));
  return back.getWorksheet(spec.name)!;
}

/** What a person sees of a cell, as ExcelJS reads it. */
function lookOf(cell: ExcelJS.Cell) {
  const side = (b: Partial<ExcelJS.Border> | undefined) => (b?.style ? `${b.style} ${b.color?.argb}` : undefined);
  const fill = cell.fill?.type === "pattern" && cell.fill.pattern === "solid" ? cell.fill.fgColor?.argb : undefined;
  const a = cell.alignment ?? {};
  // Unstyled cells take each workbook's default font; a spec cell always has a style (checked below).
  const font = cell.font?.name === "Arial" ? { size: cell.font.size, bold: !!cell.font.bold, italic: !!cell.font.italic } : undefined;
  return {
    value: cell.value,
    numFmt: cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : undefined,
    font,
    fill,
    border: [side(cell.border?.top), side(cell.border?.left), side(cell.border?.bottom), side(cell.border?.right)],
    alignment: { horizontal: a.horizontal, vertical: a.vertical, wrapText: !!a.wrapText, indent: a.indent || undefined },
    validation: cell.dataValidation ? { ...cell.dataValidation } : undefined,
  };
}

function lookOfSheet(sheet: ExcelJS.Worksheet, spec: SheetSpec) {
  const cols = spec.columnWidths.length;
  const cells: Record<string, ReturnType<typeof lookOf>> = {};
  for (let r = 1; r <= sheet.rowCount; r++) for (let c = 1; c <= cols; c++) cells[sheet.getCell(r, c).address] = lookOf(sheet.getCell(r, c));
  const view = sheet.views[0] as ExcelJS.WorksheetViewFrozen | undefined;
  const p = sheet.pageSetup;
  return {
    cells,
    merges: [...sheet.model.merges].sort(),
    // ExcelJS drops a width of exactly 9 (its idea of the default), leaving the column at the
    // workbook's default; the patcher writes the 9 the spec asks for, whatever the workbook's default.
    widths: spec.columnWidths.map((_, c) => sheet.getColumn(c + 1).width ?? 9),
    freeze: view?.state === "frozen" ? { xSplit: view.xSplit ?? 0, ySplit: view.ySplit ?? 0, topLeftCell: view.topLeftCell } : undefined,
    print: { orientation: p.orientation, paperSize: p.paperSize, fitToPage: p.fitToPage, fitToWidth: p.fitToWidth, fitToHeight: p.fitToHeight, printTitlesRow: p.printTitlesRow, margins: p.margins },
  };
}

const SPECS: Record<TemplateId, SheetSpec> = {
  "rencana-aksi": TEMPLATES["rencana-aksi"].build(OPTIONS),
  pengukuran: TEMPLATES.pengukuran.build({ ...OPTIONS, kertas: "A4" }),
  bulanan: TEMPLATES.bulanan.build(OPTIONS),
};

/** A Pengukuran Kinerja prepared from the Lombok Tengah plan, as `cermat prepare` does it. */
async function preparedFromLombok(): Promise<SheetSpec> {
  const workbook = await XlsxWorkbook.fromBuffer(readFileSync(join(FIXTURES, "lombok-tengah.xlsx")));
  const grid = await workbook.readSheet("Renaksi 2022");
  return preparePengukuranWithReport(grid, analyzeSheet(grid, DEFAULT_SETTINGS)).spec;
}

/** The three templates, two under names with spaces and apostrophes, as a person might rename them. */
const INSERTED: SheetSpec[] = [SPECS["rencana-aksi"], { ...SPECS.pengukuran, name: "PK 'revisi' 2025" }, { ...SPECS.bulanan, name: "Bulanan Bu Ani's" }];

/** What ExcelJS's own path gives for `spec`, read back as the patched sheet is read. */
async function expectedLook(spec: SheetSpec) {
  const expected = lookOfSheet(await viaExcelJS(spec), spec);
  if (!spec.name.includes("'")) return expected;
  // ExcelJS writes an apostrophe in a sheet name undoubled ('Bulanan Bu Ani's'!$5:$7, not a valid
  // reference), so its own read-back may miss the print titles; the patcher's names are asserted apart.
  const [top, bottom] = spec.print.repeatRows!;
  return { ...expected, print: { ...expected.print, printTitlesRow: `${top + 1}:${bottom + 1}` } };
}

describe.each(WORKBOOKS)("the three templates inserted one after the other into %s", (file) => {
  const original = open(file);
  const originalParts = readWorkbookParts(original);
  let pkg: XlsxPackage;
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    expect(INSERTED.every((spec) => spec.cells.every((c) => c.style))).toBe(true);
    pkg = inserted(file, INSERTED);
    workbook = await loaded(pkg.save());
  });

  it("adds one worksheet part each; every other part stays byte for byte except the workbook, its rels, the content types and styles.xml", () => {
    const parts = readWorkbookParts(pkg);
    const added = parts.sheets.slice(originalParts.sheets.length);
    expect(added.map((s) => s.name)).toEqual(INSERTED.map((s) => s.name));
    expect(pkg.paths().sort()).toEqual([...original.paths(), ...added.map((s) => s.path!)].sort());
    const patched = new Set(["[Content_Types].xml", parts.workbookPath, "xl/_rels/workbook.xml.rels", parts.stylesPath!]);
    for (const path of original.paths().filter((p) => !patched.has(p))) {
      expect([path, Buffer.from(pkg.bytes(path)!).equals(Buffer.from(original.bytes(path)!))]).toEqual([path, true]);
    }
    // Strings are inline, so the shared strings part (checked above) need not change.
    for (const sheet of added) expect(pkg.text(sheet.path!)).not.toMatch(/t="s"/);
    // The sheet the person was on stays the one Excel opens on, alone (no grouped tabs).
    expect(parts.activeTab).toBe(originalParts.activeTab);
    for (const sheet of added) expect(pkg.text(sheet.path!)).not.toContain("tabSelected");
  });

  it("keeps every styles.xml record at its index and appends each new format once", () => {
    const before = original.text(originalParts.stylesPath!)!;
    const after = pkg.text(originalParts.stylesPath!)!;
    for (const list of STYLE_LISTS) {
      const was = styleList(before, list).records;
      expect([list, styleList(after, list).records.slice(0, was.length)]).toEqual([list, was]);
    }
    const appended = styleList(after, "cellXfs").records.slice(styleList(before, "cellXfs").records.length);
    expect(appended.length).toBeGreaterThan(5);
    expect(new Set(appended).size).toBe(appended.length);
  });

  it("scopes each sheet's print titles to it, quoting its name, and asks for a full recalculation on load", () => {
    const xml = pkg.text(originalParts.workbookPath)!;
    const first = originalParts.sheets.length;
    expect(xml).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="${first}">'Rencana Aksi'!$5:$7</definedName>`);
    expect(xml).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="${first + 1}">'PK ''revisi'' 2025'!$5:$7</definedName>`);
    expect(xml).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="${first + 2}">'Bulanan Bu Ani''s'!$5:$7</definedName>`);
    expect(xml).toMatch(/<calcPr calcId="\d+" fullCalcOnLoad="1"\/>/);
  });

  it.each(INSERTED.map((spec) => [spec.name, spec] as const))("%s reads back as ExcelJS's own path writes it", async (name, spec) => {
    expect(lookOfSheet(workbook.getWorksheet(name)!, spec)).toEqual(await expectedLook(spec));
  });
});

describe("inserting into a workbook", () => {
  it("a prepared Pengukuran Kinerja beside its plan, reading as ExcelJS's path writes it", async () => {
    const spec = await preparedFromLombok();
    const pkg = inserted("lombok-tengah.xlsx", [spec]);
    const workbook = await loaded(pkg.save());
    expect(lookOfSheet(workbook.getWorksheet(spec.name)!, spec)).toEqual(lookOfSheet(await viaExcelJS(spec), spec));
  });

  it("refuses a name the workbook already has, in any case, leaving the package as it was", () => {
    const pkg = open("lombok-tengah.xlsx");
    expect(() => insertSheetSpec(pkg, readWorkbookParts(pkg), { ...SPECS.bulanan, name: "RENAKSI 2022" })).toThrow(/already exists/);
    expect(pkg.changedPaths()).toEqual([]);
  });

  it("creates the defined names and calcPr where a bare workbook part has none", () => {
    const pkg = open("lombok-tengah.xlsx");
    const parts = readWorkbookParts(pkg);
    pkg.setText(parts.workbookPath, pkg.text(parts.workbookPath)!.replace(/<calcPr[^>]*\/>/, ""));
    insertSheetSpec(pkg, parts, SPECS.bulanan);
    expect(pkg.text(parts.workbookPath)).toMatch(/<\/sheets><definedNames><definedName name="_xlnm.Print_Titles" localSheetId="1">[^<]+<\/definedName><\/definedNames><calcPr fullCalcOnLoad="1"\/><\/workbook>/);
  });
});

const run = libreOfficeAvailable() ? describe : describe.skip;

/** The cached results of a sheet's formula cells after LibreOffice recalculated the file. */
async function recalculatedResults(bytes: Uint8Array, file: string, sheetName: string): Promise<Map<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), "cermat-insert-"));
  mkdirSync(dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, bytes);
  const back = await loaded(readFileSync(recalculate(path)));
  const out = new Map<string, unknown>();
  back.getWorksheet(sheetName)!.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.type === ExcelJS.ValueType.Formula) out.set(cell.address, cell.result ?? "");
    }),
  );
  return out;
}

run("LibreOffice opens the patched workbook and recalculates the inserted sheet", () => {
  it("sums typed anggaran up to the program and Jumlah in a Rencana Aksi inserted into the Tapin workbook", async () => {
    const frame = rencanaAksiFrame(OPTIONS);
    const subs = frame.body.filter((b) => b.kind === "subkegiatan");
    const typed = subs.flatMap((b, i) => [1, 2, 3, 4].map((q) => ({ row: b.row, col: frame.at(`anggaran_tw${q}`), value: 1_000_000 * (i + 1) * q })));
    const spec = { ...frame.spec, cells: [...frame.spec.cells, ...typed] };
    const results = await recalculatedResults(inserted("tapin-bps-rekap.xlsx", [spec]).save(), "tapin-ra.xlsx", spec.name);
    const total = typed.reduce((sum, t) => sum + t.value, 0);
    expect(results.get(`${colLetter(frame.at("anggaran"))}${frame.totalRow + 1}`)).toBe(total);
    const firstSub = subs[0].row + 1;
    expect(results.get(`${colLetter(frame.at("anggaran"))}${firstSub}`)).toBe(10_000_000);
  }, 120_000);

  it("computes a prepared Pengukuran Kinerja from its plan as the ExcelJS path's file does", async () => {
    const spec = await preparedFromLombok();
    const patched = await recalculatedResults(inserted("lombok-tengah.xlsx", [spec]).save(), "lombok-patched.xlsx", spec.name);
    const port = await XlsxWorkbook.fromBuffer(readFileSync(join(FIXTURES, "lombok-tengah.xlsx")));
    await port.addSheet(spec);
    const viaPort = await recalculatedResults(new Uint8Array(await port.workbook.xlsx.writeBuffer()), "lombok-exceljs.xlsx", spec.name);
    expect(patched.size).toBeGreaterThan(50);
    expect([...patched.values()].filter((v) => typeof v === "number" && v > 0).length).toBeGreaterThan(10);
    expect(Object.fromEntries(patched)).toEqual(Object.fromEntries(viaPort));
  }, 120_000);
});
