import { analyzeSheet } from "../../../src/engine/analyze";
import { renderFinding } from "../../../src/i18n";
import { pengukuranTw, type TwRow } from "./support/pengukuran-tw";

const decrease = (rows: TwRow[], parent?: string) => analyzeSheet(pengukuranTw(rows, parent)).findings.filter((f) => f.code === "REALISASI_CUMULATIVE_DECREASE");

describe("REALISASI_CUMULATIVE_DECREASE", () => {
  it.each<[string, TwRow, string | undefined, string, [number, number]]>([
    ["a cumulative target series whose realisasi drops", ["Jumlah laporan kinerja", "Laporan", 4, [1, 2, 3, 4], [1, 2, 1, ""]], undefined, "K3", [2, 1]],
    ["an indikator that says kumulatif", ["Jumlah UMKM dibina (kumulatif)", "UMKM", 100, [25, 25, 25, 25], [30, 55, 50, ""]], undefined, "K3", [55, 50]],
    ["realisasi columns under “Realisasi s.d. Triwulan”", ["Jumlah koperasi yang dibina", "Koperasi", 40, [10, 10, 10, 10], [12, 21, 20, 41]], "Realisasi s.d. Triwulan", "K3", [21, 20]],
    ["a percentage the sheet calls kumulatif", ["Persentase penyelesaian dokumen (kumulatif)", "%", "100%", ["25%", "50%", "75%", "100%"], ["30%", "45%", "40%", ""]], undefined, "K3", [45, 40]],
  ])("warns on %s", (_, row, parent, cell, [before, after]) => {
    expect(decrease([row], parent)).toEqual([expect.objectContaining({ cell, severity: "warning", expected: before, actual: after })]);
  });

  it.each<[string, TwRow]>([
    ["a cumulative series that climbs", ["Jumlah laporan kinerja", "Laporan", 4, [1, 2, 3, 4], [1, 2, 3, 4]]],
    ["an incremental series (its periods add up)", ["Jumlah koperasi yang dibina", "Koperasi", 40, [10, 10, 10, 10], [12, 9, 11, 8]]],
    ["a level that dips (IKM 82, 80, 81, 82)", ["Indeks Kepuasan Masyarakat", "Indeks", 82, [80, 81, 81, 82], [82, 80, 81, 82]]],
    ["a constant (stock) series", ["Jumlah pasar yang dikelola", "Pasar", 6, [6, 6, 6, 6], [6, 5, 6, 6]]],
    ["a negative indicator coming down", ["Jumlah temuan BPK yang belum ditindaklanjuti", "Temuan", 2, [8, 6, 4, 2], [8, 7, 5, ""]]],
    ["words among the realisasi", ["Jumlah laporan kinerja", "Laporan", 4, [1, 2, 3, 4], [1, 2, "dalam proses", 1]]],
    ["a single realisasi", ["Jumlah laporan kinerja", "Laporan", 4, [1, 2, 3, 4], [1, "", "", ""]]],
  ])("leaves alone %s", (_, row) => {
    expect(decrease([row])).toEqual([]);
  });

  it("says which period drops, in the person's own values", () => {
    const [f] = decrease([["Jumlah laporan kinerja", "Laporan", "4 Laporan", ["1 Laporan", "2 Laporan", "3 Laporan", "4 Laporan"], ["1 Laporan", "3 Laporan", "1 Laporan", ""]]]);
    expect(renderFinding(f, "id")).toBe(
      "Realisasi kumulatif turun di TW III: 1 Laporan setelah 3 Laporan di TW II. Realisasi yang ditulis kumulatif (s.d.) tidak boleh turun; periksa sel K3, mungkin yang tertulis realisasi periode itu saja.",
    );
  });
});
