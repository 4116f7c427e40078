/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeSheet } from "../../../src/engine/analyze";
import { CermatPane } from "../../../src/ui/CermatPane";
import { workbookTools } from "../../../src/ui/workbook-tools";
import { WorkbenchPort } from "../../../src/workbench/workbench-port";
import { PackageWorkbook } from "../../../src/xlsx/package-workbook";

// jsdom has no layout: Fluent's MessageBar watches its own size to reflow.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

async function pane(lang: "id" | "en" = "id") {
  const book = await PackageWorkbook.fromBuffer(readFileSync(join(__dirname, "../../fixtures/lombok-tengah.xlsx")));
  const port = new WorkbenchPort(book, "Renaksi 2022");
  render(<CermatPane port={port} host={{ kind: "workbench", lang }} analyze={analyzeSheet} tools={workbookTools(port, analyzeSheet)} initialTab="tools" />);
  return { book, port, user: userEvent.setup({ delay: null }) };
}

const result = async () => within(await screen.findByTestId("tool-result"));

describe("Laporan pemeriksaan in the Alat tab", () => {
  it("inserts the report of the sheet, then removes it", async () => {
    const { book, user } = await pane();
    await user.click(screen.getByRole("button", { name: "Sisipkan laporan pemeriksaan" }));
    expect(await (await result()).findByText('Lembar "Laporan Pemeriksaan" ditambahkan.')).toBeTruthy();
    expect(await book.sheetNames()).toEqual(["Renaksi 2022", "Laporan Pemeriksaan"]);
    await user.click(screen.getByRole("button", { name: "Hapus laporan pemeriksaan" }));
    expect(await (await result()).findByText('Lembar "Laporan Pemeriksaan" dihapus.')).toBeTruthy();
    expect(await book.sheetNames()).toEqual(["Renaksi 2022"]);
  });

  it("asks before removing a report someone wrote in; Cancel keeps it, Remove anyway removes it", async () => {
    const { book, port, user } = await pane("en");
    await user.click(screen.getByRole("button", { name: "Insert check report" }));
    await (await result()).findByText('Sheet "Check report" added.');
    const report = await book.readSheet("Check report");
    const header = report.rows.findIndex((r) => r.some((c) => c?.value === "Follow-up"));
    const col = report.rows[header].findIndex((c) => c?.value === "Follow-up");
    await port.writeCells("Check report", [{ row: header + 1, col, value: "Fixed in the revision of 3 December" }]);

    await user.click(screen.getByRole("button", { name: "Remove check report" }));
    expect(await (await result()).findByText(/Someone wrote in "Check report" after it was inserted/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(screen.queryByText(/Someone wrote in/)).toBeNull();
    expect(await book.sheetNames()).toContain("Check report");

    await user.click(screen.getByRole("button", { name: "Remove check report" }));
    await user.click(await screen.findByRole("button", { name: "Remove anyway" }));
    expect(await (await result()).findByText('Sheet "Check report" removed.')).toBeTruthy();
    expect(await book.sheetNames()).toEqual(["Renaksi 2022"]);
  });

  it("says there is nothing to remove when no report was inserted", async () => {
    const { user } = await pane();
    await user.click(screen.getByRole("button", { name: "Hapus laporan pemeriksaan" }));
    expect(await (await result()).findByText(/Belum ada laporan pemeriksaan di buku kerja ini/)).toBeTruthy();
  });
});
