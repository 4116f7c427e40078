import ExcelJS from "exceljs";

/**
 * A Rencana Aksi sheet shaped like the Lombok Tengah 2022 seed: kop, a three-row merged header
 * ("Rencana Aksi per Triwulan" over I–IV, twice), a row of column numbers, a sasaran merged
 * down its indicators, budgets as numbers with `#,##0` and as Indonesian text, quarterly
 * budgets summed by formulas (one shared), a percentage target with a `0.00%` format, rich
 * text, a hidden helper row and a hidden column.
 */
export const SHEET = "RA 2022";

/** Row numbers (1-based, as Excel shows them) of the interesting rows. */
export const ROWS = { title: 1, header: 3, colNumbers: 6, persen: 7, izin: 8, terbit: 9, hiddenHelper: 10, patuh: 11, jumlah: 12 } as const;

export function lombokWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.getCell("A1").value = "RENCANA AKSI KINERJA DINAS KOPERASI KABUPATEN LOMBOK TENGAH TAHUN 2022";
  ws.getCell("A1").font = { bold: true };
  ws.mergeCells("A1:P1");

  // Header block, rows 3–5 (A3:P5), with "Rencana Aksi per Triwulan" twice.
  const header: Array<[string, string]> = [
    ["A3", "No"],
    ["B3", "Sasaran Strategis"],
    ["C3", "Indikator Kinerja"],
    ["D3", "Satuan"],
    ["E3", "Target Kinerja"],
    ["F3", "Rencana Aksi per Triwulan"],
    ["F5", "I"],
    ["G5", "II"],
    ["H5", "III"],
    ["I5", "IV"],
    ["J3", "Program/ Kegiatan"],
    ["K3", "ANGGARAN"],
    ["K4", "APBD (Rp)"],
    ["L4", "Rencana Aksi per Triwulan"],
    ["L5", "I"],
    ["M5", "II"],
    ["N5", "III"],
    ["O5", "IV"],
    ["P3", "Penanggung Jawab"],
  ];
  for (const [address, text] of header) {
    ws.getCell(address).value = text;
    ws.getCell(address).font = { bold: true };
  }
  for (const range of ["A3:A5", "B3:B5", "C3:C5", "D3:D5", "E3:E5", "F3:I4", "J3:J5", "K3:O3", "K4:K5", "L4:O4", "P3:P5"]) ws.mergeCells(range);
  [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16].forEach((n, i) => (ws.getCell(ROWS.colNumbers, i + 1).value = n));

  const r7 = ws.getRow(ROWS.persen);
  r7.values = [1, "Terwujudnya koperasi berkualitas", "Persentase koperasi berkualitas", "Persen", 0.16];
  ws.getCell(ROWS.persen, 5).numFmt = "0.00%";

  const izin = ws.getRow(ROWS.izin);
  izin.values = [null, null, "Jumlah koperasi yang mendapatkan izin usaha simpan pinjam", "Unit", 30, "-", 30, "-", "-"];
  ws.getCell(ROWS.izin, 10).value = { richText: [{ text: "PROGRAM ", font: { bold: true } }, { text: "PELAYANAN IZIN USAHA SIMPAN PINJAM", font: { bold: true } }] };
  setBudget(ws, ROWS.izin, [2944920, 27677973, 1912500, 0]);
  // K8 = SUM(L8:O8) is the master of a formula shared with K9.
  ws.getCell(ROWS.izin, 11).value = { formula: "SUM(L8:O8)", result: 32535393, shareType: "shared", ref: "K8:K9" } as ExcelJS.CellFormulaValue;
  ws.getCell(ROWS.izin, 16).value = "Kepala Bidang Perizinan";

  const terbit = ws.getRow(ROWS.terbit);
  terbit.values = [null, null, "Jumlah izin usaha simpan pinjam yang diterbitkan", "Unit", 30, "-", 30, "-", "-", "Penerbitan Izin Usaha Simpan Pinjam"];
  setBudget(ws, ROWS.terbit, [2944920, 27677973, 1912500, 0]);
  ws.getCell(ROWS.terbit, 11).value = { sharedFormula: "K8", result: 32535393 } as ExcelJS.CellSharedFormulaValue;
  ws.getCell(ROWS.terbit, 10).alignment = { indent: 2 };

  ws.getRow(ROWS.hiddenHelper).values = [null, null, "bantu (disembunyikan)", null, 1];
  ws.getRow(ROWS.hiddenHelper).hidden = true;

  const patuh = ws.getRow(ROWS.patuh);
  patuh.values = [2, "Meningkatnya kepatuhan koperasi", "Persentase koperasi yang patuh", "Persen", "43%", "-", "-", "-", "43%", "PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI"];
  // Budgets typed as Indonesian text, as they arrive from a PDF conversion.
  ["201.761.056", "2.849.164", "117.799.392", "81.112.500", "-"].forEach((text, i) => (ws.getCell(ROWS.patuh, 11 + i).value = text));

  const jumlah = ws.getRow(ROWS.jumlah);
  jumlah.getCell(1).value = "JUMLAH";
  ws.mergeCells(`A${ROWS.jumlah}:J${ROWS.jumlah}`);
  jumlah.getCell(11).value = { formula: "K8+K11", result: { error: "#VALUE!" } } as ExcelJS.CellFormulaValue;
  jumlah.getCell(12).value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
  jumlah.font = { bold: true };

  ws.mergeCells(`B${ROWS.persen}:B${ROWS.terbit}`);
  // Column Q holds a helper the person hid.
  ws.getCell(ROWS.persen, 17).value = "catatan";
  ws.getColumn(17).hidden = true;
  return wb;
}

function setBudget(ws: ExcelJS.Worksheet, row: number, quarters: number[]): void {
  quarters.forEach((amount, i) => {
    const cell = ws.getCell(row, 12 + i);
    cell.value = amount;
    cell.numFmt = "#,##0";
  });
}

export async function toBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const out = await wb.xlsx.writeBuffer();
  return out instanceof Uint8Array ? out : new Uint8Array(out);
}
