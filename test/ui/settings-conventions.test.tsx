/** @jest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { analyzeSheet } from "../../src/engine/analyze";
import { CermatPane } from "../../src/ui/CermatPane";
import { pkSheet, type PkRow } from "../engine/capaian/pk-sheet";
import { RecordingPort } from "./support/fake-port";

globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

/** Negative indikator stated as target ÷ realisasi (an e-SAKIP app's formula). */
const INVERSE: PkRow[] = [
  { indikator: "Tingkat pengangguran terbuka", satuan: "%", tw: [["5", "4", "125"]] },
  { indikator: "Persentase penduduk miskin", satuan: "%", polaritas: "Negatif", tw: [["10", "8", "125"]] },
  { indikator: "Jumlah temuan BPK yang belum ditindaklanjuti", satuan: "Temuan", polaritas: "Negatif", tw: [["4", "5", "80"]] },
  { indikator: "Persentase koperasi sehat", satuan: "%", tw: [["40", "30", "75"]] },
];

async function checkedSettings(rows: PkRow[]) {
  const user = userEvent.setup();
  const port = new RecordingPort(pkSheet(rows));
  render(<CermatPane port={port} host={{ kind: "workbench", lang: "id" }} analyze={analyzeSheet} />);
  await user.click(screen.getByRole("button", { name: "Periksa" }));
  await screen.findByText(/Lembar: /);
  await user.click(screen.getByRole("tab", { name: "Pengaturan" }));
  return { user, port };
}

const select = (label: string) => screen.getByRole("combobox", { name: label }) as HTMLSelectElement;
const selectedText = (label: string) => select(label).selectedOptions[0].textContent;

describe("Pengaturan shows the conventions the check read from the sheet", () => {
  it("says 'terdeteksi' beside Otomatis for a sheet stating target ÷ realisasi, and no capaian error follows from it", async () => {
    const { user } = await checkedSettings(INVERSE);
    expect(selectedText("Rumus indikator negatif")).toBe("Otomatis (terdeteksi: Target / realisasi)");
    expect(selectedText("Capaian per triwulan")).toBe("Otomatis (terdeteksi: Realisasi TW ÷ target TW)");
    await user.click(screen.getByRole("tab", { name: "Temuan" }));
    expect(document.querySelectorAll('button[data-code="CAPAIAN_MISMATCH"]').length).toBe(0);
  });

  it("lets the person choose a reading for every sheet, which the next check follows", async () => {
    const { user } = await checkedSettings(INVERSE);
    await user.selectOptions(select("Rumus indikator negatif"), "permenpan");
    expect(select("Rumus indikator negatif").value).toBe("permenpan");
    await user.click(screen.getByRole("tab", { name: "Temuan" }));
    await user.click(screen.getByRole("button", { name: "Periksa ulang" }));
    // Read the PermenPAN-RB way, the three negative rows stated the other way are each wrong.
    const list = await screen.findByRole("list", { name: "Temuan per aturan" });
    expect(within(list).getAllByText(/Capaian/).length).toBeGreaterThan(0);
    expect(document.querySelectorAll('button[data-code="CAPAIAN_MISMATCH"]').length).toBe(3);
  });

  it("says only 'ikuti lembar' for a sheet that states no capaian", async () => {
    await checkedSettings([{ indikator: "Persentase koperasi sehat", satuan: "%", tw: [["40", "30", ""]] }]);
    expect(selectedText("Rumus indikator negatif")).toBe("Otomatis (ikuti lembar)");
  });
});
