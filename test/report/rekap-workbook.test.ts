/**
 * rekap.xlsx as a reviewer opens it: two sheets, every file and finding listed with the counts the
 * rekap holds, links that land on the row they name, filters, frozen header and F4 landscape print
 * setup; and LibreOffice opens it and keeps all of that.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fromA1, type Grid } from "../../src/engine/model";
import type { Rekap } from "../../src/report/rekap";
import { rekapWorkbook } from "../../src/report/rekap-workbook";
import { openXlsx } from "../../src/xlsx/package/open-xlsx";
import { PackageWorkbook } from "../../src/xlsx/package-workbook";
import { libreOfficeAvailable, recalculate } from "../support/libreoffice";
import { folderRekap } from "./rekap-fixture";

const DATE = new Date(2026, 11, 4);

interface Link {
  from: string;
  sheet: string;
  cell: string;
}

/** The internal links of each worksheet, as written in its `<hyperlinks>`. */
function linksOf(bytes: Uint8Array): Map<string, Link[]> {
  const { pkg, parts } = openXlsx(bytes);
  const out = new Map<string, Link[]>();
  for (const sheet of parts.sheets) {
    const xml = pkg.text(sheet.path ?? "") ?? "";
    const links = [...xml.matchAll(/<hyperlink [^>]*ref="([A-Z]+\d+)"[^>]*location="([^"]+)"/g)].map(([, from, location]) => {
      const m = /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(location.replace(/&apos;/g, "'"));
      if (!m) throw new Error(`Not a cell location: ${location}`);
      return { from, sheet: m[1].replace(/''/g, "'"), cell: `${m[2]}${m[3]}` };
    });
    out.set(sheet.name, links);
  }
  return out;
}

function at(grid: Grid, cell: string): unknown {
  const { row, col } = fromA1(cell);
  return grid.rows[row]?.[col]?.value;
}

/** The rows under the header whose first cell is a number (No). */
function dataRows(grid: Grid, header: number): Array<Array<unknown>> {
  return grid.rows.slice(header + 1).filter((r) => typeof r[0]?.value === "number").map((r) => r.map((c) => c?.value));
}

