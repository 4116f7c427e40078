import { join } from "node:path";
import { recognizeLayout } from "../../../src/engine/layout";
import { toA1 } from "../../../src/engine/model";
import { XlsxFileWorkbook } from "../../../src/xlsx/node-file";
import { sheet } from "../../support/grid-builder";

const letter = (col: number | undefined) => (col === undefined ? undefined : toA1(0, col).replace(/\d+$/, ""));

describe("a name header merged over several columns", () => {
  it("Bone 2020 as typed: sasaran and indikator beside their `1.` columns, 'PROGRAM & ANGGARAN' over the name and the amount", async () => {
    const workbook = await XlsxFileWorkbook.fromFile(join(__dirname, "../../fixtures/bone.xlsx"));
    const [table] = recognizeLayout(await workbook.readSheet("PK 2020")).tables;
    const [sasaran, program, kegiatan] = table.groups.map((g) => g.columns);
    expect({ sasaran: letter(sasaran.sasaran), indikator: letter(sasaran.indikator), anggaran: letter(sasaran.anggaran) }).toEqual({ sasaran: "B", indikator: "D", anggaran: undefined });
    expect({ program: letter(program.program), anggaran: letter(program.anggaran), indikator: letter(program.indikator) }).toEqual({ program: "J", anggaran: "K", indikator: "L" });
    expect({ program: letter(kegiatan.program), anggaran: letter(kegiatan.anggaran), indikator: letter(kegiatan.indikator) }).toEqual({ program: "R", anggaran: "S", indikator: "T" });
  });

  it("'Program/Kegiatan' over a kode column and the names: the names are the program, the kode its own role", () => {
    const grid = sheet(
      [
        ["No", "Indikator Kinerja", "Target", "TW I", "TW II", "TW III", "TW IV", "Program/Kegiatan", null, "Anggaran (Rp)", "Penanggung Jawab"],
        [1, "Jumlah koperasi sehat", 30, 5, 10, 10, 5, "3.17.02", "PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI", 1000000, "Kepala Bidang"],
        [null, null, null, null, null, null, null, "3.17.02.2.01", "Pemeriksaan dan Pengawasan Koperasi", 1000000, null],
        [null, null, null, null, null, null, null, "3.17.02.2.01.0001", "Pemeriksaan dan Pengawasan Koperasi Simpan Pinjam", 1000000, null],
      ],
      { merges: ["H1:I1"] },
    );
    const [table] = recognizeLayout(grid).tables;
    expect({ program: letter(table.columns.program), kode: letter(table.columns.kode), anggaran: letter(table.columns.anggaran) }).toEqual({ program: "I", kode: "H", anggaran: "J" });
  });
});
