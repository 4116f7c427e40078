/** @jest-environment jsdom */
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { SheetAnalysis } from "../../src/engine/analyze";
import { renderFinding } from "../../src/i18n";
import { WorkbookError } from "../../src/port/workbook-port";
import { CermatPane, type CermatPaneProps } from "../../src/ui/CermatPane";
import type { HostDescription } from "../../src/ui/host";
import { BUDGET_FINDINGS, KEGIATAN, OWN_CHILD_SUM, ROOT, SHEET, TOTAL, grid, notRecognized, recognized } from "./support/analyses";
import { RecordingPort } from "./support/fake-port";

// jsdom has no layout: Fluent's MessageBar watches its own size to reflow. Nothing to observe here.
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= NoLayoutResizeObserver;

const browser: HostDescription = { kind: "workbench" };

const text = (el: Element | null) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();
/** The visible tab panel; the live region repeats some of its words for screen readers. */
const panel = () => within(screen.getByRole("tabpanel"));
const live = () => text(screen.getByTestId("live"));
const button = (name: string | RegExp) => screen.getByRole("button", { name }) as HTMLButtonElement;
/** Visible as far as jsdom can tell: neither it nor an ancestor is `hidden`. */
const shown = (el: Element | null) => !!el && !el.closest("[hidden]");

function setup(analysis: SheetAnalysis | (() => SheetAnalysis), props: Partial<CermatPaneProps> = {}) {
  const port = props.port instanceof RecordingPort ? props.port : new RecordingPort(grid(typeof analysis === "function" ? SHEET : analysis.sheet));
  const analyze = jest.fn(typeof analysis === "function" ? analysis : () => analysis);
  const user = userEvent.setup({ delay: null });
  render(<CermatPane host={browser} analyze={analyze} {...props} port={port} />);
  return { port, analyze, user };
}

async function periksa(user: ReturnType<typeof userEvent.setup>, label = "Periksa") {
  await user.click(screen.getByRole("button", { name: label }));
}

