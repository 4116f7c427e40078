/** @jest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { analyzeSheet } from "../../src/engine/analyze";
import { CermatPane } from "../../src/ui/CermatPane";
import type { HostDescription } from "../../src/ui/host";
import { sheet } from "../support/grid-builder";
import { RecordingPort } from "./support/fake-port";
import "./support/no-layout";


const browser: HostDescription = { kind: "workbench" };

/** A quarterly plan with an agency's own numeric columns (Bobot, Nilai Tertimbang) and no errors. */
function planWithBobot(name: string) {
  return sheet(
    [
      ["RENCANA AKSI DINAS KOPERASI TAHUN 2025"],
      [],
      ["No", "Indikator Kinerja", "Satuan", "Target", "Bobot", "Nilai Tertimbang", "Anggaran (Rp)", "Anggaran per Triwulan", null, null, null, "Penanggung Jawab"],
      [null, null, null, null, null, null, null, "I", "II", "III", "IV", null],
      [1, "Jumlah koperasi sehat", "Koperasi", 12, "40", "4,8", "120.000.000", "30.000.000", "30.000.000", "30.000.000", "30.000.000", "Kabid Koperasi"],
      [2, "Jumlah UMKM naik kelas", "UMKM", 30, "60", "18", "80.000.000", "20.000.000", "20.000.000", "20.000.000", "20.000.000", "Kabid UMKM"],
    ],
    { name, merges: ["H3:K3", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:G4", "L3:L4"] },
  );
}

async function checkPane(analyze: typeof analyzeSheet) {
  const grid = planWithBobot("Renaksi 2025");
  const port = new RecordingPort(grid);
  const user = userEvent.setup({ delay: null });
  render(<CermatPane host={browser} analyze={(g) => analyze(g)} port={port} />);
  await user.click(screen.getByRole("button", { name: "Periksa" }));
  await within(screen.getByRole("tabpanel")).findByText("Lembar: Renaksi 2025");
  return within(screen.getByRole("tabpanel"));
}

describe("the pane says what it did not check", () => {
  it("does not call a sheet with unread numeric columns ready, and names them", async () => {
    const panel = await checkPane((g) => analyzeSheet(g));
    expect(panel.queryByText(/Lembar siap dikirim/)).toBeNull();
    expect(panel.getByText("Belum dapat dinyatakan siap")).toBeTruthy();
    expect(panel.getByText(/Kolom E \(Bobot\), F \(Nilai Tertimbang\) berisi angka yang tidak dipahami Cermat/)).toBeTruthy();
    expect(panel.getByText(/Diperiksa: anggaran per periode/)).toBeTruthy();
  });

  it("calls it ready once those columns have an answer", async () => {
    const panel = await checkPane((g) => analyzeSheet(g, undefined, { E: "none", F: "none" }));
    expect(panel.getByText("Tidak ada temuan di lembar Renaksi 2025. Lembar siap dikirim.")).toBeTruthy();
    expect(panel.queryByText("Belum dapat dinyatakan siap")).toBeNull();
  });
});
