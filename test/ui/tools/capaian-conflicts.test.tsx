/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeSheet } from "../../../src/engine/analyze";
import type { CellWrite, Grid } from "../../../src/engine/model";
import { CermatPane } from "../../../src/ui/CermatPane";
import { workbookTools } from "../../../src/ui/workbook-tools";
import { XlsxWorkbook } from "../../support/exceljs/xlsx-workbook";
import { RecordingPort } from "../support/fake-port";

// jsdom has no layout: Fluent's MessageBar watches its own size to reflow.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

/** The Bone 2020 Pengukuran Kinerja: 41 stated capaian disagree with realisasi / target. */
async function boneGrid(): Promise<Grid> {
  const workbook = await XlsxWorkbook.fromBuffer(readFileSync(join(__dirname, "../../fixtures/bone.xlsx")));
  return workbook.readSheet("PK 2020");
}

/** One card per listed cell. */
async function conflictItems(): Promise<HTMLElement[]> {
  const list = await screen.findByRole("list", { name: /sel sudah berisi nilai lain/ });
  return within(list).getAllByRole("listitem");
}

function renderPane(port: RecordingPort) {
  return render(<CermatPane port={port} host={{ kind: "workbench", lang: "id" }} analyze={analyzeSheet} tools={workbookTools(port, analyzeSheet)} initialTab="tools" />);
}

describe("Isi Capaian lists the cells that already hold something else", () => {
  let grid: Grid;
  beforeAll(async () => {
    grid = await boneGrid();
  });

  it("writes only empty cells at first, then exactly the cells the person chose", async () => {
    const port = new RecordingPort(grid);
    renderPane(port);
    await userEvent.click(screen.getByRole("button", { name: "Isi Capaian" }));
    const rows = await conflictItems();
    expect(rows.length).toBeGreaterThan(1);

    // Nothing typed was touched by the fill itself.
    const listed = rows.map((r) => r.getAttribute("data-cell"));
    const firstWrites = (port.callsOf("writeCells")[0]?.[1] as CellWrite[] | undefined) ?? [];
    const written = new Set(firstWrites.map((w) => `${w.row},${w.col}`));
    for (const r of rows) {
      const cell = r.getAttribute("data-cell")!;
      expect(firstWrites.some((w) => toA1(w.row, w.col) === cell)).toBe(false);
    }
    expect(written.size).toBe(firstWrites.length);

    // Choose the first and the third; leave the rest.
    await userEvent.click(within(rows[0]).getByRole("checkbox"));
    await userEvent.click(within(rows[2]).getByRole("checkbox"));
    const before = port.callsOf("writeCells").length;
    await userEvent.click(screen.getByRole("button", { name: "Terapkan yang dipilih" }));
    await screen.findByText(`2 sel diganti (${listed[0]}, ${listed[2]}). ${rows.length - 2} sel dilewati dan tetap seperti semula.`);
    const applied = port.callsOf("writeCells").slice(before);
    expect(applied).toHaveLength(1);
    expect((applied[0][1] as CellWrite[]).map((w) => toA1(w.row, w.col))).toEqual([listed[0], listed[2]]);
  });

  it("writes nothing more when the person leaves them all", async () => {
    const port = new RecordingPort(grid);
    renderPane(port);
    await userEvent.click(screen.getByRole("button", { name: "Isi Capaian" }));
    await conflictItems();
    const before = port.callsOf("writeCells").length;
    await userEvent.click(screen.getByRole("button", { name: "Lewati semua" }));
    await screen.findByText(/^Tidak ada sel yang diganti\. \d+ sel dilewati/);
    expect(port.callsOf("writeCells").length).toBe(before);
  });

  it("shows what each proposal will give, the formula behind a disclosure, and why the cell differs", async () => {
    const port = new RecordingPort(grid);
    renderPane(port);
    await userEvent.click(screen.getByRole("button", { name: "Isi Capaian" }));
    const items = await conflictItems();
    // Q35: capaian typed 65%; the check says 66,67%; the formula rounds as the sheet does (whole percents): 67%.
    const q35 = items.find((r) => r.getAttribute("data-cell") === "Q35")!;
    expect(within(q35).getByText("65%")).toBeTruthy();
    expect(within(q35).getByText("67%")).toBeTruthy();
    // The formula is there for whoever opens it, not in the way of the numbers.
    const formula = within(q35).getByText(/^=IF\(AND\(ISNUMBER\(O35\)/);
    expect((formula.closest("details") as HTMLDetailsElement).open).toBe(false);
    expect(within(q35).getByText(/seharusnya 66,67%/)).toBeTruthy();
  });

  it("selects a listed cell in the sheet", async () => {
    const port = new RecordingPort(grid);
    renderPane(port);
    await userEvent.click(screen.getByRole("button", { name: "Isi Capaian" }));
    const [first] = await conflictItems();
    await userEvent.click(within(first).getByRole("button"));
    await waitFor(() => expect(port.callsOf("selectCell")).toEqual([["PK 2020", first.getAttribute("data-cell")]]));
  });
});

function toA1(row: number, col: number): string {
  let letters = "";
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return `${letters}${row + 1}`;
}
