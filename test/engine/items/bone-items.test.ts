import { buildItems } from "../../../src/engine/items";
import { recognizeLayout } from "../../../src/engine/layout";
import { boneSheet } from "../layout/fixtures/bone";

describe("Bone 2020: the long layout folded into one item per indicator block and level", () => {
  const grid = boneSheet();
  const table = recognizeLayout(grid).tables[0];
  const items = buildItems(grid, table);

  it("makes three items per block (sasaran, program, kegiatan), each spanning the block's five rows", () => {
    expect(items.map((i) => [i.group, i.firstRow + 1, i.lastRow + 1, i.level, i.levelSource])).toEqual([
      [0, 6, 10, "sasaran", "group"],
      [1, 6, 10, "program", "group"],
      [2, 6, 10, "kegiatan", "group"],
      [0, 11, 15, "sasaran", "group"],
      [1, 11, 15, "program", "group"],
      [2, 11, 15, "kegiatan", "group"],
    ]);
  });

  it("maps the TW rows to target_tw1…, realisasi_tw1…, capaian_tw1…, and the Target Tahunan line to target", () => {
    const sasaran = items[0];
    expect(sasaran.cells.target?.text).toBe("694,29 M");
    expect([1, 2, 3, 4].map((q) => sasaran.cells[`target_tw${q}` as "target_tw1"]?.text)).toEqual(["30%", "50%", "80%", "100%"]);
    expect(sasaran.cells.realisasi_tw1).toMatchObject({ row: 6, col: 5, text: "70%" });
    expect(sasaran.cells.capaian_tw2?.text).toBe("100%");
    expect(sasaran.cells.realisasi_tw4).toBeUndefined();
    expect(sasaran.cells.indikator?.text).toBe("Persentase Peningkatan Produktifits Usaha Mikro,Kecil dan Menengah");
  });

  it("reads name and budget from the same 'PROGRAM & ANGGARAN' column", () => {
    const program = items[1];
    expect(program.cells.program?.text).toMatch(/^Program Pengembangan Kewirausahaan/);
    expect(program.cells.anggaran).toMatchObject({ row: 7, col: 7, text: "Rp. 45.865.000,-" });
    expect(items[5].cells.anggaran?.text).toBe("Rp. 0,-");
    expect(items[2].cells.target?.text).toBe("1 Laporan Triwulan");
    expect(items[2].cells.realisasi_tw1?.text).toBe("90 UM");
  });

  it("inherits the sasaran merged over both blocks, and the kegiatan's budget belongs to the program on the same rows", () => {
    expect(items[0].cells.sasaran?.text).toMatch(/^Meningkatkan Pertumbuhan/);
    expect(items[3].inherited.sasaran?.text).toMatch(/^Meningkatkan Pertumbuhan/);
    expect(items[2].budgetParent).toBe(items[1].index);
    expect(items[1].budgetChildren).toEqual([items[2].index]);
    expect(items[5].budgetParent).toBe(items[4].index);
  });

  it("shares the penanggung jawab merged over the block with every level", () => {
    expect(items.slice(0, 3).map((i) => i.cells.penanggung_jawab?.text)).toEqual(Array(3).fill("Kepala Seksi Fasilitasi Usaha Mikro"));
  });
});
