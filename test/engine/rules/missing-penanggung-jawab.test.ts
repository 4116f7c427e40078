import { missingPenanggungJawab } from "../../../src/engine/rules/missing-penanggung-jawab";
import { LOMBOK_TENGAH_2022, target } from "./support/lombok-tengah";
import { table, type ItemSpec } from "./support/table";

const PERIZINAN = "Kepala Bidang Perizinan, Pengawasan, dan Fasilitasi Permodalan Koperasi dan Usaha Mikro";

describe("MISSING_PENANGGUNG_JAWAB", () => {
  it("warns once for a program block where nobody is named, not once per row", () => {
    // As extracted, PROGRAM PENGAWASAN (row 13) and its kegiatan and sub kegiatan name no one.
    expect(missingPenanggungJawab.run(table(LOMBOK_TENGAH_2022))).toEqual([
      {
        code: "MISSING_PENANGGUNG_JAWAB",
        severity: "warning",
        row: 12,
        col: 15,
        cell: "P13",
        params: { label: "PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI", block: "program" },
      },
    ]);
  });

  it("accepts a block whose rows take the penanggung jawab from above (a blank meaning 'same as above')", () => {
    const rows = LOMBOK_TENGAH_2022.map((r): ItemSpec => ([13, 14, 20, 21].includes(r.row) ? { ...r, inherited: { penanggung_jawab: { text: PERIZINAN, row: 10 } } } : r));
    expect(missingPenanggungJawab.run(table(rows))).toEqual([]);
  });

  it("warns once for a sasaran block without budget rows and without anyone named", () => {
    const columns = { sasaran: 1, indikator: 2, target: 3, target_tw1: 4, target_tw2: 5, target_tw3: 6, target_tw4: 7, penanggung_jawab: 8 };
    const rows: ItemSpec[] = [
      { row: 10, cells: { sasaran: "Meningkatnya kualitas kelembagaan koperasi", indikator: "Persentase koperasi aktif", ...target("34,50%", "31,00%", "32,00%", "33,00%", "34,50%"), penanggung_jawab: "Kepala Seksi Kelembagaan" } },
      { row: 11, cells: { indikator: "Persentase koperasi sehat", ...target("64%", "15%", "30%", "45%", "61%") }, inherited: { penanggung_jawab: { text: "Kepala Seksi Kelembagaan", row: 10 } } },
      { row: 12, cells: { sasaran: "Meningkatnya pertumbuhan kewirausahaan", indikator: "Persentase usaha mikro menjadi usaha kecil", ...target("11,76%", "2,50%", "5,00%", "7,50%", "11,76%") } },
      { row: 13, cells: { indikator: "Jumlah WUB yang dibina", ...target("100 Orang", "-", "-", "100 Orang", "-") } },
    ];
    expect(missingPenanggungJawab.run(table(rows, { columns }))).toEqual([
      expect.objectContaining({ cell: "I12", severity: "warning", params: { label: "Meningkatnya pertumbuhan kewirausahaan", block: "sasaran" } }),
    ]);
  });

  it("says nothing in a table without a penanggung jawab column", () => {
    const columns = { indikator: 2, target: 3, program: 4, anggaran: 5 };
    expect(missingPenanggungJawab.run(table([{ row: 10, level: "program", cells: { indikator: "Nilai SAKIP", target: "B", program: "PROGRAM PENUNJANG", anggaran: "3,604,043,231" } }], { columns }))).toEqual([]);
  });
});