describe("CermatPane", () => {
  it("is idle at first: Periksa, a hint, nothing read yet", () => {
    const { port } = setup(recognized(BUDGET_FINDINGS));
    expect(button("Periksa").disabled).toBe(false);
    expect(button("Hapus tanda").disabled).toBe(true);
    expect(panel().getByText(/lalu tekan Periksa/)).toBeTruthy();
    expect(port.calls).toEqual([]);
  });

  it("says it is checking while the sheet is read", async () => {
    const port = new RecordingPort(grid());
    const release = port.holdReads();
    const { user } = setup(recognized(BUDGET_FINDINGS), { port });
    await periksa(user);
    expect(live()).toBe("Memeriksa lembar…");
    expect(button("Periksa").disabled).toBe(true);
    await act(async () => release());
    expect(await panel().findByText("Lembar: Renaksi 2024")).toBeTruthy();
  });

  it("shows the counts per severity, announces them, and marks every finding after a check", async () => {
    const { port, analyze, user } = setup(recognized(BUDGET_FINDINGS));
    await periksa(user);
    const summary = await screen.findByRole("list", { name: "Ringkasan temuan" });
    expect(within(summary).getByText("5 kesalahan")).toBeTruthy();
    expect(within(summary).getByText("2 peringatan")).toBeTruthy();
    expect(within(summary).getByText("1 catatan")).toBeTruthy();
    expect(live()).toBe("Pemeriksaan lembar Renaksi 2024 selesai: 5 kesalahan, 2 peringatan, 1 catatan.");
    // The third argument: the column choices saved for the sheet (none here).
    expect(analyze).toHaveBeenCalledWith(grid(), expect.objectContaining({ lang: "id", capAt: "auto" }), {});
    expect(port.callsOf("clearMarks")).toEqual([[SHEET]]);
    const [[sheet, marks]] = port.callsOf("mark") as [[string, { row: number; col: number; severity: string; note: string }[]]];
    expect(sheet).toBe(SHEET);
    expect(marks).toHaveLength(BUDGET_FINDINGS.length);
    expect(marks).toContainEqual({ row: 17, col: 12, severity: "error", note: renderFinding(ROOT, "id") });
  });

  it("groups findings by rule, root cause first, with its derived findings folded under it", async () => {
    const { user } = setup(recognized(BUDGET_FINDINGS));
    await periksa(user);
    const findings = await screen.findByRole("list", { name: "Temuan per aturan" });
    const headings = within(findings).getAllByRole("heading").map((h) => h.textContent);
    expect(headings).toEqual([
      "1Anggaran per periode tidak sama dengan anggaran tahunan",
      "1Anggaran induk tidak sama dengan jumlah rinciannya",
      "1Satuan belum diisi",
      "1Angka tidak dapat dibaca",
      "1Penanggung jawab belum diisi",
    ]);
    // The badge counts the cells to fix, as the summary does: the three folded findings are not counted again.
    const first = within(findings).getAllByRole("heading")[0];
    expect([...first.querySelectorAll("[data-badge]")].map((b) => [b.getAttribute("data-badge"), b.getAttribute("aria-label")])).toEqual([["error", "1 kesalahan"]]);

    const root = screen.getByRole("button", { name: new RegExp(`Sel ${ROOT.cell}$`) });
    expect(text(root)).toContain(renderFinding(ROOT, "id"));
    const toggle = screen.getByRole("button", { name: "Tampilkan 3 temuan akibat sel ini" });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    const derivedList = document.getElementById(toggle.getAttribute("aria-controls") ?? "");
    expect(shown(derivedList)).toBe(false);
    expect(derivedList?.querySelectorAll("button[data-cell]")).toHaveLength(3);

    await user.click(toggle);
    expect(button("Sembunyikan 3 temuan akibat sel ini").getAttribute("aria-expanded")).toBe("true");
    expect(shown(derivedList)).toBe(true);
    const derivedCells = [...(derivedList?.querySelectorAll("button[data-cell]") ?? [])].map((b) => b.getAttribute("data-cell"));
    expect(derivedCells).toEqual(["M14", KEGIATAN.cell, TOTAL.cell]);
    expect(text(within(derivedList as HTMLElement).getByRole("button", { name: /Sel M16/ }))).toContain("Akibat sel M18");
    // The independent child-sum error is not folded anywhere.
    expect(shown(button(new RegExp(`Sel ${OWN_CHILD_SUM.cell}$`)))).toBe(true);
  });

  it("selects the finding's cell in the workbook when the person clicks it", async () => {
    const { port, user } = setup(recognized(BUDGET_FINDINGS));
    await periksa(user);
    const cellButton = await screen.findByRole("button", { name: /Sel M18$/ });
    await user.click(cellButton);
    expect(port.callsOf("selectCell")).toEqual([[SHEET, "M18"]]);
    expect(cellButton.getAttribute("aria-current")).toBe("true");
    // Keyboard: a finding is a real button, so Enter and Space on the focused finding select it.
    // (Moving focus with Tab is Fluent's tabster, which needs a real browser: the e2e test covers it.)
    act(() => button(new RegExp(`Sel ${OWN_CHILD_SUM.cell}$`)).focus());
    await user.keyboard("{Enter}");
    act(() => button(/Sel K30$/).focus());
    await user.keyboard(" ");
    expect(port.callsOf("selectCell")).toEqual([
      [SHEET, "M18"],
      [SHEET, OWN_CHILD_SUM.cell],
      [SHEET, "K30"],
    ]);
  });

  it("removes the marks it made and says how many", async () => {
    const { port, user } = setup(recognized(BUDGET_FINDINGS));
    await periksa(user);
    // Marking is a task after the findings came: the button is enabled once the marks are there.
    await waitFor(() => expect(button("Hapus tanda").disabled).toBe(false));
    await user.click(button("Hapus tanda"));
    expect(port.callsOf("clearMarks")).toEqual([[SHEET], [SHEET]]);
    expect(await panel().findByText(`${BUDGET_FINDINGS.length} tanda dihapus; warna dan catatan asli dikembalikan.`)).toBeTruthy();
    expect(port.marksOnSheet).toBe(0);
  });

  it("offers Periksa ulang after a check and checks again", async () => {
    let round = 0;
    const { port, user } = setup(() => (round++ === 0 ? recognized(BUDGET_FINDINGS) : recognized([])));
    await periksa(user);
    await panel().findByText("Lembar: Renaksi 2024");
    await periksa(user, "Periksa ulang");
    expect(await panel().findByText("Tidak ada temuan di lembar Renaksi 2024. Lembar siap dikirim.")).toBeTruthy();
    expect(port.callsOf("readSheet")).toHaveLength(2);
    expect(port.callsOf("mark")).toHaveLength(1);
  });

  it.each([
    ["NO_HEADER" as const, [], /Tidak ada baris judul kolom yang dikenali/],
    ["TOO_FEW_ROLES" as const, ["no", "satuan"], /Hanya kolom no, satuan yang dikenali/],
    ["EMPTY_SHEET" as const, [], /Lembar ini kosong/],
  ])("explains a sheet that is not a Rencana Aksi (%s)", async (code, found, reason) => {
    const { port, user } = setup(notRecognized(code, found));
    await periksa(user);
    expect(await panel().findByText("Rencana Aksi tidak ditemukan")).toBeTruthy();
    expect(panel().getByText(reason)).toBeTruthy();
    expect(live()).toBe("Rencana Aksi tidak ditemukan");
    expect(port.callsOf("mark")).toEqual([]);
    // Nothing was marked, so there is nothing to remove.
    expect((document.querySelector('[data-action="clear"]') as HTMLButtonElement).disabled).toBe(true);
  });

  it("shows the findings of a protected sheet and says why they could not be marked", async () => {
    const port = new RecordingPort(grid()).failing("clearMarks", "PROTECTED_SHEET", SHEET);
    const { user } = setup(recognized(BUDGET_FINDINGS), { port });
    await periksa(user);
    expect(await panel().findByText("Temuan tidak dapat ditandai di lembar. Lembar diproteksi")).toBeTruthy();
    expect(panel().getByText(/Buka Proteksi Lembar/)).toBeTruthy();
    expect(screen.getByRole("list", { name: "Temuan per aturan" })).toBeTruthy();
  });

  it("explains an Excel without the needed API, in place of results", async () => {
    const port = new RecordingPort(grid()).failing("readSheet", "API_NOT_SUPPORTED", "ExcelApi 1.7");
    const { user } = setup(recognized(BUDGET_FINDINGS), { port });
    await periksa(user);
    expect(await panel().findByText("Versi Excel ini belum didukung")).toBeTruthy();
    expect(panel().getByText(/Excel 2016 atau yang lebih baru/)).toBeTruthy();
    expect(screen.queryByRole("list", { name: "Ringkasan temuan" })).toBeNull();
  });

  it("says why a file cannot be read", async () => {
    const port = new RecordingPort(grid());
    port.readSheet = () => Promise.reject(new WorkbookError("UNREADABLE_FILE", "encrypted workbook", "encrypted"));
    const { user } = setup(recognized(BUDGET_FINDINGS), { port });
    await periksa(user);
    expect(await panel().findByText("Berkas tidak dapat dibaca")).toBeTruthy();
    expect(panel().getByText("Berkas dilindungi kata sandi.")).toBeTruthy();
  });

  it("reports an engine crash with its technical detail instead of crashing the pane", async () => {
    const { user } = setup(() => {
      throw new Error("recognizeLayout: not implemented yet");
    });
    await periksa(user);
    expect(await panel().findByText("Terjadi kesalahan tak terduga")).toBeTruthy();
    expect(panel().getByText(/Error: recognizeLayout: not implemented yet/)).toBeTruthy();
  });

  it("switches to English: the pane's words and the finding messages", async () => {
    const { user } = setup(recognized(BUDGET_FINDINGS));
    await periksa(user);
    await user.click(screen.getByRole("tab", { name: "Pengaturan" }));
    await user.selectOptions(screen.getByRole("combobox", { name: "Bahasa" }), "en");
    await user.click(screen.getByRole("tab", { name: "Findings" }));
    expect(screen.getByRole("button", { name: "Check again" })).toBeTruthy();
    expect(panel().getByText("5 errors")).toBeTruthy();
    expect(text(button(/Cell M18$/))).toContain(renderFinding(ROOT, "en"));
  });

  it("starts in English when Office's display language is English, Indonesian otherwise", () => {
    setup(recognized([]), { host: { kind: "excel", displayLanguage: "en-US" } });
    expect(screen.getByRole("button", { name: "Check" })).toBeTruthy();
  });

  it("re-checks by itself after the person edits the sheet, where the host can tell", async () => {
    jest.useFakeTimers();
    try {
      let notify: (sheet?: string) => void = () => undefined;
      const unsubscribe = jest.fn();
      const host: HostDescription = { kind: "excel", displayLanguage: "id-ID", onChanged: (listener) => ((notify = listener), unsubscribe) };
      const port = new RecordingPort(grid());
      render(<CermatPane host={host} port={port} analyze={() => recognized(BUDGET_FINDINGS)} />);
      await act(async () => screen.getByRole("button", { name: "Periksa" }).click());
      await panel().findByText("Lembar: Renaksi 2024");
      // An edit on another sheet (a template inserted beside it) leaves the check current.
      act(() => notify("Rencana Aksi (2)"));
      expect(panel().queryByText(/Lembar berubah sejak/)).toBeNull();
      act(() => notify("Renaksi 2024"));
      expect(panel().getByText(/Lembar berubah sejak pemeriksaan terakhir/)).toBeTruthy();
      await act(async () => {
        jest.advanceTimersByTime(1000);
      });
      await waitFor(() => expect(port.callsOf("readSheet")).toHaveLength(2));
      await waitFor(() => expect(panel().queryByText(/Lembar berubah sejak/)).toBeNull());
    } finally {
      jest.useRealTimers();
    }
  });

  it("renders the tools from callbacks and reports what they did", async () => {
    const insertTemplate = jest.fn(async () => ({ kind: "sheetAdded" as const, sheet: "Rencana Aksi (2)" }));
    const { user } = setup(recognized([]), {
      tools: { templates: [{ id: "rencana-aksi", label: { id: "Rencana Aksi per Triwulan", en: "Quarterly action plan" } }], insertTemplate },
    });
    await user.click(screen.getByRole("tab", { name: "Alat" }));
    // The workflow and report tools were not handed in: each section says so.
    expect(panel().getAllByText("Belum tersedia di sini.")).toHaveLength(2);
    expect(panel().queryByRole("button", { name: "Sisipkan laporan pemeriksaan" })).toBeNull();
    await user.type(screen.getByRole("textbox", { name: "Nama instansi" }), "Dinas Koperasi dan UKM");
    await user.clear(screen.getByRole("textbox", { name: "Tahun" }));
    await user.type(screen.getByRole("textbox", { name: "Tahun" }), "2025");
    await user.click(screen.getByRole("button", { name: "Sisipkan" }));
    expect(insertTemplate).toHaveBeenCalledWith({ templateId: "rencana-aksi", instansi: "Dinas Koperasi dan UKM", tahun: 2025 });
    expect(await panel().findByText('Lembar "Rencana Aksi (2)" ditambahkan.')).toBeTruthy();
  });
});