describe("rekap.xlsx", () => {
  let rekap: Rekap;
  let bytes: Uint8Array;
  let rekapGrid: Grid;
  let temuanGrid: Grid;
  beforeAll(async () => {
    rekap = await folderRekap("id");
    bytes = await rekapWorkbook(rekap, "id", DATE);
    const book = await PackageWorkbook.fromBuffer(bytes);
    rekapGrid = await book.readSheet("Rekap");
    temuanGrid = await book.readSheet("Temuan");
  });

  it("has the sheets Rekap and Temuan, with the title, the totals and the day it was made", async () => {
    expect(await (await PackageWorkbook.fromBuffer(bytes)).sheetNames()).toEqual(["Rekap", "Temuan"]);
    expect(at(rekapGrid, "A1")).toBe("Rekap Pemeriksaan Dokumen SAKIP");
    expect(at(rekapGrid, "A2")).toMatch(/^6 file, 5 sheet diperiksa, 2 tidak dapat dibaca, 1 bukan dokumen SAKIP, \d+ kesalahan/);
    expect(at(rekapGrid, "A3")).toBe("Dibuat dengan Cermat, 4 Desember 2026");
  });

  it("lists every file and sheet with its counts per rule code, as the rekap holds them", () => {
    const header = rekapGrid.rows[4].map((c) => c?.value);
    // The file's own columns first (as printed), then one column per rule code.
    expect(header[13]).toBe("Temuan");
    expect(header.slice(14)).toEqual(rekap.codes.map((code) => expect.stringContaining(`(${code})`)));
    expect(header.slice(0, 10)).toEqual(["No", "File", "Sheet", "Perangkat Daerah (kop)", "Tahun", "Jenis dokumen", "Baris dibaca", "Kesalahan", "Peringatan", "Catatan"]);
    const rows = dataRows(rekapGrid, 4);
    expect(rows).toHaveLength(rekap.rows.length);
    rekap.rows.forEach((r, i) => {
      expect(rows[i].slice(1, 3)).toEqual([r.file, r.sheet ?? undefined]);
      if (r.sheet) expect(rows[i].slice(7, 9)).toEqual([r.errors, r.warnings]);
      for (const code of rekap.codes) {
        const col = header.findIndex((h) => typeof h === "string" && h.endsWith(`(${code})`));
        expect(rows[i][col]).toBe(r.sheet ? (r.codes[code] ?? 0) : undefined);
      }
    });
    const status = header.indexOf("Status");
    expect(rows.map((r) => r[status])).toContain("Tidak dapat dibaca");
    expect(rows.map((r) => r[status])).toContain("Siap");
  });

  it("lists every finding on Temuan", () => {
    const rows = dataRows(temuanGrid, 4);
    expect(rows).toHaveLength(rekap.temuan.length);
    rekap.temuan.forEach((t, i) => expect(rows[i].slice(1, 5)).toEqual([t.file, t.sheet, t.cell, t.code]));
  });

  it("links each file's row to its first finding and each finding back to its file's row", () => {
    const links = linksOf(bytes);
    const toTemuan = links.get("Rekap")!;
    expect(toTemuan).toHaveLength(rekap.rows.filter((r) => r.firstFinding !== undefined).length);
    for (const link of toTemuan) {
      expect(link.sheet).toBe("Temuan");
      const row = Number(/\d+/.exec(link.from)![0]);
      // The row the link lands on names the same file and sheet as the row the link is on.
      const target = Number(/\d+/.exec(link.cell)![0]);
      expect([at(temuanGrid, `B${target}`), at(temuanGrid, `C${target}`)]).toEqual([at(rekapGrid, `B${row}`), at(rekapGrid, `C${row}`)]);
    }
    const back = links.get("Temuan")!;
    expect(back).toHaveLength(rekap.temuan.length);
    for (const link of back) {
      expect(link.sheet).toBe("Rekap");
      const row = Number(/\d+/.exec(link.from)![0]);
      const target = Number(/\d+/.exec(link.cell)![0]);
      expect([at(rekapGrid, `B${target}`), at(rekapGrid, `C${target}`)]).toEqual([at(temuanGrid, `B${row}`), at(temuanGrid, `C${row}`)]);
    }
  });

  it("has filter buttons on the header, a frozen header and F4 landscape printing fitted to the width", () => {
    const { pkg, parts } = openXlsx(bytes);
    const workbook = pkg.text(parts.workbookPath) ?? "";
    for (const [i, sheet] of parts.sheets.entries()) {
      const xml = pkg.text(sheet.path ?? "") ?? "";
      const filter = /<autoFilter ref="A5:([A-Z]+)(\d+)"\/>/.exec(xml);
      expect(filter).not.toBeNull();
      expect(workbook).toContain(`<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">'${sheet.name}'!$A$5:$${filter![1]}$${filter![2]}</definedName>`);
      expect(workbook).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">'${sheet.name}'!$5:$5</definedName>`);
      expect(xml).toMatch(/<pane [^>]*ySplit="5"[^>]*state="frozen"\/>/);
      // The counts per rule code stay on screen but off the printed Rekap page: it would shrink past reading.
      if (sheet.name === "Rekap") expect(workbook).toMatch(/<definedName name="_xlnm.Print_Area" localSheetId="0">'Rekap'!\$A\$1:\$N\$\d+<\/definedName>/);
      else expect(workbook).not.toContain(`_xlnm.Print_Area" localSheetId="${i}"`);
      expect(xml).toMatch(/<pageSetup paperSize="14" orientation="landscape" fitToWidth="1" fitToHeight="0"\/>/);
      // The schema's order: autoFilter before hyperlinks, hyperlinks before the page margins.
      expect(xml.indexOf("<autoFilter")).toBeLessThan(xml.indexOf("<hyperlinks>"));
      expect(xml.indexOf("</hyperlinks>")).toBeLessThan(xml.indexOf("<pageMargins"));
    }
  });

  it("opens the checked workbooks from the rekap when it knows where they are: a file name at its sheet, a finding at its cell", async () => {
    const linked = await rekapWorkbook(rekap, "id", DATE, { sourceOf: (file) => `../Renaksi TW II/${file}` });
    const { pkg, parts } = openXlsx(linked);
    const temuan = parts.sheets.find((s) => s.name === "Temuan")!;
    const xml = pkg.text(temuan.path!) ?? "";
    const rels = pkg.text(temuan.path!.replace(/([^/]+)$/, "_rels/$1.rels")) ?? "";
    const targets = new Map([...rels.matchAll(/<Relationship Id="([^"]+)" Type="[^"]+\/hyperlink" Target="([^"]+)" TargetMode="External"\/>/g)].map(([, id, target]) => [id, target]));
    const external = [...xml.matchAll(/<hyperlink ref="D(\d+)" r:id="([^"]+)" location="'([^']+)'!([A-Z]+\d+)"/g)];
    expect(external).toHaveLength(rekap.temuan.length);
    for (const [, row, id, sheet, cell] of external) {
      const t = rekap.temuan[Number(row) - 6];
      expect([targets.get(id), sheet, cell]).toEqual([`../Renaksi%20TW%20II/${t.file.split("/").map(encodeURIComponent).join("/")}`, t.sheet, t.cell]);
    }
    // A file that could not be read has no sheet to open: its name is no link.
    const rekapXml = pkg.text(parts.sheets.find((s) => s.name === "Rekap")!.path!) ?? "";
    expect(rekapXml.match(/<hyperlink ref="B\d+" r:id=/g)).toHaveLength(rekap.rows.filter((r) => r.sheet !== undefined).length);
    const book = await PackageWorkbook.fromBuffer(linked);
    expect(await book.sheetNames()).toEqual(["Rekap", "Temuan"]);
  });

  it("writes the English words with --lang en", async () => {
    const en = await PackageWorkbook.fromBuffer(await rekapWorkbook(await folderRekap("en"), "en", DATE));
    const grid = await en.readSheet("Rekap");
    expect(at(grid, "A1")).toBe("SAKIP documents review summary");
    expect(grid.rows[4].map((c) => c?.value)).toContain("Columns not understood");
  });

  const withLibreOffice = libreOfficeAvailable() ? it : it.skip;
  withLibreOffice("opens in LibreOffice, which keeps both sheets, their rows and their links", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cermat-rekap-"));
    const file = join(dir, "rekap.xlsx");
    writeFileSync(file, bytes);
    let saved: Uint8Array;
    try {
      saved = new Uint8Array(readFileSync(recalculate(file)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const book = await PackageWorkbook.fromBuffer(saved);
    expect(await book.sheetNames()).toEqual(["Rekap", "Temuan"]);
    expect(dataRows(await book.readSheet("Rekap"), 4)).toHaveLength(rekap.rows.length);
    expect(dataRows(await book.readSheet("Temuan"), 4)).toHaveLength(rekap.temuan.length);
    const links = linksOf(saved);
    expect(links.get("Rekap")!.length).toBe(rekap.rows.filter((r) => r.firstFinding !== undefined).length);
    expect(links.get("Temuan")!.length).toBe(rekap.temuan.length);
  });
});
