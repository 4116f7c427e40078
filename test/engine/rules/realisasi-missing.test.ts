import { analyzeSheet } from "../../../src/engine/analyze";
import { renderFinding } from "../../../src/i18n";
import { pengukuranTw, type TwRow } from "./support/pengukuran-tw";

const missing = (rows: TwRow[]) => analyzeSheet(pengukuranTw(rows)).findings.filter((f) => f.code === "REALISASI_MISSING");

const LAPORAN: TwRow = ["Jumlah laporan kinerja", "Laporan", 4, [1, 1, 1, 1], [1, 1, "", ""]];
const LAPORAN_TW3: TwRow = ["Jumlah laporan kinerja", "Laporan", 4, [1, 1, 1, 1], [1, 1, 1, ""]];
const KOPERASI: TwRow = ["Jumlah koperasi yang dibina", "Koperasi", 40, [10, 10, 10, 10], [12, 9, 11, ""]];

describe("REALISASI_MISSING", () => {
  it.each<[string, TwRow[], string[]]>([
    ["a TW III the sheet reports elsewhere", [LAPORAN, KOPERASI], ["K3"]],
    ["TW I and II left empty while the other row reports them", [LAPORAN, ["Jumlah koperasi yang dibina", "Koperasi", 40, [10, 10, 10, 10], ["", "", "", ""]]], ["I4", "J4"]],
  ])("warns on %s", (_, rows, cells) => {
    const found = missing(rows);
    expect(found.map((f) => f.cell)).toEqual(cells);
    expect(found.every((f) => f.severity === "warning")).toBe(true);
  });

  it.each<[string, TwRow[]]>([
    ["a Rencana Aksi without any realisasi", [["Jumlah laporan kinerja", "Laporan", 4, [1, 1, 1, 1], ["", "", "", ""]], ["Jumlah koperasi yang dibina", "Koperasi", 40, [10, 10, 10, 10], ["", "", "", ""]]]],
    ["a period no row reports yet (TW IV)", [LAPORAN, KOPERASI].map((r): TwRow => [r[0], r[1], r[2], r[3], [...r[4].slice(0, 2), "", ""]])],
    ["a period without a target (a dash)", [LAPORAN, ["Persentase koperasi sehat", "%", "60%", ["-", "-", "-", "60%"], [40, 45, "-", "-"]]]],
    ["a dash typed for the realisasi", [LAPORAN_TW3, ["Jumlah koperasi yang dibina", "Koperasi", 40, [10, 10, 10, 10], [12, 9, "-", ""]]]],
    ["words in the realisasi cell", [LAPORAN_TW3, ["Jumlah koperasi yang dibina", "Koperasi", 40, [10, 10, 10, 10], [12, 9, "belum ada data", ""]]]],
  ])("leaves alone %s", (_, rows) => {
    expect(missing(rows)).toEqual([]);
  });

  it("names the period, the target and the cell to fill", () => {
    const [f] = missing([LAPORAN, KOPERASI]);
    expect(f.params).toMatchObject({ period: "tw3", target: "1", indikator: "Jumlah laporan kinerja" });
    expect(renderFinding(f, "id")).toBe(
      "Target TW III indikator “Jumlah laporan kinerja” (1) belum memiliki realisasi, padahal baris lain sudah melaporkan realisasi TW III. Isi realisasinya di sel K3, atau tulis keterangan bila datanya belum tersedia.",
    );
  });
});
