/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeSheet } from "../../../src/engine/analyze";
import { DEFAULT_SETTINGS, type Grid, type SheetSpec } from "../../../src/engine/model";
import { preparePengukuran } from "../../../src/engine/workflow";
import { PackageWorkbook } from "../../../src/xlsx/package-workbook";
import { CermatPane } from "../../../src/ui/CermatPane";
import { HAND_FILLED } from "../../../src/engine/templates";
import { workbookTools } from "../../../src/ui/workbook-tools";
import { XlsxWorkbook } from "../../support/exceljs/xlsx-workbook";
import { RecordingPort } from "../support/fake-port";

// jsdom has no layout: Fluent's MessageBar watches its own size to reflow.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

async function firstSheet(fixture: string): Promise<Grid> {
  const workbook = await XlsxWorkbook.fromBuffer(readFileSync(join(__dirname, "../../fixtures", fixture)));
  return workbook.readSheet((await workbook.sheetNames())[0]);
}

function renderPane(port: RecordingPort) {
  render(<CermatPane port={port} host={{ kind: "workbench", lang: "id" }} analyze={analyzeSheet} tools={workbookTools(port, analyzeSheet)} initialTab="tools" />);
  return userEvent.setup({ delay: null });
}

/** The tool's result once it is shown (tools read and check the sheet first). */
const result = async () => within(await screen.findByTestId("tool-result"));

describe("the Alat tab explains a sheet a tool cannot work on, and writes nothing", () => {
  it("Isi Capaian on a Rencana Aksi (no realisasi yet) points to Siapkan Pengukuran Kinerja", async () => {
    const port = new RecordingPort(await firstSheet("lombok-tengah.xlsx"));
    const user = renderPane(port);
    await user.click(screen.getByRole("button", { name: "Isi Capaian" }));
    expect(await (await result()).findByText("Isi Capaian: Lembar ini tidak memiliki kolom realisasi atau capaian")).toBeTruthy();
    expect((await result()).getByText(/Tekan Siapkan Pengukuran Kinerja/)).toBeTruthy();
    expect(port.callsOf("writeCells")).toEqual([]);
  });

  it("Isi Capaian on a prepared Pengukuran Kinerja whose realisasi is still empty says so instead of '0 sel diisi'", async () => {
    const plan = await firstSheet("lombok-tengah.xlsx");
    const prepared = await PackageWorkbook.fromBuffer(readFileSync(join(__dirname, "../../fixtures/lombok-tengah.xlsx")));
    const name = await prepared.addSheet(preparePengukuran(plan, analyzeSheet(plan), { settings: DEFAULT_SETTINGS }));
    const port = new RecordingPort(await prepared.readSheet(name));
    const user = renderPane(port);
    await user.click(screen.getByRole("button", { name: "Isi Capaian" }));
    expect(await (await result()).findByText("Isi Capaian: Belum ada realisasi yang diisi")).toBeTruthy();
    expect(port.callsOf("writeCells")).toEqual([]);
  });

  it("Siapkan Pengukuran Kinerja shows the sheet it added", async () => {
    const port = new RecordingPort(await firstSheet("lombok-tengah.xlsx"));
    const outcome = await workbookTools(port, analyzeSheet).preparePengukuran!(DEFAULT_SETTINGS);
    expect(outcome.kind).toBe("sheetAdded");
    const sheet = (outcome as { sheet: string }).sheet;
    expect(port.callsOf("selectCell")).toEqual([[sheet, "A1"]]);
  });

  it("Isi Capaian and Siapkan Pengukuran Kinerja on a sheet that is not a Rencana Aksi say which sheet to choose", async () => {
    const port = new RecordingPort(await firstSheet("not-rencana-aksi.xlsx"));
    const user = renderPane(port);
    await user.click(screen.getByRole("button", { name: "Isi Capaian" }));
    expect(await (await result()).findByText("Isi Capaian: Tabel Pengukuran Kinerja tidak ditemukan di lembar ini")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Siapkan Pengukuran Kinerja" }));
    expect(await (await result()).findByText("Siapkan Pengukuran Kinerja: Tabel Rencana Aksi tidak ditemukan di lembar ini")).toBeTruthy();
    expect(port.callsOf("writeCells")).toEqual([]);
    expect(port.callsOf("addSheet")).toEqual([]);
  });
});

describe("Sisipkan Templat form", () => {
  it("refuses a year that is not four digits before anything is written, and names the field", async () => {
    const port = new RecordingPort(await firstSheet("lombok-tengah.xlsx"));
    const user = renderPane(port);
    const tahun = screen.getByRole("textbox", { name: /Tahun/ });
    await user.clear(tahun);
    await user.type(tahun, "25");
    await user.click(screen.getByRole("button", { name: "Sisipkan" }));
    expect(screen.getByText("Isi tahun dengan empat angka, 2000–2100 (misalnya 2025).")).toBeTruthy();
    expect(tahun.getAttribute("aria-invalid")).toBe("true");
    expect(port.callsOf("addSheet")).toEqual([]);
  });

  it("inserts with the agency left empty: the heading keeps dots to fill in, and the sheet checks clean", async () => {
    const port = new RecordingPort(await firstSheet("lombok-tengah.xlsx"));
    const user = renderPane(port);
    const tahun = screen.getByRole("textbox", { name: /Tahun/ });
    await user.clear(tahun);
    await user.type(tahun, "2027{Enter}");
    expect(await (await result()).findByText(/^Lembar ".+" ditambahkan\.$/)).toBeTruthy();
    const [[spec]] = port.callsOf("addSheet") as [[SheetSpec]];
    const texts = spec.cells.map((c) => c.value).filter((v): v is string => typeof v === "string");
    expect(texts).toContain(HAND_FILLED);
    expect(texts.some((t) => t.endsWith("TAHUN 2027"))).toBe(true);

    const written = new XlsxWorkbook();
    const analysis = analyzeSheet(await written.readSheet(await written.addSheet(spec)));
    expect(analysis.recognized).toBe(true);
    expect(analysis.findings).toEqual([]);
  });
});
