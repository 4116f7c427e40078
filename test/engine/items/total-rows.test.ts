import { analyzeSheet } from "../../../src/engine/analyze";
import { buildItems } from "../../../src/engine/items";
import { isTotalLabel, recognizeLayout } from "../../../src/engine/layout";
import { sheet } from "../../support/grid-builder";

const _ = null;

describe("total row labels", () => {
  it.each(["Jumlah", "J U M L A H", "TOTAL BELANJA", "Jumlah (Rp)", "JUMLAH TOTAL", "Sub Total", "Subtotal", "Total Keseluruhan", "Jumlah Anggaran", "T O T A L", "TOTAL (Rp. Juta)"])(
    "%j is a total",
    (label) => expect(isTotalLabel(label)).toBe(true),
  );

  it.each(["Jumlah Penduduk Miskin", "Jumlah koperasi yang mendapatkan izin", "Total belanja pegawai yang direalisasikan", "Rp", "J", "Jumlah 2", "Total %", "1. Jumlah", "Jumlah (Rp) 45.865.000", "J U M L A H 1"])("%j is not", (label) => {
    expect(isTotalLabel(label)).toBe(false);
  });
});

describe.each(["J U M L A H", "TOTAL BELANJA", "Jumlah (Rp)", "JUMLAH TOTAL", "Sub Total", "Total Keseluruhan", "Jumlah Anggaran"])(
  "a program list closed by %j (label merged across)",
  (label) => {
    const grid = sheet(
      [
        ["RENCANA AKSI TAHUN 2024"],
        ["No", "Program / Kegiatan", "Indikator Kinerja", "Target", "Anggaran (Rp)"],
        [1, "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", "Nilai SAKIP", "B", "150.000.000"],
        [2, "PROGRAM PENGAWASAN KOPERASI", "Jumlah Penduduk Miskin yang dibina", "100 Orang", "50.000.000"],
        [label, _, _, _, "200.000.000"],
      ],
      { merges: ["A5:D5"] },
    );

    it("is a total row, not a sub kegiatan, and its correct sum is not reported", () => {
      const items = buildItems(grid, recognizeLayout(grid).tables[0]);
      expect(items.map((i) => i.kind)).toEqual(["row", "row", "total"]);
      expect(analyzeSheet(grid).findings.filter((f) => f.code.startsWith("BUDGET_"))).toEqual([]);
    });
  },
);
