/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeSheet } from "../../src/engine/analyze";
import type { Grid } from "../../src/engine/model";
import { CermatPane } from "../../src/ui/CermatPane";
import { XlsxWorkbook } from "../support/exceljs/xlsx-workbook";
import { sheet } from "../support/grid-builder";
import { RecordingPort } from "./support/fake-port";

// jsdom has no layout: Fluent's MessageBar watches its own size to reflow.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

const SHEET = "Renaksi 2022";

async function lombok(): Promise<Grid> {
  const workbook = await XlsxWorkbook.fromBuffer(readFileSync(join(__dirname, "../fixtures/lombok-tengah.xlsx")));
  return workbook.readSheet(SHEET);
}

async function setup(lang: "id" | "en" = "id") {
  const port = new RecordingPort(await lombok());
  const analyze = jest.fn(analyzeSheet);
  const user = userEvent.setup({ delay: null });
  render(<CermatPane port={port} host={{ kind: "workbench", lang }} analyze={analyze} />);
  return { port, analyze, user };
}

const panel = () => within(screen.getByRole("tabpanel"));
/** The error count the summary shows. (Plain selectors: role queries over ~1,800 options are slow in jsdom.) */
const errors = () => Number(screen.getByRole("tabpanel").querySelector('[data-severity="error"]')!.getAttribute("data-count"));
const columnItems = () => [...screen.getByRole("tabpanel").querySelectorAll<HTMLElement>("li[data-column]")];
const resetButton = () => screen.getByRole("tabpanel").querySelector<HTMLButtonElement>('[data-action="reset-columns"]')!;
const columnItem = (letter: string) => columnItems().find((li) => li.getAttribute("data-column") === letter)!;

async function checkThenOpenKolom(user: ReturnType<typeof userEvent.setup>, tab = "Kolom", periksa = "Periksa") {
  await user.click(screen.getByRole("button", { name: periksa }));
  await waitFor(() => expect(document.querySelector('[data-action="check"]')?.textContent).toMatch(/Periksa ulang|Check again/));
  await user.click(screen.getByRole("tab", { name: tab }));
}

describe("the Kolom view on the Lombok Tengah 2022 Rencana Aksi", () => {
  it("asks for a check first", async () => {
    const { user } = await setup();
    await user.click(screen.getByRole("tab", { name: "Kolom" }));
    expect(panel().getByText(/Tekan Periksa dulu/)).toBeTruthy();
  });

  it("lists every header column with its role, header and sample cells; the one Cermat did not understand first", async () => {
    const { user } = await setup();
    await checkThenOpenKolom(user);
    const items = columnItems();
    expect(items.map((li) => li.getAttribute("data-column"))).toEqual(["Q", ..."ABCDEFGHIJKLMNOP".split("")]);
    expect(within(items[0]).getByText("tidak dikenali")).toBeTruthy();
    expect(panel().getByText("1 kolom tidak dikenali: periksa dan pilih perannya.")).toBeTruthy();

    const k = columnItem("K");
    expect(k.textContent).toContain("ANGGARAN / APBD (Rp)");
    expect(k.textContent).toMatch(/Contoh isi: .*\d/);
    const select = within(k).getByRole("combobox", { name: "Peran kolom K (ANGGARAN / APBD (Rp))" }) as HTMLSelectElement;
    expect(select.value).toBe("anggaran");
    expect(select.selectedOptions[0].textContent).toBe("Anggaran (Rp)");
    // Grouped as staff think of them, "Tidak dibaca" first.
    expect([...select.querySelectorAll("optgroup")].map((g) => g.label)).toEqual(["Identitas", "Target", "Realisasi", "Capaian", "Anggaran", "Per periode", "Referensi (tidak diperiksa)"]);
    expect(select.options[0]).toMatchObject({ value: "none", textContent: "Tidak dibaca" });
    expect([...select.querySelectorAll('optgroup[label="Per periode"] option')].map((o) => o.textContent)).toContain("Realisasi anggaran Maret");
  });

  it("a changed role is saved in the workbook and checks again at once: the anggaran unread, the budget errors are gone", async () => {
    const { port, analyze, user } = await setup();
    await checkThenOpenKolom(user);
    expect(errors()).toBe(4);

    await user.selectOptions(within(columnItem("K")).getByRole("combobox"), "none");

    await waitFor(() => expect(errors()).toBe(1));
    expect(port.callsOf("saveColumnChoices")).toEqual([[SHEET, { K: "none" }]]);
    expect(analyze).toHaveBeenLastCalledWith(expect.anything(), expect.anything(), { K: "none" });
    expect(screen.getByRole("tab", { name: "Kolom", selected: true })).toBeTruthy();
    const k = columnItem("K");
    expect(within(k).getByText("pilihan Anda")).toBeTruthy();
    expect((within(k).getByRole("combobox") as HTMLSelectElement).value).toBe("none");

    await user.click(screen.getByRole("tab", { name: "Temuan" }));
    expect(panel().queryByText(/anggaran per periode/i)).toBeNull();
  });

  it("Kembalikan ke pengenalan otomatis drops every choice of the sheet and checks again", async () => {
    const { port, user } = await setup();
    port.savedChoices.set(SHEET, { K: "none", E: "anggaran" });
    await checkThenOpenKolom(user);
    expect(within(columnItem("E")).getByText("pilihan Anda")).toBeTruthy();
    const reset = resetButton();
    expect(reset.textContent).toBe("Kembalikan ke pengenalan otomatis");
    expect(reset.disabled).toBe(false);

    await user.click(reset);

    await waitFor(() => expect(errors()).toBe(4));
    expect(port.savedChoices.get(SHEET)).toEqual({});
    expect(within(columnItem("E")).queryByText("pilihan Anda")).toBeNull();
    expect((within(columnItem("K")).getByRole("combobox") as HTMLSelectElement).value).toBe("anggaran");
    expect(resetButton().disabled).toBe(true);
  });

  it("a second choice made while the first re-check runs is saved and checked right after it", async () => {
    const { port, analyze, user } = await setup();
    await checkThenOpenKolom(user);
    const release = port.holdReads();

    await user.selectOptions(within(columnItem("K")).getByRole("combobox"), "none");
    await user.selectOptions(within(columnItem("Q")).getByRole("combobox"), "keterangan");
    release();

    await waitFor(() => expect(port.callsOf("saveColumnChoices")).toHaveLength(2));
    expect(port.callsOf("saveColumnChoices")).toEqual([
      [SHEET, { K: "none" }],
      [SHEET, { K: "none", Q: "keterangan" }],
    ]);
    await waitFor(() => expect(analyze).toHaveBeenLastCalledWith(expect.anything(), expect.anything(), { K: "none", Q: "keterangan" }));
    await waitFor(() => expect(within(columnItem("Q")).queryByText("pilihan Anda")).toBeTruthy());
    expect(errors()).toBe(1);
  });

  it("a choice that leaves no table to read keeps the columns in view and can be undone from there", async () => {
    const { port, user } = await setup();
    await checkThenOpenKolom(user);
    await user.selectOptions(within(columnItem("C")).getByRole("combobox"), "none");
    await waitFor(() => expect(port.callsOf("saveColumnChoices")).toHaveLength(1));
    await waitFor(() => expect(columnItem("C").getAttribute("data-role")).toBe("none"));
    for (const letter of "JKLMNOP") await user.selectOptions(within(columnItem(letter)).getByRole("combobox"), "none");

    await waitFor(() => expect(panel().getByText(/Tabel di bawah belum dikenali/)).toBeTruthy());
    expect(columnItems()).toHaveLength(17);
    // The last of the re-checks the choices set off may still be marking: wait for it.
    await waitFor(() => expect(columnItem("K").getAttribute("data-role")).toBe("none"));
    await waitFor(() => expect(resetButton().disabled).toBe(false));

    await user.click(resetButton());
    await waitFor(() => expect(columnItems()).toHaveLength(17));
    expect(port.savedChoices.get(SHEET)).toEqual({});
    expect(errors()).toBe(4);
  });

  it("says when the choice could not be saved, and still checks with it", async () => {
    const { port, user } = await setup("en");
    port.failing("saveColumnChoices", "PROTECTED_SHEET", SHEET);
    await checkThenOpenKolom(user, "Columns", "Check");

    await user.selectOptions(within(columnItem("K")).getByRole("combobox", { name: /Role of column K/ }), "none");

    await waitFor(() => expect(errors()).toBe(1));
    expect(panel().getByText(/could not be saved in the workbook/)).toBeTruthy();
  });

  it("offers each role as a named native drop-down in the tab order", async () => {
    const { user } = await setup();
    await checkThenOpenKolom(user);
    for (const item of columnItems()) {
      const select = within(item).getByRole("combobox") as HTMLSelectElement;
      expect(select.tagName).toBe("SELECT");
      expect(select.disabled).toBe(false);
      expect(select.tabIndex).toBe(0);
      expect(select.getAttribute("aria-label")).toMatch(new RegExp(`^Peran kolom ${item.getAttribute("data-column")}`));
    }
  });
});

