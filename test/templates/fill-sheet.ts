import type ExcelJS from "exceljs";
import type { TemplateFrame } from "../../src/engine/templates";
import type { SeedBlock, SeedRow, Typed } from "./fixtures/lombok-tengah";

/** Types seed rows into a written template the way staff would: text, numbers and dashes. */
export function fillWithSeed(sheet: ExcelJS.Worksheet, frame: TemplateFrame, blocks: readonly SeedBlock[]): void {
  const put = (row: number, id: string, value: string | number | undefined): void => {
    if (value === undefined) return;
    sheet.getCell(row + 1, frame.at(id) + 1).value = value;
  };
  const has = (id: string): boolean => {
    try {
      frame.at(id);
      return true;
    } catch {
      // The template has no such column (the monthly one has no quarterly targets): skip it.
      return false;
    }
  };
  const putRow = (row: number, seed: SeedRow, typeAnggaran: boolean): void => {
    put(row, "kode", seed.kode);
    put(row, "program", seed.program);
    put(row, "indikator", seed.indikator);
    put(row, "satuan", seed.satuan);
    put(row, "target", seed.target);
    seed.targetTw.forEach((t, i) => has(`target_tw${i + 1}`) && put(row, `target_tw${i + 1}`, t));
    put(row, "penanggung_jawab", seed.penanggungJawab);
    if (!typeAnggaran) return;
    if (has("anggaran_tw1")) seed.anggaranTw.forEach((a, i) => put(row, `anggaran_tw${i + 1}`, a));
    else put(row, "anggaran", seed.statedAnggaran);
  };
  blocks.forEach((block, b) => {
    const rows = frame.body.filter((r) => r.block === b);
    const sasaran = rows.find((r) => r.kind === "sasaran")!;
    put(sasaran.row, "sasaran", block.sasaran.text);
    put(sasaran.row, "indikator", block.sasaran.indikator);
    put(sasaran.row, "satuan", block.sasaran.satuan);
    put(sasaran.row, "target", block.sasaran.target);
    putRow(rows.find((r) => r.kind === "program")!.row, block.program, false);
    const kegiatanRows = rows.filter((r) => r.kind === "kegiatan");
    block.kegiatan.forEach((k, i) => {
      const kegiatan = kegiatanRows[i];
      putRow(kegiatan.row, k.row, false);
      k.subs.forEach((sub, s) => putRow(kegiatan.children[s], sub, true));
    });
  });
}

/** A typed amount as a budget sum counts it: a dash is 0. */
export function amount(value: Typed): number {
  return value === "-" ? 0 : value;
}

/**
 * Sets body row heights from the text they hold, as Excel does when a person types into a
 * wrapped cell (LibreOffice keeps the stored height when converting, so renders need this).
 */
export function fitRowHeights(sheet: ExcelJS.Worksheet, frame: TemplateFrame): void {
  for (const { row } of frame.body) {
    let lines = 1;
    sheet.getRow(row + 1).eachCell((cell, col) => {
      const width = sheet.getColumn(col).width ?? 10;
      const text = typeof cell.value === "string" ? cell.value : "";
      lines = Math.max(lines, Math.ceil((text.length * 1.1) / width));
    });
    sheet.getRow(row + 1).height = 13 * lines;
  }
}
