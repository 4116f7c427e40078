import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";
import { TEMPLATES } from "../../src/engine/templates";
import { PackageWorkbook } from "../../src/xlsx/package-workbook";
import { sheetCells } from "../../src/xlsx/package/sheet-cells";
import { styleList } from "../../src/xlsx/package/style-lists";
import { readWorkbookParts } from "../../src/xlsx/package/workbook-parts";
import { XlsxPackage } from "../../src/xlsx/package/zip-package";
import { findSoffice } from "../support/libreoffice";

/**
 * Saving never loses anything (issue 10): workbooks written by openpyxl and by LibreOffice, with a
 * chart, an image, notes, data validation, conditional formats, sheet- and workbook-scoped names,
 * print setup, hidden sheets, printer settings, customXml and a macro project, go through
 * writeCells, mark, clearMarks and saveColumnChoices; every part not meant to change keeps its
 * bytes, and each changed part differs only where it was meant to.
 */
const PYTHON = "/usr/bin/python3";
const SHEET = "RA 2024";

function missingTools(): string | null {
  const openpyxl = existsSync(PYTHON) && spawnSync(PYTHON, ["-c", "import openpyxl"]).status === 0;
  const soffice = findSoffice() !== null;
  if (openpyxl && soffice) return null;
  const reason = `${openpyxl ? "" : "openpyxl (apt-get install python3-openpyxl) "}${soffice ? "" : "LibreOffice (soffice) "}not found: the package preservation tests are skipped.`;
  if (process.env.CI === "true") throw new Error(`${reason} On CI they are required.`);
  console.warn(reason);
  return reason;
}

const skip = missingTools();
const work = mkdtempSync(join(tmpdir(), "cermat-preserve-"));
const profile = join(work, "profile");
afterAll(() => rmSync(work, { recursive: true, force: true }));