/**
 * A Perjanjian Kinerja table whose value column is headed "Nilai Sasaran": the header names
 * sasaran, indikator and satuan but no column Cermat can check, so the sheet is not recognised.
 */
const PK_ROWS = [
  ["PERJANJIAN KINERJA TAHUN 2025"],
  ["DINAS KETAHANAN PANGAN KABUPATEN"],
  [],
  ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Nilai Sasaran", "Keterangan"],
  [1, "Meningkatnya ketersediaan pangan", "Skor Pola Pangan Harapan", "Skor", "88,5", null],
  [2, "Meningkatnya keamanan pangan", "Persentase pangan segar aman dikonsumsi", "%", "92", null],
  [3, null, "Jumlah desa mandiri pangan", "Desa", "12", null],
];

describe("the Kolom view on a sheet that was not recognised", () => {
  it("lists the header it read, and one role given by the person makes it a table that is checked", async () => {
    const port = new RecordingPort(sheet(PK_ROWS, { name: SHEET }));
    const analyze = jest.fn(analyzeSheet);
    const user = userEvent.setup({ delay: null });
    render(<CermatPane port={port} host={{ kind: "workbench", lang: "id" }} analyze={analyze} />);
    await checkThenOpenKolom(user);

    expect(panel().getByText(/Tabel di bawah belum dikenali/)).toBeTruthy();
    expect(columnItems().map((li) => li.getAttribute("data-column")).sort()).toEqual(["A", "B", "C", "D", "E", "F"]);
    expect(columnItem("C").getAttribute("data-role")).toBe("indikator");
    expect(columnItem("E").textContent).toMatch(/Contoh isi: 88,5 · 92 · 12/);

    await user.selectOptions(within(columnItem("E")).getByRole("combobox"), "target");
    await waitFor(() => expect(port.savedChoices.get(SHEET)).toEqual({ E: "target" }));
    await waitFor(() => expect(analyze).toHaveBeenLastCalledWith(expect.anything(), expect.anything(), { E: "target" }));
    await waitFor(() => expect(panel().queryByText(/Tabel di bawah belum dikenali/)).toBeNull());
    expect(analyze.mock.results[analyze.mock.results.length - 1].value.recognized).toBe(true);
    expect(columnItem("E").getAttribute("data-role")).toBe("target");
  });
});
