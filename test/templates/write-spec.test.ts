import ExcelJS from "exceljs";
import { pengukuranFrame, rencanaAksiFrame } from "../../src/engine/templates";
import { writeSheetSpec } from "../support/exceljs/write-spec";

const OPTIONS = { instansi: "Dinas Koperasi dan UKM", tahun: 2024 };

async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buffer = await workbook.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buffer as ArrayBuffer);
  return back;
}

describe("writeSheetSpec", () => {
  it("writes cells, styles, merges, widths, drop-downs, freeze panes and print setup that survive a save", async () => {
    const frame = rencanaAksiFrame({ ...OPTIONS, kertas: "F4" });
    const workbook = new ExcelJS.Workbook();
    writeSheetSpec(workbook, frame.spec);
    const sheet = (await roundTrip(workbook)).getWorksheet("Rencana Aksi")!;

    expect(sheet.getCell("A3").value).toBe("RENCANA AKSI KINERJA TAHUN 2024");
    expect(sheet.getCell("A3").font?.bold).toBe(true);
    expect(sheet.getCell("G5").value).toBe("Target per Triwulan");
    expect(sheet.model.merges).toEqual(expect.arrayContaining(["A5:A6", "G5:J5", "N5:Q5", "A1:S1"]));
    expect(sheet.getCell("A5").fill).toMatchObject({ type: "pattern", fgColor: { argb: "FFD9E1F2" } });
    expect(sheet.getCell("A5").border?.top?.style).toBe("thin");
    expect(sheet.getCell("A5").alignment).toMatchObject({ horizontal: "center", vertical: "middle", wrapText: true });
    expect(sheet.getColumn(3).width).toBe(32);

    const sub = frame.body.find((b) => b.kind === "subkegiatan")!.row + 1;
    expect(sheet.getCell(`M${sub}`).value).toMatchObject({ formula: `SUM(N${sub}:Q${sub})` });
    expect(sheet.getCell(`M${sub}`).numFmt).toBe('"Rp"#,##0');
    expect(sheet.getCell(`D${sub}`).dataValidation).toMatchObject({ type: "list", formulae: [expect.stringContaining("Persen,Dokumen")] });
    expect(sheet.getCell(`E${sub}`).dataValidation).toMatchObject({ type: "list", formulae: ['"Positif,Negatif"'] });

    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: frame.columnNumberRow + 1 });
    expect(sheet.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 14, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "5:7" });
  });

  it("uses paper code 9 for A4", async () => {
    const workbook = new ExcelJS.Workbook();
    writeSheetSpec(workbook, pengukuranFrame({ ...OPTIONS, kertas: "A4" }).spec);
    const sheet = (await roundTrip(workbook)).getWorksheet("Pengukuran Kinerja")!;
    expect(sheet.pageSetup.paperSize).toBe(9);
  });

  it("refuses to write over an existing sheet", () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Rencana Aksi").getCell("A1").value = "data staf";
    expect(() => writeSheetSpec(workbook, rencanaAksiFrame(OPTIONS).spec)).toThrow(/already exists/);
    expect(workbook.getWorksheet("Rencana Aksi")!.getCell("A1").value).toBe("data staf");
  });
});