function soffice(args: string[]): void {
  execFileSync(findSoffice()!, [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", ...args], { stdio: "pipe", timeout: 120_000 });
}

/** What the fixtures are built from: openpyxl's file and LibreOffice's save of it. */
function buildSources(): { openpyxl: Uint8Array; libreoffice: Uint8Array } {
  const file = join(work, "rich.xlsx");
  execFileSync(PYTHON, [join(__dirname, "../fixtures/build/rich-workbook.py"), file], { stdio: "pipe" });
  soffice(["--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", join(work, "lo"), file]);
  return { openpyxl: readFileSync(file), libreoffice: readFileSync(join(work, "lo", "rich.xlsx")) };
}

/**
 * openpyxl writes no printer settings, customXml or macro project: they are added as Excel
 * stores them, and the workbook declared macro-enabled (.xlsm).
 */
function withExcelOnlyParts(xlsx: Uint8Array): Uint8Array {
  const files = unzipSync(xlsx);
  const text = (path: string) => new TextDecoder().decode(files[path]);
  const binary = (seed: number) => Uint8Array.from({ length: 512 }, (_, i) => (i * seed + 7) & 0xff);
  files["xl/vbaProject.bin"] = binary(31);
  files["xl/printerSettings/printerSettings1.bin"] = binary(17);
  files["customXml/item1.xml"] = strToU8('<?xml version="1.0" encoding="UTF-8"?><b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/>');
  files["[Content_Types].xml"] = strToU8(
    text("[Content_Types].xml")
      .replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
      .replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings"/><Override PartName="/xl/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'),
  );
  files["xl/_rels/workbook.xml.rels"] = strToU8(
    text("xl/_rels/workbook.xml.rels").replace(
      "</Relationships>",
      '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/><Relationship Id="rIdCx" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/></Relationships>',
    ),
  );
  files["xl/worksheets/_rels/sheet1.xml.rels"] = strToU8(
    text("xl/worksheets/_rels/sheet1.xml.rels").replace("</Relationships>", '<Relationship Id="rIdPs" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/printerSettings" Target="../printerSettings/printerSettings1.bin"/></Relationships>'),
  );
  files["xl/worksheets/sheet1.xml"] = strToU8(text("xl/worksheets/sheet1.xml").replace(/<pageSetup /, '<pageSetup xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rIdPs" '));
  return zipSync(files);
}

/** Paths whose bytes differ between two packages (added and removed ones too). */
function changedParts(before: XlsxPackage, after: XlsxPackage): string[] {
  const paths = new Set([...before.paths(), ...after.paths()]);
  return [...paths].filter((p) => !sameBytes(before.bytes(p), after.bytes(p))).sort();
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  return a !== undefined && b !== undefined && Buffer.from(a).equals(Buffer.from(b));
}

function cellsByRef(xml: string): Map<string, string> {
  return new Map([...sheetCells(xml)].map((c) => [`${c.row}:${c.col}`, c.xml]));
}

function sheetPath(pkg: XlsxPackage, name: string): string {
  return readWorkbookParts(pkg).sheets.find((s) => s.name === name)!.path!;
}

const opened: string[] = [];
/** Keeps a result to open in LibreOffice at the end (one soffice run for all). */
function keep(name: string, bytes: Uint8Array): void {
  const file = join(work, `${name}.xlsx`);
  writeFileSync(file, bytes);
  opened.push(file);
}

const describeTools = skip ? describe.skip : describe;

describeTools("saving through the package layer keeps every part it does not mean to change", () => {
  let sources: Array<[string, Uint8Array]> = [];
  beforeAll(() => {
    const { openpyxl, libreoffice } = buildSources();
    sources = [
      ["openpyxl", openpyxl],
      ["LibreOffice", libreoffice],
      ["xlsm", withExcelOnlyParts(openpyxl)],
    ];
  }, 120_000);

  const each = (name: string, run: (source: string, bytes: Uint8Array) => Promise<void>) =>
    it(name, async () => {
      for (const [source, bytes] of sources) await run(source, bytes);
    });

  each("writeCells changes only the written cells, the styles it appends to and the workbook's calcPr", async (source, bytes) => {
    const book = await PackageWorkbook.fromBuffer(bytes);
    await book.writeCells(SHEET, [
      { row: 1, col: 4, formula: "=D2/C2*100", result: 84.89, format: "0.00" },
      { row: 2, col: 4, value: 97.55 },
      { row: 7, col: 6, value: "Tercapai" },
    ]);
    const out = await book.toBuffer();
    keep(`${source}-written`, out);
    const before = XlsxPackage.open(bytes);
    const after = XlsxPackage.open(out);
    const parts = readWorkbookParts(before);
    const path = sheetPath(before, SHEET);
    // The workbook part changes only when it did not ask for a full recalculation already (openpyxl's does).
    const workbookToo = /<calcPr\b[^>]*fullCalcOnLoad="1"/.test(before.text(parts.workbookPath)!) ? [] : [parts.workbookPath];
    expect([source, changedParts(before, after)]).toEqual([source, [parts.stylesPath!, path, ...workbookToo].sort()]);

    // The sheet: the three cells, and the dimension grown to G8; nothing else.
    const was = cellsByRef(before.text(path)!);
    const is = cellsByRef(after.text(path)!);
    for (const key of new Set([...was.keys(), ...is.keys()])) {
      if (["1:4", "2:4", "7:6"].includes(key)) continue;
      expect([source, key, is.get(key)]).toEqual([source, key, was.get(key)]);
    }
    expect(is.get("1:4")).toMatch(/<f>D2\/C2\*100<\/f><v>84.89<\/v>/);
    expect(is.get("7:6")).toContain("<t>Tercapai</t>");
    const outside = (xml: string) => xml.replace(/<sheetData[\s\S]*<\/sheetData>/, "").replace(/<dimension [^>]*>/, "");
    expect(outside(after.text(path)!)).toBe(outside(before.text(path)!));
    // The workbook part: only calcPr asks for a full recalculation.
    const calc = (xml: string) => xml.replace(/<calcPr\b[^>]*\/>/, "");
    expect(calc(after.text(parts.workbookPath)!)).toBe(calc(before.text(parts.workbookPath)!));
    expect(after.text(parts.workbookPath)).toMatch(/<calcPr\b[^>]*fullCalcOnLoad="1"/);
    // Styles: every record there before keeps its index.
    for (const list of ["numFmts", "fills", "cellXfs", "fonts", "borders"]) {
      const old = styleList(before.text(parts.stylesPath!)!, list).records;
      expect(styleList(after.text(parts.stylesPath!)!, list).records.slice(0, old.length)).toEqual(old);
    }
  });

  each("mark, save, reopen and Hapus tanda give back every part byte for byte", async (source, bytes) => {
    const book = await PackageWorkbook.fromBuffer(bytes);
    await book.mark(SHEET, [
      { row: 1, col: 1, severity: "warning", note: "Satuan kosong" },
      { row: 2, col: 1, severity: "error", note: "Sel berwarna" },
      { row: 3, col: 2, severity: "error", note: "Anggaran tidak sama" },
      { row: 4, col: 3, severity: "info", note: "Periksa" },
      { row: 7, col: 5, severity: "warning", note: "Sel kosong di baris baru" },
    ]);
    await book.mark("PK", [{ row: 1, col: 1, severity: "error", note: "Sheet tanpa catatan" }]);
    const marked = await book.toBuffer();
    keep(`${source}-marked`, marked);
    const markedPkg = XlsxPackage.open(marked);
    const comments = markedPkg.paths().filter((p) => /comment/i.test(p) && p.endsWith(".xml") && !p.includes("_rels"));
    expect(comments.map((p) => markedPkg.text(p)).join("")).toContain("Cermat: Anggaran tidak sama");

    const again = await PackageWorkbook.fromBuffer(marked);
    expect(await again.clearMarks(SHEET)).toBe(5);
    expect(await again.clearMarks("PK")).toBe(1);
    expect([source, changedParts(XlsxPackage.open(bytes), XlsxPackage.open(await again.toBuffer()))]).toEqual([source, []]);
  });

  each("saveColumnChoices adds a very hidden sheet and nothing else; forgetting the choices gives back every part", async (source, bytes) => {
    const book = await PackageWorkbook.fromBuffer(bytes);
    await book.saveColumnChoices(SHEET, { C: "anggaran", F: "none" });
    const before = XlsxPackage.open(bytes);
    const after = XlsxPackage.open(await book.toBuffer());
    const parts = readWorkbookParts(before);
    const added = readWorkbookParts(after).sheets.find((s) => s.name === "_cermat_columns")!;
    expect(added.state).toBe("veryHidden");
    expect(changedParts(before, after)).toEqual(["[Content_Types].xml", parts.workbookPath, `xl/_rels/workbook.xml.rels`, added.path!].sort());
    const withoutAdded = after.text(parts.workbookPath)!.replace(/<sheet [^>]*name="_cermat_columns"[^>]*\/>/, "");
    expect(withoutAdded).toBe(before.text(parts.workbookPath));
    expect(await (await PackageWorkbook.fromBuffer(await book.toBuffer())).columnChoices(SHEET)).toEqual({ C: "anggaran", F: "none" });

    await book.saveColumnChoices(SHEET, {});
    expect([source, changedParts(before, XlsxPackage.open(await book.toBuffer()))]).toEqual([source, []]);
  });

  each("a template inserted (as `template` and `prepare` do) adds its sheet and appends styles; every other part stays", async (source, bytes) => {
    const book = await PackageWorkbook.fromBuffer(bytes);
    const name = await book.addSheet(TEMPLATES.pengukuran.build({ instansi: "Dinas Koperasi", tahun: 2025, pemerintah: "Pemerintah Kabupaten Tapin" }));
    const out = await book.toBuffer();
    keep(`${source}-template`, out);
    const before = XlsxPackage.open(bytes);
    const after = XlsxPackage.open(out);
    const parts = readWorkbookParts(before);
    const added = readWorkbookParts(after).sheets.find((s) => s.name === name)!;
    expect([source, changedParts(before, after)]).toEqual([source, ["[Content_Types].xml", parts.workbookPath, "xl/_rels/workbook.xml.rels", parts.stylesPath!, added.path!].sort()]);
    for (const list of ["numFmts", "fills", "cellXfs", "fonts", "borders"]) {
      const old = styleList(before.text(parts.stylesPath!)!, list).records;
      expect([source, list, styleList(after.text(parts.stylesPath!)!, list).records.slice(0, old.length)]).toEqual([source, list, old]);
    }
    // The workbook part: the new <sheet>, its print titles and the full recalculation; every other name keeps its scope.
    const names = (xml: string) => [...xml.matchAll(/<definedName\b[^>]*>[^<]*<\/definedName>/g)].map((m) => m[0]).filter((n) => !n.includes("_xlnm.Print_Titles"));
    expect(names(after.text(parts.workbookPath)!)).toEqual(names(before.text(parts.workbookPath)!));
  });

  it("keeps the macro project and the macro-enabled content type of an .xlsm", async () => {
    const bytes = sources[2][1];
    const book = await PackageWorkbook.fromBuffer(bytes);
    await book.writeCells(SHEET, [{ row: 2, col: 4, value: 1 }]);
    await book.mark(SHEET, [{ row: 2, col: 4, severity: "error", note: "x" }]);
    const after = XlsxPackage.open(await book.toBuffer());
    const before = XlsxPackage.open(bytes);
    for (const path of ["xl/vbaProject.bin", "xl/printerSettings/printerSettings1.bin", "customXml/item1.xml", "xl/charts/chart1.xml", "xl/media/image1.png", "xl/drawings/drawing1.xml"]) {
      expect([path, sameBytes(before.bytes(path), after.bytes(path))]).toEqual([path, true]);
    }
    expect(after.text("[Content_Types].xml")).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
  });

  it("every result opens in LibreOffice with the written values", () => {
    expect(opened.length).toBeGreaterThan(0);
    const outDir = join(work, "csv");
    soffice(["--convert-to", "csv", "--outdir", outDir, ...opened]);
    for (const file of opened) {
      const csv = join(outDir, file.replace(/^.*\//, "").replace(/\.xlsx$/, ".csv"));
      expect([file, existsSync(csv)]).toEqual([file, true]);
      const text = readFileSync(csv, "utf8");
      expect(text).toContain("Persentase koperasi sehat");
      if (file.endsWith("-written.xlsx")) expect(text).toMatch(/Tercapai/);
    }
  }, 120_000);
});
